package id.aparatur.seleksi.domain;

/**
 * The scored parts of an open selection, each 0–100 and weighted into the nilai akhir: the assessment (seleksi
 * kompetensi manajerial and sosial kultural), the makalah, the wawancara akhir and the penelusuran rekam jejak.
 */
public enum KomponenNilai {
    KOMPETENSI(TahapSeleksi.KOMPETENSI),
    MAKALAH(TahapSeleksi.MAKALAH),
    WAWANCARA(TahapSeleksi.WAWANCARA),
    REKAM_JEJAK(TahapSeleksi.REKAM_JEJAK);

    private final TahapSeleksi tahap;

    KomponenNilai(TahapSeleksi tahap) {
        this.tahap = tahap;
    }

    /** The stage in which this score is taken; it can be recorded from that stage on. */
    public TahapSeleksi tahap() {
        return tahap;
    }
}
