/**
 * Pure ABK arithmetic and rules (analisis beban kerja, PermenPANRB 1/2020): the tasks with their yearly volume and
 * norma waktu, beban kerja, kebutuhan pegawai with a named rounding rule, efektivitas jabatan with its grade bands,
 * the effective-dated waktu kerja efektif, the lifecycle of an ABK version and the validation of the task list. No
 * Spring, no I/O, no clock: every input is a parameter, every result an exact {@code long} or {@code BigDecimal}.
 */
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan.domain;
