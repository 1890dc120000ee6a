package id.aparatur.kinerja.domain;

/** An RHK is a main result (utama) or an additional one (tambahan). */
public enum JenisRhk {
    UTAMA,
    TAMBAHAN
}
