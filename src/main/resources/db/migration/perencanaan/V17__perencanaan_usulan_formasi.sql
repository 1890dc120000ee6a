-- Usulan formasi (usulan kebutuhan ASN): formasi hasil kaskade yang diusulkan BKD dan disetujui PPK.
CREATE SCHEMA IF NOT EXISTS perencanaan;

CREATE TABLE perencanaan.usulan_formasi (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tahun            smallint     NOT NULL CHECK (tahun BETWEEN 2000 AND 2100),
    judul            varchar(200) NOT NULL,
    kaskade_id       bigint       NOT NULL,
    status           varchar(12)  NOT NULL DEFAULT 'DRAF'
        CHECK (status IN ('DRAF', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN')),
    dibuat_oleh      varchar(100) NOT NULL,
    dibuat_pada      timestamptz  NOT NULL DEFAULT now(),
    diajukan_oleh    varchar(100),
    diajukan_pada    timestamptz,
    diputus_oleh     varchar(100),
    diputus_pada     timestamptz,
    catatan_putusan  varchar(2000),
    versi            integer      NOT NULL DEFAULT 0,
    CONSTRAINT usulan_formasi_diajukan_lengkap CHECK (status = 'DRAF' OR diajukan_pada IS NOT NULL),
    CONSTRAINT usulan_formasi_putusan_lengkap CHECK (status NOT IN ('DISETUJUI', 'DIKEMBALIKAN') OR diputus_pada IS NOT NULL),
    CONSTRAINT usulan_formasi_kembali_beralasan CHECK (status <> 'DIKEMBALIKAN' OR catatan_putusan IS NOT NULL)
);

-- Satu baris per jabatan: lowongan hasil kaskade (tetap) dan jumlah yang diusulkan (dapat diubah BKD selama draf).
CREATE TABLE perencanaan.usulan_formasi_baris (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    usulan_id        bigint       NOT NULL REFERENCES perencanaan.usulan_formasi (id),
    jabatan_id       bigint       NOT NULL,
    jabatan_kode     varchar(40)  NOT NULL,
    jabatan_nama     varchar(200) NOT NULL,
    tingkat          varchar(40)  NOT NULL,
    kelas            smallint     NOT NULL,
    unit_id          bigint       NOT NULL,
    unit_nama        varchar(200) NOT NULL,
    opd_id           bigint       NOT NULL,
    opd_nama         varchar(200) NOT NULL,
    pendidikan       varchar(200),
    lowongan         integer      NOT NULL CHECK (lowongan > 0),
    jumlah_usulan    integer      NOT NULL,
    jenis_pengadaan  varchar(4)   NOT NULL DEFAULT 'CPNS' CHECK (jenis_pengadaan IN ('CPNS', 'PPPK')),
    keterangan       varchar(300),
    CONSTRAINT usulan_formasi_baris_jumlah CHECK (jumlah_usulan BETWEEN 0 AND lowongan),
    UNIQUE (usulan_id, jabatan_id)
);

-- Jejak alur kerja (tidak pernah diubah atau dihapus).
CREATE TABLE perencanaan.usulan_formasi_jejak (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    usulan_id    bigint       NOT NULL REFERENCES perencanaan.usulan_formasi (id),
    dari_status  varchar(12),
    ke_status    varchar(12)  NOT NULL,
    oleh         varchar(100) NOT NULL,
    pada         timestamptz  NOT NULL DEFAULT now(),
    catatan      varchar(2000)
);
CREATE INDEX usulan_formasi_jejak_usulan_idx ON perencanaan.usulan_formasi_jejak (usulan_id, id);

CREATE FUNCTION perencanaan.jejak_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Jejak usulan formasi tidak boleh diubah atau dihapus (id %)', OLD.id;
END $$;
CREATE TRIGGER usulan_formasi_jejak_tetap BEFORE UPDATE OR DELETE ON perencanaan.usulan_formasi_jejak
    FOR EACH ROW EXECUTE FUNCTION perencanaan.jejak_tetap();

-- Usulan yang disetujui PPK tidak berubah lagi; usulan tidak pernah dihapus.
CREATE FUNCTION perencanaan.usulan_formasi_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Usulan formasi tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF OLD.status = 'DISETUJUI' THEN
        RAISE EXCEPTION 'Usulan formasi yang sudah disetujui tidak boleh diubah (id %)', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER usulan_formasi_tetap BEFORE UPDATE OR DELETE ON perencanaan.usulan_formasi
    FOR EACH ROW EXECUTE FUNCTION perencanaan.usulan_formasi_tetap();

CREATE FUNCTION perencanaan.usulan_formasi_baris_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s varchar(12);
BEGIN
    SELECT status INTO s FROM perencanaan.usulan_formasi WHERE id = OLD.usulan_id;
    IF TG_OP = 'DELETE' OR s NOT IN ('DRAF', 'DIKEMBALIKAN') THEN
        RAISE EXCEPTION 'Baris usulan formasi hanya dapat diubah selama draf atau dikembalikan (usulan %)', OLD.usulan_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER usulan_formasi_baris_tetap BEFORE UPDATE OR DELETE ON perencanaan.usulan_formasi_baris
    FOR EACH ROW EXECUTE FUNCTION perencanaan.usulan_formasi_baris_tetap();
