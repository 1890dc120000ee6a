-- Aturan berlaku: every rule table of the application (BUP, JPM bands, TPP shares, ...) as dated versions with their
-- legal basis. A version is proposed by BKD and approved (or rejected) by the PPK; an approved version is in force from
-- berlaku_mulai until the day before the next approved version starts (computed, never stored). Nothing is deleted and
-- a decided version is never changed: a rule changes by a new version from a later date.
CREATE SCHEMA IF NOT EXISTS aturan;

CREATE TABLE aturan.aturan (
    kode          varchar(60)  PRIMARY KEY CHECK (kode ~ '^[A-Z][A-Z0-9_]*$'),
    nama          varchar(200) NOT NULL,
    modul         varchar(40)  NOT NULL,
    deskripsi     text         NOT NULL DEFAULT '',
    dicatat_pada  timestamptz  NOT NULL
);

CREATE TABLE aturan.versi_aturan (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kode                varchar(60)  NOT NULL REFERENCES aturan.aturan (kode),
    nomor               integer      NOT NULL CHECK (nomor >= 1),
    berlaku_mulai       date         NOT NULL,
    dasar_hukum         varchar(500) NOT NULL CHECK (btrim(dasar_hukum) <> ''),
    catatan             text,
    nilai               jsonb        NOT NULL,
    belum_dikonfirmasi  boolean      NOT NULL DEFAULT false,
    status              varchar(12)  NOT NULL CHECK (status IN ('DIUSULKAN', 'DISETUJUI', 'DITOLAK')),
    diusulkan_oleh      varchar(100) NOT NULL,
    diusulkan_pada      timestamptz  NOT NULL,
    diputus_oleh        varchar(100),
    diputus_pada        timestamptz,
    alasan_penolakan    text,
    versi               integer      NOT NULL DEFAULT 0,
    UNIQUE (kode, nomor),
    CONSTRAINT versi_aturan_putusan CHECK ((status = 'DIUSULKAN') = (diputus_oleh IS NULL AND diputus_pada IS NULL)),
    CONSTRAINT versi_aturan_alasan_tolak CHECK (status <> 'DITOLAK' OR btrim(coalesce(alasan_penolakan, '')) <> '')
);
-- At most one approved version per table and start date: the version in force on a date is unambiguous.
CREATE UNIQUE INDEX versi_aturan_disetujui_unik ON aturan.versi_aturan (kode, berlaku_mulai) WHERE status = 'DISETUJUI';

-- A decided version is final and no version is ever deleted; a proposal changes only by its decision.
CREATE FUNCTION aturan.jaga_versi() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'versi aturan tidak boleh dihapus' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF OLD.status <> 'DIUSULKAN'
        OR NEW.kode IS DISTINCT FROM OLD.kode OR NEW.nomor IS DISTINCT FROM OLD.nomor
        OR NEW.berlaku_mulai IS DISTINCT FROM OLD.berlaku_mulai OR NEW.dasar_hukum IS DISTINCT FROM OLD.dasar_hukum
        OR NEW.catatan IS DISTINCT FROM OLD.catatan OR NEW.nilai IS DISTINCT FROM OLD.nilai
        OR NEW.belum_dikonfirmasi IS DISTINCT FROM OLD.belum_dikonfirmasi
        OR NEW.diusulkan_oleh IS DISTINCT FROM OLD.diusulkan_oleh
        OR NEW.diusulkan_pada IS DISTINCT FROM OLD.diusulkan_pada THEN
        RAISE EXCEPTION 'versi aturan yang sudah diputus tidak boleh diubah' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER versi_aturan_jaga BEFORE UPDATE OR DELETE ON aturan.versi_aturan
    FOR EACH ROW EXECUTE FUNCTION aturan.jaga_versi();
