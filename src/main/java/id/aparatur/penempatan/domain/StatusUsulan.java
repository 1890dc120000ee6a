package id.aparatur.penempatan.domain;

/** What the scenario proposes for one employee. */
public enum StatusUsulan {
    /** Placed on a position (possibly the current one). */
    DITEMPATKAN,
    /** Left without a position: input for the needs planning. */
    TIDAK_DITEMPATKAN,
    /** Not part of the optimisation; stays where they are ({@link AlasanPengecualian}). */
    DIKECUALIKAN
}
