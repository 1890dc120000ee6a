package id.aparatur.demo.generator;

/** Sasaran Renstra OPD yang mendukung satu sasaran Pemda. */
public record SasaranOpd(
        long id, long opdId, long tujuanOpdId, long sasaranPemdaId, String kode, String uraian, String indikator) {}
