-- Laporan aktivitas harian (issue 6 butir 3). Catatan pegawai sendiri: hanya ditambah; yang boleh berubah hanya
-- kolom verifikasi (status, diverifikasi_oleh/pada, alasan_tolak). Tidak ada baris yang dihapus.
CREATE SCHEMA IF NOT EXISTS kinerja;

CREATE TABLE kinerja.aktivitas (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    nip                 char(18)      NOT NULL,
    tanggal             date          NOT NULL,
    mulai               time          NOT NULL,
    selesai             time          NOT NULL,
    uraian              varchar(1000) NOT NULL,
    keluaran            varchar(500),
    -- jabatan pegawai saat mencatat (potret), agar kesesuaian tidak berubah karena mutasi sesudahnya
    jabatan_pegawai_id  bigint,
    -- butir uraian tugas yang dikerjakan: jabatan pemilik tugas + nomor baris (1-based, baris tak kosong)
    jabatan_id          bigint,
    uraian_tugas_ke     int,
    rhk_id              bigint,
    status              varchar(12)   NOT NULL DEFAULT 'DICATAT',
    diverifikasi_oleh   varchar(100),
    diverifikasi_pada   timestamptz,
    alasan_tolak        varchar(500),
    dicatat_oleh        varchar(100)  NOT NULL,
    dicatat_pada        timestamptz   NOT NULL,
    CONSTRAINT aktivitas_status CHECK (status IN ('DICATAT', 'DIVERIFIKASI', 'DITOLAK')),
    CONSTRAINT aktivitas_selesai_sesudah_mulai CHECK (selesai > mulai),
    CONSTRAINT aktivitas_tugas_lengkap CHECK ((jabatan_id IS NULL) = (uraian_tugas_ke IS NULL)),
    CONSTRAINT aktivitas_tugas_positif CHECK (uraian_tugas_ke IS NULL OR uraian_tugas_ke >= 1),
    CONSTRAINT aktivitas_tolak_beralasan CHECK (status <> 'DITOLAK' OR alasan_tolak IS NOT NULL),
    -- btree_gist dipasang di V1: tidak ada dua aktivitas (yang tidak ditolak) seorang pegawai yang tumpang tindih
    CONSTRAINT aktivitas_tanpa_tumpang_tindih EXCLUDE USING gist (
        nip WITH =, tsrange(tanggal + mulai, tanggal + selesai) WITH &&) WHERE (status <> 'DITOLAK')
);

CREATE INDEX aktivitas_nip_tanggal_idx ON kinerja.aktivitas (nip, tanggal);

-- Hanya kolom verifikasi yang boleh diubah; menghapus ditolak.
CREATE FUNCTION kinerja.aktivitas_hanya_tambah() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'kinerja.aktivitas tidak boleh dihapus' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF (NEW.nip, NEW.tanggal, NEW.mulai, NEW.selesai, NEW.uraian, NEW.keluaran, NEW.jabatan_pegawai_id,
        NEW.jabatan_id, NEW.uraian_tugas_ke, NEW.rhk_id, NEW.dicatat_oleh, NEW.dicatat_pada)
       IS DISTINCT FROM
       (OLD.nip, OLD.tanggal, OLD.mulai, OLD.selesai, OLD.uraian, OLD.keluaran, OLD.jabatan_pegawai_id,
        OLD.jabatan_id, OLD.uraian_tugas_ke, OLD.rhk_id, OLD.dicatat_oleh, OLD.dicatat_pada) THEN
        RAISE EXCEPTION 'kinerja.aktivitas hanya boleh diubah pada kolom verifikasi'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER aktivitas_hanya_tambah BEFORE UPDATE OR DELETE ON kinerja.aktivitas
    FOR EACH ROW EXECUTE FUNCTION kinerja.aktivitas_hanya_tambah();
