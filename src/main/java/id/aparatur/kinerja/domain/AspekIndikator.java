package id.aparatur.kinerja.domain;

/** The aspect an indicator of an RHK measures. */
public enum AspekIndikator {
    KUANTITAS,
    KUALITAS,
    WAKTU,
    BIAYA
}
