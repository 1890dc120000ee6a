-- Published read contract of module asesmen (style 8.4.1). Columns are only ever added at the end.

-- Each employee's current level per competency (the latest valid assessment result).
CREATE OR REPLACE VIEW asesmen.v_level_terkini AS
SELECT nip, kompetensi_kode, level, tanggal, asesmen_id
FROM asesmen.level_terkini;
