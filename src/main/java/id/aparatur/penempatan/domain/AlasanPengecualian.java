package id.aparatur.penempatan.domain;

/** Why an employee in scope is left out of the optimisation (they keep their current position and its seat). */
public enum AlasanPengecualian {
    /** Under an active sedang/berat discipline sanction ({@link id.aparatur.pegawai.AturanHukumanDisiplin}). */
    HUKUMAN_DISIPLIN,
    /** Holds a JPT position: JPT is filled by open selection (UU 20/2023 Pasal 28; PermenPANRB 15/2019). */
    JPT,
    /** Excluded by BKD in the scenario. */
    MANUAL,
    /** Has no current position, hence no jenjang to be placed in. */
    TANPA_JABATAN
}
