package id.aparatur.demo.generator;

/** Tujuan Renstra OPD. */
public record TujuanOpd(long id, long opdId, String kode, String uraian) {}
