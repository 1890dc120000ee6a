package id.aparatur.sistem;

/**
 * One column an importer expects, as shown on the import page and in the template's "Petunjuk" sheet.
 *
 * @param nama the exact header text in row 1 (compared after trimming, case-sensitive)
 * @param wajib whether the column must be present in the header (whether each cell must be filled is the importer's
 *     rule, but usually the same)
 * @param keteranganKode message key describing the expected format, e.g. "18 angka tanpa spasi"
 * @param contoh an example value, written into the template's example row
 */
public record KolomImpor(String nama, boolean wajib, String keteranganKode, String contoh) {}
