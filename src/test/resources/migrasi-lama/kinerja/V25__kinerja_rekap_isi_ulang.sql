-- Rebuilds the monthly activity summaries (V24) from kinerja.aktivitas in one pass. Used by bulk loads (the demo)
-- that switch the per-row trigger aktivitas_rekap_tambah off while they COPY millions of rows, and by an operator
-- who wants to check or repair the summaries (the result equals what the triggers keep).
CREATE FUNCTION kinerja.rekap_aktivitas_isi_ulang() RETURNS void LANGUAGE sql AS $$
DELETE FROM kinerja.rekap_aktivitas_jabatan_lain;
DELETE FROM kinerja.rekap_aktivitas_bulan;
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
$$;
