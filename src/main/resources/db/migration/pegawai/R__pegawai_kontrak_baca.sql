-- Published read contract of module pegawai (style 8.4.1): the only pegawai objects other modules' SQL may read.
-- The protected personal data (NIK, agama, status perkawinan, disabilitas, tempat lahir) is deliberately not in it:
-- no decision of another module may use it (merit system, UU 20/2023 Pasal 27; see MeritGuardTests).
-- Columns are only ever added at the end.

-- Every employee record, active or not (inactive ones keep their history; filter on aktif). nama_lengkap: the name
-- with academic titles, the SQL twin of id.aparatur.pegawai.domain.Pegawai.namaLengkap().
CREATE OR REPLACE VIEW pegawai.v_pegawai AS
SELECT nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id, unit_id, opd_id,
       atasan_nip, aktif, alasan_nonaktif, status_kepegawaian, golongan, tmt_golongan, tmt_jabatan,
       pendidikan_tingkat, pendidikan_jurusan, pendidikan_tahun_lulus,
       coalesce(CASE WHEN btrim(gelar_depan) <> '' THEN gelar_depan || ' ' END, '') || nama
           || coalesce(CASE WHEN btrim(gelar_belakang) <> '' THEN ', ' || gelar_belakang END, '') AS nama_lengkap
FROM pegawai.pegawai;

-- Active employees only.
CREATE OR REPLACE VIEW pegawai.v_pegawai_aktif AS
SELECT * FROM pegawai.v_pegawai WHERE aktif;

-- The valid riwayat entries (cancelled ones left out): jabatan, golongan, pendidikan, diklat, hukuman disiplin, ...
CREATE OR REPLACE VIEW pegawai.v_riwayat AS
SELECT id, nip, jenis, uraian, keterangan, golongan, jabatan_id, tingkat, jp, nomor_sk, tanggal_sk, tmt, tmt_selesai
FROM pegawai.riwayat
WHERE dibatalkan_pada IS NULL;

-- The rumpun jabatan each employee is interested in (minat karier).
CREATE OR REPLACE VIEW pegawai.v_minat_rumpun AS
SELECT nip, rumpun_kode
FROM pegawai.minat_rumpun;

-- The employees under an active discipline sanction of tingkat sedang or berat on p_acuan (PP 94/2021 Pasal 8): the
-- SQL twin of the Java policy id.aparatur.pegawai.AturanHukumanDisiplin (AturanHukumanDisiplinIT proves they agree).
CREATE OR REPLACE FUNCTION pegawai.dalam_hukuman_disiplin(p_acuan date)
    RETURNS TABLE (nip char(18)) LANGUAGE sql STABLE AS $$
    SELECT DISTINCT r.nip FROM pegawai.riwayat r
    WHERE r.jenis = 'HUKUMAN_DISIPLIN' AND r.dibatalkan_pada IS NULL AND r.tingkat IN ('SEDANG', 'BERAT')
      AND (r.tmt_selesai IS NULL OR r.tmt_selesai >= p_acuan)
$$;
