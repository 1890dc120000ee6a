package id.aparatur.kinerja.domain;

/** Where an SKP is in its yearly flow: drafted, agreed by the penilai, rated, final (locked). */
public enum StatusSkp {
    DRAF,
    DISETUJUI,
    DINILAI,
    FINAL
}
