package id.aparatur.organisasi;

/** Jenjang jabatan fungsional: keahlian (ahli) and keterampilan. Only FUNGSIONAL positions have one. */
public enum Jenjang {
    AHLI_UTAMA,
    AHLI_MADYA,
    AHLI_MUDA,
    AHLI_PERTAMA,
    PENYELIA,
    MAHIR,
    TERAMPIL,
    PEMULA
}
