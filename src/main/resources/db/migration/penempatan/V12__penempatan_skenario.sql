-- Skenario penempatan kembali: pengaturan, hasil per pegawai, jabatan yang ikut, dan alur persetujuan/penetapan SK.
-- Skenario tidak pernah dihapus: yang tidak dipakai lagi diarsipkan.
CREATE SCHEMA IF NOT EXISTS penempatan;

CREATE TABLE penempatan.skenario (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nama                    varchar(200) NOT NULL,
    status                  varchar(12)  NOT NULL DEFAULT 'DRAF',
    asal_id                 bigint REFERENCES penempatan.skenario (id),
    -- Cakupan: OPD dan jenjang (kosong = semua); irisan keduanya.
    cakupan_opd             bigint[]     NOT NULL DEFAULT '{}',
    cakupan_jenjang         text[]       NOT NULL DEFAULT '{}',
    bobot_selisih_kelas     bigint       NOT NULL,
    bobot_diluar_minat      bigint       NOT NULL,
    bobot_pindah            bigint       NOT NULL,
    bobot_tidak_ditempatkan bigint       NOT NULL,
    rumpun_sama             boolean      NOT NULL DEFAULT false,
    kecualikan_hukuman      boolean      NOT NULL DEFAULT true,
    kecualikan_jpt          boolean      NOT NULL DEFAULT true,
    -- Jalannya optimasi di latar.
    progres                 smallint     NOT NULL DEFAULT 0 CHECK (progres BETWEEN 0 AND 100),
    tahap                   varchar(40),
    pesan_galat             text,
    dijalankan_pada         timestamptz,
    selesai_pada            timestamptz,
    -- Hasil.
    jumlah_pegawai          integer,
    jumlah_jabatan          integer,
    total_biaya             bigint,
    nilai_dual              bigint,
    sertifikat_sah          boolean,
    ringkasan               jsonb,
    statistik               jsonb,
    -- Persetujuan dan penetapan (tanggal SK, TMT dan waktu pencatatan tidak pernah dicampur).
    disetujui_oleh          varchar(100),
    disetujui_pada          timestamptz,
    nomor_sk                varchar(100),
    tanggal_sk              date,
    tmt                     date,
    ditetapkan_oleh         varchar(100),
    ditetapkan_pada         timestamptz,
    -- Kapan jabatan saat ini pegawai diperbarui (pada penetapan bila TMT sudah tiba, atau oleh tugas harian).
    diterapkan_pada         timestamptz,
    diarsipkan              boolean      NOT NULL DEFAULT false,
    diarsipkan_oleh         varchar(100),
    diarsipkan_pada         timestamptz,
    dibuat_oleh             varchar(100) NOT NULL,
    dibuat_pada             timestamptz  NOT NULL,
    versi                   integer      NOT NULL DEFAULT 0,
    CONSTRAINT skenario_status_valid CHECK (status IN ('DRAF', 'BERJALAN', 'SELESAI', 'GAGAL', 'DISETUJUI', 'DITETAPKAN')),
    CONSTRAINT skenario_bobot_nonnegatif CHECK (bobot_selisih_kelas >= 0 AND bobot_diluar_minat >= 0
        AND bobot_pindah >= 0 AND bobot_tidak_ditempatkan >= 0),
    CONSTRAINT skenario_sk_lengkap CHECK (status <> 'DITETAPKAN'
        OR (nomor_sk IS NOT NULL AND tanggal_sk IS NOT NULL AND tmt IS NOT NULL AND tmt >= tanggal_sk)),
    CONSTRAINT skenario_disetujui_lengkap CHECK (status NOT IN ('DISETUJUI', 'DITETAPKAN') OR disetujui_pada IS NOT NULL)
);
CREATE INDEX skenario_asal_idx ON penempatan.skenario (asal_id);
CREATE INDEX skenario_tertunda_idx ON penempatan.skenario (tmt) WHERE status = 'DITETAPKAN' AND diterapkan_pada IS NULL;

-- Aturan tambahan per skenario: pegawai dikunci ke jabatan, pegawai dan jabatan dikecualikan.
CREATE TABLE penempatan.skenario_kunci (
    skenario_id bigint   NOT NULL REFERENCES penempatan.skenario (id),
    nip         char(18) NOT NULL,
    jabatan_id  bigint   NOT NULL,
    PRIMARY KEY (skenario_id, nip)
);
CREATE TABLE penempatan.skenario_kecuali_pegawai (
    skenario_id bigint   NOT NULL REFERENCES penempatan.skenario (id),
    nip         char(18) NOT NULL,
    PRIMARY KEY (skenario_id, nip)
);
CREATE TABLE penempatan.skenario_kecuali_jabatan (
    skenario_id bigint NOT NULL REFERENCES penempatan.skenario (id),
    jabatan_id  bigint NOT NULL,
    PRIMARY KEY (skenario_id, jabatan_id)
);

-- Potret jabatan yang ikut optimasi (saat dijalankan): kuota efektif dan SKJ dalam bobot bilangan bulat mesin.
CREATE TABLE penempatan.skenario_jabatan (
    skenario_id   bigint      NOT NULL REFERENCES penempatan.skenario (id),
    jabatan_id    bigint      NOT NULL,
    opd_id        bigint      NOT NULL,
    jenjang       varchar(40) NOT NULL,
    kelas         smallint    NOT NULL,
    rumpun_kode   varchar(20) NOT NULL,
    kuota         integer     NOT NULL,
    kuota_efektif integer     NOT NULL,
    dikecualikan  boolean     NOT NULL DEFAULT false,
    skj           jsonb       NOT NULL,
    PRIMARY KEY (skenario_id, jabatan_id)
);

-- Usulan per pegawai. jabatan_usulan_id NULL: tidak ditempatkan atau dikecualikan (status).
CREATE TABLE penempatan.usulan (
    skenario_id        bigint       NOT NULL REFERENCES penempatan.skenario (id),
    nip                char(18)     NOT NULL,
    status             varchar(20)  NOT NULL,
    alasan_kecuali     varchar(20),
    dikunci            boolean      NOT NULL DEFAULT false,
    opd_asal_id        bigint,
    jabatan_asal_id    bigint,
    kelas_asal         smallint,
    jenjang            varchar(40),
    jabatan_usulan_id  bigint,
    opd_usulan_id      bigint,
    kelas_usulan       smallint,
    biaya              bigint,
    kesenjangan        bigint,
    selisih_kelas      bigint,
    diluar_minat       bigint,
    pindah             bigint,
    biaya_asal         bigint,
    kesenjangan_asal   bigint,
    gap_level_asal     integer,
    gap_level_usulan   integer,
    jpm_asal           numeric(5, 2),
    jpm_usulan         numeric(5, 2),
    potensial          bigint,
    kompetensi         jsonb        NOT NULL DEFAULT '{}',
    minat_rumpun       text[]       NOT NULL DEFAULT '{}',
    PRIMARY KEY (skenario_id, nip),
    CONSTRAINT usulan_status_valid CHECK (status IN ('DITEMPATKAN', 'TIDAK_DITEMPATKAN', 'DIKECUALIKAN')),
    CONSTRAINT usulan_alasan_valid CHECK (alasan_kecuali IS NULL
        OR alasan_kecuali IN ('HUKUMAN_DISIPLIN', 'JPT', 'MANUAL', 'TANPA_JABATAN')),
    CONSTRAINT usulan_ditempatkan_berjabatan CHECK ((status = 'DITEMPATKAN') = (jabatan_usulan_id IS NOT NULL))
);
CREATE INDEX usulan_opd_idx ON penempatan.usulan (skenario_id, opd_asal_id);
CREATE INDEX usulan_jabatan_usulan_idx ON penempatan.usulan (skenario_id, jabatan_usulan_id);
