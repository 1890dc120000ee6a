package id.aparatur.kinerja.domain;

/** The seven BerAKHLAK core values of the ASN, each rated with feedback in the perilaku kerja part of the SKP. */
public enum NilaiBerakhlak {
    BERORIENTASI_PELAYANAN,
    AKUNTABEL,
    KOMPETEN,
    HARMONIS,
    LOYAL,
    ADAPTIF,
    KOLABORATIF
}
