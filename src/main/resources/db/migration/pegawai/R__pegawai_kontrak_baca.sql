-- Published read contract of module pegawai (style 8.4.1): the only pegawai objects other modules' SQL may read.
-- The protected personal data (NIK, agama, status perkawinan, disabilitas, tempat lahir) is deliberately not in it:
-- no decision of another module may use it (merit system, UU 20/2023 Pasal 27; see MeritGuardTests).
-- Columns are only ever added at the end.

-- Every employee record, active or not (inactive ones keep their history; filter on aktif). nama_lengkap: the name
-- with academic titles, the SQL twin of id.aparatur.pegawai.domain.Pegawai.namaLengkap(). A PPPK (status_kepegawaian)
-- has no tmt_cpns and no golongan; its golongan I-XVII is golongan_pppk, and its nip is an NI PPPK, which does not
-- follow the NIP structure (do not parse it as one).
CREATE OR REPLACE VIEW pegawai.v_pegawai AS
SELECT nip, nama, gelar_depan, gelar_belakang, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id, unit_id, opd_id,
       atasan_nip, aktif, alasan_nonaktif, status_kepegawaian, golongan, tmt_golongan, tmt_jabatan,
       pendidikan_tingkat, pendidikan_jurusan, pendidikan_tahun_lulus,
       coalesce(CASE WHEN btrim(gelar_depan) <> '' THEN gelar_depan || ' ' END, '') || nama
           || coalesce(CASE WHEN btrim(gelar_belakang) <> '' THEN ', ' || gelar_belakang END, '') AS nama_lengkap,
       golongan_pppk
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

-- All direct and indirect subordinates of p_nip (whose chain of atasan langsung reaches p_nip), active or not. One
-- SELECT, so the planner inlines it: a scope predicate "p.nip IN (SELECT nip FROM pegawai.bawahan(:n))" costs the same
-- as the recursive query it stands for.
CREATE OR REPLACE FUNCTION pegawai.bawahan(p_nip char(18))
    RETURNS TABLE (nip char(18)) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE bawah AS (
      SELECT b.nip FROM pegawai.pegawai b WHERE b.atasan_nip = p_nip
      UNION SELECT b.nip FROM pegawai.pegawai b JOIN bawah ON b.atasan_nip = bawah.nip)
    SELECT bawah.nip FROM bawah
$$;

-- The chain of atasan of p_nip upwards: tingkat 1 is the atasan langsung, 2 their atasan, … (at most 30 steps, so a
-- cycle in old data cannot loop). For cascading (RHK of the atasan chain) and for the cycle check of a new atasan.
CREATE OR REPLACE FUNCTION pegawai.rantai_atasan(p_nip char(18))
    RETURNS TABLE (nip char(18), tingkat integer) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE naik(nip, tingkat) AS (
      SELECT a.atasan_nip, 1 FROM pegawai.pegawai a WHERE a.nip = p_nip AND a.atasan_nip IS NOT NULL
      UNION ALL
      SELECT a.atasan_nip, naik.tingkat + 1 FROM pegawai.pegawai a JOIN naik ON a.nip = naik.nip
      WHERE a.atasan_nip IS NOT NULL AND naik.tingkat < 30)
    SELECT naik.nip, naik.tingkat FROM naik
$$;

-- The atasan langsung the organisation structure gives an employee (p_nip) holding p_jabatan_id in p_unit_id: the
-- active holder (lowest NIP) of the head position of the unit, else of the nearest parent unit that has one — never
-- the employee themself nor a head position that is their own jabatan. At most one row; one SELECT, so it is inlined
-- where it is called per row (import, mutation). The SQL twin of id.aparatur.pegawai.domain.AturanAtasanLangsung
-- (AturanAtasanLangsungIT proves they agree).
CREATE OR REPLACE FUNCTION pegawai.atasan_langsung(p_nip char(18), p_unit_id bigint, p_jabatan_id bigint)
    RETURNS TABLE (nip char(18)) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE naik AS (
      SELECT u.id, u.induk_id, u.jabatan_kepala_id, 0 AS tingkat FROM organisasi.v_unit u WHERE u.id = p_unit_id
      UNION ALL
      SELECT u.id, u.induk_id, u.jabatan_kepala_id, naik.tingkat + 1 FROM organisasi.v_unit u
      JOIN naik ON u.id = naik.induk_id)
    SELECT a.nip FROM naik JOIN pegawai.pegawai a ON a.jabatan_id = naik.jabatan_kepala_id AND a.aktif
    WHERE a.nip <> p_nip AND naik.jabatan_kepala_id <> p_jabatan_id
    ORDER BY naik.tingkat, a.nip LIMIT 1
$$;

-- The disciplinary track record on p_acuan, for the JPT eligibility (PP 11/2017 jo. PP 17/2020 Pasal 107;
-- PermenPANRB 15/2019: "tidak pernah dijatuhi dan/atau sedang dalam proses hukuman disiplin tingkat sedang atau
-- berat"): one row per employee with either a valid HUKUMAN_DISIPLIN of tingkat SEDANG/BERAT ever (whatever its dates)
-- or a valid PEMERIKSAAN_DISIPLIN not ended before p_acuan. The SQL twin of id.aparatur.pegawai.AturanRekamJejakDisiplin
-- (AturanRekamJejakDisiplinIT proves they agree).
CREATE OR REPLACE FUNCTION pegawai.rekam_jejak_disiplin(p_acuan date)
    RETURNS TABLE (nip char(18), pernah_sedang_berat boolean, dalam_pemeriksaan boolean) LANGUAGE sql STABLE AS $$
    SELECT r.nip,
           bool_or(r.jenis = 'HUKUMAN_DISIPLIN' AND r.tingkat IN ('SEDANG', 'BERAT')),
           bool_or(r.jenis = 'PEMERIKSAAN_DISIPLIN' AND (r.tmt_selesai IS NULL OR r.tmt_selesai >= p_acuan))
    FROM pegawai.riwayat r
    WHERE r.dibatalkan_pada IS NULL
      AND ((r.jenis = 'HUKUMAN_DISIPLIN' AND r.tingkat IN ('SEDANG', 'BERAT'))
           OR (r.jenis = 'PEMERIKSAAN_DISIPLIN' AND (r.tmt_selesai IS NULL OR r.tmt_selesai >= p_acuan)))
    GROUP BY r.nip
$$;

-- The age in completed years of every employee with a known birth date on p_tanggal, for the legal age limits only
-- (the JPT age limit, PP 11/2017 jo. PP 17/2020 Pasal 107: below 56 for JPT pratama): the birth date itself is not
-- published. A limit "below N on D" passes when usia < N. The SQL twin of id.aparatur.pegawai.AturanUsia
-- (AturanUsiaIT proves they agree, also for a birthday on 29 February).
CREATE OR REPLACE FUNCTION pegawai.usia_pada(p_tanggal date)
    RETURNS TABLE (nip char(18), usia integer) LANGUAGE sql STABLE AS $$
    SELECT p.nip, CAST(extract(year FROM age(p_tanggal, p.tanggal_lahir)) AS integer)
    FROM pegawai.pegawai p
    WHERE p.tanggal_lahir IS NOT NULL
$$;
