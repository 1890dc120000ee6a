/**
 * Organisasi dan jabatan: the Pemda profile with its RPJMD (visi, misi, tujuan, sasaran), the OPD with their
 * tujuan/sasaran linked to the Pemda's sasaran, the unit tree inside each OPD with the head position of each unit, and
 * the position catalogue from Analisis Jabatan (PermenPANRB 1/2020) with its Standar Kompetensi Jabatan
 * (PermenPANRB 38/2017), so that every jabatan can be traced up to the Pemda's visi and misi.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisasi & Jabatan",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "kompetensi"})
@org.jspecify.annotations.NullMarked
package id.aparatur.organisasi;
