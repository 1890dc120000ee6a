package id.aparatur.demo.generator;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Competency reference data the generator needs, read from the kamus kompetensi at load time (never hard-coded).
 *
 * @param manajerial managerial competency codes
 * @param sosialKultural sosial-kultural competency codes
 * @param teknisPerRumpun technical competency codes per rumpun kode (sorted)
 * @param levelStandar default levels keyed by {@link #kunci(String, String)}
 */
public record Referensi(
        List<String> manajerial,
        List<String> sosialKultural,
        Map<String, List<String>> teknisPerRumpun,
        Map<String, LevelStandar> levelStandar) {

    public Referensi {
        manajerial = List.copyOf(manajerial);
        sosialKultural = List.copyOf(sosialKultural);
        teknisPerRumpun = Map.copyOf(teknisPerRumpun);
        levelStandar = Map.copyOf(levelStandar);
    }

    /** Default managerial and sosial-kultural level of a jenis/jenjang jabatan. */
    public record LevelStandar(int manajerial, int sosialKultural) {}

    /** A jenis jabatan with its jenjang (null for non-fungsional). */
    public record JenisJenjang(String jenis, @Nullable String jenjang) {}

    /** The jenis/jenjang combinations the generator uses; the loader looks up each of them. */
    public static final List<JenisJenjang> DIPAKAI = List.of(
            new JenisJenjang("JPT_PRATAMA", null),
            new JenisJenjang("ADMINISTRATOR", null),
            new JenisJenjang("PENGAWAS", null),
            new JenisJenjang("PELAKSANA", null),
            new JenisJenjang("FUNGSIONAL", "AHLI_MADYA"),
            new JenisJenjang("FUNGSIONAL", "AHLI_MUDA"),
            new JenisJenjang("FUNGSIONAL", "AHLI_PERTAMA"),
            new JenisJenjang("FUNGSIONAL", "PENYELIA"),
            new JenisJenjang("FUNGSIONAL", "MAHIR"),
            new JenisJenjang("FUNGSIONAL", "TERAMPIL"));

    public static String kunci(String jenis, @Nullable String jenjang) {
        return jenis + "/" + (jenjang == null ? "-" : jenjang);
    }

    public LevelStandar level(String jenis, @Nullable String jenjang) {
        LevelStandar l = levelStandar.get(kunci(jenis, jenjang));
        if (l == null) {
            throw new IllegalArgumentException("Level standar tidak ada di kamus untuk " + kunci(jenis, jenjang));
        }
        return l;
    }

    public List<String> teknis(String rumpun) {
        return teknisPerRumpun.getOrDefault(rumpun, List.of());
    }
}
