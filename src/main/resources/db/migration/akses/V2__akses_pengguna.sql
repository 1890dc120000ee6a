CREATE SCHEMA IF NOT EXISTS akses;

CREATE TABLE akses.pengguna (
    username        varchar(64) PRIMARY KEY,
    password_hash   varchar(255),
    nama            varchar(200) NOT NULL,
    nip             char(18),
    opd_id          bigint,
    aktif           boolean      NOT NULL DEFAULT true,
    dibuat_pada     timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pengguna_username_format CHECK (username ~ '^[a-z0-9._-]{3,64}$')
);

CREATE TABLE akses.pengguna_peran (
    username varchar(64) NOT NULL REFERENCES akses.pengguna (username),
    peran    varchar(20) NOT NULL,
    PRIMARY KEY (username, peran),
    CONSTRAINT pengguna_peran_valid CHECK (peran IN ('ADMIN_BKD', 'PIMPINAN_OPD', 'ATASAN', 'PEGAWAI', 'ASESOR'))
);
