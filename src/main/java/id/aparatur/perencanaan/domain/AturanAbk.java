package id.aparatur.perencanaan.domain;

import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules an ABK input must satisfy before anything is stored. Every broken rule is reported at once, per field and
 * row ({@code tugas[2].volume}), so the user can fix them together; nothing is saved while one rule is broken. The
 * limits keep every product and sum far inside {@code long} and the need inside {@code int} (no overflow possible).
 */
public final class AturanAbk {

    /** Earliest and latest year an ABK may be made for. */
    public static final int TAHUN_MIN = 2000;

    public static final int TAHUN_MAKS = 2100;
    /** At most this many tasks per ABK. */
    public static final int MAKS_TUGAS = 200;
    /** Largest yearly volume of one task. */
    public static final long MAKS_VOLUME = 100_000_000L;
    /** Largest need of one jabatan (a larger result is a typing error, not a workload). */
    public static final int MAKS_KEBUTUHAN = 100_000;

    public static final int MAKS_URAIAN = 1000;
    public static final int MAKS_HASIL_KERJA = 300;
    public static final int MAKS_SATUAN = 100;
    public static final int MAKS_CATATAN = 2000;

    private AturanAbk() {}

    /** One task row as typed: numbers may be missing, fractional, negative or huge — that is what is checked here. */
    public record Isian(
            @Nullable String uraian,
            @Nullable String hasilKerja,
            @Nullable String satuan,
            @Nullable BigDecimal volume,
            @Nullable BigDecimal normaWaktu) {}

    /**
     * Checks the rows against the WKE and the rounding rule and returns them as tasks.
     *
     * @throws ValidasiException naming every broken rule per row, e.g. {@code tugas[0].normaWaktu}
     */
    public static List<TugasAbk> periksa(List<Isian> isian, int wkeMenit, AturanPembulatan aturan) {
        List<Galat> galat = new ArrayList<>();
        if (isian.size() > MAKS_TUGAS) {
            throw new ValidasiException("tugas", "abk.tugas.terlalu-banyak");
        }
        List<TugasAbk> hasil = new ArrayList<>();
        for (int i = 0; i < isian.size(); i++) {
            Isian t = isian.get(i);
            String p = "tugas[" + i + "].";
            String uraian = bersih(t.uraian());
            if (uraian == null) {
                galat.add(new Galat(p + "uraian", "abk.tugas.uraian.wajib"));
            } else if (uraian.length() > MAKS_URAIAN) {
                galat.add(new Galat(p + "uraian", "abk.tugas.uraian.terlalu-panjang"));
            }
            String hasilKerja = bersih(t.hasilKerja());
            if (hasilKerja != null && hasilKerja.length() > MAKS_HASIL_KERJA) {
                galat.add(new Galat(p + "hasilKerja", "abk.tugas.hasil-kerja.terlalu-panjang"));
            }
            String satuan = bersih(t.satuan());
            if (satuan != null && satuan.length() > MAKS_SATUAN) {
                galat.add(new Galat(p + "satuan", "abk.tugas.satuan.terlalu-panjang"));
            }
            Long volume = angka(t.volume(), MAKS_VOLUME, p + "volume", "abk.tugas.volume", galat);
            Long norma = angka(t.normaWaktu(), wkeMenit, p + "normaWaktu", "abk.tugas.norma-waktu", galat);
            if (uraian != null && volume != null && norma != null && uraian.length() <= MAKS_URAIAN) {
                hasil.add(new TugasAbk(uraian, hasilKerja, satuan, volume, norma));
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        long total = 0;
        for (TugasAbk t : hasil) {
            total = Math.addExact(total, t.bebanMenit());
        }
        if (aturan.bulatkan(total, wkeMenit) > MAKS_KEBUTUHAN) {
            throw new ValidasiException("tugas", "abk.tugas.beban-terlalu-besar");
        }
        return hasil;
    }

    /** The stored tasks as rows to check again (e.g. under a new WKE). */
    public static List<Isian> isian(List<TugasAbk> tugas) {
        return tugas.stream()
                .map(t -> new Isian(
                        t.uraian(),
                        t.hasilKerja(),
                        t.satuan(),
                        BigDecimal.valueOf(t.volume()),
                        BigDecimal.valueOf(t.normaWaktu())))
                .toList();
    }

    /** @throws ValidasiException when {@code tahun} is outside {@value #TAHUN_MIN}–{@value #TAHUN_MAKS} */
    public static void periksaTahun(int tahun) {
        if (tahun < TAHUN_MIN || tahun > TAHUN_MAKS) {
            throw new ValidasiException("tahun", "abk.tahun.di-luar-rentang");
        }
    }

    /**
     * The note BKD must give when returning an ABK.
     *
     * @return the trimmed note
     * @throws ValidasiException when it is missing or too long
     */
    public static String periksaCatatan(@Nullable String catatan) {
        String c = bersih(catatan);
        if (c == null) {
            throw new ValidasiException("catatan", "abk.catatan.wajib");
        }
        if (c.length() > MAKS_CATATAN) {
            throw new ValidasiException("catatan", "abk.catatan.terlalu-panjang");
        }
        return c;
    }

    /** A new WKE row: minutes 1–525.600, a legal basis, a date within the ABK years. */
    public static WaktuKerjaEfektif periksaWke(
            java.time.@Nullable LocalDate berlakuMulai, @Nullable BigDecimal menit, @Nullable String dasarHukum) {
        List<Galat> galat = new ArrayList<>();
        if (berlakuMulai == null) {
            galat.add(new Galat("berlakuMulai", "abk.wke.berlaku-mulai.wajib"));
        } else if (berlakuMulai.getYear() < TAHUN_MIN || berlakuMulai.getYear() > TAHUN_MAKS) {
            galat.add(new Galat("berlakuMulai", "abk.tahun.di-luar-rentang"));
        }
        Long m = angka(menit, WaktuKerjaEfektif.MAKS_MENIT, "menitPerTahun", "abk.wke.menit", galat);
        String dasar = bersih(dasarHukum);
        if (dasar == null) {
            galat.add(new Galat("dasarHukum", "abk.wke.dasar-hukum.wajib"));
        } else if (dasar.length() > 300) {
            galat.add(new Galat("dasarHukum", "abk.wke.dasar-hukum.terlalu-panjang"));
        }
        if (!galat.isEmpty() || berlakuMulai == null || m == null || dasar == null) {
            throw new ValidasiException(galat);
        }
        return new WaktuKerjaEfektif(berlakuMulai, m.intValue(), dasar);
    }

    private static @Nullable Long angka(
            @Nullable BigDecimal nilai, long maks, String field, String kunci, List<Galat> galat) {
        if (nilai == null) {
            galat.add(new Galat(field, kunci + ".wajib"));
            return null;
        }
        if (nilai.signum() <= 0) {
            galat.add(new Galat(field, kunci + ".positif"));
            return null;
        }
        if (nilai.stripTrailingZeros().scale() > 0) {
            galat.add(new Galat(field, kunci + ".bulat"));
            return null;
        }
        if (nilai.compareTo(BigDecimal.valueOf(maks)) > 0) {
            galat.add(new Galat(field, kunci + ".terlalu-besar"));
            return null;
        }
        return nilai.longValueExact();
    }

    private static @Nullable String bersih(@Nullable String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
