package id.aparatur.aturan;

/** Where a version of a rule table stands: proposed by BKD, then approved or rejected by the PPK. */
public enum StatusVersi {
    /** Proposed by BKD, not yet in force. */
    DIUSULKAN,
    /** Approved by the PPK (or shipped with the application): in force from its berlakuMulai. */
    DISETUJUI,
    /** Rejected by the PPK, with a reason; never in force. */
    DITOLAK
}
