-- Asesmen: the current competency level by source priority. An assessment-center result is not overridden by a later
-- result of a lower-ranked source (a supervisor rating) while it is valid; once its validity has passed, a later
-- lower-ranked result counts. Each source has a rank and a validity period (configurable: BKD edits this table; the
-- rule registry will hold it as one versioned rule). Ranks and validity periods are Aparatur's defaults [U]: the
-- assessment-center and CACT methods are BKN's (PerBKN 26/2019 on assessment providers); no regulation read so far
-- fixes the validity of each source.
CREATE TABLE asesmen.sumber_asesmen (
    kode               varchar(30)  PRIMARY KEY CHECK (kode IN ('ASSESSMENT_CENTER', 'CACT', 'UJI_KOMPETENSI',
                                                                'POST_TEST_PELATIHAN', 'PENILAIAN_ATASAN')),
    peringkat          smallint     NOT NULL UNIQUE CHECK (peringkat BETWEEN 1 AND 99),
    masa_berlaku_bulan smallint     CHECK (masa_berlaku_bulan IS NULL OR masa_berlaku_bulan BETWEEN 1 AND 240),
    dasar              varchar(500) NOT NULL,
    terkonfirmasi      boolean      NOT NULL DEFAULT false,
    diubah_oleh        varchar(100) NOT NULL,
    diubah_pada        timestamptz  NOT NULL DEFAULT now()
);
COMMENT ON COLUMN asesmen.sumber_asesmen.peringkat IS '1 = highest priority';
COMMENT ON COLUMN asesmen.sumber_asesmen.masa_berlaku_bulan IS 'validity from the assessment date; NULL = unlimited';
INSERT INTO asesmen.sumber_asesmen (kode, peringkat, masa_berlaku_bulan, dasar, diubah_oleh) VALUES
    ('ASSESSMENT_CENTER',   1, 36, 'Metode assessment center (PerBKN 26/2019); masa berlaku 3 tahun: bawaan Aparatur [U]', 'sistem'),
    ('CACT',                2, 24, 'Computer-assisted competency test BKN; masa berlaku 2 tahun: bawaan Aparatur [U]', 'sistem'),
    ('UJI_KOMPETENSI',      3, 24, 'Uji kompetensi jabatan; masa berlaku 2 tahun: bawaan Aparatur [U]', 'sistem'),
    ('POST_TEST_PELATIHAN', 4, 12, 'Post-test pelatihan; masa berlaku 1 tahun: bawaan Aparatur [U]', 'sistem'),
    ('PENILAIAN_ATASAN',    5, 12, 'Penilaian atasan langsung; masa berlaku 1 tahun: bawaan Aparatur [U]', 'sistem');

-- The day the read model is current for (advanced by the application from its clock, daily and at start-up; the
-- database clock is never used). A result is valid on day d when tanggal + masa berlaku > d.
CREATE TABLE asesmen.acuan_level (
    satu    boolean PRIMARY KEY DEFAULT true CHECK (satu),
    tanggal date    NOT NULL
);
INSERT INTO asesmen.acuan_level (tanggal) VALUES (DATE '2000-01-01');

-- Which result is current, and until when that choice holds (the validity end of the chosen result, when it may
-- give way to another one; NULL = it does not change with time).
ALTER TABLE asesmen.level_terkini
    ADD COLUMN sumber         varchar(30),
    ADD COLUMN berlaku_sampai date;
CREATE INDEX level_terkini_berlaku_sampai_idx ON asesmen.level_terkini (berlaku_sampai)
    WHERE berlaku_sampai IS NOT NULL;

-- The current level of each competency: among the valid results (on the reference day, or on the latest result's day
-- when that is later) the one of the highest-ranked source, then the latest (by tanggal, then by record); when none is
-- valid, the latest. Set-based on the employees of one statement (the triggers call it once per INSERT/COPY/UPDATE).
CREATE OR REPLACE FUNCTION asesmen.hitung_level_terkini(daftar_nip char(18)[]) RETURNS void LANGUAGE sql AS $$
    DELETE FROM asesmen.level_terkini WHERE nip = ANY (daftar_nip);
    INSERT INTO asesmen.level_terkini (nip, kompetensi_kode, level, tanggal, asesmen_id, sumber, berlaku_sampai)
    SELECT DISTINCT ON (h.nip, h.kompetensi_kode) h.nip, h.kompetensi_kode, h.level, h.tanggal, h.id, h.sumber,
           CASE WHEN h.sah THEN h.sampai END
    FROM (
        SELECT d.*, (d.sampai IS NULL OR d.sampai > d.acuan) AS sah
        FROM (
            SELECT a.nip, l.kompetensi_kode, l.level, a.tanggal, a.id, a.sumber, s.peringkat,
                   (a.tanggal + make_interval(months => s.masa_berlaku_bulan))::date AS sampai,
                   greatest(acuan.tanggal, max(a.tanggal) OVER (PARTITION BY a.nip, l.kompetensi_kode)) AS acuan
            FROM asesmen.asesmen a
            JOIN asesmen.asesmen_level l ON l.asesmen_id = a.id
            JOIN asesmen.sumber_asesmen s ON s.kode = a.sumber
            CROSS JOIN asesmen.acuan_level acuan
            WHERE a.nip = ANY (daftar_nip) AND a.dibatalkan_pada IS NULL
        ) d
    ) h
    ORDER BY h.nip, h.kompetensi_kode, h.sah DESC, CASE WHEN h.sah THEN h.peringkat END, h.tanggal DESC, h.id DESC;
$$;

-- A changed rank or validity re-evaluates everyone.
CREATE FUNCTION asesmen.sumber_berubah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM asesmen.hitung_level_terkini(ARRAY(SELECT DISTINCT nip FROM asesmen.asesmen));
    RETURN NULL;
END $$;
CREATE TRIGGER sumber_asesmen_berubah AFTER UPDATE ON asesmen.sumber_asesmen
    FOR EACH STATEMENT EXECUTE FUNCTION asesmen.sumber_berubah();

-- Existing rows follow the rule from now on.
SELECT asesmen.hitung_level_terkini(ARRAY(SELECT DISTINCT nip FROM asesmen.asesmen));
