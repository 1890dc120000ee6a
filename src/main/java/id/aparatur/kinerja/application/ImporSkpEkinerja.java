package id.aparatur.kinerja.application;

import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.SkpDifinalkan;
import id.aparatur.kinerja.domain.PenilaiNonPns;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.sistem.BarisMasuk;
import id.aparatur.sistem.GalatImpor;
import id.aparatur.sistem.HasilImpor;
import id.aparatur.sistem.ImporDitolakException;
import id.aparatur.sistem.KolomImpor;
import id.aparatur.sistem.Pengimpor;
import id.aparatur.sistem.PenguraiNilai;
import id.aparatur.sistem.Progres;
import id.aparatur.sistem.TabelMasuk;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports annual SKP results exported from e-Kinerja (BKN), for a Pemda that keeps e-Kinerja as its system of record
 * (issue 6 butir 6): one row per employee and year with both ratings, optionally the predikat (it must agree with the
 * 3×3 matrix) and the penilai. Each row becomes a FINAL SKP with {@code sumber = EKINERJA}, without RHK (those stay
 * in e-Kinerja), counted like any final SKP by the predikat readers (kaskade, profile, API) and announced like one
 * ({@link SkpDifinalkan} per row, in the import's transaction). All or nothing: unknown
 * NIP, bad values, duplicates within the file and an SKP that already exists for that employee and year reject the
 * file with row numbers; an existing SKP is never overwritten.
 */
@Component
class ImporSkpEkinerja implements Pengimpor {

    static final String NIP = "NIP";
    static final String TAHUN = "TAHUN";
    static final String RATING_HASIL_KERJA = "RATING_HASIL_KERJA";
    static final String RATING_PERILAKU = "RATING_PERILAKU";
    static final String PREDIKAT = "PREDIKAT";
    static final String NIP_PENILAI = "NIP_PENILAI";
    static final String NAMA_PENILAI = "NAMA_PENILAI";
    static final String JABATAN_PENILAI = "JABATAN_PENILAI";
    static final String PERIODE_EVALUASI = "PERIODE_EVALUASI";

    /** One accepted row. */
    private record Baris(
            int nomor,
            String nip,
            int tahun,
            Ekspektasi hasilKerja,
            Ekspektasi perilaku,
            PredikatKinerja predikat,
            @Nullable String penilai,
            @Nullable PenilaiNonPns penilaiNonPns,
            PeriodeEvaluasi periode) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImporSkpEkinerja(JdbcClient jdbc, PlatformTransactionManager tm, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(tm);
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String jenis() {
        return "skp-ekinerja";
    }

    @Override
    public String judulKode() {
        return "imporskp.judul";
    }

    @Override
    public List<KolomImpor> kolom() {
        return List.of(
                new KolomImpor(NIP, true, "imporskp.kolom.nip", "198609262015051001"),
                new KolomImpor(TAHUN, true, "imporskp.kolom.tahun", "2025"),
                new KolomImpor(RATING_HASIL_KERJA, true, "imporskp.kolom.rating", "DI_ATAS"),
                new KolomImpor(RATING_PERILAKU, true, "imporskp.kolom.rating", "SESUAI"),
                new KolomImpor(PREDIKAT, false, "imporskp.kolom.predikat", "Baik"),
                new KolomImpor(NIP_PENILAI, false, "imporskp.kolom.nip-penilai", "197503122000031002"),
                new KolomImpor(NAMA_PENILAI, false, "imporskp.kolom.nama-penilai", ""),
                new KolomImpor(JABATAN_PENILAI, false, "imporskp.kolom.jabatan-penilai", ""),
                new KolomImpor(PERIODE_EVALUASI, false, "imporskp.kolom.periode-evaluasi", "TRIWULANAN"));
    }

    /**
     * A rating as written by Aparatur ({@code DI_ATAS}) or e-Kinerja ({@code Di Atas Ekspektasi}, {@code sesuai}),
     * case and spacing ignored.
     */
    static Optional<Ekspektasi> rating(String teks) {
        String t = teks.toUpperCase(Locale.ROOT)
                .replace("EKSPEKTASI", "")
                .replaceAll("[^A-Z]+", "_")
                .replaceAll("^_+|_+$", "");
        for (Ekspektasi e : Ekspektasi.values()) {
            if (e.name().equals(t)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public HasilImpor impor(TabelMasuk tabel, Progres progres) {
        PenguraiNilai p = tabel.pengurai();
        Set<String> nipTerdaftar =
                new HashSet<>(jdbc.sql("SELECT nip FROM pegawai.v_pegawai").query(String.class).list().stream()
                        .map(String::strip)
                        .toList());
        long total = tabel.jumlahBaris();
        List<Baris> diterima = new ArrayList<>();
        int[] dibaca = {0};
        try (Stream<BarisMasuk> s = tabel.baris()) {
            s.forEach(b -> {
                dibaca[0]++;
                Baris x = baca(b, tabel, p, nipTerdaftar);
                if (x != null) {
                    diterima.add(x);
                }
                if (dibaca[0] % 2000 == 0) {
                    progres.laporkan(dibaca[0], 2 * total);
                }
            });
        }
        // An SKP of that year already recorded (made in Aparatur, the demo or an earlier import) is never overwritten.
        Map<String, Baris> perKunci = new LinkedHashMap<>();
        diterima.forEach(x -> perKunci.put(x.nip() + '|' + x.tahun(), x));
        if (!diterima.isEmpty()) {
            jdbc.sql("SELECT nip, tahun FROM kinerja.skp WHERE nip = ANY (?)")
                    .param(diterima.stream().map(Baris::nip).distinct().toArray(String[]::new))
                    .query((java.sql.ResultSet rs) -> {
                        Baris x = perKunci.get(rs.getString(1).strip() + '|' + rs.getInt(2));
                        if (x != null) {
                            p.galat(new GalatImpor(
                                    x.nomor(),
                                    TAHUN,
                                    String.valueOf(x.tahun()),
                                    tabel.pesan("imporskp.skp-sudah-ada", x.tahun())));
                        }
                    });
        }
        p.tolakBilaAdaGalat();
        progres.laporkan(total, 2 * total);
        List<Map.Entry<Long, Baris>> ditulis = tx.execute(st -> tulis(diterima, tabel));
        progres.laporkan(2 * total, 2 * total);
        return new HasilImpor(dibaca[0], ditulis == null ? 0 : ditulis.size(), 0, List.of());
    }

    private @Nullable Baris baca(BarisMasuk b, TabelMasuk tabel, PenguraiNilai p, Set<String> nipTerdaftar) {
        int galatSebelum = p.jumlahGalat();
        String nip = nip(b, tabel, p, NIP, true, nipTerdaftar);
        Integer tahun = p.bilangan(b, TAHUN, true, 2000, 2100);
        Ekspektasi hasil = ekspektasi(b, tabel, p, RATING_HASIL_KERJA);
        Ekspektasi perilaku = ekspektasi(b, tabel, p, RATING_PERILAKU);
        String predikatTeks = p.teks(b, PREDIKAT, false);
        PredikatKinerja predikat = null;
        if (predikatTeks != null) {
            predikat = PredikatKinerja.dari(predikatTeks).orElse(null);
            if (predikat == null) {
                p.galat(b, PREDIKAT, tabel.pesan("imporskp.predikat.tidak-dikenal"));
            }
        }
        String penilai = nip(b, tabel, p, NIP_PENILAI, false, nipTerdaftar);
        if (penilai != null && penilai.equals(nip)) {
            p.galat(b, NIP_PENILAI, tabel.pesan("imporskp.penilai.sama"));
        }
        // a penilai who is not a PNS (the kepala daerah): name and jabatan, no NIP, as e-Kinerja records them
        String namaPenilai = p.teks(b, NAMA_PENILAI, false, 200);
        String jabatanPenilai = p.teks(b, JABATAN_PENILAI, false, 200);
        PenilaiNonPns penilaiNonPns = null;
        if (namaPenilai != null || jabatanPenilai != null) {
            if (penilai != null) {
                p.galat(b, NAMA_PENILAI, tabel.pesan("imporskp.penilai.dua"));
            } else if (namaPenilai == null || jabatanPenilai == null) {
                p.galat(
                        b,
                        namaPenilai == null ? NAMA_PENILAI : JABATAN_PENILAI,
                        tabel.pesan("imporskp.penilai.non-pns"));
            } else {
                penilaiNonPns = new PenilaiNonPns(namaPenilai, jabatanPenilai);
            }
        }
        String periodeTeks = p.teks(b, PERIODE_EVALUASI, false);
        PeriodeEvaluasi periode = PeriodeEvaluasi.BAKU;
        if (periodeTeks != null) {
            periode = LayananSkp.enumAtauNull(
                    PeriodeEvaluasi.class, periodeTeks.strip().toUpperCase(Locale.ROOT));
            if (periode == null) {
                p.galat(b, PERIODE_EVALUASI, tabel.pesan("imporskp.periode"));
                periode = PeriodeEvaluasi.BAKU;
            }
        }
        if (hasil != null && perilaku != null) {
            PredikatKinerja matriks = MatriksPredikat.predikat(hasil, perilaku);
            if (predikat != null && predikat != matriks) {
                p.galat(
                        b,
                        PREDIKAT,
                        tabel.pesan("imporskp.predikat.tidak-sesuai", hasil.name(), perilaku.name(), matriks.label()));
            }
            predikat = matriks;
        }
        if (nip != null && tahun != null && !p.unik(b, NIP, nip + " / " + tahun)) {
            return null;
        }
        if (p.jumlahGalat() > galatSebelum
                || nip == null
                || tahun == null
                || hasil == null
                || perilaku == null
                || predikat == null) {
            return null;
        }
        return new Baris(b.nomorBaris(), nip, tahun, hasil, perilaku, predikat, penilai, penilaiNonPns, periode);
    }

    private static @Nullable String nip(
            BarisMasuk b, TabelMasuk tabel, PenguraiNilai p, String kolom, boolean wajib, Set<String> terdaftar) {
        String v = p.teks(b, kolom, wajib);
        if (v == null) {
            return null;
        }
        String nip = v.replace(" ", "").replace("'", "");
        if (!nip.matches("[0-9]{18}")) {
            p.galat(b, kolom, tabel.pesan("imporskp.nip.format"));
            return null;
        }
        if (!terdaftar.contains(nip)) {
            p.galat(b, kolom, tabel.pesan("imporskp.nip.tidak-terdaftar"));
            return null;
        }
        return nip;
    }

    private static @Nullable Ekspektasi ekspektasi(BarisMasuk b, TabelMasuk tabel, PenguraiNilai p, String kolom) {
        String v = p.teks(b, kolom, true);
        if (v == null) {
            return null;
        }
        Ekspektasi e = rating(v).orElse(null);
        if (e == null) {
            p.galat(b, kolom, tabel.pesan("imporskp.rating"));
        }
        return e;
    }

    private List<Map.Entry<Long, Baris>> tulis(List<Baris> baris, TabelMasuk tabel) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        String oleh = a == null ? "sistem" : a.getName();
        OffsetDateTime kini = OffsetDateTime.now(clock);
        Map<String, Baris> perKunci = new HashMap<>();
        baris.forEach(x -> perKunci.put(x.nip() + '|' + x.tahun(), x));
        List<Map.Entry<Long, Baris>> hasil = new ArrayList<>();
        List<DataDiubahMassal.Entri> entri = new ArrayList<>();
        List<SkpDifinalkan> difinalkan = new ArrayList<>();
        jdbc.sql("""
                        INSERT INTO kinerja.skp (nip, tahun, penilai_nip, status, rating_hasil_kerja, rating_perilaku,
                            predikat, sumber, dibuat_pada, dibuat_oleh, diubah_pada, diubah_oleh, dinilai_pada,
                            difinalkan_pada, penilai_nama, penilai_jabatan, periode_evaluasi)
                        SELECT u.nip, u.tahun, u.penilai, 'FINAL', u.h, u.p, u.predikat, 'EKINERJA', k.kini, k.oleh,
                            k.kini, k.oleh, k.kini, k.kini, u.nama, u.jabatan, u.periode
                        FROM (SELECT ?::timestamptz AS kini, ?::varchar AS oleh) k,
                             unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                    ?::text[], ?::text[])
                                 AS u (nip, tahun, penilai, h, p, predikat, nama, jabatan, periode)
                        ON CONFLICT (nip, tahun) DO NOTHING
                        RETURNING id, nip, tahun, opd_id""")
                .param(kini)
                .param(oleh)
                .param(baris.stream().map(Baris::nip).toArray(String[]::new))
                .param(baris.stream().map(Baris::tahun).toArray(Integer[]::new))
                .param(baris.stream().map(Baris::penilai).toArray(String[]::new))
                .param(baris.stream().map(x -> x.hasilKerja().name()).toArray(String[]::new))
                .param(baris.stream().map(x -> x.perilaku().name()).toArray(String[]::new))
                .param(baris.stream().map(x -> x.predikat().name()).toArray(String[]::new))
                .param(baris.stream()
                        .map(x -> x.penilaiNonPns() == null
                                ? null
                                : x.penilaiNonPns().nama())
                        .toArray(String[]::new))
                .param(baris.stream()
                        .map(x -> x.penilaiNonPns() == null
                                ? null
                                : x.penilaiNonPns().jabatan())
                        .toArray(String[]::new))
                .param(baris.stream().map(x -> x.periode().name()).toArray(String[]::new))
                .query((java.sql.ResultSet rs) -> {
                    long id = rs.getLong(1);
                    Baris x = perKunci.remove(rs.getString(2).strip() + '|' + rs.getInt(3));
                    if (x == null) {
                        throw new IllegalStateException("Baris SKP impor tidak dikenali: " + rs.getString(2));
                    }
                    hasil.add(Map.entry(id, x));
                    difinalkan.add(
                            new SkpDifinalkan(id, x.nip(), x.tahun(), rs.getObject(4, Long.class), x.predikat()));
                    entri.add(new DataDiubahMassal.Entri(
                            String.valueOf(id),
                            rs.getObject(4, Long.class),
                            null,
                            "{\"nip\":\"" + x.nip() + "\",\"tahun\":" + x.tahun() + ",\"sumber\":\"EKINERJA\","
                                    + "\"ratingHasilKerja\":\"" + x.hasilKerja() + "\",\"ratingPerilaku\":\""
                                    + x.perilaku() + "\",\"predikat\":\"" + x.predikat() + "\",\"penilaiNip\":"
                                    + (x.penilai() == null ? "null" : "\"" + x.penilai() + "\"") + "}"));
                });
        if (!perKunci.isEmpty()) {
            // made meanwhile by someone else: the whole file is rolled back
            throw new ImporDitolakException(perKunci.values().stream()
                    .map(x -> new GalatImpor(
                            x.nomor(),
                            TAHUN,
                            String.valueOf(x.tahun()),
                            tabel.pesan("imporskp.skp-sudah-ada", x.tahun())))
                    .toList());
        }
        // an imported SKP is final like any other: the modules that react to a final predikat hear of it too
        difinalkan.forEach(events::publishEvent);
        events.publishEvent(new DataDiubahMassal(
                "SKP", "IMPOR", tabel.pesan("imporskp.ringkasan", hasil.size(), tabel.namaBerkas()), entri));
        return hasil;
    }
}
