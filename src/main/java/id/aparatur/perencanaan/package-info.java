/**
 * Perencanaan kebutuhan: ABK (analisis beban kerja) per jabatan and year whose final kebutuhan sets the jabatan's
 * kuota; the internal promotion cascade (top-down, each level filled by the optimal assignment of the penempatan
 * engine, every promotion opening a seat one level down) with the surplus redistribution; and the resulting CPNS/PPPK
 * formation with its usulan formasi workflow.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Perencanaan Kebutuhan",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "organisasi", "kompetensi", "pegawai",
                "pegawai :: query", "asesmen", "penempatan :: mesin"})
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan;
