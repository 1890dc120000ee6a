/**
 * Audit: every change to organisation, jabatan, kompetensi and pegawai data is recorded (who, when, what, before and
 * after) when the owning module publishes {@link id.aparatur.audit.DataDiubah}. The entry is written in the same
 * transaction as the change, so there is no change without its audit entry. Only ADMIN_BKD searches it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"shared", "sistem", "akses"})
@org.jspecify.annotations.NullMarked
package id.aparatur.audit;
