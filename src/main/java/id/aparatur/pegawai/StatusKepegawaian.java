package id.aparatur.pegawai;

/** Employment status: calon PNS, PNS, or PPPK (contract civil servant; PPPK have no golongan I/a–IV/e). */
public enum StatusKepegawaian {
    CPNS,
    PNS,
    PPPK
}
