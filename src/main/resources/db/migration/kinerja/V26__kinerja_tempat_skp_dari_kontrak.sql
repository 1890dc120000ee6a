-- Issue 16: the place of a new SKP (OPD, unit, jabatan of the employee when it is made) is read through pegawai's
-- published read contract (pegawai.v_pegawai), not its table. Aparatur's own SKP are created with their place
-- (kinerja Skp.susun); the trigger still fills it for rows inserted without one (the e-Kinerja import).
CREATE OR REPLACE FUNCTION kinerja.skp_isi_tempat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.opd_id IS NULL THEN
        SELECT p.opd_id, p.unit_id, p.jabatan_id INTO NEW.opd_id, NEW.unit_id, NEW.jabatan_id
        FROM pegawai.v_pegawai p WHERE p.nip = NEW.nip;
    END IF;
    RETURN NEW;
END $$;
