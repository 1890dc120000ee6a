-- Profil pegawai (DRH, mengikuti data-utama SIASN secukupnya), riwayat, minat, dan usulan koreksi.
ALTER TABLE pegawai.pegawai
    ADD COLUMN tempat_lahir           varchar(100),
    ADD COLUMN nik                    char(16) CHECK (nik ~ '^[0-9]{16}$'),
    ADD COLUMN status_kepegawaian     varchar(10) NOT NULL DEFAULT 'PNS'
        CHECK (status_kepegawaian IN ('CPNS', 'PNS', 'PPPK')),
    ADD COLUMN golongan               varchar(6)
        CHECK (golongan IN ('I/a', 'I/b', 'I/c', 'I/d', 'II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c',
                            'III/d', 'IV/a', 'IV/b', 'IV/c', 'IV/d', 'IV/e')),
    ADD COLUMN tmt_golongan           date,
    ADD COLUMN tmt_jabatan            date,
    ADD COLUMN pendidikan_tingkat     varchar(4)
        CHECK (pendidikan_tingkat IN ('SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3')),
    ADD COLUMN pendidikan_jurusan     varchar(150),
    ADD COLUMN pendidikan_tahun_lulus smallint CHECK (pendidikan_tahun_lulus BETWEEN 1940 AND 2100),
    -- Data pribadi yang dilindungi: tidak pernah dibaca oleh logika penempatan, promosi, atau pemeringkatan
    -- (lihat MeritGuardTests). Ditampilkan hanya kepada BKD dan pegawai yang bersangkutan.
    ADD COLUMN agama                  varchar(12)
        CHECK (agama IN ('ISLAM', 'KRISTEN', 'KATOLIK', 'HINDU', 'BUDDHA', 'KONGHUCU', 'KEPERCAYAAN')),
    ADD COLUMN status_perkawinan      varchar(12)
        CHECK (status_perkawinan IN ('BELUM_KAWIN', 'KAWIN', 'CERAI_HIDUP', 'CERAI_MATI')),
    ADD COLUMN disabilitas            varchar(200),
    ADD COLUMN diperbarui_pada        timestamptz NOT NULL DEFAULT now();

-- Riwayat (append-only). Tiga tanggal berbeda: tanggal_sk (tanggal keputusan), tmt (terhitung mulai tanggal),
-- dicatat_pada (kapan dicatat di Aparatur). Entri yang salah dibatalkan dengan alasan, tidak diubah atau dihapus.
CREATE TABLE pegawai.riwayat (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip             char(18)     NOT NULL REFERENCES pegawai.pegawai (nip),
    jenis           varchar(20)  NOT NULL CHECK (jenis IN ('PANGKAT', 'JABATAN', 'PENDIDIKAN', 'PELATIHAN',
                                                            'PENGHARGAAN', 'HUKUMAN_DISIPLIN')),
    uraian          varchar(300) NOT NULL,
    keterangan      varchar(300),
    golongan        varchar(6),
    jabatan_id      bigint,
    tingkat         varchar(20),
    jp              integer CHECK (jp IS NULL OR jp BETWEEN 1 AND 2000),
    nomor_sk        varchar(100),
    tanggal_sk      date,
    tmt             date         NOT NULL,
    tmt_selesai     date,
    dicatat_pada    timestamptz  NOT NULL DEFAULT now(),
    dicatat_oleh    varchar(100) NOT NULL,
    dibatalkan_pada timestamptz,
    dibatalkan_oleh varchar(100),
    alasan_batal    varchar(500),
    CONSTRAINT riwayat_selesai_setelah_tmt CHECK (tmt_selesai IS NULL OR tmt_selesai >= tmt),
    CONSTRAINT riwayat_batal_lengkap CHECK ((dibatalkan_pada IS NULL) = (alasan_batal IS NULL)),
    CONSTRAINT riwayat_pangkat_golongan CHECK (jenis <> 'PANGKAT' OR golongan IS NOT NULL),
    CONSTRAINT riwayat_hukuman_tingkat CHECK (jenis <> 'HUKUMAN_DISIPLIN' OR tingkat IN ('RINGAN', 'SEDANG', 'BERAT'))
);
CREATE INDEX riwayat_nip_idx ON pegawai.riwayat (nip, jenis, tmt);

-- Minat karier: rumpun jabatan dan jabatan sasaran yang diminati pegawai.
CREATE TABLE pegawai.minat_rumpun (
    nip          char(18)    NOT NULL REFERENCES pegawai.pegawai (nip),
    rumpun_kode  varchar(20) NOT NULL,
    dicatat_pada timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (nip, rumpun_kode)
);
CREATE TABLE pegawai.minat_jabatan (
    nip          char(18)    NOT NULL REFERENCES pegawai.pegawai (nip),
    jabatan_id   bigint      NOT NULL,
    dicatat_pada timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (nip, jabatan_id)
);

-- Usulan koreksi data oleh pegawai; BKD menyetujui atau menolak dengan alasan. Keduanya tercatat.
CREATE TABLE pegawai.usulan_koreksi (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip             char(18)     NOT NULL REFERENCES pegawai.pegawai (nip),
    isian           varchar(40)  NOT NULL,
    nilai_lama      varchar(300),
    nilai_usulan    varchar(300) NOT NULL,
    alasan          varchar(1000) NOT NULL,
    status          varchar(10)  NOT NULL DEFAULT 'DIAJUKAN' CHECK (status IN ('DIAJUKAN', 'DISETUJUI', 'DITOLAK')),
    diajukan_oleh   varchar(100) NOT NULL,
    diajukan_pada   timestamptz  NOT NULL DEFAULT now(),
    diputus_oleh    varchar(100),
    diputus_pada    timestamptz,
    alasan_putusan  varchar(1000),
    CONSTRAINT koreksi_putusan_lengkap CHECK ((status = 'DIAJUKAN') = (diputus_pada IS NULL)),
    CONSTRAINT koreksi_tolak_beralasan CHECK (status <> 'DITOLAK' OR alasan_putusan IS NOT NULL)
);
CREATE INDEX usulan_koreksi_nip_idx ON pegawai.usulan_koreksi (nip, diajukan_pada);
CREATE INDEX usulan_koreksi_status_idx ON pegawai.usulan_koreksi (status, diajukan_pada) WHERE status = 'DIAJUKAN';

-- Riwayat is append-only: only the cancellation columns may be set, once.
CREATE FUNCTION pegawai.riwayat_tetap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Riwayat pegawai tidak boleh dihapus (id %)', OLD.id;
    END IF;
    IF OLD.dibatalkan_pada IS NOT NULL
       OR (to_jsonb(NEW) - 'dibatalkan_pada' - 'dibatalkan_oleh' - 'alasan_batal')
          IS DISTINCT FROM (to_jsonb(OLD) - 'dibatalkan_pada' - 'dibatalkan_oleh' - 'alasan_batal') THEN
        RAISE EXCEPTION 'Riwayat pegawai tidak boleh diubah, hanya dibatalkan sekali (id %)', OLD.id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER riwayat_tetap BEFORE UPDATE OR DELETE ON pegawai.riwayat
    FOR EACH ROW EXECUTE FUNCTION pegawai.riwayat_tetap();
