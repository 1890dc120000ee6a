package id.aparatur.kompetensi.application;

/** Which entries a list shows: active ones, retired ones, or both. */
public enum StatusKompetensi {
    AKTIF,
    NONAKTIF,
    SEMUA
}
