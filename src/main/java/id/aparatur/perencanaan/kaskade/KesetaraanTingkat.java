package id.aparatur.perencanaan.kaskade;

import java.util.Map;

/**
 * Which levels count as one for the months in level (the MASA gate): the time in a level is the cumulative time in
 * every level of its group, over all periods of the riwayat jabatan, not only the current consecutive run. Defaults:
 * the penyetaraan of PermenPANRB 17/2021 (administrator = JF ahli madya, pengawas = JF ahli muda) and PP 11/2017 jo. PP
 * 17/2020 Pasal 54/55 ("jabatan pengawas atau JF yang setingkat"). A level without an entry is a group of its own.
 *
 * @param grup level → its group key
 */
public record KesetaraanTingkat(Map<String, String> grup) {

    public static final KesetaraanTingkat STANDAR = new KesetaraanTingkat(Map.of(
            "ADMINISTRATOR", "ADMINISTRATOR",
            "FUNGSIONAL/AHLI_MADYA", "ADMINISTRATOR",
            "PENGAWAS", "PENGAWAS",
            "FUNGSIONAL/AHLI_MUDA", "PENGAWAS"));

    public KesetaraanTingkat {
        grup = Map.copyOf(grup);
    }

    /** The group of {@code tingkat}. */
    public String grupDari(String tingkat) {
        return grup.getOrDefault(tingkat, tingkat);
    }
}
