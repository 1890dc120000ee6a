package id.aparatur.kompetensi.domain;

/**
 * One proficiency level of a competency: what the level means and the behaviour that shows it.
 *
 * @param level 1 (lowest) to 5 (highest)
 * @param deskripsi the description of the level
 * @param indikator the behavioural indicators (indikator perilaku)
 */
public record LevelKompetensi(int level, String deskripsi, String indikator) {}
