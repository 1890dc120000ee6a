-- The jabatan fungsional a position is (kode_jf, e.g. GURU, DOSEN, PERAWAT): the key of rules that follow the JF
-- itself rather than its jenjang, first of all the BUP set by the JF's own law (guru 60 and dosen 65, UU 14/2005
-- Pasal 40 ayat 4 and Pasal 67 ayat 4). Only a jabatan fungsional has one.
ALTER TABLE organisasi.jabatan
    ADD COLUMN kode_jf varchar(40),
    ADD CONSTRAINT jabatan_kode_jf_format CHECK (kode_jf IS NULL OR kode_jf ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    ADD CONSTRAINT jabatan_kode_jf_fungsional CHECK (kode_jf IS NULL OR jenis_jabatan = 'FUNGSIONAL');

-- Positions already catalogued as JF Guru / JF Dosen get their code, so that their holders stop retiring at 58.
UPDATE organisasi.jabatan SET kode_jf = 'GURU' WHERE jenis_jabatan = 'FUNGSIONAL' AND nama ~* '^guru\M';
UPDATE organisasi.jabatan SET kode_jf = 'DOSEN' WHERE jenis_jabatan = 'FUNGSIONAL' AND nama ~* '^dosen\M';
