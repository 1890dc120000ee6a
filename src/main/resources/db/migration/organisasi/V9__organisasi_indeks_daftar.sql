-- List order of the position catalogue (per OPD, by code): the page is read from the index.
CREATE INDEX jabatan_opd_kode_idx ON organisasi.jabatan (opd_id, kode);
DROP INDEX organisasi.jabatan_opd_idx;
