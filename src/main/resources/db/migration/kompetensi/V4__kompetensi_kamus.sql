CREATE SCHEMA IF NOT EXISTS kompetensi;

-- Rumpun jabatan: pengelompokan jabatan berdasarkan kemiripan kompetensi yang dibutuhkan.
CREATE TABLE kompetensi.rumpun (
    kode        varchar(20) PRIMARY KEY,
    nama        varchar(200) NOT NULL,
    keterangan  text,
    aktif       boolean NOT NULL DEFAULT true
);

CREATE TABLE kompetensi.kompetensi (
    kode            varchar(20) PRIMARY KEY,
    nama            varchar(200) NOT NULL,
    jenis           varchar(20)  NOT NULL,
    rumpun_kode     varchar(20) REFERENCES kompetensi.rumpun (kode),
    definisi        text         NOT NULL,
    dasar_hukum     varchar(300) NOT NULL,
    berlaku_mulai   date         NOT NULL,
    berlaku_sampai  date,
    aktif           boolean      NOT NULL DEFAULT true,
    versi           integer      NOT NULL DEFAULT 0,
    CONSTRAINT kompetensi_jenis_valid CHECK (jenis IN ('MANAJERIAL', 'SOSIAL_KULTURAL', 'TEKNIS')),
    CONSTRAINT kompetensi_teknis_punya_rumpun CHECK (jenis <> 'TEKNIS' OR rumpun_kode IS NOT NULL),
    CONSTRAINT kompetensi_masa_berlaku CHECK (berlaku_sampai IS NULL OR berlaku_sampai >= berlaku_mulai)
);
CREATE INDEX kompetensi_nama_trgm ON kompetensi.kompetensi USING gin (nama gin_trgm_ops);

-- Deskripsi dan indikator perilaku untuk level 1-5 setiap kompetensi.
CREATE TABLE kompetensi.kompetensi_level (
    kompetensi_kode varchar(20) NOT NULL REFERENCES kompetensi.kompetensi (kode),
    level           smallint    NOT NULL,
    deskripsi       text        NOT NULL,
    indikator       text        NOT NULL,
    PRIMARY KEY (kompetensi_kode, level),
    CONSTRAINT kompetensi_level_rentang CHECK (level BETWEEN 1 AND 5)
);

-- Level standar manajerial/sosial-kultural per jenis dan jenjang jabatan, berlaku per tanggal.
CREATE TABLE kompetensi.standar_level_jenjang (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jenis_jabatan           varchar(20) NOT NULL,
    jenjang                 varchar(20) NOT NULL DEFAULT '-',
    level_manajerial        smallint    NOT NULL CHECK (level_manajerial BETWEEN 1 AND 5),
    level_sosial_kultural   smallint    NOT NULL CHECK (level_sosial_kultural BETWEEN 1 AND 5),
    berlaku_mulai           date        NOT NULL,
    dasar_hukum             varchar(300) NOT NULL,
    UNIQUE (jenis_jabatan, jenjang, berlaku_mulai)
);
