CREATE SCHEMA IF NOT EXISTS organisasi;

-- Profil Pemerintah Daerah dan RPJMD: visi -> misi -> tujuan -> sasaran.
CREATE TABLE organisasi.pemda (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nama        varchar(200) NOT NULL,
    jenis       varchar(20)  NOT NULL CHECK (jenis IN ('PROVINSI', 'KABUPATEN', 'KOTA')),
    ibu_kota    varchar(100),
    visi        text         NOT NULL,
    periode_rpjmd varchar(20) NOT NULL
);

CREATE TABLE organisasi.misi (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pemda_id bigint NOT NULL REFERENCES organisasi.pemda (id),
    nomor    smallint NOT NULL,
    uraian   text NOT NULL,
    UNIQUE (pemda_id, nomor)
);

CREATE TABLE organisasi.tujuan_pemda (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    misi_id bigint NOT NULL REFERENCES organisasi.misi (id),
    kode    varchar(20) NOT NULL UNIQUE,
    uraian  text NOT NULL
);

CREATE TABLE organisasi.sasaran_pemda (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tujuan_id   bigint NOT NULL REFERENCES organisasi.tujuan_pemda (id),
    kode        varchar(20) NOT NULL UNIQUE,
    uraian      text NOT NULL,
    indikator   text
);

-- Organisasi Perangkat Daerah.
CREATE TABLE organisasi.opd (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kode        varchar(20)  NOT NULL UNIQUE,
    nama        varchar(200) NOT NULL,
    singkatan   varchar(40),
    jenis       varchar(30)  NOT NULL,
    aktif       boolean      NOT NULL DEFAULT true,
    versi       integer      NOT NULL DEFAULT 0,
    CONSTRAINT opd_jenis_valid CHECK (jenis IN ('SEKRETARIAT_DAERAH', 'SEKRETARIAT_DPRD', 'INSPEKTORAT', 'DINAS',
        'BADAN', 'KECAMATAN', 'RSUD', 'SATUAN_POLISI_PAMONG_PRAJA'))
);
CREATE INDEX opd_nama_trgm ON organisasi.opd USING gin (nama gin_trgm_ops);

CREATE TABLE organisasi.tujuan_opd (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id  bigint NOT NULL REFERENCES organisasi.opd (id),
    kode    varchar(30) NOT NULL UNIQUE,
    uraian  text NOT NULL
);

-- Sasaran OPD selalu mendukung satu sasaran Pemda (cascading Renstra -> RPJMD).
CREATE TABLE organisasi.sasaran_opd (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id              bigint NOT NULL REFERENCES organisasi.opd (id),
    tujuan_opd_id       bigint NOT NULL REFERENCES organisasi.tujuan_opd (id),
    sasaran_pemda_id    bigint NOT NULL REFERENCES organisasi.sasaran_pemda (id),
    kode                varchar(30) NOT NULL UNIQUE,
    uraian              text NOT NULL,
    indikator           text
);
CREATE INDEX sasaran_opd_opd_idx ON organisasi.sasaran_opd (opd_id);

-- Unit organisasi di dalam OPD (bidang, subbagian, seksi, UPT); akar pohon = unit pimpinan OPD.
CREATE TABLE organisasi.unit (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id              bigint NOT NULL REFERENCES organisasi.opd (id),
    induk_id            bigint REFERENCES organisasi.unit (id),
    kode                varchar(30)  NOT NULL UNIQUE,
    nama                varchar(200) NOT NULL,
    jenis               varchar(20)  NOT NULL,
    jabatan_kepala_id   bigint,
    urutan              integer      NOT NULL DEFAULT 0,
    aktif               boolean      NOT NULL DEFAULT true,
    versi               integer      NOT NULL DEFAULT 0,
    CONSTRAINT unit_jenis_valid CHECK (jenis IN ('PIMPINAN', 'SEKRETARIAT', 'BIDANG', 'SUBBAGIAN', 'SUBBIDANG', 'SEKSI', 'UPT', 'KELURAHAN')),
    CONSTRAINT unit_bukan_induk_sendiri CHECK (induk_id IS NULL OR induk_id <> id)
);
CREATE INDEX unit_opd_idx ON organisasi.unit (opd_id);
CREATE INDEX unit_induk_idx ON organisasi.unit (induk_id);
CREATE INDEX unit_nama_trgm ON organisasi.unit USING gin (nama gin_trgm_ops);

-- Katalog jabatan (hasil Anjab) beserta SKJ.
CREATE TABLE organisasi.jabatan (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    opd_id              bigint NOT NULL REFERENCES organisasi.opd (id),
    unit_id             bigint NOT NULL REFERENCES organisasi.unit (id),
    kode                varchar(40)  NOT NULL UNIQUE,
    nama                varchar(200) NOT NULL,
    jenis_jabatan       varchar(20)  NOT NULL,
    jenjang             varchar(20),
    kelas               smallint     NOT NULL,
    rumpun_kode         varchar(20)  NOT NULL,
    kuota               integer      NOT NULL,
    ikhtisar            text,
    uraian_tugas        text,
    standar_kinerja_produk   text,
    standar_kinerja_perilaku text,
    sasaran_opd_id      bigint REFERENCES organisasi.sasaran_opd (id),
    syarat_pendidikan   varchar(200),
    syarat_pangkat_minimal varchar(10),
    syarat_pengalaman   varchar(300),
    aktif               boolean      NOT NULL DEFAULT true,
    versi               integer      NOT NULL DEFAULT 0,
    CONSTRAINT jabatan_kelas_rentang CHECK (kelas BETWEEN 1 AND 17),
    CONSTRAINT jabatan_kuota_positif CHECK (kuota >= 0),
    CONSTRAINT jabatan_jenis_valid CHECK (jenis_jabatan IN ('JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR',
        'PENGAWAS', 'PELAKSANA', 'FUNGSIONAL')),
    CONSTRAINT jabatan_jenjang_fungsional CHECK (
        (jenis_jabatan = 'FUNGSIONAL' AND jenjang IN ('AHLI_UTAMA', 'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA',
            'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA'))
        OR (jenis_jabatan <> 'FUNGSIONAL' AND jenjang IS NULL))
);
CREATE INDEX jabatan_opd_idx ON organisasi.jabatan (opd_id);
CREATE INDEX jabatan_unit_idx ON organisasi.jabatan (unit_id);
CREATE INDEX jabatan_nama_trgm ON organisasi.jabatan USING gin (nama gin_trgm_ops);

ALTER TABLE organisasi.unit ADD CONSTRAINT unit_jabatan_kepala_fk
    FOREIGN KEY (jabatan_kepala_id) REFERENCES organisasi.jabatan (id) DEFERRABLE INITIALLY DEFERRED;

CREATE TABLE organisasi.jabatan_hasil_kerja (
    jabatan_id  bigint NOT NULL REFERENCES organisasi.jabatan (id),
    urutan      integer NOT NULL,
    produk      varchar(300) NOT NULL,
    satuan      varchar(60)  NOT NULL,
    PRIMARY KEY (jabatan_id, urutan)
);

-- Korelasi jabatan: hubungan koordinasi/konsultasi dan alur keluaran -> masukan.
CREATE TABLE organisasi.jabatan_korelasi (
    jabatan_id          bigint NOT NULL REFERENCES organisasi.jabatan (id),
    urutan              integer NOT NULL,
    jabatan_terkait_id  bigint NOT NULL REFERENCES organisasi.jabatan (id),
    jenis               varchar(20) NOT NULL CHECK (jenis IN ('KOORDINASI', 'KONSULTASI')),
    keluaran_menjadi_masukan boolean NOT NULL DEFAULT false,
    keterangan          varchar(300),
    PRIMARY KEY (jabatan_id, urutan)
);
CREATE INDEX jabatan_korelasi_terkait_idx ON organisasi.jabatan_korelasi (jabatan_terkait_id);

-- Standar Kompetensi Jabatan: kompetensi (kode dari kamus) -> level yang dipersyaratkan dan bobot.
CREATE TABLE organisasi.jabatan_kompetensi (
    jabatan_id       bigint NOT NULL REFERENCES organisasi.jabatan (id),
    kompetensi_kode  varchar(20) NOT NULL,
    level            smallint NOT NULL CHECK (level BETWEEN 1 AND 5),
    bobot            numeric(5, 2) NOT NULL CHECK (bobot > 0 AND bobot <= 100),
    PRIMARY KEY (jabatan_id, kompetensi_kode)
);
