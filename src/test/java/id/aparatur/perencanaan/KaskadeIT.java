package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.ProyeksiPensiun;
import id.aparatur.penempatan.PenempatanFixture;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.CalonUji;
import id.aparatur.perencanaan.kaskade.Gerbang;
import id.aparatur.perencanaan.kaskade.KaskadePromosi;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import id.aparatur.perencanaan.kaskade.SyaratPendidikan;
import id.aparatur.shared.Golongan;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The promotion cascade through the API on the demo Kabupaten, with a planning year so that retirements open vacancies
 * above the entry level (the demo fills every head position). Every promotion is re-checked against the database
 * independently of the snapshot (the seat, level and rumpun, months in level walked over riwayat in Java, education,
 * rank, sanction, status); the formation lies only at entry levels and adds up; the run is stored; an approved scenario
 * supplies the seats; access and bad input.
 */
@UjiIntegrasi
class KaskadeIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    AturanKaskade aturan;

    @Autowired
    ProyeksiPensiun proyeksiPensiun;

    @Autowired
    Clock clock;

    LocalDate hariIni;
    int tahun;

    @BeforeEach
    void siapkan() {
        hariIni = LocalDate.now(clock);
        tahun = hariIni.getYear() + 5;
    }

    JsonNode jalankan(String body) throws Exception {
        String s = mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(s);
    }

    record Jab(
            long id,
            String tingkat,
            int kelas,
            String rumpun,
            int kuota,
            @Nullable String syaratPendidikan,
            @Nullable String syaratPangkat) {}

    Map<Long, Jab> jabatan() {
        Map<Long, Jab> m = new HashMap<>();
        jdbc.sql("""
                        SELECT id, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, syarat_pendidikan,
                               syarat_pangkat_minimal FROM organisasi.jabatan""")
                .query((rs, i) -> new Jab(
                        rs.getLong(1),
                        rs.getString(3) == null ? rs.getString(2) : rs.getString(2) + "/" + rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list()
                .forEach(j -> m.put(j.id(), j));
        return m;
    }

    /**
     * Months in the current level, summed in Java over the raw riwayat rows (independent of the snapshot's SQL): every
     * period in a level of the current level's group counts, each lasting to its own end, else the next entry, else
     * today.
     */
    int bulanDiTingkat(String nip, Map<Long, Jab> jab) {
        Map<String, Object> p = jdbc.sql("SELECT jabatan_id, tmt_jabatan FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query()
                .singleRow();
        String grup = aturan.setara()
                .grupDari(jab.get(((Number) p.get("jabatan_id")).longValue()).tingkat());
        List<Map<String, Object>> r = jdbc.sql("""
                        SELECT jabatan_id, tmt, tmt_selesai FROM pegawai.riwayat WHERE nip = ? AND jenis = 'JABATAN'
                          AND dibatalkan_pada IS NULL AND jabatan_id IS NOT NULL AND tmt <= ?
                        ORDER BY tmt, id""").params(nip, hariIni).query().listOfRows();
        long hari = 0;
        boolean ada = false;
        for (int i = 0; i < r.size(); i++) {
            Map<String, Object> e = r.get(i);
            LocalDate tmt = ((java.sql.Date) e.get("tmt")).toLocalDate();
            LocalDate akhir = hariIni;
            if (e.get("tmt_selesai") != null) {
                LocalDate s =
                        ((java.sql.Date) e.get("tmt_selesai")).toLocalDate().plusDays(1);
                akhir = s.isBefore(akhir) ? s : akhir;
            }
            if (i + 1 < r.size()) {
                LocalDate n = ((java.sql.Date) r.get(i + 1).get("tmt")).toLocalDate();
                akhir = n.isBefore(akhir) ? n : akhir;
            }
            Jab j = jab.get(((Number) e.get("jabatan_id")).longValue());
            if (j != null && grup.equals(aturan.setara().grupDari(j.tingkat()))) {
                ada = true;
                hari += Math.max(0, ChronoUnit.DAYS.between(tmt, akhir));
            }
        }
        LocalDate mulai = ada
                ? hariIni.minusDays(hari)
                : p.get("tmt_jabatan") == null ? null : ((java.sql.Date) p.get("tmt_jabatan")).toLocalDate();
        return mulai == null ? 0 : (int) Math.max(0, ChronoUnit.MONTHS.between(mulai, hariIni));
    }

    @Test
    void kaskadePadaDataDemoMemenuhiKontrakDanInvarian() throws Exception {
        JsonNode k = jalankan("{\"tahunRencana\": " + tahun + "}");
        long id = k.get("id").asLong();
        assertThat(k.get("sumber").asString()).isEqualTo("DATA_SAAT_INI");
        assertThat(k.get("tahunRencana").asInt()).isEqualTo(tahun);
        for (String f : List.of(
                "promosi", "rantai", "surplus", "formasi", "seleksiTerbuka", "tanpaCalon", "langkah", "pensiun")) {
            assertThat(k.get(f).isArray()).as(f).isTrue();
        }
        JsonNode r = k.get("ringkasan");
        JsonNode st = k.get("statistik");
        for (String f : List.of("snapshotMs", "kaskadeMs", "simpanMs", "jumlahPegawai", "jumlahJabatan")) {
            assertThat(st.get(f).isNumber()).as(f).isTrue();
        }
        assertThat(r.get("lowonganAwal").asInt()).isPositive();
        assertThat(k.get("promosi").size()).isPositive();
        assertThat(r.get("promosi").asInt()).isEqualTo(k.get("promosi").size());
        assertThat(r.get("semuaSertifikatSah").asBoolean()).isTrue();
        assertThat(r.get("lowonganAwal").asInt() + r.get("kursiTerbuka").asInt())
                .isEqualTo(r.get("promosi").asInt()
                        + r.get("terisiRedistribusi").asInt()
                        + r.get("formasi").asInt()
                        + r.get("tanpaCalon").asInt()
                        + r.get("seleksiTerbuka").asInt());

        // Retirements: exactly the facade's list is taken out, and none of them is promoted or proposed.
        Set<String> pensiun = new HashSet<>();
        proyeksiPensiun
                .sampai(LocalDate.of(tahun, 12, 31))
                .forEach(p -> pensiun.add(p.nip().trim()));
        Set<String> pensiunJawaban = new HashSet<>();
        k.get("pensiun").forEach(p -> pensiunJawaban.add(p.get("nip").asString()));
        assertThat(pensiunJawaban).isEqualTo(pensiun).isNotEmpty();
        int aktif = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE aktif")
                .query(Integer.class)
                .single();
        assertThat(st.get("jumlahPegawai").asInt()).isEqualTo(aktif - pensiun.size());
        assertThat(st.get("jumlahPensiun").asInt()).isEqualTo(pensiun.size());

        // Every promotion, re-checked against the database.
        Map<Long, Jab> jab = jabatan();
        Set<String> dipromosikan = new HashSet<>();
        for (JsonNode p : k.get("promosi")) {
            String nip = p.get("nip").asString();
            assertThat(dipromosikan.add(nip))
                    .as("dipromosikan dua kali: " + nip)
                    .isTrue();
            assertThat(pensiun).doesNotContain(nip);
            Map<String, Object> e = jdbc.sql("""
                            SELECT nama, jabatan_id, aktif, status_kepegawaian, golongan, pendidikan_tingkat
                            FROM pegawai.pegawai WHERE nip = ?""").param(nip).query().singleRow();
            assertThat(e.get("aktif")).isEqualTo(true);
            assertThat(p.get("nama").asString()).isEqualTo(e.get("nama"));
            long dari = p.get("dariJabatanId").asLong();
            long ke = p.get("keJabatanId").asLong();
            assertThat(((Number) e.get("jabatan_id")).longValue()).isEqualTo(dari);
            Jab a = jab.get(dari);
            Jab t = jab.get(ke);
            assertThat(a.rumpun()).as("rumpun " + nip).isEqualTo(t.rumpun());
            assertThat(aturan.pengisi().get(t.tingkat()))
                    .as("tingkat pengisi " + nip)
                    .contains(a.tingkat());
            assertThat(aturan.tingkatSeleksiTerbuka()).doesNotContain(t.tingkat());
            if (a.tingkat().equals(t.tingkat())) {
                assertThat(a.kelas()).isLessThan(t.kelas());
            }
            int bulan = bulanDiTingkat(nip, jab);
            assertThat(p.get("bulanDiTingkat").asInt()).isEqualTo(bulan);
            int masa = a.tingkat().equals(t.tingkat())
                    ? aturan.masaMinimalSetingkatBulan()
                    : aturan.masaMinimalBulan().getOrDefault(t.tingkat(), 0);
            assertThat(bulan).as("masa " + nip).isGreaterThanOrEqualTo(masa);
            String pendMin = lebihTinggiPendidikan(
                    SyaratPendidikan.dariTeks(t.syaratPendidikan()),
                    aturan.pendidikanMinimal().get(t.tingkat()));
            if (pendMin != null) {
                assertThat(SyaratPendidikan.peringkat((String) e.get("pendidikan_tingkat")))
                        .as("pendidikan " + nip)
                        .isGreaterThanOrEqualTo(SyaratPendidikan.peringkat(pendMin));
            }
            Golongan gMin = lebihTinggiGolongan(
                    t.syaratPangkat(), aturan.pangkatMinimal().get(t.tingkat()));
            if (gMin != null) {
                assertThat(Golongan.dari((String) e.get("golongan")).orElseThrow())
                        .as("pangkat " + nip)
                        .isGreaterThanOrEqualTo(gMin);
            }
            assertThat(e.get("status_kepegawaian")).isEqualTo("PNS");
            int hukuman =
                    jdbc.sql("""
                            SELECT count(*) FROM pegawai.riwayat WHERE nip = ? AND jenis = 'HUKUMAN_DISIPLIN'
                              AND dibatalkan_pada IS NULL AND tingkat IN ('SEDANG', 'BERAT')
                              AND (tmt_selesai IS NULL OR tmt_selesai >= ?)""").params(nip, hariIni).query(Integer.class).single();
            assertThat(hukuman).as("hukuman " + nip).isZero();
            // The explanation: every gate passed, and the gap lines add up to the promotion's gap.
            JsonNode pj = p.get("penjelasan");
            assertThat(pj.get("gerbang").size()).isEqualTo(Gerbang.values().length);
            pj.get("gerbang")
                    .forEach(g -> assertThat(g.get("lulus").asBoolean())
                            .as(g.toString())
                            .isTrue());
            long gap = 0;
            for (JsonNode g : pj.get("kompetensi")) {
                gap += g.get("bobot").asLong() * g.get("kesenjangan").asLong();
            }
            assertThat(gap).isEqualTo(p.get("kesenjangan").asLong());
            assertThat(p.get("biaya").asLong())
                    .isEqualTo(p.get("kesenjangan").asLong() + p.get("kinerja").asLong());
        }

        // Formation: only at entry levels, adds up, stored relationally as answered.
        int jumlahFormasi = 0;
        Map<Long, Integer> formasi = new HashMap<>();
        for (JsonNode f : k.get("formasi")) {
            Jab j = jab.get(f.get("jabatanId").asLong());
            assertThat(aturan.tingkatAwal()).contains(j.tingkat());
            assertThat(f.get("tingkat").asString()).isEqualTo(j.tingkat());
            assertThat(f.get("jumlah").asInt()).isPositive().isLessThanOrEqualTo(j.kuota());
            assertThat(f.get("jabatanNama").asString()).isNotBlank();
            assertThat(f.get("opdNama").asString()).isNotBlank();
            assertThat(f.get("unitNama").asString()).isNotBlank();
            jumlahFormasi += f.get("jumlah").asInt();
            formasi.put(j.id(), f.get("jumlah").asInt());
        }
        assertThat(jumlahFormasi).isEqualTo(r.get("formasi").asInt());
        Map<Long, Integer> tersimpan = new HashMap<>();
        jdbc.sql("SELECT jabatan_id, jumlah FROM perencanaan.kaskade_formasi WHERE kaskade_id = ?")
                .param(id)
                .query((rs, i) -> tersimpan.put(rs.getLong(1), rs.getInt(2)))
                .list();
        assertThat(tersimpan).isEqualTo(formasi);
        for (JsonNode s : k.get("seleksiTerbuka")) {
            assertThat(aturan.tingkatSeleksiTerbuka()).contains(s.get("tingkat").asString());
        }
        for (JsonNode c : k.get("rantai")) {
            assertThat(c.get("akhir").asString())
                    .isIn("FORMASI", "TANPA_CALON", "DIISI_REDISTRIBUSI", "TANPA_KURSI_TERBUKA");
            for (JsonNode m : c.get("mata")) {
                assertThat(dipromosikan).contains(m.get("nip").asString());
            }
        }

        // The run is stored, listed and readable again; it is never changed or deleted.
        mvc.perform(get("/api/v1/perencanaan/kaskade/" + id).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(
                        jsonPath("$.ringkasan.promosi").value(r.get("promosi").asInt()))
                .andExpect(jsonPath("$.promosi.length()").value(k.get("promosi").size()))
                .andExpect(jsonPath("$.dijalankanOleh").value("bkd"));
        mvc.perform(get("/api/v1/perencanaan/kaskade").with(httpBasic("ppk", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].tahunRencana").value(tahun));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("DELETE FROM perencanaan.kaskade_formasi WHERE kaskade_id = ?")
                                .param(id)
                                .update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("UPDATE perencanaan.kaskade SET hasil = '{\"x\": 1}' WHERE id = ?")
                                .param(id)
                                .update())
                .isInstanceOf(org.springframework.dao.DataAccessException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'KASKADE' AND entitas_id = ?")
                        .param(String.valueOf(id))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // Pages: the result with its tabs, the explanation fragment, the run form only for BKD.
        String nip = k.get("promosi").get(0).get("nip").asString();
        mvc.perform(get("/perencanaan/kaskade/" + id).with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tab-formasi\"")))
                .andExpect(content().string(containsString("id=\"tabel-promosi\"")))
                .andExpect(content().string(containsString("id=\"grafik-kaskade\"")))
                .andExpect(content().string(containsString("id=\"total-formasi\"")));
        mvc.perform(get("/perencanaan/kaskade/" + id + "/promosi/" + nip)
                        .header("HX-Request", "true")
                        .with(user("ppk").roles("PPK")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("penjelasan-" + nip)))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/perencanaan/kaskade").with(user("ppk").roles("PPK")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("jalankan-kaskade"))));
        mvc.perform(get("/perencanaan/kaskade").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jalankan-kaskade")));
    }

    static @Nullable String lebihTinggiPendidikan(@Nullable String a, @Nullable String b) {
        if (a == null) {
            return b;
        }
        return b != null && SyaratPendidikan.peringkat(b) > SyaratPendidikan.peringkat(a) ? b : a;
    }

    static @Nullable Golongan lebihTinggiGolongan(@Nullable String a, @Nullable String b) {
        Golongan ga = a == null ? null : Golongan.dari(a).orElse(null);
        Golongan gb = b == null ? null : Golongan.dari(b).orElse(null);
        if (ga == null) {
            return gb;
        }
        return gb != null && gb.compareTo(ga) > 0 ? gb : ga;
    }

    @Test
    void skenarioDisetujuiMemakaiKursiSkenario() throws Exception {
        JsonNode dasar = jalankan("{\"tahunRencana\": " + tahun + "}");
        assertThat(dasar.get("promosi").size()).isPositive();
        String tanpaKursi = dasar.get("promosi").get(0).get("nip").asString();
        // Another employee moves within the level (to a position of the same level and rumpun), in an OPD of its own.
        OrganisasiFixture organisasi = new OrganisasiFixture(jdbc);
        OrganisasiFixture.OpdUji opd = organisasi.opdBaru("Dinas Uji Kaskade");
        long asal = organisasi.pelaksanaBaru(opd, 1);
        long tujuan = organisasi.pelaksanaBaru(opd, 1);
        String nipPindah =
                new PegawaiFixture(jdbc).pegawaiBaru(new PegawaiFixture.Tempat(opd.id(), opd.unitId(), asal), null);
        long skenario = new PenempatanFixture(jdbc, clock)
                .skenario(
                        StatusSkenario.DISETUJUI,
                        "Uji kaskade API",
                        Set.of(),
                        List.of(
                                PenempatanFixture.Usulan.tidakDitempatkan(tanpaKursi),
                                PenempatanFixture.Usulan.ditempatkan(nipPindah, tujuan)));

        JsonNode k = jalankan("{\"skenarioId\": " + skenario + ", \"tahunRencana\": " + tahun + "}");
        assertThat(k.get("sumber").asString()).isEqualTo("SKENARIO");
        assertThat(k.get("skenarioId").asLong()).isEqualTo(skenario);
        List<String> nip = new ArrayList<>();
        for (JsonNode p : k.get("promosi")) {
            String n = p.get("nip").asString();
            nip.add(n);
            long kursi = n.equals(nipPindah)
                    ? tujuan
                    : jdbc.sql("SELECT jabatan_id FROM pegawai.v_pegawai WHERE nip = ?")
                            .param(n)
                            .query(Long.class)
                            .single();
            assertThat(p.get("dariJabatanId").asLong()).as(n).isEqualTo(kursi);
        }
        // Without a seat in the scenario nobody can be promoted.
        assertThat(nip).doesNotContain(tanpaKursi);
        assertThat(k.get("promosi").size()).isPositive();
        // Holding no seat, the person is not in the surplus either.
        k.get("surplus").forEach(s -> assertThat(s.get("nip").asString()).isNotEqualTo(tanpaKursi));
    }

    @Test
    void aksesDanMasukanSalah() throws Exception {
        for (String[] u :
                List.of(new String[] {"ppk", "PPK"}, new String[] {"kadis.pendidikan", "PIMPINAN_OPD"}, new String[] {
                    "pegawai.pendidikan", "PEGAWAI"
                })) {
            mvc.perform(post("/api/v1/perencanaan/kaskade")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}")
                            .with(httpBasic(u[0], SANDI)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/perencanaan/kaskade").with(httpBasic("pegawai.pendidikan", SANDI)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/perencanaan/kaskade").with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/perencanaan/kaskade").with(user("kadis").roles("PIMPINAN_OPD")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/perencanaan/kaskade")
                        .param("skenarioId", "")
                        .param("tahunRencana", "")
                        .with(csrf())
                        .with(user("ppk").roles("PPK")))
                .andExpect(status().isForbidden());

        // Bad input: a planning year out of range, malformed JSON, an unknown or unapproved scenario.
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahunRencana\": 1999}")
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tahunRencana"))
                .andExpect(jsonPath("$.detail").value(containsString("Tahun rencana")));
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahunRencana\": " + (hariIni.getYear() + 11) + "}")
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tahunRencana\": \"dua ribu\"}")
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").exists());
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skenarioId\": ")
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skenarioId\": 987654321}")
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isNotFound());
        long draf = new PenempatanFixture(jdbc, clock).draf("Uji kaskade draf", Set.of());
        mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"skenarioId\": " + draf + "}")
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("disetujui")));
        mvc.perform(get("/api/v1/perencanaan/kaskade/987654321").with(httpBasic("bkd", SANDI)))
                .andExpect(status().isNotFound());

        // The form answers in Indonesian and keeps what was entered.
        mvc.perform(post("/perencanaan/kaskade")
                        .param("skenarioId", "")
                        .param("tahunRencana", "20x6")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("galat-kaskade")))
                .andExpect(content().string(containsString("value=\"20x6\"")));
        mvc.perform(post("/perencanaan/kaskade")
                        .param("skenarioId", String.valueOf(draf))
                        .param("tahunRencana", "")
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("belum disetujui")));
        mvc.perform(post("/perencanaan/kaskade")
                        .param("skenarioId", "")
                        .param("tahunRencana", String.valueOf(tahun))
                        .with(csrf())
                        .with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void gerbangPenjelasanSamaDenganAlgoritme() {
        // Guard for the explanation: the rule objects of the application are the documented defaults unless
        // configured, and the gate check used for the explanation is the algorithm's own.
        assertThat(aturan).isEqualTo(AturanKaskade.STANDAR);
        PosisiKaskade w = new PosisiKaskade(1, 1, 1, "PENGAWAS", 9, "ADM", 1, null, null, List.of());
        PosisiKaskade p = new PosisiKaskade(2, 1, 1, "PELAKSANA", 7, "ADM", 1, null, null, List.of());
        assertThat(KaskadePromosi.gerbang(
                        aturan, CalonUji.calon("1", 2L, true, "S1", "III/b", 48, false, null, Map.of()), p, w, true))
                .isEmpty();
    }
}
