package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.asesmen.application.PencatatanAsesmen;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.penempatan.application.Cuplikan;
import id.aparatur.penempatan.application.PembangunMasalah;
import id.aparatur.penempatan.application.PengelolaanSkenario;
import id.aparatur.penempatan.application.SkenarioQuery;
import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.domain.BobotSkj;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.penempatan.domain.KunciJenjang;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.shared.ValidasiException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Placement scenarios: the snapshot (jenjang, kelas, SKJ, levels), the extra rules (discipline sanction, JPT, pins,
 * same rumpun), a background run with its stored result and certificate, approval, the mutation list downloads and the
 * SK that writes riwayat jabatan, moves current positions at the TMT and is audited; access is BKD only. Every test
 * works on an OPD of its own built with the fixtures (positions of five jenjang with SKJ, holders with levels recorded
 * through the asesmen service and minat rumpun), never on rows mined from the demo Kabupaten.
 */
@UjiIntegrasi
class SkenarioIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PembangunMasalah pembangun;

    @Autowired
    PengelolaanSkenario pengelolaan;

    @Autowired
    SkenarioQuery query;

    @Autowired
    Clock clock;

    @Autowired
    PencatatanAsesmen asesmen;

    long opd;
    LocalDate hariIni;
    PegawaiFixture pegawaiFixture;
    /** PELAKSANA kelas 7 ADM (kuota 5, four holders), the same with free seats, PELAKSANA kelas 6 KEU. */
    long p1;

    long p2;
    long p3;
    /** Jabatan fungsional ahli pertama, a pengawas and a JPT pratama. */
    long f1;

    long w1;
    long j1;
    /** Holders: four of p1, one of p3, two of f1, one of w1, one of j1. */
    List<String> diP1;

    String diP3;
    List<String> diF1;
    String diW1;
    String diJ1;

    @BeforeEach
    void siapkan() {
        hariIni = LocalDate.now(clock);
        bkd();
        OrganisasiFixture organisasi = new OrganisasiFixture(jdbc);
        pegawaiFixture = new PegawaiFixture(jdbc);
        OrganisasiFixture.OpdUji o = organisasi.opdBaru("Dinas Uji Skenario");
        opd = o.id();
        long unit = o.unitId();
        p1 = organisasi.jabatanBaru(opd, unit, "PELAKSANA", null, 7, "ADM", 5);
        p2 = organisasi.jabatanBaru(opd, unit, "PELAKSANA", null, 7, "ADM", 4);
        p3 = organisasi.jabatanBaru(opd, unit, "PELAKSANA", null, 6, "KEU", 2);
        f1 = organisasi.jabatanBaru(opd, unit, "FUNGSIONAL", "AHLI_PERTAMA", 8, "ADM", 2);
        w1 = organisasi.jabatanBaru(opd, unit, "PENGAWAS", null, 9, "ADM", 1);
        j1 = organisasi.jabatanBaru(opd, unit, "JPT_PRATAMA", null, 12, "ADM", 1);
        organisasi.standarKompetensi(p1, "M.01", 3, 50);
        organisasi.standarKompetensi(p1, "T.ARS.01", 2, 50);
        organisasi.standarKompetensi(p2, "M.01", 2, 60);
        organisasi.standarKompetensi(p2, "T.ARS.02", 3, 40);
        organisasi.standarKompetensi(p3, "M.02", 2, 100);
        organisasi.standarKompetensi(f1, "M.03", 3, 100);
        organisasi.standarKompetensi(w1, "M.01", 3, 100);
        diP1 = List.of(pemangku(unit, p1), pemangku(unit, p1), pemangku(unit, p1), pemangku(unit, p1));
        diP3 = pemangku(unit, p3);
        diF1 = List.of(pemangku(unit, f1), pemangku(unit, f1));
        diW1 = pemangku(unit, w1);
        diJ1 = pemangku(unit, j1);
        level(diP1.get(0), Map.of("M.01", 3, "T.ARS.01", 2));
        level(diP1.get(1), Map.of("M.01", 1));
        level(diP1.get(2), Map.of("T.ARS.02", 3));
        level(diF1.get(0), Map.of("M.03", 2));
        pegawaiFixture.minatRumpun(diP1.get(0), "ADM");
        pegawaiFixture.minatRumpun(diP1.get(1), "KEU", "ADM");
    }

    String pemangku(long unit, long jabatan) {
        return pegawaiFixture.pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, jabatan), null);
    }

    /** Current levels, recorded as an assessment through the asesmen module's own service. */
    void level(String nip, Map<String, Integer> level) {
        asesmen.catat(
                nip,
                new PencatatanAsesmen.AsesmenBaru(
                        hariIni.minusMonths(1), SumberAsesmen.UJI_KOMPETENSI, "Asesor Uji", null, null, level));
    }

    /** Direct service calls run as BKD (MockMvc's security support clears the context after each request). */
    void bkd() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "bkd", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN_BKD"))));
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    PengaturanSkenario pengaturan(String nama, boolean rumpunSama, Map<String, Long> kunci) {
        return new PengaturanSkenario(
                nama, Set.of(opd), Set.of(), Bobot.BAKU, rumpunSama, true, true, kunci, Set.of(), Set.of());
    }

    long jalankan(PengaturanSkenario p) throws InterruptedException {
        long id = pengelolaan.buat(p);
        pengelolaan.jalankan(id);
        for (int i = 0; i < 600 && query.status(id) == StatusSkenario.BERJALAN; i++) {
            Thread.sleep(200);
        }
        return id;
    }

    /** An employee of the OPD and a different active position of the same jenjang in the OPD with a free seat. */
    record Pindah(String nip, long asal, long tujuan) {}

    Pindah calonPindah() {
        return new Pindah(diP1.get(3), p1, p2);
    }

    @Test
    void cuplikanMemuatJenjangKelasSkjDanLevelDariBasisData() {
        Cuplikan c = pembangun.bangun(pengaturan("cuplikan", false, Map.of()), hariIni);
        assertThat(c.masalah().pegawai()).isNotEmpty();
        assertThat(c.masalah().jabatan()).isNotEmpty();
        Map<String, PegawaiMasukan> pegawai =
                c.masalah().pegawai().stream().collect(Collectors.toMap(PegawaiMasukan::nip, x -> x));
        List<Map<String, Object>> db = jdbc.sql("""
                SELECT p.nip, j.id, j.jenis_jabatan, j.jenjang, j.kelas FROM pegawai.v_pegawai p
                JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id WHERE p.opd_id = ? AND p.aktif
                  AND j.jenis_jabatan NOT LIKE 'JPT%'""").param(opd).query().listOfRows();
        int diperiksa = 0;
        boolean adaFungsional = false;
        for (Map<String, Object> r : db) {
            PegawaiMasukan e = pegawai.get(((String) r.get("nip")).trim());
            if (e == null) {
                continue; // under a sanction: checked in the rules test
            }
            diperiksa++;
            String jenis = (String) r.get("jenis_jabatan");
            assertThat(e.jenjang()).isEqualTo(KunciJenjang.dari(jenis, (String) r.get("jenjang")));
            adaFungsional |= jenis.equals("FUNGSIONAL") && e.jenjang().startsWith("FUNGSIONAL/");
            assertThat(e.kelas()).isEqualTo(((Number) r.get("kelas")).intValue());
            assertThat(e.jabatanSaatIni()).isEqualTo(String.valueOf(r.get("id")));
            Map<String, Integer> level = jdbc
                    .sql("SELECT kompetensi_kode, level FROM asesmen.v_level_terkini WHERE nip = ?")
                    .param(e.nip())
                    .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            assertThat(e.kompetensi()).isEqualTo(level);
            List<String> minat = jdbc.sql("SELECT rumpun_kode FROM pegawai.v_minat_rumpun WHERE nip = ? ORDER BY 1")
                    .param(e.nip())
                    .query(String.class)
                    .list();
            assertThat(e.minatRumpun()).containsExactlyElementsOf(minat);
        }
        assertThat(diperiksa).isGreaterThan(5);
        assertThat(adaFungsional || db.stream().noneMatch(r -> "FUNGSIONAL".equals(r.get("jenis_jabatan"))))
                .isTrue();
        assertThat(c.masalah().pegawai().stream().anyMatch(e -> !e.kompetensi().isEmpty()))
                .isTrue();

        // SKJ: level as stored, bobot converted by the documented rule; kuota of the catalogue.
        int denganSkj = 0;
        for (JabatanMasukan j : c.masalah().jabatan()) {
            long id = Long.parseLong(j.id());
            List<Map<String, Object>> skj = jdbc.sql(
                            "SELECT kompetensi_kode, level, bobot FROM organisasi.v_standar_kompetensi "
                                    + "WHERE jabatan_id = ? ORDER BY 1")
                    .param(id)
                    .query()
                    .listOfRows();
            assertThat(j.standarKompetensi()).hasSize(skj.size());
            for (int i = 0; i < skj.size(); i++) {
                Syarat s = j.standarKompetensi().get(i);
                assertThat(s.kode()).isEqualTo(skj.get(i).get("kompetensi_kode"));
                assertThat(s.level()).isEqualTo(((Number) skj.get(i).get("level")).intValue());
                assertThat(s.bobot())
                        .isEqualTo(BobotSkj.keMesin((BigDecimal) skj.get(i).get("bobot")));
            }
            denganSkj += skj.isEmpty() ? 0 : 1;
            Map<String, Object> info = jdbc.sql(
                            "SELECT kelas, rumpun_kode, kuota, jenis_jabatan, jenjang FROM organisasi.v_jabatan WHERE id = ?")
                    .param(id)
                    .query()
                    .singleRow();
            assertThat(j.kelas()).isEqualTo(((Number) info.get("kelas")).intValue());
            assertThat(j.rumpun()).isEqualTo(info.get("rumpun_kode"));
            assertThat(j.jenjang())
                    .isEqualTo(KunciJenjang.dari((String) info.get("jenis_jabatan"), (String) info.get("jenjang")));
            assertThat(j.kuota()).isLessThanOrEqualTo(((Number) info.get("kuota")).intValue());
        }
        assertThat(denganSkj).isPositive();
        assertThat(BobotSkj.keMesin(new BigDecimal("3.33"))).isEqualTo(3);
        assertThat(BobotSkj.keMesin(new BigDecimal("17.50"))).isEqualTo(18);
        assertThat(BobotSkj.keMesin(new BigDecimal("0.40"))).isEqualTo(1);
    }

    @Test
    void aturanHukumanDisiplinJptKunciDanRumpun() throws InterruptedException {
        String sedang = diP1.get(1);
        String ringan = diP1.get(2);
        String beratSelesai = diP1.get(0);
        String dibatalkan = diP3;
        pegawaiFixture.hukumanDisiplin(sedang, "SEDANG", hariIni.minusMonths(2), null);
        pegawaiFixture.hukumanDisiplin(ringan, "RINGAN", hariIni.minusMonths(1), null);
        pegawaiFixture.hukumanDisiplin(beratSelesai, "BERAT", hariIni.minusYears(2), hariIni.minusDays(1));
        pegawaiFixture.hukumanDisiplinDibatalkan(dibatalkan, "BERAT", hariIni.minusMonths(1), hariIni.plusMonths(11));
        Cuplikan c = pembangun.bangun(pengaturan("aturan", false, Map.of()), hariIni);
        Set<String> peserta =
                c.peserta().stream().map(Cuplikan.PegawaiCuplikan::nip).collect(Collectors.toSet());
        Map<String, AlasanPengecualian> keluar = c.dikecualikan().stream()
                .collect(Collectors.toMap(Cuplikan.PegawaiCuplikan::nip, Cuplikan.PegawaiCuplikan::alasan));
        assertThat(keluar)
                .containsEntry(sedang, AlasanPengecualian.HUKUMAN_DISIPLIN)
                .containsEntry(diJ1, AlasanPengecualian.JPT);
        assertThat(peserta).contains(ringan, beratSelesai, dibatalkan).doesNotContain(sedang);
        // The sanctioned employee keeps the seat: it is not offered.
        Cuplikan.JabatanCuplikan js =
                c.jabatan().stream().filter(j -> j.id() == p1).findFirst().orElseThrow();
        assertThat(js.kuota()).isEqualTo(5);
        assertThat(js.kuotaEfektif()).isEqualTo(4);
        // Without the rule the employee takes part.
        Cuplikan tanpa = pembangun.bangun(
                new PengaturanSkenario(
                        "tanpa", Set.of(opd), Set.of(), Bobot.BAKU, false, false, true, Map.of(), Set.of(), Set.of()),
                hariIni);
        assertThat(tanpa.peserta()).extracting(Cuplikan.PegawaiCuplikan::nip).contains(sedang);

        // JPT: positions and holders out by default, in when the rule is off.
        Cuplikan semua = pembangun.bangun(
                new PengaturanSkenario(
                        "jpt", Set.of(opd), Set.of(), Bobot.BAKU, false, true, true, Map.of(), Set.of(), Set.of()),
                hariIni);
        assertThat(semua.masalah().jabatan()).noneMatch(j -> j.jenjang().startsWith("JPT_"));
        assertThat(semua.dikecualikan()).anyMatch(e -> e.alasan() == AlasanPengecualian.JPT);
        assertThat(semua.peserta()).noneMatch(e -> e.jenjang().startsWith("JPT_"));
        Cuplikan denganJpt = pembangun.bangun(
                new PengaturanSkenario(
                        "jpt", Set.of(opd), Set.of(), Bobot.BAKU, false, true, false, Map.of(), Set.of(), Set.of()),
                hariIni);
        assertThat(denganJpt.masalah().jabatan()).anyMatch(j -> j.jenjang().startsWith("JPT_"));

        // Scope by jenjang: only that jenjang on both sides.
        Cuplikan pelaksana = pembangun.bangun(
                new PengaturanSkenario(
                        "pelaksana",
                        Set.of(opd),
                        Set.of("PELAKSANA"),
                        Bobot.BAKU,
                        false,
                        true,
                        true,
                        Map.of(),
                        Set.of(),
                        Set.of()),
                hariIni);
        assertThat(pelaksana.masalah().jabatan())
                .isNotEmpty()
                .allMatch(j -> j.jenjang().equals("PELAKSANA"));
        assertThat(pelaksana.masalah().pegawai())
                .isNotEmpty()
                .allMatch(e -> e.jenjang().equals("PELAKSANA"));

        // Pin and same rumpun, through a run.
        Pindah p = calonPindah();
        long id = jalankan(pengaturan("kunci dan rumpun", true, Map.of(p.nip(), p.tujuan())));
        assertThat(query.status(id)).as(query.rinci(id).pesanGalat()).isEqualTo(StatusSkenario.SELESAI);
        Map<String, Object> u = jdbc.sql(
                        "SELECT jabatan_usulan_id, dikunci FROM penempatan.usulan WHERE skenario_id = ? AND nip = ?")
                .params(id, p.nip())
                .query()
                .singleRow();
        assertThat(((Number) u.get("jabatan_usulan_id")).longValue()).isEqualTo(p.tujuan());
        assertThat(u.get("dikunci")).isEqualTo(true);
        long lintasRumpun = jdbc.sql("""
                SELECT count(*) FROM penempatan.usulan u JOIN organisasi.v_jabatan a ON a.id = u.jabatan_asal_id
                JOIN organisasi.v_jabatan b ON b.id = u.jabatan_usulan_id
                WHERE u.skenario_id = ? AND NOT u.dikunci AND a.rumpun_kode <> b.rumpun_kode""").param(id).query(Long.class).single();
        assertThat(lintasRumpun).isZero();
        assertThat(query.penjelasan(id, p.nip()).alasan())
                .anyMatch(a -> a.kode().equals("penempatan.alasan.dikunci"));
    }

    @Test
    void jalankanMenyimpanHasilDenganSertifikat() throws Exception {
        long id = jalankan(pengaturan("hasil", false, Map.of()));
        SkenarioQuery.SkenarioRinci s = query.rinci(id);
        assertThat(s.status()).as(s.pesanGalat()).isEqualTo(StatusSkenario.SELESAI);
        assertThat(s.sertifikatSah()).isTrue();
        assertThat(s.nilaiDual()).isEqualTo(s.totalBiaya());
        assertThat(s.progres()).isEqualTo(100);
        // the baselines run on the same instance and can never beat the proven optimum
        assertThat(s.ringkasan().biayaStatusQuo()).isNotNull().isGreaterThanOrEqualTo(s.totalBiaya());
        assertThat(s.ringkasan().biayaSerakah()).isNotNull().isGreaterThanOrEqualTo(s.totalBiaya());
        long peserta = jdbc.sql(
                        "SELECT count(*) FROM penempatan.usulan WHERE skenario_id = ? AND status <> 'DIKECUALIKAN'")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(peserta)
                .isEqualTo(s.jumlahPegawai().longValue())
                .isEqualTo(s.ringkasan().peserta());
        long dalamOpd = jdbc.sql("SELECT count(*) FROM pegawai.v_pegawai WHERE opd_id = ? AND aktif")
                .param(opd)
                .query(Long.class)
                .single();
        long semua = jdbc.sql("SELECT count(*) FROM penempatan.usulan WHERE skenario_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(semua).isEqualTo(dalamOpd);
        long jumlahBiaya = jdbc.sql("SELECT coalesce(sum(biaya), 0) FROM penempatan.usulan WHERE skenario_id = ? "
                        + "AND status <> 'DIKECUALIKAN'")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(jumlahBiaya).isEqualTo(s.totalBiaya());
        // Every placed row's cost is the sum of its terms; nobody exceeds a seat.
        assertThat(jdbc.sql("SELECT count(*) FROM penempatan.usulan WHERE skenario_id = ? AND status = 'DITEMPATKAN' "
                                + "AND biaya <> kesenjangan + selisih_kelas + diluar_minat + pindah")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM penempatan.skenario_jabatan sj WHERE sj.skenario_id = ? AND sj.kuota_efektif <
                  (SELECT count(*) FROM penempatan.usulan u WHERE u.skenario_id = sj.skenario_id AND u.jabatan_usulan_id = sj.jabatan_id)""").param(id).query(Long.class).single()).isZero();
        assertThat(s.ringkasan().distribusiJpmSebelum().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(s.ringkasan().peserta());
        assertThat(s.statistik()).isNotEmpty();

        // The pages render: result with chart data, filtered list, explanation row, REST.
        mvc.perform(get("/penempatan/skenario/" + id).with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("grafik-jpm")))
                .andExpect(content().string(containsString("tabel-usulan")));
        mvc.perform(get("/penempatan/skenario/" + id)
                        .param("jenis", "PINDAH")
                        .header("HX-Request", "true")
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tabel-usulan\"")))
                .andExpect(content().string(not(containsString("<html"))));
        String nip = jdbc.sql("SELECT min(nip) FROM penempatan.usulan WHERE skenario_id = ? AND status = 'DITEMPATKAN'")
                .param(id)
                .query(String.class)
                .single()
                .trim();
        mvc.perform(get("/penempatan/skenario/" + id + "/usulan/" + nip)
                        .header("HX-Request", "true")
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("penjelasan-" + nip)));
        mvc.perform(get("/api/v1/penempatan/skenario/" + id).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELESAI"))
                .andExpect(jsonPath("$.sertifikatSah").value(true))
                .andExpect(jsonPath("$.ringkasan.peserta").value(s.ringkasan().peserta()));
        mvc.perform(get("/api/v1/penempatan/skenario").with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").isNumber());

        // A copy keeps the settings; comparing both shows no difference on the same data.
        bkd();
        long salinan = pengelolaan.salin(id, null);
        assertThat(query.rinci(salinan).asalId()).isEqualTo(id);
        assertThat(query.rinci(salinan).status()).isEqualTo(StatusSkenario.DRAF);
        pengelolaan.jalankan(salinan);
        for (int i = 0; i < 600 && query.status(salinan) == StatusSkenario.BERJALAN; i++) {
            Thread.sleep(200);
        }
        assertThat(query.rinci(salinan).totalBiaya()).isEqualTo(s.totalBiaya());
        mvc.perform(get("/penempatan/bandingkan")
                        .param("a", String.valueOf(id))
                        .param("b", String.valueOf(salinan))
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tabel-beda")));

        // Archive, never delete.
        bkd();
        pengelolaan.arsipkan(salinan, true);
        assertThat(query.daftar(false)).noneMatch(b -> b.id() == salinan);
        assertThat(query.daftar(true)).anyMatch(b -> b.id() == salinan);
    }

    @Test
    void persetujuanDanSkMenulisRiwayatJabatanDanMemindahkanPegawaiTeraudit() throws Exception {
        Pindah p = calonPindah();
        long id = jalankan(pengaturan("SK hari ini", false, Map.of(p.nip(), p.tujuan())));
        assertThat(query.status(id)).as(query.rinci(id).pesanGalat()).isEqualTo(StatusSkenario.SELESAI);
        // Not approved yet: no mutation list.
        mvc.perform(get("/penempatan/skenario/" + id + "/mutasi.xlsx")
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isConflict());
        mvc.perform(post("/penempatan/skenario/" + id + "/setujui")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection());
        bkd();
        assertThat(query.status(id)).isEqualTo(StatusSkenario.DISETUJUI);

        bkd();
        List<SkenarioQuery.MutasiBaris> mutasi = query.daftarMutasi(id);
        assertThat(mutasi).extracting(SkenarioQuery.MutasiBaris::nip).contains(p.nip());
        byte[] xlsx = unduh("/penempatan/skenario/" + id + "/mutasi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sh = wb.getSheetAt(0);
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("NIP");
            assertThat(sh.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Jabatan baru");
            assertThat(sh.getLastRowNum()).isEqualTo(mutasi.size());
        }
        byte[] pdf = unduh("/penempatan/skenario/" + id + "/mutasi.pdf");
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // Bad SK data is refused and changes nothing.
        mvc.perform(post("/penempatan/skenario/" + id + "/tetapkan")
                        .param("tanggalSk", hariIni.toString())
                        .param("tmt", hariIni.toString())
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("galat"));
        bkd();
        assertThatThrownBy(() ->
                        pengelolaan.tetapkan(id, new KeputusanMutasi("821.2/1/2026", hariIni, hariIni.minusDays(1))))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .containsExactly("tmt"));
        assertThatThrownBy(() -> pengelolaan.tetapkan(
                        id, new KeputusanMutasi("821.2/1/2026", hariIni.plusDays(1), hariIni.plusDays(1))))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .containsExactly("tanggalSk"));
        assertThat(query.status(id)).isEqualTo(StatusSkenario.DISETUJUI);

        Map<String, Long> lama = new HashMap<>();
        for (var m : mutasi) {
            lama.put(
                    m.nip(),
                    jdbc.sql("SELECT jabatan_id FROM pegawai.v_pegawai WHERE nip = ?")
                            .param(m.nip())
                            .query(Long.class)
                            .single());
        }
        String nomor = "821.2/" + id + "/BKD/" + hariIni.getYear();
        mvc.perform(post("/penempatan/skenario/" + id + "/tetapkan")
                        .param("nomorSk", nomor)
                        .param("tanggalSk", hariIni.minusDays(3).toString())
                        .param("tmt", hariIni.toString())
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("pesan"));
        bkd();
        assertThat(query.status(id)).isEqualTo(StatusSkenario.DITETAPKAN);
        assertThat(query.rinci(id).diterapkanPada()).isNotNull();
        for (String nip : lama.keySet()) {
            long baru = jdbc.sql("SELECT jabatan_usulan_id FROM penempatan.usulan WHERE skenario_id = ? AND nip = ?")
                    .params(id, nip)
                    .query(Long.class)
                    .single();
            Map<String, Object> r = jdbc.sql(
                            "SELECT nomor_sk, tanggal_sk, tmt, jabatan_id, dicatat_oleh FROM pegawai.riwayat "
                                    + "WHERE nip = ? AND jenis = 'JABATAN' AND nomor_sk = ?")
                    .params(nip, nomor)
                    .query()
                    .singleRow();
            assertThat(((Number) r.get("jabatan_id")).longValue()).isEqualTo(baru);
            assertThat(r.get("tmt").toString()).isEqualTo(hariIni.toString());
            assertThat(r.get("tanggal_sk").toString())
                    .isEqualTo(hariIni.minusDays(3).toString());
            assertThat(r.get("dicatat_oleh")).isEqualTo("bkd");
            Map<String, Object> pg = jdbc.sql(
                            "SELECT p.jabatan_id, p.unit_id, p.opd_id, p.tmt_jabatan, j.unit_id AS ju, "
                                    + "j.opd_id AS jo FROM pegawai.v_pegawai p JOIN organisasi.v_jabatan j ON j.id = ? WHERE p.nip = ?")
                    .params(baru, nip)
                    .query()
                    .singleRow();
            assertThat(((Number) pg.get("jabatan_id")).longValue())
                    .isEqualTo(baru)
                    .isNotEqualTo(lama.get(nip));
            assertThat(pg.get("unit_id")).isEqualTo(pg.get("ju"));
            assertThat(pg.get("opd_id")).isEqualTo(pg.get("jo"));
            assertThat(pg.get("tmt_jabatan").toString()).isEqualTo(hariIni.toString());
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'RIWAYAT_PEGAWAI' AND aksi = 'BUAT' "
                                            + "AND entitas_id LIKE ? AND sesudah ->> 'nomorSk' = ?")
                            .params(nip + "/%", nomor)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PEGAWAI' AND aksi = 'UBAH' "
                                    + "AND entitas_id = ? AND (sesudah ->> 'jabatanId')::bigint = ?")
                            .params(nip, baru)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'SKENARIO_PENEMPATAN' "
                                + "AND entitas_id = ? AND aksi IN ('SETUJUI', 'TETAPKAN')")
                        .param(String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // A decided scenario cannot be decided or run again.
        assertThatThrownBy(() -> pengelolaan.tetapkan(id, new KeputusanMutasi(nomor, hariIni, hariIni)))
                .isInstanceOf(id.aparatur.shared.KonflikException.class);
    }

    /** A streamed download: the body is written asynchronously. */
    byte[] unduh(String url) throws Exception {
        var mulai = mvc.perform(get(url).with(user("bkd").roles("ADMIN_BKD"))).andReturn();
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void tmtMasaDepanBerlakuSaatJatuhTempo() throws Exception {
        Pindah p = calonPindah();
        long id = jalankan(pengaturan("SK TMT depan", false, Map.of(p.nip(), p.tujuan())));
        assertThat(query.status(id)).as(query.rinci(id).pesanGalat()).isEqualTo(StatusSkenario.SELESAI);
        pengelolaan.setujui(id);
        LocalDate tmt = hariIni.plusDays(10);
        int n = pengelolaan.tetapkan(id, new KeputusanMutasi("821.2/TMT/" + id, hariIni, tmt));
        assertThat(n).isPositive();
        assertThat(jdbc.sql("SELECT jabatan_id FROM pegawai.v_pegawai WHERE nip = ?")
                        .param(p.nip())
                        .query(Long.class)
                        .single())
                .isEqualTo(p.asal());
        assertThat(jdbc.sql("SELECT count(*) FROM pegawai.riwayat WHERE nip = ? AND jenis = 'JABATAN' AND tmt = ? "
                                + "AND jabatan_id = ?")
                        .params(p.nip(), tmt, p.tujuan())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(query.rinci(id).diterapkanPada()).isNull();

        assertThat(pengelolaan.terapkanJatuhTempo(tmt.minusDays(1))).isZero();
        assertThat(pengelolaan.terapkanJatuhTempo(tmt)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT jabatan_id FROM pegawai.v_pegawai WHERE nip = ?")
                        .param(p.nip())
                        .query(Long.class)
                        .single())
                .isEqualTo(p.tujuan());
        assertThat(query.rinci(id).diterapkanPada()).isNotNull();
        assertThat(pengelolaan.terapkanJatuhTempo(tmt)).isZero();
    }

    @Test
    void hanyaAdminBkd() throws Exception {
        mvc.perform(get("/penempatan/skenario").with(user("kadis.pendidikan").roles("PIMPINAN_OPD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/penempatan/skenario/baru").with(user("asesor").roles("ASESOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/penempatan/skenario")
                        .param("nama", "x")
                        .with(csrf())
                        .with(user("kadis.pendidikan").roles("PIMPINAN_OPD")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/penempatan/skenario").with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/").with(user("kadis.pendidikan").roles("PIMPINAN_OPD")))
                .andExpect(content().string(not(containsString("nav-penempatan"))));
        mvc.perform(get("/").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(content().string(containsString("nav-penempatan")));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "kadis.pendidikan", null, List.of(new SimpleGrantedAuthority("ROLE_PIMPINAN_OPD"))));
        assertThatThrownBy(() -> pengelolaan.buat(pengaturan("x", false, Map.of())))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void isianBurukDitolak() throws Exception {
        assertThatThrownBy(() -> pengelolaan.buat(new PengaturanSkenario(
                        " ",
                        Set.of(),
                        Set.of(),
                        new Bobot(-1, 1, 1, 1),
                        false,
                        true,
                        true,
                        Map.of(),
                        Set.of(),
                        Set.of())))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .contains("nama", "bobotSelisihKelas"));
        mvc.perform(post("/penempatan/skenario")
                        .param("nama", "")
                        .param("bobotPindah", "-3")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("galat-form")));
        bkd();
        long id = pengelolaan.buat(pengaturan("kunci beda jenjang", false, Map.of()));
        String nip = diP1.get(0);
        // Another jenjang inside the scenario's scope (a position outside it is refused as such: PemilihIT).
        long lain = w1;
        assertThatThrownBy(() -> pengelolaan.tambahKunci(id, nip, lain))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.kodePesan()).containsExactly("penempatan.kunci.beda-jenjang"));
        // A scenario that has not run cannot be approved.
        assertThatThrownBy(() -> pengelolaan.setujui(id)).isInstanceOf(id.aparatur.shared.KonflikException.class);
        assertThat(new KeputusanMutasi(null, null, null).periksa(hariIni))
                .extracting(ValidasiException.Galat::field)
                .containsExactly("nomorSk", "tanggalSk", "tmt");
    }
}
