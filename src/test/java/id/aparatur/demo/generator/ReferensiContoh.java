package id.aparatur.demo.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Object Mother: the competency reference data as the kamus kompetensi holds it (PermenPANRB 38/2017). */
final class ReferensiContoh {

    static final List<String> RUMPUN = List.of(
            "PEM", "KEU", "SDM", "REN", "PDK", "KES", "PUR", "PTN", "SOS", "EKO", "HKM", "WAS", "TIK", "LH", "HUB",
            "TRB", "DUK", "ARS", "PAR");

    private ReferensiContoh() {}

    static Referensi anyReferensi() {
        Map<String, List<String>> teknis = new HashMap<>();
        for (String r : RUMPUN) {
            teknis.put(r, List.of("T." + r + ".01", "T." + r + ".02", "T." + r + ".03", "T." + r + ".04"));
        }
        Map<String, Referensi.LevelStandar> level = new HashMap<>();
        put(level, "JPT_PRATAMA", null, 4);
        put(level, "ADMINISTRATOR", null, 3);
        put(level, "PENGAWAS", null, 2);
        put(level, "PELAKSANA", null, 1);
        put(level, "FUNGSIONAL", "AHLI_UTAMA", 4);
        put(level, "FUNGSIONAL", "AHLI_MADYA", 3);
        put(level, "FUNGSIONAL", "AHLI_MUDA", 2);
        put(level, "FUNGSIONAL", "AHLI_PERTAMA", 1);
        put(level, "FUNGSIONAL", "PENYELIA", 2);
        put(level, "FUNGSIONAL", "MAHIR", 1);
        put(level, "FUNGSIONAL", "TERAMPIL", 1);
        put(level, "FUNGSIONAL", "PEMULA", 1);
        return new Referensi(
                List.of("M.01", "M.02", "M.03", "M.04", "M.05", "M.06", "M.07", "M.08"),
                List.of("SK.01"),
                teknis,
                level);
    }

    private static void put(Map<String, Referensi.LevelStandar> m, String jenis, String jenjang, int level) {
        m.put(Referensi.kunci(jenis, jenjang), new Referensi.LevelStandar(level, level));
    }
}
