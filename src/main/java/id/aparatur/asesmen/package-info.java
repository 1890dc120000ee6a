/**
 * Asesmen kompetensi: every competency measurement of an employee as a dated, append-only record (assessment center,
 * CACT, uji kompetensi, post-test pelatihan, penilaian atasan); the current level of a competency is the latest valid
 * measurement. On top of it: the gap (kesenjangan) and Job Person Match against any jabatan, and skill matrices per
 * unit, OPD and jabatan.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Asesmen Kompetensi",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "kompetensi", "organisasi", "pegawai", "pegawai :: query"})
@org.jspecify.annotations.NullMarked
package id.aparatur.asesmen;
