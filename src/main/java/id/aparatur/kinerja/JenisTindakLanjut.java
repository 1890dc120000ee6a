package id.aparatur.kinerja;

/**
 * The follow-up a final predikat opens (PermenPANRB 6/2022): coaching (pembinaan) or development (pengembangan), with
 * the atasan (the penilai) responsible. Which predikat opens which is {@link AturanTindakLanjut}.
 */
public enum JenisTindakLanjut {
    PEMBINAAN,
    PENGEMBANGAN
}
