/**
 * Organisasi dan jabatan: the Pemda profile with its RPJMD (visi, misi, tujuan, sasaran), the OPD with their
 * tujuan/sasaran linked to the Pemda's sasaran, the unit tree inside each OPD with the head position of each unit, and
 * the position catalogue from Analisis Jabatan (PermenPANRB 1/2020) with its Standar Kompetensi Jabatan
 * (PermenPANRB 38/2017), so that every jabatan can be traced up to the Pemda's visi and misi.
 *
 * <p><b>Read API</b> (what other modules may use):
 * <ul>
 *   <li>Java: the facade {@link id.aparatur.organisasi.StrukturOrganisasi} with its records
 *       ({@link id.aparatur.organisasi.OpdRingkas}, {@link id.aparatur.organisasi.UnitRingkas},
 *       {@link id.aparatur.organisasi.JabatanRingkas}, {@link id.aparatur.organisasi.StandarKompetensiJabatan}) and the
 *       enums of the classification ({@code JenisJabatan}, {@code Jenjang}, {@code JenisOpd}, {@code JenisUnit});
 *   <li>SQL ({@code db/migration/organisasi/R__organisasi_kontrak_baca.sql}; nothing else of the schema is read
 *       elsewhere): the views {@code organisasi.v_pemda}, {@code v_opd}, {@code v_unit}, {@code v_jabatan},
 *       {@code v_standar_kompetensi} (SKJ lines), {@code v_jejak_sasaran_opd} (sasaran OPD up to the visi), and the
 *       function {@code organisasi.unit_dan_bawahannya(unit)} (a unit and its subtree).
 * </ul>
 *
 * <p><b>Event consumed</b>: {@link id.aparatur.organisasi.KebutuhanDitetapkan} — a final ABK of perencanaan sets the
 * jabatan's kuota, inside the publisher's transaction.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Organisasi & Jabatan",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "kompetensi"})
@org.jspecify.annotations.NullMarked
package id.aparatur.organisasi;
