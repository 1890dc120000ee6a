package id.aparatur.kinerja.domain;

/**
 * What finalising does when the employees' predikat of an OPD break the distribution rules of its organisational
 * predikat: finalise and return the violations as warnings, or refuse (configuration
 * {@code aparatur.kinerja.distribusi.kebijakan}).
 */
public enum KebijakanDistribusi {
    PERINGATAN,
    BLOKIR;

    /** Without a setting: finalise and warn. */
    public static final KebijakanDistribusi BAKU = PERINGATAN;
}
