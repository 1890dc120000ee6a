package id.aparatur.penempatan.domain;

import org.jspecify.annotations.Nullable;

/**
 * The jenjang string the engine matches exactly: the jenis jabatan, and for a jabatan fungsional also its jenjang
 * ({@code FUNGSIONAL/AHLI_MUDA}). Re-placement stays within a jenjang: it is neither promotion nor demotion.
 */
public final class KunciJenjang {

    private KunciJenjang() {}

    public static String dari(String jenisJabatan, @Nullable String jenjangFungsional) {
        return jenjangFungsional == null || jenjangFungsional.isBlank() ? jenisJabatan
                : jenisJabatan + "/" + jenjangFungsional;
    }

    /** JPT (utama, madya, pratama) positions are filled by open selection, not by re-placement. */
    public static boolean jpt(String jenisJabatan) {
        return jenisJabatan.startsWith("JPT_");
    }
}
