package id.aparatur.kompetensi.domain;

/**
 * A broken rule on one field.
 *
 * @param field the input field, named as in forms and API payloads (e.g. {@code rumpunKode}, {@code level[2].indikator})
 * @param kodePesan the message key that explains the rule
 */
public record Pelanggaran(String field, String kodePesan) {}
