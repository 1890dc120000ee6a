package id.aparatur.benchmark.perencanaan;

import id.aparatur.perencanaan.kaskade.HasilKaskade;
import id.aparatur.perencanaan.kaskade.KaskadePromosi;
import id.aparatur.perencanaan.kaskade.MasalahKaskade;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times the whole cascade (the pure algorithm, all steps, redistribution and certificates) on a generated Pemda.
 * Usage: {@code java -Xmx2g -cp <test classpath> id.aparatur.benchmark.perencanaan.UkurKaskade --pegawai=60000
 * --seed=1 --pemanasan=1 --ulang=3}. Prints one line per run and the median.
 */
public final class UkurKaskade {

    private UkurKaskade() {}

    public static void main(String[] args) {
        Map<String, String> opsi =
                new LinkedHashMap<>(Map.of("pegawai", "60000", "seed", "1", "pemanasan", "1", "ulang", "3"));
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            opsi.put(kv[0], kv[1]);
        }
        int n = Integer.parseInt(opsi.get("pegawai"));
        long t0 = System.nanoTime();
        MasalahKaskade m = GeneratorKaskade.buat(n, Long.parseLong(opsi.get("seed")));
        System.out.printf(
                "instans: %d pegawai, %d jabatan, dibuat dalam %.2f s%n",
                m.pegawai().size(), m.jabatan().size(), (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < Integer.parseInt(opsi.get("pemanasan")); i++) {
            KaskadePromosi.jalankan(m);
        }
        int ulang = Integer.parseInt(opsi.get("ulang"));
        double[] detik = new double[ulang];
        HasilKaskade h = null;
        for (int i = 0; i < ulang; i++) {
            long t = System.nanoTime();
            h = KaskadePromosi.jalankan(m);
            detik[i] = (System.nanoTime() - t) / 1e9;
            System.out.printf("jalan %d: %.3f s%n", i + 1, detik[i]);
        }
        Arrays.sort(detik);
        HasilKaskade.Ringkasan r = h.ringkasan();
        System.out.printf(
                "median %.3f s (min %.3f, maks %.3f); heap terpakai %d MB%n",
                detik[ulang / 2],
                detik[0],
                detik[ulang - 1],
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        System.out.printf(
                "lowongan awal %d, kursi terbuka %d, promosi %d, redistribusi %d, formasi %d, tanpa calon %d,"
                        + " seleksi terbuka %d, surplus awal %d (diusulkan %d), langkah %d, sertifikat sah %s%n",
                r.lowonganAwal(),
                r.kursiTerbuka(),
                r.promosi(),
                r.terisiRedistribusi(),
                r.formasi(),
                r.tanpaCalon(),
                r.seleksiTerbuka(),
                r.surplusAwal(),
                r.surplusDiusulkan(),
                r.langkah(),
                r.semuaSertifikatSah());
        for (HasilKaskade.Langkah l : h.langkah()) {
            System.out.printf(
                    "  langkah %2d %-24s kelas %2d: %5d lowongan, %6d calon, %5d terisi, %5d ms%n",
                    l.nomor(), l.tingkat(), l.kelas(), l.lowongan(), l.calon(), l.terisi(), l.milidetik());
        }
    }
}
