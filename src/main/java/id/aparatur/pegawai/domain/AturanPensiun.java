package id.aparatur.pegawai.domain;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Batas Usia Pensiun (BUP) and TMT pensiun. The BUP of the current jabatan, most specific first:
 *
 * <ol>
 *   <li>by jabatan fungsional ({@code perJf}, keyed by the JF code of the jabatan): a JF whose own law sets the age
 *       overrides the jenjang — guru 60 (UU 14/2005 Pasal 40 ayat 4), dosen 65 (UU 14/2005 Pasal 67 ayat 4); UU 5/2014
 *       Pasal 90 huruf c leaves the BUP of pejabat fungsional to their own regulations;
 *   <li>by jenjang of a jabatan fungsional ({@code perJenjang}): ahli madya 60, ahli utama 65; ahli muda, ahli pertama
 *       and keterampilan the default (PP 11/2017 jo. PP 17/2020 Pasal 239);
 *   <li>by jenis jabatan ({@code perJenis}): JPT 60 (UU 20/2023; PP 11/2017 Pasal 239);
 *   <li>otherwise {@code bawaan}: 58 (pejabat administrasi and pelaksana).
 * </ol>
 *
 * The TMT pensiun is the first day of the month after the month in which the employee reaches the BUP (UU 20/2023;
 * PP 11/2017 jo. PP 17/2020). The ages are configurable ({@code aparatur.bup.*}) because the reference marks several as
 * secondary sources. The value shape is one JSON-storable table: {@code {bawaan, perJenis, perJenjang, perJf}}, so the
 * rule registry can hold versions of it.
 *
 * @param bawaan the BUP when nothing more specific applies (58)
 * @param perJenis BUP by jenis jabatan (e.g. {@code JPT_PRATAMA=60})
 * @param perJenjang BUP by jenjang of a jabatan fungsional (e.g. {@code AHLI_MADYA=60}, {@code AHLI_UTAMA=65})
 * @param perJf BUP by jabatan fungsional code (e.g. {@code GURU=60}, {@code DOSEN=65}); overrides the jenjang
 */
public record AturanPensiun(
        int bawaan, Map<String, Integer> perJenis, Map<String, Integer> perJenjang, Map<String, Integer> perJf) {

    /** The rule's code in the rule registry. */
    public static final String KODE = "BUP";

    public static final AturanPensiun STANDAR = new AturanPensiun(
            58,
            Map.of("JPT_UTAMA", 60, "JPT_MADYA", 60, "JPT_PRATAMA", 60),
            Map.of("AHLI_MADYA", 60, "AHLI_UTAMA", 65),
            Map.of("GURU", 60, "DOSEN", 65));

    public AturanPensiun {
        perJenis = Map.copyOf(perJenis);
        perJenjang = Map.copyOf(perJenjang);
        perJf = Map.copyOf(perJf);
    }

    /** Without a BUP per jabatan fungsional (only jenis and jenjang). */
    public AturanPensiun(int bawaan, Map<String, Integer> perJenis, Map<String, Integer> perJenjang) {
        this(bawaan, perJenis, perJenjang, Map.of());
    }

    /** The BUP of a jabatan of this jenis and jenjang that is not a JF with its own law. */
    public int bup(@Nullable String jenisJabatan, @Nullable String jenjang) {
        return bup(jenisJabatan, jenjang, null);
    }

    /** The BUP of a jabatan of this jenis, jenjang and JF code (null: none). */
    public int bup(@Nullable String jenisJabatan, @Nullable String jenjang, @Nullable String kodeJf) {
        if (kodeJf != null && perJf.containsKey(kodeJf)) {
            return perJf.get(kodeJf);
        }
        if (jenjang != null && perJenjang.containsKey(jenjang)) {
            return perJenjang.get(jenjang);
        }
        if (jenisJabatan != null && perJenis.containsKey(jenisJabatan)) {
            return perJenis.get(jenisJabatan);
        }
        return bawaan;
    }

    /** The lowest BUP any jabatan can have (to pre-filter by birth date). */
    public int terendah() {
        int min = bawaan;
        for (Map<String, Integer> m : java.util.List.of(perJenis, perJenjang, perJf)) {
            for (int v : m.values()) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    /** First day of the month following the month of the BUP birthday. */
    public static LocalDate tmtPensiun(LocalDate tanggalLahir, int bup) {
        return tanggalLahir.plusYears(bup).withDayOfMonth(1).plusMonths(1);
    }
}
