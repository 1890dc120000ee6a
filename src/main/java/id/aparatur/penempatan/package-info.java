/**
 * Penempatan kembali: the provably optimal re-placement of employees to positions by competency gap, kelas, interest
 * and stability. The pure-Java engine is in {@code mesin}; the application runs scenarios on the Pemda's data, shows
 * and explains the result, and turns an approved scenario into mutations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Penempatan Kembali",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "organisasi", "kompetensi", "pegawai",
                "pegawai :: query", "asesmen"})
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan;
