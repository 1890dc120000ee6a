/**
 * Asesmen kompetensi: every competency measurement of an employee as a dated, append-only record (assessment center,
 * CACT, uji kompetensi, post-test pelatihan, penilaian atasan); the current level of a competency is the latest valid
 * measurement. On top of it: the gap (kesenjangan) and Job Person Match against any jabatan, and skill matrices per
 * unit, OPD and jabatan.
 *
 * <p><b>Read API</b> (what other modules may use): the enum {@link id.aparatur.asesmen.SumberAsesmen} and, in SQL
 * ({@code db/migration/asesmen/R__asesmen_kontrak_baca.sql}; nothing else of the schema is read elsewhere), the view
 * {@code asesmen.v_level_terkini} (each employee's current level per competency and the assessment it comes from).
 * Asesmen itself reads organisasi and pegawai only through their published views and functions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Asesmen Kompetensi",
        allowedDependencies = {
            "shared",
            "sistem",
            "akses",
            "audit",
            "aturan",
            "kompetensi",
            "organisasi",
            "pegawai",
            "pegawai :: query"
        })
@org.jspecify.annotations.NullMarked
package id.aparatur.asesmen;
