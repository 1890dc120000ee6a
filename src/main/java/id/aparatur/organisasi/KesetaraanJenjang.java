package id.aparatur.organisasi;

import org.jspecify.annotations.Nullable;

/**
 * The equivalence of the jenjang of jabatan administrasi (JA), pimpinan tinggi (JPT) and fungsional (JF), as far as
 * a career rule needs it: which positions count as "administrator level or higher".
 *
 * <p>Legal basis: PP 11/2017 as amended by PP 17/2020, Pasal 107 huruf c (a JPT pratama candidate holds or has held
 * an administrator position or a JF of jenjang ahli madya for at least two years); PermenPANRB 17/2021
 * (penyetaraan jabatan administrasi ke dalam jabatan fungsional: administrator ↔ JF ahli madya, pengawas ↔ ahli
 * muda, pelaksana ↔ ahli pertama). A JPT post and JF ahli utama are higher and therefore count too;
 * the JF of the keterampilan category (pemula … penyelia) never reach that level.
 */
public final class KesetaraanJenjang {

    private KesetaraanJenjang() {}

    /**
     * Whether a position of this jenis (and jenjang, for a JF) is at administrator level or higher: administrator, any
     * JPT, or a JF ahli madya or ahli utama.
     *
     * @param jenjang the jenjang of a FUNGSIONAL, ignored (and usually null) for the other jenis
     */
    public static boolean setaraAdministratorAtauLebih(JenisJabatan jenis, @Nullable Jenjang jenjang) {
        return switch (jenis) {
            case ADMINISTRATOR, JPT_PRATAMA, JPT_MADYA, JPT_UTAMA -> true;
            case FUNGSIONAL -> jenjang == Jenjang.AHLI_MADYA || jenjang == Jenjang.AHLI_UTAMA;
            case PENGAWAS, PELAKSANA -> false;
        };
    }
}
