/**
 * Kamus kompetensi: the managerial and sosial-kultural competencies of PermenPANRB 38/2017 and the technical
 * competencies per rumpun jabatan, each with level 1–5 descriptions, legal basis and effective dates; and the
 * effective-dated table of default managerial/sosial-kultural levels per jenis and jenjang jabatan. Entries are never
 * deleted: a retired entry stays valid for records made while it was in force.
 *
 * <p><b>Read API</b> (what other modules may use): the facade {@link id.aparatur.kompetensi.KamusKompetensi} with
 * {@link id.aparatur.kompetensi.KompetensiRingkas}, {@link id.aparatur.kompetensi.StandarLevel} and
 * {@link id.aparatur.kompetensi.JenisKompetensi}; in SQL
 * ({@code db/migration/kompetensi/R__kompetensi_kontrak_baca.sql}; nothing else of the schema is read elsewhere) the
 * view {@code kompetensi.v_kompetensi} (every entry, active or retired).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Kamus Kompetensi",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "aturan"})
@org.jspecify.annotations.NullMarked
package id.aparatur.kompetensi;
