/**
 * Peta jabatan, peta kebutuhan and the dashboard: per unit, OPD or the whole Pemda every active jabatan with its kelas,
 * B (bezetting: holders today, or after a placement scenario), K (kuota) and ± (B − K), as a table, an org-chart
 * picture, ECharts dashboards of kurang and lebih, Excel files and the API {@code /api/v1/peta-jabatan}; the five-year
 * projection of B when everyone retires at the BUP ({@code pegawai.ProyeksiPensiun}), counted on 31 December of each
 * year ({@code domain.ProyeksiBezetting.akhirTahun}); and the totals per OPD on the home page. Combines the organisation
 * structure (organisasi) with the placements (pegawai) and the scenarios (penempatan) without owning any of them. See
 * docs/peta-jabatan.md.
 *
 * <p><b>Reads</b> the facades {@code organisasi.StrukturOrganisasi}, {@code pegawai.Bezetting},
 * {@code pegawai.ProyeksiPensiun}, {@code penempatan.DaftarSkenario}, and in SQL (the peta kebutuhan at 60,000
 * employees is one query) the contracts {@code organisasi.v_jabatan}, {@code v_opd}, {@code v_unit},
 * {@code pegawai.v_pegawai}, {@code v_pegawai_aktif} and {@code penempatan.v_usulan}. Publishes no read API of its own.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Peta Jabatan & Beranda",
        allowedDependencies = {"shared", "sistem", "akses", "organisasi", "pegawai", "penempatan"})
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan;
