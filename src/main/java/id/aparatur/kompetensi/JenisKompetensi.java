package id.aparatur.kompetensi;

/** Jenis kompetensi menurut PermenPANRB 38/2017. */
public enum JenisKompetensi {
    MANAJERIAL,
    SOSIAL_KULTURAL,
    TEKNIS
}
