-- Seleksi terbuka JPT (PermenPANRB 15/2019): tahapan dengan jadwal, pansel, bobot penilaian, peserta internal atau
-- eksternal, hasil administrasi, nilai per tahap, usulan tiga nama pansel dan pilihan PPK. Tidak ada yang dihapus:
-- seleksi dibatalkan dengan alasan, anggota pansel dinonaktifkan, peserta mengundurkan diri dengan alasan.
-- Usulan pansel dan keputusan PPK tidak dapat diubah atau dihapus (trigger), sama seperti pegawai.riwayat.
CREATE SCHEMA IF NOT EXISTS seleksi;

CREATE TABLE seleksi.seleksi (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jabatan_id        bigint        NOT NULL,
    nama              varchar(200)  NOT NULL,
    status            varchar(20)   NOT NULL DEFAULT 'DRAF',
    -- Bobot dalam persen, relatif (nilai akhir dibagi jumlah bobot), tetap sejak penilaian dimulai (tahap KOMPETENSI).
    bobot_makalah     numeric(5, 2) NOT NULL,
    bobot_kompetensi  numeric(5, 2) NOT NULL,
    bobot_wawancara   numeric(5, 2) NOT NULL,
    bobot_rekam_jejak numeric(5, 2) NOT NULL,
    alasan_batal      varchar(1000),
    dibatalkan_oleh   varchar(100),
    dibatalkan_pada   timestamptz,
    dibuat_oleh       varchar(100)  NOT NULL,
    dibuat_pada       timestamptz   NOT NULL,
    versi             integer       NOT NULL DEFAULT 0,
    CONSTRAINT seleksi_status_valid CHECK (status IN ('DRAF', 'DIUMUMKAN', 'ADMINISTRASI', 'KOMPETENSI', 'MAKALAH',
        'WAWANCARA', 'REKAM_JEJAK', 'TIGA_NAMA_DIAJUKAN', 'DITETAPKAN', 'DIBATALKAN')),
    CONSTRAINT seleksi_bobot_positif CHECK (bobot_makalah + bobot_kompetensi + bobot_wawancara + bobot_rekam_jejak > 0),
    CONSTRAINT seleksi_batal_lengkap CHECK ((status = 'DIBATALKAN') = (alasan_batal IS NOT NULL AND dibatalkan_pada IS NOT NULL))
);
-- Satu seleksi berjalan per jabatan.
CREATE UNIQUE INDEX seleksi_satu_berjalan ON seleksi.seleksi (jabatan_id) WHERE status NOT IN ('DITETAPKAN', 'DIBATALKAN');

-- A finished selection stays finished: DITETAPKAN and DIBATALKAN are final, and the weights never change once
-- scoring has started.
CREATE FUNCTION seleksi.seleksi_final() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Seleksi terbuka tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF OLD.status IN ('DITETAPKAN', 'DIBATALKAN') AND to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
        RAISE EXCEPTION 'Seleksi terbuka % sudah % dan tidak dapat diubah', OLD.id, OLD.status;
    END IF;
    IF OLD.status NOT IN ('DRAF', 'DIUMUMKAN', 'ADMINISTRASI')
       AND (NEW.bobot_makalah, NEW.bobot_kompetensi, NEW.bobot_wawancara, NEW.bobot_rekam_jejak)
           IS DISTINCT FROM (OLD.bobot_makalah, OLD.bobot_kompetensi, OLD.bobot_wawancara, OLD.bobot_rekam_jejak) THEN
        RAISE EXCEPTION 'Bobot seleksi terbuka % tetap sejak penilaian dimulai', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER seleksi_final BEFORE UPDATE OR DELETE ON seleksi.seleksi
    FOR EACH ROW EXECUTE FUNCTION seleksi.seleksi_final();

-- Jadwal per tahap (rencana) dan kapan tahap benar-benar dimulai.
CREATE TABLE seleksi.tahap (
    seleksi_id      bigint      NOT NULL REFERENCES seleksi.seleksi (id),
    tahap           varchar(20) NOT NULL CHECK (tahap IN ('PENGUMUMAN', 'ADMINISTRASI', 'KOMPETENSI', 'MAKALAH',
                                                          'WAWANCARA', 'REKAM_JEJAK', 'PENETAPAN')),
    tanggal_mulai   date,
    tanggal_selesai date,
    dimulai_pada    timestamptz,
    dimulai_oleh    varchar(100),
    PRIMARY KEY (seleksi_id, tahap),
    CONSTRAINT tahap_selesai_setelah_mulai CHECK (tanggal_selesai IS NULL OR tanggal_mulai IS NULL
        OR tanggal_selesai >= tanggal_mulai)
);

CREATE TABLE seleksi.pansel (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seleksi_id      bigint       NOT NULL REFERENCES seleksi.seleksi (id),
    nama            varchar(200) NOT NULL,
    peran           varchar(12)  NOT NULL CHECK (peran IN ('KETUA', 'SEKRETARIS', 'ANGGOTA')),
    unsur           varchar(200),
    aktif           boolean      NOT NULL DEFAULT true,
    dicatat_oleh    varchar(100) NOT NULL,
    dicatat_pada    timestamptz  NOT NULL,
    dinonaktifkan_oleh varchar(100),
    dinonaktifkan_pada timestamptz
);
CREATE INDEX pansel_seleksi_idx ON seleksi.pansel (seleksi_id);
CREATE UNIQUE INDEX pansel_satu_ketua ON seleksi.pansel (seleksi_id) WHERE aktif AND peran = 'KETUA';
CREATE UNIQUE INDEX pansel_satu_sekretaris ON seleksi.pansel (seleksi_id) WHERE aktif AND peran = 'SEKRETARIS';

-- Peserta: internal (NIP pegawai Pemda) atau eksternal (nama dan instansi asal).
CREATE TABLE seleksi.peserta (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seleksi_id           bigint       NOT NULL REFERENCES seleksi.seleksi (id),
    nip                  char(18),
    nama                 varchar(200) NOT NULL,
    instansi_asal        varchar(200) NOT NULL,
    administrasi_lulus   boolean,
    administrasi_alasan  varchar(1000),
    administrasi_oleh    varchar(100),
    administrasi_pada    timestamptz,
    mundur_alasan        varchar(1000),
    mundur_pada          timestamptz,
    dicatat_oleh         varchar(100) NOT NULL,
    dicatat_pada         timestamptz  NOT NULL,
    CONSTRAINT peserta_nip_digit CHECK (nip IS NULL OR nip ~ '^[0-9]{18}$'),
    CONSTRAINT peserta_tidak_lulus_beralasan CHECK (administrasi_lulus IS DISTINCT FROM false
        OR administrasi_alasan IS NOT NULL),
    CONSTRAINT peserta_mundur_lengkap CHECK ((mundur_pada IS NULL) = (mundur_alasan IS NULL))
);
CREATE INDEX peserta_seleksi_idx ON seleksi.peserta (seleksi_id);
CREATE UNIQUE INDEX peserta_nip_unik ON seleksi.peserta (seleksi_id, nip) WHERE nip IS NOT NULL;

-- Nilai 0–100 per komponen; diperbaiki (dengan jejak audit) sampai tiga nama diajukan.
CREATE TABLE seleksi.nilai (
    peserta_id   bigint        NOT NULL REFERENCES seleksi.peserta (id),
    komponen     varchar(12)   NOT NULL CHECK (komponen IN ('KOMPETENSI', 'MAKALAH', 'WAWANCARA', 'REKAM_JEJAK')),
    nilai        numeric(5, 2) NOT NULL CHECK (nilai BETWEEN 0 AND 100),
    dicatat_oleh varchar(100)  NOT NULL,
    dicatat_pada timestamptz   NOT NULL,
    PRIMARY KEY (peserta_id, komponen)
);

-- Usulan tiga nama pansel: peringkat saat diajukan (cuplikan), tidak dapat diubah.
CREATE TABLE seleksi.usulan_pansel (
    seleksi_id       bigint       PRIMARY KEY REFERENCES seleksi.seleksi (id),
    calon            jsonb        NOT NULL,
    peringkat        jsonb        NOT NULL,
    bobot            jsonb        NOT NULL,
    kurang_dari_tiga boolean      NOT NULL,
    catatan          varchar(2000),
    diajukan_oleh    varchar(100) NOT NULL,
    diajukan_pada    timestamptz  NOT NULL,
    CONSTRAINT usulan_kurang_bercatatan CHECK (NOT kurang_dari_tiga OR catatan IS NOT NULL)
);

-- Keputusan PPK: pilihan, peringkatnya, alasan tertulis (wajib bila bukan peringkat 1) dan cuplikan peringkat.
CREATE TABLE seleksi.keputusan_ppk (
    seleksi_id      bigint       PRIMARY KEY REFERENCES seleksi.seleksi (id),
    peserta_id      bigint       NOT NULL REFERENCES seleksi.peserta (id),
    peringkat       integer      NOT NULL CHECK (peringkat BETWEEN 1 AND 3),
    alasan          varchar(4000),
    cuplikan        jsonb        NOT NULL,
    diputuskan_oleh varchar(100) NOT NULL,
    diputuskan_pada timestamptz  NOT NULL,
    CONSTRAINT keputusan_alasan_bila_bukan_pertama CHECK (peringkat = 1 OR (alasan IS NOT NULL AND length(btrim(alasan)) >= 30))
);

CREATE FUNCTION seleksi.tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% seleksi terbuka tidak boleh diubah atau dihapus (seleksi %)', TG_TABLE_NAME, OLD.seleksi_id;
END $$;
CREATE TRIGGER usulan_pansel_tetap BEFORE UPDATE OR DELETE ON seleksi.usulan_pansel
    FOR EACH ROW EXECUTE FUNCTION seleksi.tetap();
CREATE TRIGGER keputusan_ppk_tetap BEFORE UPDATE OR DELETE ON seleksi.keputusan_ppk
    FOR EACH ROW EXECUTE FUNCTION seleksi.tetap();
