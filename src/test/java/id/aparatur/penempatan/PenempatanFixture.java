package id.aparatur.penempatan;

import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.penempatan.domain.StatusUsulan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for tests of placement scenarios: an OPD of its own with positions and holders (built with
 * {@link OrganisasiFixture} and {@link PegawaiFixture}, never from demo rows), and scenarios in any state with the
 * proposals a test names. Scenarios are written to penempatan's own tables, as a run and the later steps would have
 * left them (a SELESAI scenario has a valid certificate, a DISETUJUI one an approval, a DITETAPKAN one an applied SK);
 * use the services to test the transitions themselves. Nothing is deleted: {@link #arsipkan} hides a scenario.
 */
public final class PenempatanFixture {

    /** An OPD with two PELAKSANA positions A and B of the same jenjang and kelas, and employees holding A. */
    public record OpdUji(OrganisasiFixture.OpdUji opd, long jabatanA, long jabatanB, List<String> pegawai) {

        public long id() {
            return opd.id();
        }
    }

    /** One proposal of a scenario written by this fixture. */
    public record Usulan(
            String nip, StatusUsulan status, @Nullable Long jabatanUsulanId) {

        public static Usulan ditempatkan(String nip, long jabatan) {
            return new Usulan(nip, StatusUsulan.DITEMPATKAN, jabatan);
        }

        public static Usulan tidakDitempatkan(String nip) {
            return new Usulan(nip, StatusUsulan.TIDAK_DITEMPATKAN, null);
        }

        public static Usulan dikecualikan(String nip) {
            return new Usulan(nip, StatusUsulan.DIKECUALIKAN, null);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrganisasiFixture organisasi;
    private final PegawaiFixture pegawai;

    public PenempatanFixture(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisasi = new OrganisasiFixture(jdbc);
        this.pegawai = new PegawaiFixture(jdbc);
    }

    public OrganisasiFixture organisasi() {
        return organisasi;
    }

    public PegawaiFixture pegawai() {
        return pegawai;
    }

    /**
     * A new OPD: positions A and B (PELAKSANA, kelas 7, rumpun ADM, each with room for {@code max(4, jumlah)}) and
     * {@code jumlah} employees holding A.
     */
    public OpdUji opdDenganPemangku(int jumlah) {
        OrganisasiFixture.OpdUji opd = organisasi.opdBaru("Dinas Uji Penempatan");
        int kuota = Math.max(4, jumlah);
        long a = organisasi.pelaksanaBaru(opd, kuota);
        long b = organisasi.pelaksanaBaru(opd, kuota);
        List<String> nip = new ArrayList<>();
        for (int i = 0; i < jumlah; i++) {
            nip.add(pegawai.pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), a), null));
        }
        return new OpdUji(opd, a, b, List.copyOf(nip));
    }

    /** A new draft over {@code cakupanOpd} (empty: the whole Pemda) with the default weights and rules. */
    public long draf(String nama, Set<Long> cakupanOpd) {
        return skenario(StatusSkenario.DRAF, nama, cakupanOpd, List.of());
    }

    /**
     * A scenario in {@code status} with these proposals (from the employees' current positions, as a run would have
     * written them).
     */
    public long skenario(StatusSkenario status, String nama, Set<Long> cakupanOpd, List<Usulan> usulan) {
        OffsetDateTime kini = OffsetDateTime.now(clock);
        LocalDate hariIni = kini.toLocalDate();
        boolean dijalankan = status != StatusSkenario.DRAF;
        boolean berakhir = dijalankan && status != StatusSkenario.BERJALAN;
        boolean hasil = status.adaHasil();
        boolean disetujui = status.sudahDisetujui();
        boolean ditetapkan = status == StatusSkenario.DITETAPKAN;
        long id = jdbc.sql("""
                        INSERT INTO penempatan.skenario (nama, status, cakupan_opd, bobot_selisih_kelas, bobot_diluar_minat,
                          bobot_pindah, bobot_tidak_ditempatkan, progres, tahap, pesan_galat, dijalankan_pada,
                          selesai_pada, jumlah_pegawai, jumlah_jabatan, total_biaya, nilai_dual, sertifikat_sah,
                          disetujui_oleh, disetujui_pada, nomor_sk, tanggal_sk, tmt, ditetapkan_oleh, ditetapkan_pada,
                          diterapkan_pada, dibuat_oleh, dibuat_pada)
                        VALUES (:nama, :status, CAST(:opd AS bigint[]), 2, 1, 1, 1000000, :progres, :tahap, :pesan,
                          :dijalankan, :selesai, :jumlah, :jumlah, :biaya, :biaya, :sah, :oleh1, :pada1, :nomor, :tanggal,
                          :tanggal, :oleh2, :pada2, :pada2, 'uji', :kini) RETURNING id""")
                .param("nama", nama + " " + status)
                .param("status", status.name())
                .param("opd", cakupanOpd.toArray(Long[]::new))
                .param("progres", berakhir ? 100 : 0)
                .param("tahap", status == StatusSkenario.BERJALAN ? "MENUNGGU" : null)
                .param("pesan", status == StatusSkenario.GAGAL ? "Gagal (uji)" : null)
                .param("dijalankan", dijalankan ? kini : null)
                .param("selesai", berakhir ? kini : null)
                .param("jumlah", hasil ? usulan.size() : null)
                .param("biaya", hasil ? 0L : null)
                .param("sah", hasil ? Boolean.TRUE : null)
                .param("oleh1", disetujui ? "uji" : null)
                .param("pada1", disetujui ? kini : null)
                .param("nomor", ditetapkan ? "800/UJI/" + System.nanoTime() : null)
                .param("tanggal", ditetapkan ? hariIni : null)
                .param("oleh2", ditetapkan ? "uji" : null)
                .param("pada2", ditetapkan ? kini : null)
                .param("kini", kini)
                .query(Long.class)
                .single();
        for (Usulan u : usulan) {
            Map<String, Object> asal = jdbc.sql("""
                            SELECT p.opd_id, p.jabatan_id, j.kelas, j.opd_id AS opd_jabatan
                            FROM pegawai.v_pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                            WHERE p.nip = ?""").param(u.nip()).query().singleRow();
            Long opdUsulan = u.jabatanUsulanId() == null
                    ? null
                    : jdbc.sql("SELECT opd_id FROM organisasi.v_jabatan " + "WHERE id = ?")
                            .param(u.jabatanUsulanId())
                            .query(Long.class)
                            .single();
            jdbc.sql("""
                            INSERT INTO penempatan.usulan (skenario_id, nip, status, alasan_kecuali, opd_asal_id,
                              jabatan_asal_id, kelas_asal, jabatan_usulan_id, opd_usulan_id)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            id,
                            u.nip(),
                            u.status().name(),
                            u.status() == StatusUsulan.DIKECUALIKAN ? "MANUAL" : null,
                            asal.get("opd_id"),
                            asal.get("jabatan_id"),
                            asal.get("kelas"),
                            u.jabatanUsulanId(),
                            opdUsulan)
                    .update();
        }
        return id;
    }

    /** Hides a scenario a test wrote from the lists (scenarios are never deleted). */
    public void arsipkan(long id) {
        jdbc.sql("UPDATE penempatan.skenario SET diarsipkan = true, diarsipkan_oleh = 'uji', diarsipkan_pada = ? "
                        + "WHERE id = ? AND status <> 'BERJALAN'")
                .params(OffsetDateTime.now(clock), id)
                .update();
    }
}
