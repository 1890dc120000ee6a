package id.aparatur.penempatan.mesin;

/** One SKJ line of a position: competency code, required level (0–5) and integer weight (≥ 0). */
public record Syarat(String kode, int level, long bobot) {}
