-- The rule-registry versions an SKP finalisation used (kode + nomor per table, with the start of that version), read
-- at the SKP year's reference date (31 December). Written once in the finalising transaction; never changed.
CREATE TABLE kinerja.skp_aturan (
    skp_id        bigint  NOT NULL REFERENCES kinerja.skp (id),
    kode          text    NOT NULL,
    nomor         integer NOT NULL CHECK (nomor > 0),
    berlaku_mulai date    NOT NULL,
    PRIMARY KEY (skp_id, kode)
);

CREATE FUNCTION kinerja.skp_aturan_hanya_tambah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Versi aturan yang dipakai SKP tidak boleh diubah atau dihapus (skp %)', OLD.skp_id;
END $$;
CREATE TRIGGER skp_aturan_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.skp_aturan
    FOR EACH ROW EXECUTE FUNCTION kinerja.skp_aturan_hanya_tambah();
