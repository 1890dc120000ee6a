package id.aparatur.organisasi;

import java.math.BigDecimal;

/** One line of a jabatan's standar kompetensi (SKJ): competency, required level 1–5, and weight. */
public record StandarKompetensiJabatan(String kode, int level, BigDecimal bobot) {}
