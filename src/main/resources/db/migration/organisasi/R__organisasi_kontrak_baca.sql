-- Published read contract of module organisasi (style 8.4.1): the only organisasi objects other modules' SQL may read.
-- Everything else in the schema is private. Columns are only ever added at the end (CREATE OR REPLACE VIEW); a
-- versioned migration that changes a table column used here drops and recreates the view it breaks.

-- The Pemda itself (one row) and its visi.
CREATE OR REPLACE VIEW organisasi.v_pemda AS
SELECT id, nama, jenis, ibu_kota, visi, periode_rpjmd
FROM organisasi.pemda;

-- Perangkat daerah.
CREATE OR REPLACE VIEW organisasi.v_opd AS
SELECT id, kode, nama, singkatan, jenis, aktif
FROM organisasi.opd;

-- Unit organisasi with their place in the tree and the jabatan of their head.
CREATE OR REPLACE VIEW organisasi.v_unit AS
SELECT id, opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan, aktif
FROM organisasi.unit;

-- Jabatan with their classification, kuota (K) and the requirements of the Anjab. kode_jf: the jabatan fungsional a
-- position is (e.g. GURU), null for the others.
CREATE OR REPLACE VIEW organisasi.v_jabatan AS
SELECT id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, sasaran_opd_id,
       syarat_pendidikan, syarat_pangkat_minimal, syarat_pengalaman, aktif, ikhtisar, uraian_tugas, kode_jf
FROM organisasi.jabatan;

-- Standar kompetensi jabatan (PermenPANRB 38/2017): one row per jabatan and competency, with its level and weight.
CREATE OR REPLACE VIEW organisasi.v_standar_kompetensi AS
SELECT jabatan_id, kompetensi_kode, level, bobot
FROM organisasi.jabatan_kompetensi;

-- The cascade of an OPD sasaran up to the Pemda's visi (renstra → RPJMD), for tracing an RHK to the visi.
CREATE OR REPLACE VIEW organisasi.v_jejak_sasaran_opd AS
SELECT so.id AS sasaran_opd_id, so.opd_id, so.kode AS sasaran_opd_kode, so.uraian AS sasaran_opd_uraian,
       sp.id AS sasaran_pemda_id, sp.kode AS sasaran_pemda_kode, sp.uraian AS sasaran_pemda_uraian,
       tp.id AS tujuan_pemda_id, tp.kode AS tujuan_pemda_kode, tp.uraian AS tujuan_pemda_uraian,
       m.id AS misi_id, m.nomor AS misi_nomor, m.uraian AS misi_uraian, pd.id AS pemda_id, pd.visi
FROM organisasi.sasaran_opd so
LEFT JOIN organisasi.sasaran_pemda sp ON sp.id = so.sasaran_pemda_id
LEFT JOIN organisasi.tujuan_pemda tp ON tp.id = sp.tujuan_id
LEFT JOIN organisasi.misi m ON m.id = tp.misi_id
LEFT JOIN organisasi.pemda pd ON pd.id = m.pemda_id;

-- A unit and every unit below it (its subtree), e.g. to select the employees of a bidang with all its seksi. One
-- SELECT, so the planner inlines it.
CREATE OR REPLACE FUNCTION organisasi.unit_dan_bawahannya(p_unit_id bigint)
    RETURNS TABLE (id bigint) LANGUAGE sql STABLE AS $$
    WITH RECURSIVE turun AS (
      SELECT u.id FROM organisasi.unit u WHERE u.id = p_unit_id
      UNION ALL SELECT u.id FROM organisasi.unit u JOIN turun ON u.induk_id = turun.id)
    SELECT turun.id FROM turun
$$;
