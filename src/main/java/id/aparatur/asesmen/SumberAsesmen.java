package id.aparatur.asesmen;

/** Where a competency measurement comes from. */
public enum SumberAsesmen {
    ASSESSMENT_CENTER,
    CACT,
    UJI_KOMPETENSI,
    POST_TEST_PELATIHAN,
    PENILAIAN_ATASAN
}
