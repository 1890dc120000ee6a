/**
 * Penempatan kembali: the provably optimal re-placement of employees to positions by competency gap, kelas, interest
 * and stability. The pure-Java engine is in {@code mesin}; the scenario aggregate
 * ({@code domain.SkenarioPenempatan}) guards its lifecycle DRAF → BERJALAN → SELESAI/GAGAL → DISETUJUI → DITETAPKAN
 * (archived, never deleted); the application runs scenarios on the Pemda's data, shows and explains the result, and
 * turns an approved scenario into mutations.
 *
 * <p><b>Read API</b> (what other modules may use; nothing else of the schema {@code penempatan} is read elsewhere):
 * <ul>
 *   <li>Java: {@link id.aparatur.penempatan.DaftarSkenario} (the scenarios others may build on, with their
 *       {@link id.aparatur.penempatan.StatusSkenario}), the engine {@code mesin} (named interface);</li>
 *   <li>SQL ({@code db/migration/penempatan/R__penempatan_kontrak_baca.sql}): {@code penempatan.v_skenario} (state,
 *       approval and SK of every scenario) and {@code penempatan.v_usulan} (each employee's proposal, with
 *       {@code menentukan_kursi}: whether it decides the seat after the scenario), joined where speed needs it (the
 *       peta kebutuhan after a scenario, the cascade on an approved one).</li>
 * </ul>
 *
 * <p><b>Events published</b>: {@code pegawai.MutasiDitetapkan} when the SK of a scenario is entered (the pegawai module
 * writes the riwayat jabatan) and {@code pegawai.MutasiBerlaku} when its TMT arrives (at once or by the daily job; the
 * pegawai module moves the current jabatan) — both records live in pegawai's API so that publishing them needs no
 * dependency cycle; {@code audit.DataDiubah} for every step of a scenario (entity {@code SKENARIO_PENEMPATAN}).
 *
 * <p><b>Reads</b> the contracts of organisasi ({@code v_jabatan}, {@code v_opd}, {@code v_unit},
 * {@code v_standar_kompetensi}), pegawai ({@code v_pegawai}, {@code v_pegawai_aktif}, {@code v_minat_rumpun},
 * {@code dalam_hukuman_disiplin}), asesmen ({@code v_level_terkini}) and kompetensi ({@code v_kompetensi}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Penempatan Kembali",
        allowedDependencies = {
            "shared",
            "sistem",
            "akses",
            "audit",
            "organisasi",
            "kompetensi",
            "pegawai",
            "pegawai :: query",
            "asesmen"
        })
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan;
