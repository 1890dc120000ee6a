package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/penempatan/optimasi}: the contract's field names, a hand-checked optimum with its certificate and
 * baselines, every kind of bad request answered by a 400 that names the item, BKD only, and a 60,000-employee body.
 */
@UjiIntegrasi
class OptimasiApiIT {

    static final String URL = "/api/v1/penempatan/optimasi";
    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static final String NIP_A = PembangkitPermintaan.nip(0);
    static final String NIP_B = PembangkitPermintaan.nip(1);
    static final String NIP_C = PembangkitPermintaan.nip(2);

    /** The example of the issue, verbatim. */
    static final String CONTOH_ISU = """
            {"bobot": {"selisihKelas": 2, "diluarMinat": 1, "pindah": 1, "tidakDitempatkan": 1000000},
             "jabatan": [{"id": "J1", "jenjang": "PELAKSANA", "kelas": 7, "rumpun": "KEUANGAN", "kuota": 3,
                          "standarKompetensi": [{"kode": "M.01", "level": 2, "bobot": 1}]}],
             "pegawai": [{"nip": "198609262015051001", "jenjang": "PELAKSANA", "kelas": 7,
                          "jabatanSaatIni": "J1", "minatRumpun": ["KEUANGAN"], "kompetensi": {"M.01": 3}}]}""";

    @Autowired
    MockMvc mvc;

    private ResultActions kirim(String body) throws Exception {
        return mvc.perform(
                post(URL).with(BKD).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode jawaban(String body) throws Exception {
        String isi = kirim(body)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(isi);
    }

    private static List<String> nama(JsonNode n) {
        List<String> hasil = new ArrayList<>();
        n.propertyNames().forEach(hasil::add);
        return hasil;
    }

    @Test
    void contohIsuMenghasilkanBentukKontrakPersis() throws Exception {
        JsonNode j = jawaban(CONTOH_ISU);
        assertThat(nama(j))
                .containsExactly(
                        "totalBiaya",
                        "penempatan",
                        "tidakDitempatkan",
                        "lowongan",
                        "sertifikat",
                        "dikecualikan",
                        "pembanding",
                        "statistik");
        assertThat(j.get("totalBiaya").asLong()).isZero();
        JsonNode p = j.get("penempatan").get(0);
        assertThat(nama(p)).containsExactly("nip", "jabatan", "biaya", "rincian");
        assertThat(p.get("nip").asString()).isEqualTo("198609262015051001");
        assertThat(p.get("jabatan").asString()).isEqualTo("J1");
        assertThat(p.get("biaya").asLong()).isZero();
        assertThat(nama(p.get("rincian"))).containsExactly("kesenjangan", "selisihKelas", "diluarMinat", "pindah");
        assertThat(j.get("tidakDitempatkan").isArray()).isTrue();
        assertThat(j.get("tidakDitempatkan")).isEmpty();
        assertThat(j.get("lowongan")).hasSize(1);
        assertThat(nama(j.get("lowongan").get(0))).containsExactly("jabatan", "sisa");
        assertThat(j.get("lowongan").get(0).get("jabatan").asString()).isEqualTo("J1");
        assertThat(j.get("lowongan").get(0).get("sisa").asInt()).isEqualTo(2);
        JsonNode s = j.get("sertifikat");
        assertThat(nama(s)).containsExactly("potensialPegawai", "potensialJabatan", "nilaiDual");
        assertThat(nama(s.get("potensialPegawai"))).containsExactly("198609262015051001");
        assertThat(nama(s.get("potensialJabatan"))).containsExactly("J1");
        assertThat(s.get("nilaiDual").asLong()).isZero();
        assertThat(nama(j.get("pembanding"))).containsExactly("statusQuo", "serakah");
        assertThat(nama(j.get("pembanding").get("statusQuo")))
                .containsExactly("totalBiaya", "ditempatkan", "tidakDitempatkan");
        assertThat(j.get("statistik").get("pegawai").asInt()).isEqualTo(1);
    }

    /*
     * Hand-checked. Default weights (selisihKelas 2, diluarMinat 1, pindah 1, tidakDitempatkan 1,000,000), everyone
     * PELAKSANA kelas 7 without stated interests, so only the gap and pindah terms count.
     *   J1 (KEUANGAN, kuota 1) SKJ M.01 level 3 bobot 2;  J2 (UMUM, kuota 1) SKJ M.02 level 3 bobot 3.
     *   A on J1, M.01 3, M.02 3;  B on J2, M.01 3, M.02 0;  C without a position, no competencies.
     *   biaya     J1              J2
     *   A         0 (stays)       0 + pindah 1 = 1
     *   B         0 + 1 = 1       3·3 = 9 (stays)
     *   C         2·3 + 1 = 7     3·3 + 1 = 10
     * Two seats, three people: one is unplaced (1,000,000). Best pair per choice of the two placed:
     *   {A,B}: A→J2 + B→J1 = 2 (A→J1 + B→J2 = 9);  {A,C}: A→J2 + C→J1 = 8;  {B,C}: B→J1 + C→J2 = 11.
     * Optimum: A→J2, B→J1, C unplaced = 1,000,002 (unique).
     * Status quo: A stays on J1 (0), B stays on J2 (9), C unplaced = 1,000,009.
     * Greedy: J1 takes its cheapest, A (0); J2 then takes B (9) over C (10) = 1,000,009.
     */
    static final String KASUS_TANGAN = """
            {"jabatan": [
               {"id": "J1", "jenjang": "PELAKSANA", "kelas": 7, "rumpun": "KEUANGAN", "kuota": 1,
                "standarKompetensi": [{"kode": "M.01", "level": 3, "bobot": 2}]},
               {"id": "J2", "jenjang": "PELAKSANA", "kelas": 7, "rumpun": "UMUM", "kuota": 1,
                "standarKompetensi": [{"kode": "M.02", "level": 3, "bobot": 3}]}],
             "pegawai": [
               {"nip": "%s", "jenjang": "PELAKSANA", "kelas": 7, "jabatanSaatIni": "J1", "kompetensi": {"M.01": 3, "M.02": 3}},
               {"nip": "%s", "jenjang": "PELAKSANA", "kelas": 7, "jabatanSaatIni": "J2", "kompetensi": {"M.01": 3}},
               {"nip": "%s", "jenjang": "PELAKSANA", "kelas": 7}]}""".formatted(NIP_A, NIP_B, NIP_C);

    @Test
    void kasusHitunganTanganOptimumSertifikatDanPembanding() throws Exception {
        JsonNode j = jawaban(KASUS_TANGAN);
        assertThat(j.get("totalBiaya").asLong()).isEqualTo(1_000_002);
        JsonNode p = j.get("penempatan");
        assertThat(p).hasSize(2);
        assertThat(p.get(0).get("nip").asString()).isEqualTo(NIP_A);
        assertThat(p.get(0).get("jabatan").asString()).isEqualTo("J2");
        assertThat(p.get(0).get("biaya").asLong()).isEqualTo(1);
        assertThat(p.get(0).get("rincian").get("pindah").asLong()).isEqualTo(1);
        assertThat(p.get(0).get("rincian").get("kesenjangan").asLong()).isZero();
        assertThat(p.get(1).get("nip").asString()).isEqualTo(NIP_B);
        assertThat(p.get(1).get("jabatan").asString()).isEqualTo("J1");
        assertThat(p.get(1).get("biaya").asLong()).isEqualTo(1);
        assertThat(j.get("tidakDitempatkan")).hasSize(1);
        assertThat(j.get("tidakDitempatkan").get(0).asString()).isEqualTo(NIP_C);
        assertThat(j.get("lowongan")).isEmpty();
        assertThat(j.get("pembanding").get("statusQuo").get("totalBiaya").asLong())
                .isEqualTo(1_000_009);
        assertThat(j.get("pembanding").get("statusQuo").get("ditempatkan").asInt())
                .isEqualTo(2);
        assertThat(j.get("pembanding").get("serakah").get("totalBiaya").asLong())
                .isEqualTo(1_000_009);
        assertThat(j.get("pembanding").get("serakah").get("tidakDitempatkan").asInt())
                .isEqualTo(1);

        // The certificate, checked here against the hand table without trusting the solver.
        long[][] biaya = {{0, 1}, {1, 9}, {7, 10}};
        String[] nip = {NIP_A, NIP_B, NIP_C};
        JsonNode s = j.get("sertifikat");
        long[] u = new long[3];
        long[] v = {
            s.get("potensialJabatan").get("J1").asLong(),
            s.get("potensialJabatan").get("J2").asLong()
        };
        for (int e = 0; e < 3; e++) {
            u[e] = s.get("potensialPegawai").get(nip[e]).asLong();
            assertThat(u[e]).isLessThanOrEqualTo(1_000_000);
            for (int q = 0; q < 2; q++) {
                assertThat(u[e] + v[q])
                        .as("u+v ≤ biaya untuk %s, J%d", nip[e], q + 1)
                        .isLessThanOrEqualTo(biaya[e][q]);
            }
        }
        assertThat(v[0]).isNotPositive();
        assertThat(v[1]).isNotPositive();
        assertThat(u[0] + u[1] + u[2] + v[0] + v[1]).isEqualTo(1_000_002);
        assertThat(s.get("nilaiDual").asLong()).isEqualTo(1_000_002);
    }

    @Test
    void aturanTambahanDiterapkan() throws Exception {
        // A excluded, C pinned to J2: B takes J1 (1); the pin costs C 10; nobody is unplaced.
        String body = KASUS_TANGAN.substring(0, KASUS_TANGAN.lastIndexOf('}'))
                + ", \"aturan\": {\"rumpunSama\": false, \"dikunci\": {\"" + NIP_C + "\": \"J2\"},"
                + " \"pegawaiDikecualikan\": [\"" + NIP_A + "\"], \"jabatanDikecualikan\": []}}";
        JsonNode j = jawaban(body);
        assertThat(j.get("totalBiaya").asLong()).isEqualTo(11);
        assertThat(j.get("dikecualikan")).hasSize(1);
        assertThat(j.get("dikecualikan").get(0).asString()).isEqualTo(NIP_A);
        assertThat(j.get("tidakDitempatkan")).isEmpty();
        assertThat(j.get("penempatan").get(1).get("jabatan").asString()).isEqualTo("J2");
        assertThat(j.get("sertifikat").get("nilaiDual").asLong()).isEqualTo(11);
    }

    /** A 400 ProblemDetail whose galat list names the given location with the given code. */
    private void ditolak(String body, String lokasi, String kode) throws Exception {
        kirim(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Data tidak valid"))
                .andExpect(jsonPath("$.galat[?(@.lokasi == '" + lokasi + "' && @.kode == '" + kode + "')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == '" + lokasi + "')]").exists());
    }

    private static String pegawai(String nip, String tambahan) {
        return "{\"nip\": \"" + nip + "\", \"jenjang\": \"PELAKSANA\", \"kelas\": 7, \"jabatanSaatIni\": \"J1\""
                + tambahan + "}";
    }

    private static String masalah(String jabatan, String... pegawai) {
        return "{\"jabatan\": [" + jabatan + "], \"pegawai\": [" + String.join(",", pegawai) + "]}";
    }

    static final String J1 = "{\"id\": \"J1\", \"jenjang\": \"PELAKSANA\", \"kelas\": 7, \"rumpun\": \"UMUM\", "
            + "\"kuota\": 2, \"standarKompetensi\": [{\"kode\": \"M.01\", \"level\": 2, \"bobot\": 1}]}";

    @Test
    void jsonRusakDitolak() throws Exception {
        kirim("{\"jabatan\": [bukan json")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.galat[0].kode").value("json-rusak"))
                .andExpect(jsonPath("$.galat[0].lokasi").value(org.hamcrest.Matchers.startsWith("baris 1")));
        ditolak("[1, 2]", "$", "tipe-salah");
        ditolak("", "$", "tipe-salah");
    }

    @Test
    void jabatanSaatIniYangTidakDikenalDitolak() throws Exception {
        ditolak(
                masalah(J1, pegawai(NIP_A, ""), pegawai(NIP_B, "").replace("\"J1\"", "\"J9\"")),
                "pegawai[1] (" + NIP_B + ").jabatanSaatIni",
                "jabatan-tidak-dikenal");
    }

    @Test
    void nipDanIdJabatanGandaDitolak() throws Exception {
        ditolak(masalah(J1, pegawai(NIP_A, ""), pegawai(NIP_A, "")), "pegawai[1] (" + NIP_A + ").nip", "nip-ganda");
        ditolak(masalah(J1 + "," + J1, pegawai(NIP_A, "")), "jabatan[1] (J1).id", "jabatan-ganda");
    }

    @Test
    void nipTidakSahDitolak() throws Exception {
        String bulan13 = "198613262015051001";
        ditolak(masalah(J1, pegawai(bulan13, "")), "pegawai[0] (" + bulan13 + ").nip", "nip-tidak-sah");
        ditolak(masalah(J1, pegawai("12345", "")), "pegawai[0] (12345).nip", "nip-tidak-sah");
        kirim(masalah(J1, pegawai("12345", "")))
                .andExpect(jsonPath("$.galat[0].pesan").value("NIP harus terdiri atas tepat 18 angka."));
    }

    @Test
    void levelDiLuarRentangDitolak() throws Exception {
        ditolak(
                masalah(J1, pegawai(NIP_A, ", \"kompetensi\": {\"M.01\": 6}")),
                "pegawai[0] (" + NIP_A + ").kompetensi.M.01",
                "level-di-luar-rentang");
        ditolak(
                masalah(J1, pegawai(NIP_A, ", \"kompetensi\": {\"M.01\": -1}")),
                "pegawai[0] (" + NIP_A + ").kompetensi.M.01",
                "level-di-luar-rentang");
        ditolak(
                masalah(J1.replace("\"level\": 2", "\"level\": 7"), pegawai(NIP_A, "")),
                "jabatan[0] (J1).standarKompetensi[0].level",
                "level-di-luar-rentang");
    }

    @Test
    void kuotaDanBobotNegatifDitolak() throws Exception {
        ditolak(
                masalah(J1.replace("\"kuota\": 2", "\"kuota\": -1"), pegawai(NIP_A, "")),
                "jabatan[0] (J1).kuota",
                "kuota-negatif");
        ditolak(
                masalah(J1.replace("\"bobot\": 1", "\"bobot\": -3"), pegawai(NIP_A, "")),
                "jabatan[0] (J1).standarKompetensi[0].bobot",
                "bobot-negatif");
        ditolak(
                "{\"bobot\": {\"pindah\": -1}, "
                        + masalah(J1, pegawai(NIP_A, "")).substring(1),
                "bobot.pindah",
                "bobot-negatif");
    }

    @Test
    void isianWajibYangHilangDanTipeYangSalahDitolak() throws Exception {
        ditolak(
                masalah(J1, "{\"nip\": \"" + NIP_A + "\", \"kelas\": 7}"),
                "pegawai[0] (" + NIP_A + ").jenjang",
                "wajib-diisi");
        ditolak(masalah(J1, "{\"jenjang\": \"PELAKSANA\", \"kelas\": 7}"), "pegawai[0].nip", "wajib-diisi");
        ditolak(masalah(J1.replace("\"kuota\": 2, ", ""), pegawai(NIP_A, "")), "jabatan[0] (J1).kuota", "wajib-diisi");
        ditolak("{\"jabatan\": [" + J1 + "]}", "pegawai", "wajib-diisi");
        ditolak(
                masalah(J1, pegawai(NIP_A, "").replace("\"kelas\": 7", "\"kelas\": \"tujuh\"")),
                "pegawai[0] (" + NIP_A + ").kelas",
                "tipe-salah");
        ditolak(
                masalah(J1, pegawai(NIP_A, ", \"minatRumpun\": \"UMUM\"")),
                "pegawai[0] (" + NIP_A + ").minatRumpun",
                "tipe-salah");
        ditolak(
                masalah(J1, pegawai(NIP_A, ", \"kompetensi\": {\"M.01\": 2.5}")),
                "pegawai[0] (" + NIP_A + ").kompetensi.M.01",
                "tipe-salah");
        ditolak(masalah(J1, "42"), "pegawai[0]", "tipe-salah");
        ditolak("{\"jabatan\": {\"id\": \"J1\"}, \"pegawai\": []}", "jabatan", "tipe-salah");
        ditolak(
                masalah(J1.replace("\"kelas\": 7", "\"kelas\": 99999999999"), pegawai(NIP_A, "")),
                "jabatan[0] (J1).kelas",
                "di-luar-rentang");
    }

    @Test
    void aturanYangMenyebutButirTakDikenalDitolak() throws Exception {
        String dasar = masalah(J1, pegawai(NIP_A, ""));
        ditolak(
                dasar.substring(0, dasar.length() - 1) + ", \"aturan\": {\"dikunci\": {\"" + NIP_A + "\": \"J7\"}}}",
                "aturan.dikunci." + NIP_A,
                "jabatan-tidak-dikenal");
        ditolak(
                dasar.substring(0, dasar.length() - 1) + ", \"aturan\": {\"rumpunSama\": \"ya\"}}",
                "aturan.rumpunSama",
                "tipe-salah");
    }

    @Test
    void semuaGalatDisebutSekaligusTanpaDuplikat() throws Exception {
        String body = masalah(
                J1 + "," + J1.replace("\"kuota\": 2", "\"kuota\": -2"),
                pegawai("123", ""),
                pegawai(NIP_B, "").replace("\"J1\"", "\"JX\""),
                "{\"kelas\": 7, \"jenjang\": \"PELAKSANA\"}");
        String isi = kirim(body)
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode j = JSON.readTree(isi);
        List<String> lokasi = new ArrayList<>();
        j.get("galat")
                .forEach(g -> lokasi.add(
                        g.get("lokasi").asString() + " " + g.get("kode").asString()));
        assertThat(lokasi)
                .containsExactlyInAnyOrder(
                        "pegawai[0] (123).nip nip-tidak-sah",
                        "pegawai[2].nip wajib-diisi",
                        "jabatan[1] (J1).id jabatan-ganda",
                        "jabatan[1] (J1).kuota kuota-negatif",
                        "pegawai[1] (" + NIP_B + ").jabatanSaatIni jabatan-tidak-dikenal");
        assertThat(j.get("jumlahGalat").asInt()).isEqualTo(5);
        assertThat(j.get("detail").asString()).isEqualTo("Permintaan optimasi tidak valid: 5 galat.");
    }

    @Test
    void hanyaAdminBkdDanTanpaMembacaBadanPermintaan() throws Exception {
        mvc.perform(post(URL).contentType(MediaType.APPLICATION_JSON).content(CONTOH_ISU))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String u : List.of("asesor", "kadis.pendidikan", "atasan.pendidikan", "pegawai.pendidikan")) {
            for (String body : List.of(CONTOH_ISU, "{bukan json")) {
                mvc.perform(post(URL)
                                .with(httpBasic(u, "aparatur-demo"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.status").value(403));
            }
        }
    }

    @Test
    void terdokumentasiDalamOpenApi() throws Exception {
        String isi = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        JsonNode op = JSON.readTree(isi).get("paths").get(URL).get("post");
        assertThat(op.get("requestBody").toString()).contains("PermintaanOptimasi", "198609262015051001");
        assertThat(op.get("responses").get("200").toString()).contains("JawabanOptimasi");
        assertThat(op.get("responses").get("400").toString()).contains("GalatOptimasi", "application/problem+json");
        JsonNode skema = JSON.readTree(isi).get("components").get("schemas");
        assertThat(nama(skema.get("JawabanOptimasi").get("properties")))
                .contains("totalBiaya", "penempatan", "tidakDitempatkan", "lowongan", "sertifikat");
        assertThat(nama(skema.get("PegawaiOptimasi").get("properties")))
                .containsExactlyInAnyOrder("nip", "jenjang", "kelas", "jabatanSaatIni", "minatRumpun", "kompetensi");
    }

    @Test
    void badanEnamPuluhRibuPegawaiDiterima() throws Exception {
        PembangkitPermintaan.Badan b = PembangkitPermintaan.buat(60_000, 20260401);
        byte[] body = b.json().getBytes(StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(20_000_000);
        var res = mvc.perform(post(URL)
                        .with(BKD)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        JsonNode j = JSON.readTree(res.getContentAsByteArray());
        int ditempatkan = j.get("penempatan").size();
        int tidak = j.get("tidakDitempatkan").size();
        assertThat(ditempatkan + tidak).isEqualTo(60_000);
        assertThat(ditempatkan).isLessThanOrEqualTo(b.kursi());
        assertThat(j.get("sertifikat").get("potensialPegawai").size()).isEqualTo(60_000);
        assertThat(j.get("sertifikat").get("potensialJabatan").size()).isEqualTo(b.jabatan());
        assertThat(j.get("sertifikat").get("nilaiDual").asLong())
                .isEqualTo(j.get("totalBiaya").asLong());
        long sq = j.get("pembanding").get("statusQuo").get("totalBiaya").asLong();
        long serakah = j.get("pembanding").get("serakah").get("totalBiaya").asLong();
        assertThat(j.get("totalBiaya").asLong()).isLessThanOrEqualTo(serakah).isLessThanOrEqualTo(sq);
        long jumlah = 0;
        for (JsonNode p : j.get("penempatan")) {
            jumlah += p.get("biaya").asLong();
        }
        assertThat(jumlah + 1_000_000L * tidak).isEqualTo(j.get("totalBiaya").asLong());
        assertThat(j.get("statistik").get("pegawai").asInt()).isEqualTo(60_000);
    }
}
