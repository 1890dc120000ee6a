package id.aparatur.kinerja.domain;

/** State of one logged activity: logged by the employee, then verified or rejected (with a reason) by the atasan. */
public enum StatusAktivitas {
    DICATAT,
    DIVERIFIKASI,
    DITOLAK
}
