package id.aparatur.demo.generator;

/** Organisasi Perangkat Daerah. */
public record Opd(long id, String kode, String nama, String singkatan, String jenis) {}
