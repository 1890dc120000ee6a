package id.aparatur.demo.generator;

/** Sasaran RPJMD di bawah satu tujuan, dengan indikatornya. */
public record SasaranPemda(long id, long tujuanId, String kode, String uraian, String indikator) {}
