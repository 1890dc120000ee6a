package id.aparatur.organisasi.domain;

/** One broken rule: the field it concerns and the message key that explains it. */
public record Pelanggaran(String field, String kodePesan) {}
