/**
 * Pegawai: NIP-keyed employees with their current jabatan, unit, OPD and atasan langsung (bezetting, access scope: an
 * ATASAN sees direct and indirect subordinates), the profile (DRH), riwayat, minat karier, correction proposals, and
 * the import/export of employees. Mutation decisions made elsewhere reach it as events.
 *
 * <p><b>Read API</b> (what other modules may use):
 * <ul>
 *   <li>Java: {@link id.aparatur.pegawai.application.PegawaiQuery} (named interface {@code query}),
 *       {@link id.aparatur.pegawai.Bezetting}, {@link id.aparatur.pegawai.Pemilih},
 *       {@link id.aparatur.pegawai.ProyeksiPensiun}, {@link id.aparatur.pegawai.PredikatCakupan} (the scope predicate
 *       for read models that join employees) and the policy {@link id.aparatur.pegawai.AturanHukumanDisiplin};
 *   <li>SQL ({@code db/migration/pegawai/R__pegawai_kontrak_baca.sql}; nothing else of the schema is read elsewhere):
 *       the views {@code pegawai.v_pegawai} and {@code v_pegawai_aktif} (without the protected personal data),
 *       {@code v_riwayat} (valid entries only), {@code v_minat_rumpun}, and the functions
 *       {@code pegawai.dalam_hukuman_disiplin(acuan)} (twin of {@code AturanHukumanDisiplin}),
 *       {@code pegawai.bawahan(nip)} (direct and indirect subordinates), {@code pegawai.rantai_atasan(nip)} (the chain
 *       of atasan upwards with its tingkat) and {@code pegawai.atasan_langsung(nip, unit, jabatan)} (the atasan the
 *       structure gives, twin of {@code domain.AturanAtasanLangsung}).
 * </ul>
 *
 * <p><b>Events consumed</b>: {@link id.aparatur.pegawai.MutasiDitetapkan} (riwayat JABATAN per move) and
 * {@link id.aparatur.pegawai.MutasiBerlaku} (the move itself at its TMT), published by penempatan inside its
 * transaction; the records live here so that the publisher, which depends on pegawai, needs no cycle.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Pegawai",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "aturan", "organisasi", "kompetensi"})
@org.jspecify.annotations.NullMarked
package id.aparatur.pegawai;
