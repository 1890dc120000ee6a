package id.aparatur.penempatan.domain;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The jenjang string the engine matches exactly: the jenis jabatan, and for a jabatan fungsional also its jenjang
 * ({@code FUNGSIONAL/AHLI_MUDA}). Re-placement stays within a jenjang: it is neither promotion nor demotion (UU 20/2023
 * Pasal 14 and 18 set the jenis; the JF jenjang follow the JF rules). The strings are stored with a scenario (its scope,
 * the jenjang of each proposal), so their form never changes.
 */
public final class KunciJenjang {

    /** The JPT (utama, madya, pratama): filled by open selection, not by re-placement. */
    private static final Set<JenisJabatan> JPT =
            EnumSet.of(JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA);

    private KunciJenjang() {}

    public static String dari(JenisJabatan jenis, @Nullable Jenjang jenjang) {
        return jenjang == null ? jenis.name() : jenis.name() + "/" + jenjang.name();
    }

    /** The same from the stored codes (e.g. a row of {@code organisasi.v_jabatan}). */
    public static String dari(String jenisJabatan, @Nullable String jenjang) {
        return dari(
                JenisJabatan.valueOf(jenisJabatan),
                jenjang == null || jenjang.isBlank() ? null : Jenjang.valueOf(jenjang));
    }

    /**
     * JPT positions are filled by open selection (UU 20/2023 Pasal 28; PermenPANRB 15/2019), not by re-placement; a
     * scenario leaves them and their holders out unless BKD says otherwise.
     */
    public static boolean jpt(JenisJabatan jenis) {
        return JPT.contains(jenis);
    }
}
