package id.aparatur.asesmen.domain;

/** Job Person Match category (BKN-style bands; the thresholds are configurable, see {@link BatasJpm}). */
public enum KategoriJpm {
    OPTIMAL,
    CUKUP_OPTIMAL,
    KURANG_OPTIMAL
}
