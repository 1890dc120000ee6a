/**
 * The aggregates of perencanaan and their rules, pure (no Spring, no I/O, no clock: every input is a parameter):
 * {@link id.aparatur.perencanaan.domain.Abk} (analisis beban kerja, PermenPANRB 1/2020: tasks with yearly volume and
 * norma waktu, beban kerja, kebutuhan pegawai with a named rounding rule, efektivitas jabatan with its grade bands,
 * the effective-dated waktu kerja efektif, the lifecycle of an ABK version and the validation of the task list) and
 * {@link id.aparatur.perencanaan.domain.UsulanFormasi} (the formation proposed by BKD and decided by the PPK), each
 * with its repository interface; the implementations live in {@code application}.
 */
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan.domain;
