CREATE SCHEMA IF NOT EXISTS pegawai;

-- Data inti pegawai: cukup untuk bezetting dan cakupan akses. Profil lengkap menyusul.
CREATE TABLE pegawai.pegawai (
    nip             char(18) PRIMARY KEY,
    nama            varchar(200) NOT NULL,
    gelar_depan     varchar(40),
    gelar_belakang  varchar(60),
    jenis_kelamin   char(1)  NOT NULL CHECK (jenis_kelamin IN ('L', 'P')),
    tanggal_lahir   date     NOT NULL,
    tmt_cpns        date     NOT NULL,
    jabatan_id      bigint,
    unit_id         bigint,
    opd_id          bigint,
    atasan_nip      char(18) REFERENCES pegawai.pegawai (nip),
    aktif           boolean  NOT NULL DEFAULT true,
    alasan_nonaktif varchar(300),
    versi           integer  NOT NULL DEFAULT 0,
    CONSTRAINT pegawai_nip_digit CHECK (nip ~ '^[0-9]{18}$'),
    CONSTRAINT pegawai_bukan_atasan_sendiri CHECK (atasan_nip IS NULL OR atasan_nip <> nip)
);
CREATE INDEX pegawai_opd_idx ON pegawai.pegawai (opd_id, nama);
CREATE INDEX pegawai_jabatan_idx ON pegawai.pegawai (jabatan_id);
CREATE INDEX pegawai_unit_idx ON pegawai.pegawai (unit_id);
CREATE INDEX pegawai_atasan_idx ON pegawai.pegawai (atasan_nip);
CREATE INDEX pegawai_nama_idx ON pegawai.pegawai (nama);
CREATE INDEX pegawai_nama_trgm ON pegawai.pegawai USING gin (nama gin_trgm_ops);
