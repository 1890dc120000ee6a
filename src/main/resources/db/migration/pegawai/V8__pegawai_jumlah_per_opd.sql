-- Read model: number of employees per OPD and status, kept exact by a statement-level trigger (also during COPY), so
-- that the unfiltered employee list of a 60,000-employee Pemda does not count the whole table on every page.
CREATE TABLE pegawai.jumlah_per_opd (
    opd_id  bigint  NOT NULL,
    aktif   boolean NOT NULL,
    jumlah  bigint  NOT NULL,
    PRIMARY KEY (opd_id, aktif)
);

CREATE FUNCTION pegawai.hitung_ulang_jumlah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO pegawai.jumlah_per_opd AS j (opd_id, aktif, jumlah)
        SELECT coalesce(opd_id, 0), aktif, -count(*) FROM lama GROUP BY 1, 2
        ON CONFLICT (opd_id, aktif) DO UPDATE SET jumlah = j.jumlah + EXCLUDED.jumlah;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO pegawai.jumlah_per_opd AS j (opd_id, aktif, jumlah)
        SELECT coalesce(opd_id, 0), aktif, count(*) FROM baru GROUP BY 1, 2
        ON CONFLICT (opd_id, aktif) DO UPDATE SET jumlah = j.jumlah + EXCLUDED.jumlah;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER pegawai_jumlah_tambah AFTER INSERT ON pegawai.pegawai
    REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION pegawai.hitung_ulang_jumlah();
CREATE TRIGGER pegawai_jumlah_ubah AFTER UPDATE ON pegawai.pegawai
    REFERENCING OLD TABLE AS lama NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION pegawai.hitung_ulang_jumlah();
CREATE TRIGGER pegawai_jumlah_hapus AFTER DELETE ON pegawai.pegawai
    REFERENCING OLD TABLE AS lama FOR EACH STATEMENT EXECUTE FUNCTION pegawai.hitung_ulang_jumlah();

INSERT INTO pegawai.jumlah_per_opd (opd_id, aktif, jumlah)
SELECT coalesce(opd_id, 0), aktif, count(*) FROM pegawai.pegawai GROUP BY 1, 2;

-- List order of the employee list (name, NIP), also within one OPD.
CREATE INDEX pegawai_nama_nip_idx ON pegawai.pegawai (nama, nip);
CREATE INDEX pegawai_opd_nama_nip_idx ON pegawai.pegawai (opd_id, nama, nip);
DROP INDEX pegawai.pegawai_nama_idx;
DROP INDEX pegawai.pegawai_opd_idx;
