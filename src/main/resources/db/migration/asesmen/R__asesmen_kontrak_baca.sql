-- Published read contract of module asesmen (style 8.4.1). Columns are only ever added at the end.

-- Each employee's current level per competency: among the valid results the one of the highest-ranked source
-- (asesmen.sumber_asesmen: an assessment-center result is not overridden by a later supervisor rating while it is
-- valid), then the latest; when none is valid, the latest. sumber = the source of that result; berlaku_sampai = the
-- day its validity ends (NULL when the choice does not change with time).
CREATE OR REPLACE VIEW asesmen.v_level_terkini AS
SELECT nip, kompetensi_kode, level, tanggal, asesmen_id, sumber, berlaku_sampai
FROM asesmen.level_terkini;
