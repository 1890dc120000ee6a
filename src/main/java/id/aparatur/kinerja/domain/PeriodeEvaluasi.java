package id.aparatur.kinerja.domain;

/** How often an annual SKP is evaluated during the year (configurable per SKP). */
public enum PeriodeEvaluasi {
    BULANAN, TRIWULANAN
}
