/**
 * Perencanaan kebutuhan: ABK (analisis beban kerja) per jabatan and year whose final kebutuhan sets the jabatan's
 * kuota; the internal promotion cascade (top-down, each level filled by the optimal assignment of the penempatan
 * engine, every promotion opening a seat one level down) with the surplus redistribution; and the resulting CPNS/PPPK
 * formation with its usulan formasi workflow.
 *
 * <p>Reads (style 8.4.1): organisasi's {@code v_jabatan}, {@code v_unit}, {@code v_opd}, {@code v_pemda},
 * {@code v_standar_kompetensi}; pegawai's {@code v_pegawai_aktif}, {@code v_riwayat} and
 * {@code dalam_hukuman_disiplin(date)}; asesmen's {@code v_level_terkini}; kinerja's {@code v_predikat_tahunan}
 * (exchanged as {@link id.aparatur.kinerja.PredikatKinerja}); penempatan's {@code v_skenario} and {@code v_usulan}
 * (the seats of an approved placement scenario).
 *
 * <p>Read API: none — no other module reads the {@code perencanaan} schema. Publishes
 * {@link id.aparatur.organisasi.KebutuhanDitetapkan} (owned by organisasi, which sets the kuota) when an ABK is final.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Perencanaan Kebutuhan",
        allowedDependencies = {
            "shared",
            "sistem",
            "akses",
            "audit",
            "aturan",
            "organisasi",
            "kompetensi",
            "pegawai",
            "pegawai :: query",
            "asesmen",
            "kinerja",
            "penempatan",
            "penempatan :: mesin"
        })
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan;
