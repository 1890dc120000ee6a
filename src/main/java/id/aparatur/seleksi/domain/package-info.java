/**
 * The aggregate {@link id.aparatur.seleksi.domain.SeleksiTerbuka} and the rules of the seleksi terbuka JPT
 * (PermenPANRB 15/2019): the lifecycle, the scoring weights and their allowed ranges, the weighted final score, the
 * ranking with its tie-break, the panel's three names and the PPK's choice, with the repository interface (implemented
 * in {@code application}). Pure Java: everything is passed in. Marked {@code @LogikaMerit} because it ranks people: it never sees agama, jenis kelamin,
 * tanggal lahir or any other protected attribute (only {@link id.aparatur.seleksi.domain.SyaratJptPratama}, which
 * states the legal age limit, may read the age on the planned inauguration date, never the birth date).
 */
@id.aparatur.shared.LogikaMerit
@org.jspecify.annotations.NullMarked
package id.aparatur.seleksi.domain;
