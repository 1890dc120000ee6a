CREATE SCHEMA IF NOT EXISTS asesmen;

-- Every measurement is a dated record, appended and never overwritten. A wrong record is cancelled with a reason.
CREATE TABLE asesmen.asesmen (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip             char(18)     NOT NULL REFERENCES pegawai.pegawai (nip),
    tanggal         date         NOT NULL,
    sumber          varchar(30)  NOT NULL CHECK (sumber IN ('ASSESSMENT_CENTER', 'CACT', 'UJI_KOMPETENSI',
                                                            'POST_TEST_PELATIHAN', 'PENILAIAN_ATASAN')),
    asesor          varchar(200) NOT NULL,
    catatan         text,
    bukti           varchar(500),
    dicatat_pada    timestamptz  NOT NULL DEFAULT now(),
    dicatat_oleh    varchar(100) NOT NULL,
    dibatalkan_pada timestamptz,
    dibatalkan_oleh varchar(100),
    alasan_batal    varchar(500),
    CONSTRAINT asesmen_batal_lengkap CHECK ((dibatalkan_pada IS NULL) = (alasan_batal IS NULL)
                                            AND (dibatalkan_pada IS NULL) = (dibatalkan_oleh IS NULL))
);
CREATE INDEX asesmen_nip_idx ON asesmen.asesmen (nip, tanggal);

CREATE TABLE asesmen.asesmen_level (
    asesmen_id       bigint      NOT NULL REFERENCES asesmen.asesmen (id),
    kompetensi_kode  varchar(20) NOT NULL,
    level            smallint    NOT NULL CHECK (level BETWEEN 1 AND 5),
    PRIMARY KEY (asesmen_id, kompetensi_kode)
);

-- Read model: the current level of each competency = the latest (by tanggal, then by record) valid measurement.
-- Kept exact by statement-level triggers (also during COPY), so gap analysis and skill matrices read one row per
-- employee and competency.
CREATE TABLE asesmen.level_terkini (
    nip              char(18)    NOT NULL,
    kompetensi_kode  varchar(20) NOT NULL,
    level            smallint    NOT NULL,
    tanggal          date        NOT NULL,
    asesmen_id       bigint      NOT NULL,
    PRIMARY KEY (nip, kompetensi_kode)
);

CREATE FUNCTION asesmen.hitung_level_terkini(daftar_nip char(18)[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM asesmen.level_terkini WHERE nip = ANY (daftar_nip);
    INSERT INTO asesmen.level_terkini (nip, kompetensi_kode, level, tanggal, asesmen_id)
    SELECT DISTINCT ON (a.nip, l.kompetensi_kode) a.nip, l.kompetensi_kode, l.level, a.tanggal, a.id
    FROM asesmen.asesmen a JOIN asesmen.asesmen_level l ON l.asesmen_id = a.id
    WHERE a.nip = ANY (daftar_nip) AND a.dibatalkan_pada IS NULL
    ORDER BY a.nip, l.kompetensi_kode, a.tanggal DESC, a.id DESC;
$$;

CREATE FUNCTION asesmen.level_tambah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM asesmen.hitung_level_terkini(ARRAY(SELECT DISTINCT a.nip FROM baru JOIN asesmen.asesmen a ON a.id = baru.asesmen_id));
    RETURN NULL;
END $$;
CREATE TRIGGER asesmen_level_tambah AFTER INSERT ON asesmen.asesmen_level
    REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION asesmen.level_tambah();

CREATE FUNCTION asesmen.asesmen_batal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM asesmen.hitung_level_terkini(ARRAY(SELECT DISTINCT nip FROM baru));
    RETURN NULL;
END $$;
CREATE TRIGGER asesmen_batal AFTER UPDATE ON asesmen.asesmen
    REFERENCING NEW TABLE AS baru FOR EACH STATEMENT EXECUTE FUNCTION asesmen.asesmen_batal();

-- Append-only: a measurement is never edited or deleted; only the cancellation columns may be set, once.
CREATE FUNCTION asesmen.asesmen_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Asesmen tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF OLD.dibatalkan_pada IS NOT NULL
       OR (to_jsonb(NEW) - 'dibatalkan_pada' - 'dibatalkan_oleh' - 'alasan_batal')
          IS DISTINCT FROM (to_jsonb(OLD) - 'dibatalkan_pada' - 'dibatalkan_oleh' - 'alasan_batal') THEN
        RAISE EXCEPTION 'Asesmen tidak boleh diubah, hanya dibatalkan sekali (id %)', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER asesmen_tetap BEFORE UPDATE OR DELETE ON asesmen.asesmen
    FOR EACH ROW EXECUTE FUNCTION asesmen.asesmen_tetap();

CREATE FUNCTION asesmen.level_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Level hasil asesmen tidak boleh diubah atau dihapus';
END $$;
CREATE TRIGGER asesmen_level_tetap BEFORE UPDATE OR DELETE ON asesmen.asesmen_level
    FOR EACH ROW EXECUTE FUNCTION asesmen.level_tetap();
