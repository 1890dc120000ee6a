package id.aparatur.perencanaan.kaskade;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configurable rules of the cascade.
 *
 * @param pengisi target level → the levels it is filled from (a level listed for itself means "the same level, of a
 *     lower kelas"); levels without an entry are not filled from inside. For open-selection levels it only says who
 *     is listed as an internal candidate.
 * @param tingkatAwal entry levels: their remaining vacancies are the formation (CPNS/PPPK)
 * @param tingkatSeleksiTerbuka levels filled only by open selection (JPT): their vacancies are reported, not filled
 * @param masaMinimalBulan target level → minimum months in the lower level (pelaksana → pengawas 48, pengawas →
 *     administrator 36, administrator → JPT pratama 24)
 * @param masaMinimalSetingkatBulan minimum months in the level for a move to a higher kelas of the same level
 * @param pendidikanMinimal target level → minimum education applied when the position states none stricter
 * @param pangkatMinimal target level → minimum golongan applied when the position states none stricter
 * @param kinerja the performance gate: the years before the reference year that must be BAIK or better, and what a
 *     missing year means ({@link GerbangKinerja})
 * @param bobotKinerja cost per predikat step below SANGAT_BAIK of the latest predikat (none counts as BAIK); 0 = ignore
 *     performance in the cost
 * @param usiaJpt the legal age limit of the JPT levels on the planned inauguration date, for the internal candidates of
 *     an open selection ({@link BatasUsiaJpt})
 * @param setara the levels whose time counts together for the MASA gate ({@link KesetaraanTingkat})
 */
public record AturanKaskade(
        Map<String, List<String>> pengisi,
        Set<String> tingkatAwal,
        Set<String> tingkatSeleksiTerbuka,
        Map<String, Integer> masaMinimalBulan,
        int masaMinimalSetingkatBulan,
        Map<String, String> pendidikanMinimal,
        Map<String, String> pangkatMinimal,
        GerbangKinerja kinerja,
        long bobotKinerja,
        BatasUsiaJpt usiaJpt,
        KesetaraanTingkat setara) {

    public AturanKaskade {
        pengisi = Map.copyOf(pengisi);
        tingkatAwal = Set.copyOf(tingkatAwal);
        tingkatSeleksiTerbuka = Set.copyOf(tingkatSeleksiTerbuka);
        masaMinimalBulan = Map.copyOf(masaMinimalBulan);
        pendidikanMinimal = Map.copyOf(pendidikanMinimal);
        pangkatMinimal = Map.copyOf(pangkatMinimal);
    }

    /**
     * The defaults (PP 11/2017 jo. PP 17/2020; JF equivalences per PermenPANRB 17/2021, the JF and pangkat values, the
     * JPT madya age limit and the months to the inauguration are unconfirmed and configurable).
     */
    public static final AturanKaskade STANDAR = new AturanKaskade(
            Map.of(
                    "JPT_MADYA",
                    List.of("JPT_PRATAMA", "FUNGSIONAL/AHLI_UTAMA"),
                    "JPT_PRATAMA",
                    List.of("ADMINISTRATOR", "FUNGSIONAL/AHLI_MADYA"),
                    "ADMINISTRATOR",
                    List.of("ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL/AHLI_MUDA"),
                    "PENGAWAS",
                    List.of("PENGAWAS", "PELAKSANA", "FUNGSIONAL/AHLI_PERTAMA"),
                    "FUNGSIONAL/AHLI_UTAMA",
                    List.of("FUNGSIONAL/AHLI_MADYA"),
                    "FUNGSIONAL/AHLI_MADYA",
                    List.of("FUNGSIONAL/AHLI_MUDA"),
                    "FUNGSIONAL/AHLI_MUDA",
                    List.of("FUNGSIONAL/AHLI_PERTAMA"),
                    "FUNGSIONAL/PENYELIA",
                    List.of("FUNGSIONAL/MAHIR"),
                    "FUNGSIONAL/MAHIR",
                    List.of("FUNGSIONAL/TERAMPIL")),
            Set.of("PELAKSANA", "FUNGSIONAL/AHLI_PERTAMA", "FUNGSIONAL/TERAMPIL", "FUNGSIONAL/PEMULA"),
            Set.of("JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA"),
            Map.of(
                    "PENGAWAS",
                    48,
                    "ADMINISTRATOR",
                    36,
                    "JPT_PRATAMA",
                    24,
                    "JPT_MADYA",
                    24,
                    "FUNGSIONAL/AHLI_UTAMA",
                    24,
                    "FUNGSIONAL/AHLI_MADYA",
                    24,
                    "FUNGSIONAL/AHLI_MUDA",
                    24,
                    "FUNGSIONAL/PENYELIA",
                    24,
                    "FUNGSIONAL/MAHIR",
                    24),
            12,
            Map.of("PENGAWAS", "D3", "ADMINISTRATOR", "S1", "JPT_PRATAMA", "S1", "JPT_MADYA", "S1"),
            Map.of("PENGAWAS", "III/b", "ADMINISTRATOR", "III/d", "JPT_PRATAMA", "IV/b", "JPT_MADYA", "IV/c"),
            GerbangKinerja.STANDAR,
            100,
            BatasUsiaJpt.STANDAR,
            KesetaraanTingkat.STANDAR);
}
