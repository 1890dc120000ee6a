-- Published read contract of module kinerja (style 8.4.1). Columns are only ever added at the end.

-- The predikat kinerja of each employee's FINAL annual SKP per year (PermenPANRB 6/2022), also those imported from
-- e-Kinerja.
CREATE OR REPLACE VIEW kinerja.v_predikat_tahunan AS
SELECT nip, tahun, predikat, sumber, opd_id, unit_id, jabatan_id, difinalkan_pada
FROM kinerja.skp
WHERE status = 'FINAL' AND predikat IS NOT NULL;
