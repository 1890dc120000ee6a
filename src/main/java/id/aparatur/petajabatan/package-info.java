/**
 * Peta jabatan, peta kebutuhan and the dashboard: per unit, OPD or the whole Pemda every active jabatan with its kelas,
 * B (bezetting: holders today, or after a placement scenario whose proposals are read from {@code penempatan.usulan}
 * with SQL), K (kuota) and ± (B − K), as a table, an org-chart picture, ECharts dashboards of kurang and lebih, Excel
 * files and the API {@code /api/v1/peta-jabatan}; the five-year projection of B when everyone retires at the BUP
 * ({@code pegawai.ProyeksiPensiun}); and the totals per OPD on the home page. Combines the organisation structure
 * (organisasi) with the placements (pegawai) without owning either. See docs/peta-jabatan.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peta Jabatan & Beranda",
        allowedDependencies = {"shared", "sistem", "akses", "organisasi", "pegawai", "penempatan"})
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan;
