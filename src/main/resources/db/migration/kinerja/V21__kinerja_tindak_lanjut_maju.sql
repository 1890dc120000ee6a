-- Kinerja (issue 6): a follow-up (tindak lanjut) is never deleted, stays with its SKP, and its status only moves
-- forward (TERBUKA -> BERJALAN -> SELESAI); the application checks the same rule (TindakLanjut.bolehPindah).
CREATE FUNCTION kinerja.tindak_lanjut_maju() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    urutan CONSTANT text[] := ARRAY['TERBUKA', 'BERJALAN', 'SELESAI'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Tindak lanjut tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF NEW.skp_id <> OLD.skp_id OR NEW.nip <> OLD.nip OR NEW.predikat <> OLD.predikat OR NEW.jenis <> OLD.jenis THEN
        RAISE EXCEPTION 'Tindak lanjut tetap milik SKP dan predikatnya (id %)', OLD.id;
    END IF;
    IF array_position(urutan, NEW.status::text) < array_position(urutan, OLD.status::text) THEN
        RAISE EXCEPTION 'Status tindak lanjut hanya maju: % -> % (id %)', OLD.status, NEW.status, OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER tindak_lanjut_maju BEFORE UPDATE OR DELETE ON kinerja.tindak_lanjut
    FOR EACH ROW EXECUTE FUNCTION kinerja.tindak_lanjut_maju();
