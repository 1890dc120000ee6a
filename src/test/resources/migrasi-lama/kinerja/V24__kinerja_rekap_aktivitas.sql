-- Monthly summary of the laporan aktivitas harian per employee, for the dashboards (issue 6 butir 5): kept by triggers
-- on kinerja.aktivitas so that a dashboard reads a few thousand summary rows instead of every activity. Rows of
-- kinerja.aktivitas are never deleted; a rejected activity (status DITOLAK, the soft delete) stops counting.
-- Overlapping activities cannot be stored (exclusion constraint), so the sum of lengths is the effective time.
CREATE TABLE kinerja.rekap_aktivitas_bulan (
    nip                   char(18) NOT NULL,
    bulan                 date     NOT NULL CHECK (extract(day FROM bulan) = 1),
    -- not rejected activities: their minutes, the part on the own jabatan's uraian tugas, on other jabatan's, on none
    menit_efektif         int      NOT NULL DEFAULT 0,
    menit_sendiri         int      NOT NULL DEFAULT 0,
    menit_jabatan_lain    int      NOT NULL DEFAULT 0,
    menit_tanpa_tugas     int      NOT NULL DEFAULT 0,
    jumlah                int      NOT NULL DEFAULT 0,
    -- verified by the atasan
    menit_terverifikasi   int      NOT NULL DEFAULT 0,
    jumlah_terverifikasi  int      NOT NULL DEFAULT 0,
    PRIMARY KEY (nip, bulan)
);
CREATE INDEX rekap_aktivitas_bulan_idx ON kinerja.rekap_aktivitas_bulan (bulan);

-- Minutes on another jabatan's uraian tugas, per jabatan (the re-placement signal names the largest).
CREATE TABLE kinerja.rekap_aktivitas_jabatan_lain (
    nip         char(18) NOT NULL,
    bulan       date     NOT NULL,
    jabatan_id  bigint   NOT NULL,
    menit       int      NOT NULL DEFAULT 0,
    PRIMARY KEY (nip, bulan, jabatan_id)
);

-- Adds (tanda = 1) or removes (tanda = -1) one activity's share.
CREATE FUNCTION kinerja.rekap_aktivitas_tambah(r kinerja.aktivitas, tanda int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m  int;
    b  date;
    sendiri boolean;
    lain boolean;
    verif boolean;
BEGIN
    IF r.status = 'DITOLAK' THEN
        RETURN;
    END IF;
    m := tanda * (extract(epoch FROM (r.selesai - r.mulai)) / 60)::int;
    b := date_trunc('month', r.tanggal)::date;
    sendiri := r.jabatan_id IS NOT NULL AND r.jabatan_id = r.jabatan_pegawai_id;
    lain := r.jabatan_id IS NOT NULL AND r.jabatan_id IS DISTINCT FROM r.jabatan_pegawai_id;
    verif := r.status = 'DIVERIFIKASI';
    INSERT INTO kinerja.rekap_aktivitas_bulan AS k (nip, bulan, menit_efektif, menit_sendiri, menit_jabatan_lain,
        menit_tanpa_tugas, jumlah, menit_terverifikasi, jumlah_terverifikasi)
    VALUES (r.nip, b, m, CASE WHEN sendiri THEN m ELSE 0 END, CASE WHEN lain THEN m ELSE 0 END,
        CASE WHEN r.jabatan_id IS NULL THEN m ELSE 0 END, tanda, CASE WHEN verif THEN m ELSE 0 END,
        CASE WHEN verif THEN tanda ELSE 0 END)
    ON CONFLICT (nip, bulan) DO UPDATE SET
        menit_efektif = k.menit_efektif + EXCLUDED.menit_efektif,
        menit_sendiri = k.menit_sendiri + EXCLUDED.menit_sendiri,
        menit_jabatan_lain = k.menit_jabatan_lain + EXCLUDED.menit_jabatan_lain,
        menit_tanpa_tugas = k.menit_tanpa_tugas + EXCLUDED.menit_tanpa_tugas,
        jumlah = k.jumlah + EXCLUDED.jumlah,
        menit_terverifikasi = k.menit_terverifikasi + EXCLUDED.menit_terverifikasi,
        jumlah_terverifikasi = k.jumlah_terverifikasi + EXCLUDED.jumlah_terverifikasi;
    IF lain THEN
        INSERT INTO kinerja.rekap_aktivitas_jabatan_lain AS k (nip, bulan, jabatan_id, menit)
        VALUES (r.nip, b, r.jabatan_id, m)
        ON CONFLICT (nip, bulan, jabatan_id) DO UPDATE SET menit = k.menit + EXCLUDED.menit;
    END IF;
END $$;

CREATE FUNCTION kinerja.rekap_aktivitas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM kinerja.rekap_aktivitas_tambah(OLD, -1);
    END IF;
    PERFORM kinerja.rekap_aktivitas_tambah(NEW, 1);
    RETURN NULL;
END $$;

CREATE TRIGGER aktivitas_rekap_tambah AFTER INSERT ON kinerja.aktivitas
    FOR EACH ROW EXECUTE FUNCTION kinerja.rekap_aktivitas();
CREATE TRIGGER aktivitas_rekap_ubah AFTER UPDATE OF status ON kinerja.aktivitas
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION kinerja.rekap_aktivitas();

-- Backfill of the rows logged before this migration.
INSERT INTO kinerja.rekap_aktivitas_bulan (nip, bulan, menit_efektif, menit_sendiri, menit_jabatan_lain,
    menit_tanpa_tugas, jumlah, menit_terverifikasi, jumlah_terverifikasi)
SELECT nip, date_trunc('month', tanggal)::date, sum(m),
       coalesce(sum(m) FILTER (WHERE jabatan_id IS NOT NULL AND jabatan_id = jabatan_pegawai_id), 0),
       coalesce(sum(m) FILTER (WHERE jabatan_id IS NOT NULL AND jabatan_id IS DISTINCT FROM jabatan_pegawai_id), 0),
       coalesce(sum(m) FILTER (WHERE jabatan_id IS NULL), 0), count(*),
       coalesce(sum(m) FILTER (WHERE status = 'DIVERIFIKASI'), 0), count(*) FILTER (WHERE status = 'DIVERIFIKASI')
FROM (SELECT a.*, (extract(epoch FROM (selesai - mulai)) / 60)::int AS m FROM kinerja.aktivitas a
      WHERE status <> 'DITOLAK') x
GROUP BY 1, 2;
INSERT INTO kinerja.rekap_aktivitas_jabatan_lain (nip, bulan, jabatan_id, menit)
SELECT nip, date_trunc('month', tanggal)::date, jabatan_id, sum((extract(epoch FROM (selesai - mulai)) / 60)::int)
FROM kinerja.aktivitas
WHERE status <> 'DITOLAK' AND jabatan_id IS NOT NULL AND jabatan_id IS DISTINCT FROM jabatan_pegawai_id
GROUP BY 1, 2, 3;
