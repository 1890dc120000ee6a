package id.aparatur.sistem;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A test-only {@link Pengimpor} ("uji") that upserts into {@code public.impor_uji} by Kode, the way the real importers
 * are meant to work: validate every row, then write in one transaction. It records who wrote each row (to prove the
 * SecurityContext reaches a background job), can be held mid-write ({@link #tahan}) to observe progress, and fails
 * after writing a row whose Nama is {@code LEDAK} (to prove the rollback).
 */
class PengimporUji implements Pengimpor {

    /** When set, the write pass waits on it after the first row. */
    static volatile CountDownLatch tahan;

    @TestConfiguration(proxyBeanMethods = false)
    static class Konfigurasi {
        @Bean
        PengimporUji pengimporUji(JdbcClient jdbc, PlatformTransactionManager tm) {
            return new PengimporUji(jdbc, new TransactionTemplate(tm));
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    PengimporUji(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        jdbc.sql("""
                CREATE TABLE IF NOT EXISTS public.impor_uji (kode text PRIMARY KEY, nama text NOT NULL, tanggal date,
                  jumlah int, jenis text, oleh text NOT NULL)""").update();
    }

    @Override
    public String jenis() {
        return "uji";
    }

    @Override
    public String judulKode() {
        return "impor.judul";
    }

    @Override
    public List<KolomImpor> kolom() {
        return List.of(
                new KolomImpor("Kode", true, "impor.galat.kolom", "A-01"),
                new KolomImpor("Nama", true, "impor.galat.nilai", "Ani"),
                new KolomImpor("Tanggal", false, "impor.templat.catatan-tanggal", "2024-01-31"),
                new KolomImpor("Jumlah", false, "impor.nilai.bilangan", "12"),
                new KolomImpor("Jenis", false, "impor.galat.nilai", "A"));
    }

    @Override
    public HasilImpor impor(TabelMasuk tabel, Progres progres) {
        long total = tabel.jumlahBaris();
        PenguraiNilai p = tabel.pengurai();
        long[] n = {0};
        try (Stream<BarisMasuk> baris = tabel.baris()) {
            baris.forEach(b -> {
                String kode = p.teks(b, "Kode", true, 20);
                if (kode != null) {
                    p.unik(b, "Kode", kode);
                }
                p.teks(b, "Nama", true);
                p.tanggal(b, "Tanggal", false);
                p.bilangan(b, "Jumlah", false, 0, 1000);
                p.pilihan(b, "Jenis", false, List.of("A", "B"));
                progres.laporkan(++n[0], 2 * total);
            });
        }
        p.tolakBilaAdaGalat();
        String oleh = SecurityContextHolder.getContext().getAuthentication().getName();
        return tx.execute(s -> {
            PenguraiNilai q = tabel.pengurai();
            int[] hitung = new int[3];
            try (Stream<BarisMasuk> baris = tabel.baris()) {
                baris.forEach(b -> {
                    String nama = q.teks(b, "Nama", true);
                    LocalDate tanggal = q.tanggal(b, "Tanggal", false);
                    boolean baru = jdbc.sql("""
                            INSERT INTO public.impor_uji (kode, nama, tanggal, jumlah, jenis, oleh)
                            VALUES (:kode, :nama, :tanggal, :jumlah, :jenis, :oleh)
                            ON CONFLICT (kode) DO UPDATE SET nama = EXCLUDED.nama, tanggal = EXCLUDED.tanggal,
                              jumlah = EXCLUDED.jumlah, jenis = EXCLUDED.jenis, oleh = EXCLUDED.oleh
                            RETURNING (xmax = 0)""")
                            .param("kode", q.teks(b, "Kode", true))
                            .param("nama", nama)
                            .param("tanggal", tanggal)
                            .param("jumlah", q.bilangan(b, "Jumlah", false))
                            .param("jenis", q.pilihan(b, "Jenis", false, List.of("A", "B")))
                            .param("oleh", oleh)
                            .query(Boolean.class)
                            .single();
                    hitung[baru ? 1 : 2]++;
                    progres.laporkan(total + ++hitung[0], 2 * total);
                    if ("LEDAK".equals(nama)) {
                        throw new IllegalStateException("Uji: kegagalan di tengah penulisan");
                    }
                    CountDownLatch t = tahan;
                    if (t != null && hitung[0] == 1) {
                        try {
                            t.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                });
            }
            return new HasilImpor(
                    hitung[0],
                    hitung[1],
                    hitung[2],
                    hitung[2] > 0 ? List.of(tabel.pesan("impor.peringatan") + ": " + hitung[2]) : List.of());
        });
    }
}
