package id.aparatur.demo.generator;

/** Profil Pemda dengan visi dan periode RPJMD. */
public record Pemda(long id, String nama, String jenis, String ibuKota, String visi, String periodeRpjmd) {}
