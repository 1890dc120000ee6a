/**
 * Seleksi terbuka JPT (PermenPANRB 15/2019): a vacant JPT position is never filled by the cascade; it opens an open
 * selection with its stages, configurable scoring weights, the panel's three names and the PPK's recorded choice (with
 * a written justification when it is not the top-ranked name).
 *
 * <p>Reads (style 8.4.1): organisasi's {@code v_jabatan} and {@code v_opd} (with the rule
 * {@link id.aparatur.organisasi.KesetaraanJenjang} for "administrator level"); pegawai's {@code v_pegawai},
 * {@code v_pegawai_aktif}, {@code v_riwayat}, {@code dalam_hukuman_disiplin(date)}, {@code rekam_jejak_disiplin(date)}
 * and {@code usia_pada(date)}; kinerja's {@code v_predikat_tahunan}.
 *
 * <p>Read API: none — no other module reads the {@code seleksi} schema.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Seleksi Terbuka JPT",
        allowedDependencies = {
            "shared",
            "sistem",
            "akses",
            "audit",
            "aturan",
            "organisasi",
            "pegawai",
            "pegawai :: query",
            "kinerja"
        })
@org.jspecify.annotations.NullMarked
package id.aparatur.seleksi;
