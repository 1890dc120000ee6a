package id.aparatur.kinerja;

/** A rating of hasil kerja or of perilaku kerja against the expectation (PermenPANRB 6/2022). */
public enum Ekspektasi {
    DI_BAWAH,
    SESUAI,
    DI_ATAS
}
