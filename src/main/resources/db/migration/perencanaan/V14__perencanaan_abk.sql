-- Analisis beban kerja (ABK) per jabatan dan tahun (PermenPANRB 1/2020) dan waktu kerja efektif (WKE) bertanggal
-- berlaku. Tidak ada yang dihapus: ABK hanya berganti status; uraian tugas adalah bagian ABK yang boleh diganti selama
-- ABK masih DRAF/DIKEMBALIKAN (setiap penggantian tercatat lengkap di jejak audit).
CREATE SCHEMA IF NOT EXISTS perencanaan;

-- WKE berlaku mulai tanggal tertentu; ABK tahun Y memakai baris yang berlaku pada 1 Januari Y.
CREATE TABLE perencanaan.waktu_kerja_efektif (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    berlaku_mulai   date         NOT NULL UNIQUE,
    menit_per_tahun integer      NOT NULL,
    dasar_hukum     varchar(300) NOT NULL,
    dibuat_oleh     varchar(100) NOT NULL,
    dibuat_pada     timestamptz  NOT NULL,
    CONSTRAINT wke_menit_wajar CHECK (menit_per_tahun BETWEEN 1 AND 525600)
);
INSERT INTO perencanaan.waktu_kerja_efektif (berlaku_mulai, menit_per_tahun, dasar_hukum, dibuat_oleh, dibuat_pada)
VALUES (DATE '2020-01-01', 75000, 'PermenPANRB 1/2020: 1.250 jam (75.000 menit) per tahun', 'sistem', now());

CREATE TABLE perencanaan.abk (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- organisasi.jabatan / organisasi.opd (tanpa foreign key lintas modul)
    jabatan_id           bigint       NOT NULL,
    opd_id               bigint       NOT NULL,
    tahun                integer      NOT NULL,
    status               varchar(12)  NOT NULL DEFAULT 'DRAF',
    -- Disalin saat dibuat dan diperbarui selama masih dapat diubah; beku sejak diajukan.
    wke_menit            integer      NOT NULL,
    wke_berlaku_mulai    date         NOT NULL,
    aturan_pembulatan    varchar(20)  NOT NULL,
    -- Hasil perhitungan terakhir (untuk daftar); dihitung ulang dari uraian tugas setiap kali disimpan.
    total_beban_menit    bigint       NOT NULL DEFAULT 0,
    kebutuhan            integer      NOT NULL DEFAULT 0,
    catatan_pengembalian varchar(2000),
    diajukan_oleh        varchar(100),
    diajukan_pada        timestamptz,
    difinalkan_oleh      varchar(100),
    difinalkan_pada      timestamptz,
    dikembalikan_oleh    varchar(100),
    dikembalikan_pada    timestamptz,
    disalin_dari_id      bigint REFERENCES perencanaan.abk (id),
    dibuat_oleh          varchar(100) NOT NULL,
    dibuat_pada          timestamptz  NOT NULL,
    diubah_oleh          varchar(100) NOT NULL,
    diubah_pada          timestamptz  NOT NULL,
    versi                integer      NOT NULL DEFAULT 0,
    CONSTRAINT abk_jabatan_tahun_unik UNIQUE (jabatan_id, tahun),
    CONSTRAINT abk_status_valid CHECK (status IN ('DRAF', 'DIAJUKAN', 'FINAL', 'DIKEMBALIKAN')),
    CONSTRAINT abk_pembulatan_valid CHECK (aturan_pembulatan IN ('SETENGAH_KE_ATAS', 'KE_ATAS', 'KE_BAWAH')),
    CONSTRAINT abk_tahun_wajar CHECK (tahun BETWEEN 2000 AND 2100),
    CONSTRAINT abk_angka_nonnegatif CHECK (wke_menit > 0 AND total_beban_menit >= 0 AND kebutuhan >= 0),
    CONSTRAINT abk_final_lengkap CHECK (status <> 'FINAL' OR (difinalkan_pada IS NOT NULL AND diajukan_pada IS NOT NULL)),
    CONSTRAINT abk_kembali_bercatatan CHECK (status <> 'DIKEMBALIKAN' OR catatan_pengembalian IS NOT NULL)
);
CREATE INDEX abk_opd_tahun_idx ON perencanaan.abk (opd_id, tahun);

CREATE TABLE perencanaan.tugas_abk (
    abk_id      bigint        NOT NULL REFERENCES perencanaan.abk (id),
    urutan      integer       NOT NULL,
    uraian      varchar(1000) NOT NULL,
    hasil_kerja varchar(300),
    satuan      varchar(100),
    volume      bigint        NOT NULL,
    norma_waktu integer       NOT NULL,
    beban_menit bigint        NOT NULL,
    PRIMARY KEY (abk_id, urutan),
    CONSTRAINT tugas_abk_positif CHECK (volume > 0 AND norma_waktu > 0 AND beban_menit = volume * norma_waktu)
);
