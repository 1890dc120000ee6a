-- Kinerja (issue 6), the rest of the SKP cycle: periodic evaluation with realisation and evidence, continuous
-- feedback, review by the penilai's atasan, the OPD's organisational predikat, the effective-dated distribution
-- rules, follow-up actions, and SKP results imported from e-Kinerja. Nothing here is ever deleted; whatever hangs
-- under a FINAL SKP is locked with it (kinerja.bagian_skp_terkunci from V19).

-- Where the SKP came from, and the employee's place when it was made (the distribution is checked per OPD of the
-- SKP, not of wherever the employee sits later). Filled from pegawai.pegawai on insert when not given.
ALTER TABLE kinerja.skp
    ADD COLUMN sumber     varchar(10) NOT NULL DEFAULT 'APARATUR' CHECK (sumber IN ('APARATUR', 'EKINERJA')),
    ADD COLUMN opd_id     bigint REFERENCES organisasi.opd (id),
    ADD COLUMN unit_id    bigint REFERENCES organisasi.unit (id),
    ADD COLUMN jabatan_id bigint REFERENCES organisasi.jabatan (id);

UPDATE kinerja.skp s SET opd_id = p.opd_id, unit_id = p.unit_id, jabatan_id = p.jabatan_id
FROM pegawai.pegawai p WHERE p.nip = s.nip AND s.status <> 'FINAL';
-- (a FINAL SKP cannot change; with no data yet before this migration there is none)

CREATE FUNCTION kinerja.skp_isi_tempat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.opd_id IS NULL THEN
        SELECT p.opd_id, p.unit_id, p.jabatan_id INTO NEW.opd_id, NEW.unit_id, NEW.jabatan_id
        FROM pegawai.pegawai p WHERE p.nip = NEW.nip;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER skp_isi_tempat BEFORE INSERT ON kinerja.skp
    FOR EACH ROW EXECUTE FUNCTION kinerja.skp_isi_tempat();
CREATE INDEX skp_opd_tahun_idx ON kinerja.skp (opd_id, tahun);
CREATE INDEX skp_tahun_idx ON kinerja.skp (tahun, status);

-- A JPT's RHK come from the Perjanjian Kinerja: they name the OPD sasaran they serve (and through it the Pemda's
-- sasaran, misi and visi). Other RHK reach the sasaran through their atasan's RHK.
ALTER TABLE kinerja.rhk ADD COLUMN sasaran_opd_id bigint REFERENCES organisasi.sasaran_opd (id);

-- An activity may name an RHK; it must exist (that it is the employee's own is checked by the application).
ALTER TABLE kinerja.aktivitas
    ADD CONSTRAINT aktivitas_rhk_fk FOREIGN KEY (rhk_id) REFERENCES kinerja.rhk (id);
CREATE INDEX aktivitas_rhk_idx ON kinerja.aktivitas (rhk_id) WHERE rhk_id IS NOT NULL;

-- Periodic evaluation (monthly 1–12 or quarterly 1–4, per skp.periode_evaluasi) by the penilai.
CREATE TABLE kinerja.evaluasi (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skp_id             bigint        NOT NULL REFERENCES kinerja.skp (id),
    periode_ke         int           NOT NULL CHECK (periode_ke BETWEEN 1 AND 12),
    rating_hasil_kerja varchar(10)   NOT NULL CHECK (rating_hasil_kerja IN ('DI_BAWAH', 'SESUAI', 'DI_ATAS')),
    rating_perilaku    varchar(10)   NOT NULL CHECK (rating_perilaku IN ('DI_BAWAH', 'SESUAI', 'DI_ATAS')),
    predikat           varchar(16)   NOT NULL CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG',
                                                                  'SANGAT_KURANG')),
    catatan            varchar(2000),
    versi              int           NOT NULL DEFAULT 0,
    dinilai_oleh       varchar(100)  NOT NULL,
    dinilai_pada       timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT evaluasi_unik UNIQUE (skp_id, periode_ke)
);

-- Realisation of an indicator in a period, with evidence; appended, the latest per (indikator, periode) counts.
CREATE TABLE kinerja.realisasi (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skp_id        bigint        NOT NULL REFERENCES kinerja.skp (id),
    indikator_id  bigint        NOT NULL REFERENCES kinerja.indikator (id),
    periode_ke    int           NOT NULL CHECK (periode_ke BETWEEN 1 AND 12),
    realisasi     varchar(1000) NOT NULL CHECK (btrim(realisasi) <> ''),
    bukti         varchar(1000),
    catatan       varchar(2000),
    dicatat_oleh  varchar(100)  NOT NULL,
    dicatat_pada  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX realisasi_skp_idx ON kinerja.realisasi (skp_id, periode_ke);

-- Continuous feedback notes (umpan balik berkelanjutan) during the year; append-only.
CREATE TABLE kinerja.umpan_balik (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skp_id          bigint        NOT NULL REFERENCES kinerja.skp (id),
    periode_ke      int           CHECK (periode_ke BETWEEN 1 AND 12),
    rhk_id          bigint        REFERENCES kinerja.rhk (id),
    isi             varchar(2000) NOT NULL CHECK (btrim(isi) <> ''),
    oleh            varchar(100)  NOT NULL,
    oleh_nip        char(18),
    dibuat_pada     timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX umpan_balik_skp_idx ON kinerja.umpan_balik (skp_id);

-- Review of the rating by the penilai's own atasan (atasan pejabat penilai) before the SKP is final.
CREATE TABLE kinerja.tinjauan (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skp_id        bigint        NOT NULL REFERENCES kinerja.skp (id),
    peninjau_nip  char(18),
    keputusan     varchar(10)   NOT NULL CHECK (keputusan IN ('SETUJU', 'KEBERATAN')),
    catatan       varchar(2000) NOT NULL CHECK (btrim(catatan) <> ''),
    dibuat_oleh   varchar(100)  NOT NULL,
    dibuat_pada   timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX tinjauan_skp_idx ON kinerja.tinjauan (skp_id);

CREATE TRIGGER evaluasi_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.evaluasi
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();
CREATE TRIGGER realisasi_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.realisasi
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();
CREATE TRIGGER umpan_balik_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.umpan_balik
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();
CREATE TRIGGER tinjauan_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.tinjauan
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();

-- Append-only logs: realisasi, umpan_balik and tinjauan rows never change.
CREATE FUNCTION kinerja.hanya_tambah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% hanya boleh ditambah', TG_TABLE_NAME USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER realisasi_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.realisasi
    FOR EACH ROW EXECUTE FUNCTION kinerja.hanya_tambah();
CREATE TRIGGER umpan_balik_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.umpan_balik
    FOR EACH ROW EXECUTE FUNCTION kinerja.hanya_tambah();
CREATE TRIGGER tinjauan_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.tinjauan
    FOR EACH ROW EXECUTE FUNCTION kinerja.hanya_tambah();

-- The organisational predikat of an OPD for a year (from the evaluation of the OPD's performance, e.g. SAKIP),
-- set by BKD or the PPK. Appended; the latest row per (opd, tahun) is in force.
CREATE TABLE kinerja.predikat_organisasi (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id           bigint        NOT NULL REFERENCES organisasi.opd (id),
    tahun            int           NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    predikat         varchar(16)   NOT NULL CHECK (predikat IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG',
                                                                'SANGAT_KURANG')),
    dasar            varchar(500)  NOT NULL CHECK (btrim(dasar) <> ''),
    ditetapkan_oleh  varchar(100)  NOT NULL,
    ditetapkan_pada  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX predikat_organisasi_idx ON kinerja.predikat_organisasi (opd_id, tahun, id DESC);
CREATE TRIGGER predikat_organisasi_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.predikat_organisasi
    FOR EACH ROW EXECUTE FUNCTION kinerja.hanya_tambah();

-- The distribution rules, effective-dated: a table version = all rows with one berlaku_mulai. Seeded with the rules
-- of the circular accompanying PermenPANRB 6/2022 (reference §5.5, marked [U]); BKD adds a new version when they change.
CREATE TABLE kinerja.aturan_distribusi (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    berlaku_mulai        date          NOT NULL,
    predikat_organisasi  varchar(16)   NOT NULL CHECK (predikat_organisasi IN ('ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN',
                                                                               'KURANG', 'SANGAT_KURANG')),
    jenis                varchar(14)   NOT NULL CHECK (jenis IN ('PALING_BANYAK', 'PALING_SEDIKIT', 'WAJIB_ADA')),
    predikat             varchar(16)[] NOT NULL CHECK (cardinality(predikat) >= 1),
    persen               int           NOT NULL DEFAULT 0 CHECK (persen BETWEEN 0 AND 100),
    dicatat_oleh         varchar(100)  NOT NULL,
    dicatat_pada         timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX aturan_distribusi_idx ON kinerja.aturan_distribusi (berlaku_mulai);
CREATE TRIGGER aturan_distribusi_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.aturan_distribusi
    FOR EACH ROW EXECUTE FUNCTION kinerja.hanya_tambah();
INSERT INTO kinerja.aturan_distribusi (berlaku_mulai, predikat_organisasi, jenis, predikat, persen, dicatat_oleh) VALUES
    ('2022-01-01', 'ISTIMEWA',        'PALING_BANYAK',  '{SANGAT_BAIK}', 70, 'sistem'),
    ('2022-01-01', 'BAIK',            'PALING_BANYAK',  '{BAIK}', 70, 'sistem'),
    ('2022-01-01', 'BAIK',            'WAJIB_ADA',      '{BUTUH_PERBAIKAN,KURANG}', 0, 'sistem'),
    ('2022-01-01', 'BUTUH_PERBAIKAN', 'PALING_SEDIKIT', '{BUTUH_PERBAIKAN}', 60, 'sistem'),
    ('2022-01-01', 'BUTUH_PERBAIKAN', 'PALING_BANYAK',  '{SANGAT_BAIK}', 10, 'sistem'),
    ('2022-01-01', 'KURANG',          'PALING_SEDIKIT', '{KURANG}', 60, 'sistem'),
    ('2022-01-01', 'KURANG',          'PALING_SEDIKIT', '{BUTUH_PERBAIKAN}', 10, 'sistem'),
    ('2022-01-01', 'KURANG',          'PALING_BANYAK',  '{SANGAT_BAIK}', 10, 'sistem'),
    ('2022-01-01', 'SANGAT_KURANG',   'PALING_SEDIKIT', '{SANGAT_KURANG}', 60, 'sistem'),
    ('2022-01-01', 'SANGAT_KURANG',   'PALING_SEDIKIT', '{KURANG,BUTUH_PERBAIKAN}', 10, 'sistem'),
    ('2022-01-01', 'SANGAT_KURANG',   'PALING_BANYAK',  '{SANGAT_BAIK}', 0, 'sistem');

-- Follow-up of a final predikat: Butuh Perbaikan / Kurang / Sangat Kurang open a coaching (PEMBINAAN) or
-- development (PENGEMBANGAN) action with the atasan, tracked to its end. One per SKP.
CREATE TABLE kinerja.tindak_lanjut (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skp_id             bigint        NOT NULL UNIQUE REFERENCES kinerja.skp (id),
    nip                char(18)      NOT NULL REFERENCES pegawai.pegawai (nip),
    tahun              int           NOT NULL,
    predikat           varchar(16)   NOT NULL CHECK (predikat IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG')),
    jenis              varchar(12)   NOT NULL CHECK (jenis IN ('PEMBINAAN', 'PENGEMBANGAN')),
    atasan_nip         char(18),
    status             varchar(10)   NOT NULL DEFAULT 'TERBUKA' CHECK (status IN ('TERBUKA', 'BERJALAN', 'SELESAI')),
    rencana            varchar(2000),
    hasil              varchar(2000),
    tenggat            date,
    versi              int           NOT NULL DEFAULT 0,
    dibuka_pada        timestamptz   NOT NULL DEFAULT now(),
    diubah_oleh        varchar(100)  NOT NULL,
    diubah_pada        timestamptz   NOT NULL DEFAULT now(),
    diselesaikan_pada  timestamptz,
    CONSTRAINT tindak_lanjut_selesai_berhasil CHECK (status <> 'SELESAI' OR hasil IS NOT NULL)
);
CREATE INDEX tindak_lanjut_status_idx ON kinerja.tindak_lanjut (status, atasan_nip);
