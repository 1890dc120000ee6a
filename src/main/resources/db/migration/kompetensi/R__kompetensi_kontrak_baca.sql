-- Published read contract of module kompetensi (style 8.4.1). Columns are only ever added at the end.

-- The kamus kompetensi: every competency, active or retired (old references stay valid).
CREATE OR REPLACE VIEW kompetensi.v_kompetensi AS
SELECT kode, nama, jenis, rumpun_kode, definisi, berlaku_mulai, berlaku_sampai, aktif
FROM kompetensi.kompetensi;
