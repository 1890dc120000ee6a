-- Kinerja, corrections of the rule review (PermenPANRB 6/2022):
-- 1. the evaluation period of an SKP may also be SEMESTERAN (two periods: January–June, July–December);
-- 2. a follow-up of a low predikat records its cause before anything is done (evaluate the cause, then act), and
--    says whether the predikat asks for a discipline check (Kurang/Misconduct: behaviour below expectation);
-- 3. the penilai of an SKP may be someone who is not a PNS — the kepala daerah, who rates the Sekda (and the heads of
--    OPD where the Pemda so decides) — recorded by name and jabatan, without NIP, as e-Kinerja does;
-- 4. the organisational predikat may be set per unit kerja (below).

ALTER TABLE kinerja.skp DROP CONSTRAINT skp_periode_evaluasi_check;
ALTER TABLE kinerja.skp ADD CONSTRAINT skp_periode_evaluasi_check
    CHECK (periode_evaluasi IN ('BULANAN', 'TRIWULANAN', 'SEMESTERAN'));

ALTER TABLE kinerja.skp
    ADD COLUMN penilai_nama    varchar(200),
    ADD COLUMN penilai_jabatan varchar(200),
    ADD CONSTRAINT skp_penilai_non_pns CHECK (penilai_nama IS NULL
        OR (penilai_nip IS NULL AND btrim(penilai_nama) <> '' AND penilai_jabatan IS NOT NULL
            AND btrim(penilai_jabatan) <> ''));

ALTER TABLE kinerja.tindak_lanjut
    ADD COLUMN periksa_disiplin      boolean       NOT NULL DEFAULT false,
    ADD COLUMN penyebab              varchar(2000) CHECK (penyebab IS NULL OR btrim(penyebab) <> ''),
    ADD COLUMN penyebab_dicatat_oleh varchar(100),
    ADD COLUMN penyebab_dicatat_pada timestamptz;

-- Forward only (V21), and now: no action before the cause is recorded; the cause is fixed once acting starts.
-- (Rows that were already under way before this migration keep moving without a recorded cause.)
CREATE OR REPLACE FUNCTION kinerja.tindak_lanjut_maju() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    urutan CONSTANT text[] := ARRAY['TERBUKA', 'BERJALAN', 'SELESAI'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Tindak lanjut tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF NEW.skp_id <> OLD.skp_id OR NEW.nip <> OLD.nip OR NEW.predikat <> OLD.predikat OR NEW.jenis <> OLD.jenis
       OR NEW.periksa_disiplin <> OLD.periksa_disiplin THEN
        RAISE EXCEPTION 'Tindak lanjut tetap milik SKP dan predikatnya (id %)', OLD.id;
    END IF;
    IF array_position(urutan, NEW.status::text) < array_position(urutan, OLD.status::text) THEN
        RAISE EXCEPTION 'Status tindak lanjut hanya maju: % -> % (id %)', OLD.status, NEW.status, OLD.id;
    END IF;
    IF OLD.status = 'TERBUKA' AND NEW.status <> 'TERBUKA' AND NEW.penyebab IS NULL THEN
        RAISE EXCEPTION 'Penyebab predikat dicatat dulu sebelum ditindaklanjuti (id %)', OLD.id;
    END IF;
    IF OLD.status <> 'TERBUKA' AND NEW.penyebab IS DISTINCT FROM OLD.penyebab THEN
        RAISE EXCEPTION 'Penyebab tidak berubah setelah tindak lanjut berjalan (id %)', OLD.id;
    END IF;
    RETURN NEW;
END $$;

-- 4. The organisational predikat per unit kerja, not only per OPD: set by the head of the unit (or BKD/PPK); a unit
--    with its own predikat has its distribution checked on its own SKP, the others take the OPD's (unit_id NULL).
ALTER TABLE kinerja.predikat_organisasi ADD COLUMN unit_id bigint REFERENCES organisasi.unit (id);
CREATE INDEX predikat_organisasi_unit_idx ON kinerja.predikat_organisasi (unit_id, tahun, id DESC)
    WHERE unit_id IS NOT NULL;
CREATE INDEX skp_unit_tahun_idx ON kinerja.skp (unit_id, tahun);
