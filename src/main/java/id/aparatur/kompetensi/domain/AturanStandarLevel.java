package id.aparatur.kompetensi.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Rules for a row of the default level table (standar level per jenis and jenjang jabatan, PermenPANRB 38/2017
 * Lampiran). Rows are effective-dated and never edited: a change in regulation is a new row with a later
 * {@code berlakuMulai}.
 */
public final class AturanStandarLevel {

    /** Jenis jabatan as in {@code organisasi.jabatan} (UU 20/2023: JPT, administrasi, fungsional). */
    public static final Set<String> JENIS_JABATAN =
            Set.of("JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS", "PELAKSANA", "FUNGSIONAL");

    /** Jenjang jabatan fungsional, keahlian and keterampilan. */
    public static final Set<String> JENJANG_FUNGSIONAL =
            Set.of("AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA", "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA");

    /** Stored for every jenis jabatan other than FUNGSIONAL, which has no jenjang. */
    public static final String TANPA_JENJANG = "-";

    private AturanStandarLevel() {}

    /** Only jabatan fungsional has a jenjang; the level is 1 to 5 as in the kamus. */
    public static List<Pelanggaran> periksa(
            @Nullable String jenisJabatan, @Nullable String jenjang, int levelManajerial, int levelSosialKultural) {
        List<Pelanggaran> hasil = new ArrayList<>();
        if (jenisJabatan == null || !JENIS_JABATAN.contains(jenisJabatan)) {
            hasil.add(new Pelanggaran("jenisJabatan", "standar-level.jenis-jabatan.tidak-dikenal"));
        } else if (jenisJabatan.equals("FUNGSIONAL")) {
            if (jenjang == null || !JENJANG_FUNGSIONAL.contains(jenjang)) {
                hasil.add(new Pelanggaran("jenjang", "standar-level.jenjang.wajib-fungsional"));
            }
        } else if (jenjang != null && !jenjang.isBlank() && !jenjang.equals(TANPA_JENJANG)) {
            hasil.add(new Pelanggaran("jenjang", "standar-level.jenjang.hanya-fungsional"));
        }
        if (levelManajerial < 1 || levelManajerial > AturanKompetensi.JUMLAH_LEVEL) {
            hasil.add(new Pelanggaran("levelManajerial", "standar-level.level.rentang"));
        }
        if (levelSosialKultural < 1 || levelSosialKultural > AturanKompetensi.JUMLAH_LEVEL) {
            hasil.add(new Pelanggaran("levelSosialKultural", "standar-level.level.rentang"));
        }
        return hasil;
    }
}
