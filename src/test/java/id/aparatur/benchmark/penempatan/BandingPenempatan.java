package id.aparatur.benchmark.penempatan;

import id.aparatur.benchmark.penempatan.GeneratorInstans.InstansUji;
import id.aparatur.benchmark.penempatan.GeneratorInstans.Keluarga;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.MesinPenempatan;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Side-by-side runner: solves one generated instance with the engine or with OR-Tools' min-cost flow, in this JVM, and
 * prints one markdown table row: times (min / median / max over the runs), memory, objective, and whether the
 * objectives agree. Run one solver per JVM so that the memory columns belong to it (the benchmark script does that).
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:&lt;test classpath&gt; \
 *     id.aparatur.benchmark.penempatan.BandingPenempatan --keluarga=realistis --ukuran=60000 --seed=20261128 \
 *     --pemecah=mesin|ortools-tipe|ortools-penuh|ortools-kandidat [--ulang=5] [--pemanasan=2] [--batas-busur=60000000]
 * </pre>
 *
 * <ul>
 *   <li>{@code mesin}: {@link Instans#kompilasi} + {@link MesinPenempatan#selesaikan}, timed together (the API also
 *       compiles per request); every answer is checked outside the timed region with the certificate checker.
 *   <li>{@code ortools-*}: network construction (costs + arcs through JNI) and {@code solve()} timed separately. After
 *       the timed runs the engine solves the same instance once (untimed) and the objectives are compared.
 * </ul>
 *
 * Memory: the peak RSS of the process ({@code VmHWM}: JVM, heap, the instance and OR-Tools' native graph), the RSS
 * before the solver ran, and for the engine the peak of the Java heap (sum of the heap pools' peaks).
 */
public final class BandingPenempatan {

    private BandingPenempatan() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int i = a.indexOf('=');
            if (!a.startsWith("--") || i < 0) {
                throw new IllegalArgumentException("expected --name=value: " + a);
            }
            o.put(a.substring(2, i), a.substring(i + 1));
        }
        Keluarga keluarga =
                Keluarga.valueOf(o.getOrDefault("keluarga", "realistis").toUpperCase(Locale.ROOT));
        int ukuran = Integer.parseInt(o.getOrDefault("ukuran", "3000"));
        long seed = Long.parseLong(o.getOrDefault("seed", "20261128"));
        String pemecah = o.getOrDefault("pemecah", "mesin");
        int ulang = Integer.parseInt(o.getOrDefault("ulang", "5"));
        int pemanasan = Integer.parseInt(o.getOrDefault("pemanasan", pemecah.equals("mesin") ? "3" : "0"));
        long batasBusur = Long.parseLong(o.getOrDefault("batas-busur", "60000000"));
        PrintStream out = System.out;

        InstansUji ins = GeneratorInstans.buat(keluarga, seed, ukuran);
        Instans in = Instans.kompilasi(ins.masalah());
        long rssAwal = rssKb("VmRSS");
        String baris;
        if (pemecah.equals("mesin")) {
            baris = mesin(ins, ulang, pemanasan, rssAwal);
        } else if (pemecah.startsWith("ortools-")) {
            var model = PemecahOrTools.Model.valueOf(pemecah.substring(8).toUpperCase(Locale.ROOT));
            baris = orTools(in, model, ulang, batasBusur, rssAwal);
        } else {
            throw new IllegalArgumentException("unknown --pemecah: " + pemecah);
        }
        out.printf(
                "| %s | %,d | %,d | %s |%n",
                ins.nama(),
                ins.masalah().pegawai().size(),
                ins.masalah().jabatan().size(),
                baris);
        if (o.containsKey("keluar")) {
            Files.writeString(
                    Path.of(o.get("keluar")),
                    String.format("| %s | %s |%n", ins.nama(), baris),
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    private static String mesin(InstansUji ins, int ulang, int pemanasan, long rssAwal) {
        long[] ms = new long[ulang];
        HasilOptimasi h = null;
        long pasangan = 0;
        long heapPuncak = 0;
        for (int r = -pemanasan; r < ulang; r++) {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                p.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            h = MesinPenempatan.selesaikan(Instans.kompilasi(ins.masalah()));
            long dt = System.nanoTime() - t0;
            heapPuncak = Math.max(heapPuncak, heapPuncak());
            pasangan = PemeriksaanJawaban.periksa(h); // outside the timed region; throws when the certificate fails
            if (r >= 0) {
                ms[r] = dt / 1_000_000;
            }
        }
        int ditempatkan = 0;
        for (int p : h.penempatan()) {
            ditempatkan += p >= 0 ? 1 : 0;
        }
        return String.format(
                "mesin (kompilasi + selesaikan) | %s | heap puncak %d MB, RSS puncak %d MB (sebelum %d MB)"
                        + " | %,d | %,d | every answer's certificate accepted by PemeriksaSertifikat (%,d pairs) | komponen %d, "
                        + "fase %d, busur %,d, putaran harga %d, pasangan diharga %,d",
                waktu(ms),
                heapPuncak >> 20,
                rssKb("VmHWM") >> 10,
                rssAwal >> 10,
                h.totalBiaya(),
                ditempatkan,
                pasangan,
                h.statistik().komponen(),
                h.statistik().fase(),
                h.statistik().busur(),
                h.statistik().putaranHarga(),
                h.statistik().pasanganDiharga());
    }

    private static String orTools(Instans in, PemecahOrTools.Model model, int ulang, long batasBusur, long rssAwal) {
        List<PemecahOrTools.Hasil> hasil = new ArrayList<>();
        for (int r = 0; r < ulang; r++) {
            PemecahOrTools.Hasil h = PemecahOrTools.selesaikan(in, model, batasBusur);
            hasil.add(h);
            if (!h.status().equals("OPTIMAL")) {
                break;
            }
        }
        PemecahOrTools.Hasil h = hasil.get(0);
        long rss = rssKb("VmHWM");
        if (!h.status().equals("OPTIMAL")) {
            return String.format(
                    "OR-Tools MinCostFlow (%s) | — | — | %s | — | arcs %,d",
                    model.name().toLowerCase(Locale.ROOT), h.status(), h.busur());
        }
        long[] bangun =
                hasil.stream().mapToLong(PemecahOrTools.Hasil::milidetikBangun).toArray();
        long[] selesai =
                hasil.stream().mapToLong(PemecahOrTools.Hasil::milidetikSelesai).toArray();
        long[] jumlah = hasil.stream()
                .mapToLong(x -> x.milidetikBangun() + x.milidetikSelesai())
                .toArray();
        String banding;
        try {
            HasilOptimasi m = MesinPenempatan.selesaikan(in);
            banding = m.totalBiaya() == h.totalBiaya()
                    ? "sama dengan mesin (" + String.format("%,d", m.totalBiaya()) + ")"
                    : "BEDA: mesin " + String.format("%,d", m.totalBiaya());
        } catch (RuntimeException e) {
            banding = "mesin gagal: " + e;
        }
        return String.format(
                "OR-Tools MinCostFlow (%s) | %s (bangun %s + solve %s) | RSS puncak %d MB (sebelum %d MB),"
                        + " tanpa heap: graf native | %,d | %,d | %s; biaya dihitung ulang %s; tanpa sertifikat | node %,d, "
                        + "busur %,d",
                model.name().toLowerCase(Locale.ROOT),
                waktu(jumlah),
                median(bangun),
                median(selesai),
                rss >> 10,
                rssAwal >> 10,
                h.totalBiaya(),
                h.ditempatkan(),
                banding,
                h.totalBiayaDihitungUlang() == h.totalBiaya() ? "sama" : "BEDA " + h.totalBiayaDihitungUlang(),
                h.node(),
                h.busur());
    }

    /** Sum of the heap pools' peaks since the last reset (an upper bound of the heap in use at any moment). */
    private static long heapPuncak() {
        long s = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                s += p.getPeakUsage().getUsed();
            }
        }
        return s;
    }

    /** "min / median / max s". */
    static String waktu(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return String.format(
                Locale.ROOT, "%.3f / %.3f / %.3f s", s[0] / 1000.0, s[s.length / 2] / 1000.0, s[s.length - 1] / 1000.0);
    }

    private static String median(long[] ms) {
        long[] s = ms.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "%.3f s", s[s.length / 2] / 1000.0);
    }

    /** A line of /proc/self/status in kB (VmRSS, VmHWM), or -1 elsewhere. */
    static long rssKb(String kunci) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith(kunci + ":")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
