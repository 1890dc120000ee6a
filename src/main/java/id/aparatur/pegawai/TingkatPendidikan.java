package id.aparatur.pegawai;

/** Education level, in ascending order (SD … S3). */
public enum TingkatPendidikan {
    SD,
    SMP,
    SMA,
    D1,
    D2,
    D3,
    D4,
    S1,
    S2,
    S3
}
