-- Kinerja (issue 6): annual SKP (PermenPANRB 6/2022) with cascaded RHK, indicators, BerAKHLAK behaviour ratings.
-- An SKP is never deleted; once FINAL the SKP and everything under it is locked by triggers.
CREATE SCHEMA IF NOT EXISTS kinerja;

CREATE TABLE kinerja.skp (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip                char(18)     NOT NULL REFERENCES pegawai.pegawai (nip),
    tahun              int          NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    periode_evaluasi   varchar(12)  NOT NULL DEFAULT 'TRIWULANAN'
                       CHECK (periode_evaluasi IN ('BULANAN', 'TRIWULANAN')),
    penilai_nip        char(18)     REFERENCES pegawai.pegawai (nip),
    status             varchar(10)  NOT NULL DEFAULT 'DRAF'
                       CHECK (status IN ('DRAF', 'DISETUJUI', 'DINILAI', 'FINAL')),
    rating_hasil_kerja varchar(10)  CHECK (rating_hasil_kerja IN ('DI_BAWAH', 'SESUAI', 'DI_ATAS')),
    rating_perilaku    varchar(10)  CHECK (rating_perilaku IN ('DI_BAWAH', 'SESUAI', 'DI_ATAS')),
    predikat           varchar(16)  CHECK (predikat IN ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG',
                                                        'SANGAT_KURANG')),
    versi              int          NOT NULL DEFAULT 0,
    dibuat_pada        timestamptz  NOT NULL DEFAULT now(),
    dibuat_oleh        varchar(100) NOT NULL,
    diubah_pada        timestamptz  NOT NULL DEFAULT now(),
    diubah_oleh        varchar(100) NOT NULL,
    disetujui_pada     timestamptz,
    dinilai_pada       timestamptz,
    difinalkan_pada    timestamptz,
    CONSTRAINT skp_unik_tahun UNIQUE (nip, tahun),
    CONSTRAINT skp_dinilai_lengkap CHECK (status IN ('DRAF', 'DISETUJUI')
        OR (rating_hasil_kerja IS NOT NULL AND rating_perilaku IS NOT NULL AND predikat IS NOT NULL))
);
CREATE INDEX skp_penilai_idx ON kinerja.skp (penilai_nip);

CREATE TABLE kinerja.rhk (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    skp_id        bigint        NOT NULL REFERENCES kinerja.skp (id),
    urutan        int           NOT NULL,
    uraian        varchar(1000) NOT NULL CHECK (btrim(uraian) <> ''),
    jenis         varchar(8)    NOT NULL CHECK (jenis IN ('UTAMA', 'TAMBAHAN')),
    rhk_atasan_id bigint        REFERENCES kinerja.rhk (id),
    CONSTRAINT rhk_bukan_diri CHECK (rhk_atasan_id IS NULL OR rhk_atasan_id <> id)
);
CREATE INDEX rhk_skp_idx ON kinerja.rhk (skp_id);
CREATE INDEX rhk_atasan_idx ON kinerja.rhk (rhk_atasan_id);

CREATE TABLE kinerja.indikator (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rhk_id  bigint        NOT NULL REFERENCES kinerja.rhk (id),
    aspek   varchar(10)   NOT NULL CHECK (aspek IN ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA')),
    uraian  varchar(1000) NOT NULL CHECK (btrim(uraian) <> ''),
    target  varchar(200)  NOT NULL CHECK (btrim(target) <> '')
);
CREATE INDEX indikator_rhk_idx ON kinerja.indikator (rhk_id);

CREATE TABLE kinerja.perilaku (
    skp_id  bigint        NOT NULL REFERENCES kinerja.skp (id),
    nilai   varchar(24)   NOT NULL CHECK (nilai IN ('BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS',
                                                    'LOYAL', 'ADAPTIF', 'KOLABORATIF')),
    catatan varchar(2000) NOT NULL CHECK (btrim(catatan) <> ''),
    PRIMARY KEY (skp_id, nilai)
);

-- An SKP is never deleted; a FINAL one never changes.
CREATE FUNCTION kinerja.skp_terkunci() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'SKP tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF OLD.status = 'FINAL' THEN
        RAISE EXCEPTION 'SKP final tidak boleh diubah (id %)', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER skp_terkunci BEFORE UPDATE OR DELETE ON kinerja.skp
    FOR EACH ROW EXECUTE FUNCTION kinerja.skp_terkunci();

-- RHK, indikator and perilaku of a FINAL SKP never change (nor can rows be added to it).
CREATE FUNCTION kinerja.bagian_skp_terkunci() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    baris record;
    skp bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        baris := OLD;
    ELSE
        baris := NEW;
    END IF;
    IF TG_TABLE_NAME = 'indikator' THEN
        SELECT r.skp_id INTO skp FROM kinerja.rhk r WHERE r.id = baris.rhk_id;
    ELSE
        skp := baris.skp_id;
    END IF;
    IF EXISTS (SELECT 1 FROM kinerja.skp s WHERE s.id = skp AND s.status = 'FINAL') THEN
        RAISE EXCEPTION 'Bagian SKP final tidak boleh diubah (SKP %)', skp;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER rhk_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.rhk
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();
CREATE TRIGGER indikator_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.indikator
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();
CREATE TRIGGER perilaku_terkunci BEFORE INSERT OR UPDATE OR DELETE ON kinerja.perilaku
    FOR EACH ROW EXECUTE FUNCTION kinerja.bagian_skp_terkunci();
