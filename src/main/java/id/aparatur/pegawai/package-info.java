/**
 * Pegawai (inti): NIP-keyed employees with their current jabatan, unit, OPD and atasan langsung — enough for bezetting
 * (B in the peta jabatan) and for access scope (an ATASAN sees direct and indirect subordinates). The full profile,
 * riwayat and competency assessments follow in later issues.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pegawai",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "organisasi", "kompetensi"})
@org.jspecify.annotations.NullMarked
package id.aparatur.pegawai;
