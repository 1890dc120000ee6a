package id.aparatur.organisasi;

/** Jenis unit organisasi di dalam OPD; PIMPINAN is the root unit headed by the kepala OPD. */
public enum JenisUnit {
    PIMPINAN,
    SEKRETARIAT,
    BIDANG,
    SUBBAGIAN,
    SUBBIDANG,
    SEKSI,
    UPT,
    KELURAHAN
}
