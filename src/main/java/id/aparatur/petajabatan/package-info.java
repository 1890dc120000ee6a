/**
 * Peta jabatan and the dashboard: per OPD the unit tree with every jabatan, its kelas, B (bezetting: holders now), K
 * (kuota) and ± (B − K), as a table, an org-chart picture and an Excel file; and the totals per OPD on the home page.
 * Combines the organisation structure (organisasi) with the current placements (pegawai) without owning either.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peta Jabatan & Beranda",
        allowedDependencies = {"shared", "sistem", "akses", "organisasi", "pegawai"})
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan;
