package id.aparatur.kinerja.domain;

/** The predikat of a unit's or OPD's performance, which sets the allowed distribution of its employees' predikat. */
public enum PredikatOrganisasi {
    ISTIMEWA,
    BAIK,
    BUTUH_PERBAIKAN,
    KURANG,
    SANGAT_KURANG
}
