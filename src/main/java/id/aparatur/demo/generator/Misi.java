package id.aparatur.demo.generator;

/** Misi RPJMD. */
public record Misi(long id, long pemdaId, int nomor, String uraian) {}
