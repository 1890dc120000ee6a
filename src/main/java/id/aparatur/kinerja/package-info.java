/**
 * Kinerja (PermenPANRB 6/2022): the annual SKP with cascaded RHK, BerAKHLAK behaviour, the predikat and its
 * distribution rules, the evaluation cycle, the follow-up of a low predikat, and the daily activity logs with effective
 * hours and fit to the jabatan (docs/kinerja-skp.md, kinerja-halaman-skp.md, kinerja-evaluasi.md,
 * kinerja-aktivitas.md, kinerja-dasbor.md, kinerja-impor-demo.md).
 *
 * <p>Inside: the SKP is an aggregate ({@code domain.Skp}, guarded by the state machine {@code domain.AlurSkp}, stored
 * through {@code domain.SkpRepository} with one version-guarded update); the pure rules of {@code domain} — the
 * effective-dated distribution rules and their reference date ({@code AturanDistribusi.tanggalAcuan}), the angka kredit
 * conversion for JF (PermenPANRB 1/2023), the TPP share table, the evaluation periods, effective hours and the fit to
 * the jabatan, the dashboard arithmetic; the application services are load → act → save + audit, and every setting is
 * read once ({@code application.KonfigurasiKinerja}).
 *
 * <p><b>Read API</b> (what other modules may use; nothing else of kinerja is theirs to read):
 * <ul>
 *   <li>the view {@code kinerja.v_predikat_tahunan} (nip, tahun, predikat, sumber, opd_id, unit_id, jabatan_id,
 *       difinalkan_pada): the predikat of each employee's FINAL annual SKP, also those imported from e-Kinerja
 *       ({@code R__kinerja_kontrak_baca.sql});</li>
 *   <li>the event {@link id.aparatur.kinerja.SkpDifinalkan}: an SKP became final (finalised, or imported from
 *       e-Kinerja), published inside that transaction, with its OPD and its {@link id.aparatur.kinerja.PredikatKinerja};
 *       </li>
 *   <li>the API types and rules: {@link id.aparatur.kinerja.PredikatKinerja} (with
 *       {@link id.aparatur.kinerja.PredikatKinerja#tindakLanjut()}, which predikat opens which
 *       {@link id.aparatur.kinerja.JenisTindakLanjut}), {@link id.aparatur.kinerja.Ekspektasi} and the 3×3 matrix
 *       {@link id.aparatur.kinerja.MatriksPredikat} — a module that needs the predikat of two ratings (the demo data)
 *       calls it instead of copying it.</li>
 * </ul>
 *
 * <p>Kinerja reads other modules only through their published contracts: {@code pegawai.v_pegawai} /
 * {@code v_pegawai_aktif} and the scope predicate {@code pegawai.PredikatCakupan}, {@code organisasi.v_opd},
 * {@code v_unit}, {@code v_jabatan}, {@code v_pemda} and {@code v_jejak_sasaran_opd} (an RHK traced to the visi).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Kinerja (SKP)",
        allowedDependencies = {
            "shared",
            "sistem",
            "akses",
            "audit",
            "aturan",
            "organisasi",
            "pegawai",
            "pegawai :: query"
        })
@org.jspecify.annotations.NullMarked
package id.aparatur.kinerja;
