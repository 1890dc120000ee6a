package id.aparatur.organisasi;

/**
 * Jenis jabatan ASN. UU 20/2023 Pasal 14 (manajerial: JPT utama, madya, pratama, administrator, pengawas) and Pasal 18
 * (nonmanajerial: fungsional, pelaksana).
 */
public enum JenisJabatan {
    JPT_UTAMA(true),
    JPT_MADYA(true),
    JPT_PRATAMA(true),
    ADMINISTRATOR(true),
    PENGAWAS(true),
    PELAKSANA(false),
    FUNGSIONAL(false);

    private final boolean manajerial;

    JenisJabatan(boolean manajerial) {
        this.manajerial = manajerial;
    }

    public boolean manajerial() {
        return manajerial;
    }
}
