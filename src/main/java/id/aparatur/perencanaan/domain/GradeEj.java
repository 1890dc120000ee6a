package id.aparatur.perencanaan.domain;

/**
 * Grade of efektivitas jabatan (EJ), A (best: the workload exceeds the holders' effective time) to E. The bands are
 * configurable ({@link BatasGradeEj}); the defaults are common practice, not confirmed text of PermenPANRB 1/2020 [U].
 */
public enum GradeEj {
    A,
    B,
    C,
    D,
    E
}
