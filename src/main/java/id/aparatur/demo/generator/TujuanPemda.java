package id.aparatur.demo.generator;

/** Tujuan RPJMD di bawah satu misi. */
public record TujuanPemda(long id, long misiId, String kode, String uraian) {}
