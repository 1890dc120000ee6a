package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * Profile, assessments (append-only; the latest valid measurement is the current level), gap/JPM, corrections and
 * typo-tolerant search through the API, with the scope rules of every role.
 */
@UjiIntegrasi
class ProfilAsesmenApiIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    String nipAtasan;
    String nipPegawai;
    String nipBawahan;
    String nipLainOpd;

    @BeforeEach
    void dataDemo() {
        nipAtasan = nip("atasan.pendidikan");
        nipPegawai = nip("pegawai.pendidikan");
        nipBawahan = jdbc.sql("""
                SELECT min(nip) FROM pegawai.pegawai WHERE nip IN (
                  WITH RECURSIVE b AS (SELECT nip FROM pegawai.pegawai WHERE atasan_nip = :a
                    UNION SELECT p.nip FROM pegawai.pegawai p JOIN b ON p.atasan_nip = b.nip) SELECT nip FROM b)
                  AND jabatan_id IS NOT NULL""").param("a", nipAtasan).query(String.class).single();
        long disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        nipLainOpd = jdbc.sql("SELECT min(nip) FROM pegawai.pegawai WHERE opd_id <> ? AND jabatan_id IS NOT NULL")
                .param(disdik)
                .query(String.class)
                .single();
    }

    String nip(String username) {
        return jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = ?")
                .param(username)
                .query(String.class)
                .single()
                .trim();
    }

    @Test
    void profilLengkapMenyembunyikanDataTerlindungiSesuaiPeran() throws Exception {
        jdbc.sql("UPDATE pegawai.pegawai SET agama = 'ISLAM', status_perkawinan = 'KAWIN' WHERE nip = ?")
                .param(nipBawahan)
                .update();
        new PegawaiFixture(jdbc)
                .riwayat(
                        nipBawahan,
                        "HUKUMAN_DISIPLIN",
                        "Teguran tertulis",
                        "RINGAN",
                        "800/1/2024",
                        java.time.LocalDate.of(2024, 2, 1),
                        java.time.LocalDate.of(2024, 2, 5));
        mvc.perform(get("/api/v1/pegawai/" + nipBawahan).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agama").value("ISLAM"))
                .andExpect(jsonPath("$.bup").isNumber())
                .andExpect(jsonPath("$.tmtPensiun").isString())
                .andExpect(jsonPath("$.riwayat", hasKey("HUKUMAN_DISIPLIN")))
                .andExpect(jsonPath("$.riwayat", hasKey("PEMERIKSAAN_DISIPLIN")))
                .andExpect(jsonPath("$.riwayat.HUKUMAN_DISIPLIN[*].uraian", hasItem("Teguran tertulis")))
                .andExpect(jsonPath("$.pendidikanTerakhir").exists());
        mvc.perform(get("/api/v1/pegawai/" + nipBawahan).with(httpBasic("atasan.pendidikan", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agama").doesNotExist())
                .andExpect(jsonPath("$.statusPerkawinan").doesNotExist())
                .andExpect(jsonPath("$.usulanKoreksi").doesNotExist())
                .andExpect(jsonPath("$.riwayat", not(hasKey("HUKUMAN_DISIPLIN"))))
                .andExpect(jsonPath("$.riwayat", not(hasKey("PEMERIKSAAN_DISIPLIN"))));
        mvc.perform(get("/api/v1/pegawai/" + nipBawahan).with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(jsonPath("$.agama").doesNotExist())
                .andExpect(jsonPath("$.riwayat", hasKey("HUKUMAN_DISIPLIN")));
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd).with(httpBasic("pegawai.pendidikan", SANDI)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipPegawai).with(httpBasic("pegawai.pendidikan", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usulanKoreksi").isArray());
    }

    @Test
    void nipTidakKonsistenDitandaiPadaProfil() throws Exception {
        jdbc.sql("UPDATE pegawai.pegawai SET tanggal_lahir = tanggal_lahir + 1 WHERE nip = ?")
                .param(nipLainOpd)
                .update();
        try {
            mvc.perform(get("/api/v1/pegawai/" + nipLainOpd).with(httpBasic("bkd", SANDI)))
                    .andExpect(jsonPath("$.ketidaksesuaianNip[*].kode", hasItem("pegawai.nip.beda-tanggal-lahir")))
                    .andExpect(jsonPath("$.ketidaksesuaianNip[0].pesan").isString());
        } finally {
            jdbc.sql("UPDATE pegawai.pegawai SET tanggal_lahir = tanggal_lahir - 1 WHERE nip = ?")
                    .param(nipLainOpd)
                    .update();
        }
    }

    private String asesmen(LocalDate tanggal, String sumber, Map<String, Integer> level) throws Exception {
        return json.writeValueAsString(Map.of(
                "tanggal",
                tanggal.toString(),
                "sumber",
                sumber,
                "asesor",
                "UPT Penilaian Kompetensi",
                "catatan",
                "uji",
                "level",
                level));
    }

    private Map<String, Integer> levelSaatIni(String nip) {
        return jdbc
                .sql("SELECT kompetensi_kode, level FROM asesmen.level_terkini WHERE nip = ?")
                .param(nip)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void asesmenTidakPernahDitimpaDanYangTerbaruBerlaku() throws Exception {
        String nip = nipLainOpd;
        LocalDate kemarin = LocalDate.now().minusDays(1);
        long sebelum = jdbc.sql("SELECT count(*) FROM asesmen.asesmen WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/pegawai/" + nip + "/asesmen")
                        .with(httpBasic("asesor", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(asesmen(kemarin.minusDays(10), "CACT", Map.of("M.01", 2, "M.02", 3))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.level['M.01']").value(2));
        mvc.perform(post("/api/v1/pegawai/" + nip + "/asesmen")
                        .with(httpBasic("asesor", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(asesmen(kemarin, "ASSESSMENT_CENTER", Map.of("M.01", 4))))
                .andExpect(status().isCreated());
        assertThat(levelSaatIni(nip)).containsEntry("M.01", 4).containsEntry("M.02", 3);
        // A measurement recorded later but dated earlier does not replace the latest one.
        mvc.perform(post("/api/v1/pegawai/" + nip + "/asesmen")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(asesmen(kemarin.minusDays(5), "UJI_KOMPETENSI", Map.of("M.01", 1))))
                .andExpect(status().isCreated());
        assertThat(levelSaatIni(nip)).containsEntry("M.01", 4);
        long terbaru = jdbc.sql(
                        "SELECT id FROM asesmen.asesmen WHERE nip = ? AND tanggal = ? AND sumber = 'ASSESSMENT_CENTER'")
                .params(nip, kemarin)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/pegawai/" + nip + "/asesmen/" + terbaru + "/batalkan")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alasan\":\"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/pegawai/" + nip + "/asesmen/" + terbaru + "/batalkan")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alasan\":\"Salah input peserta\"}"))
                .andExpect(status().isNoContent());
        // back to the valid result of the highest-ranked source: the CACT (rank 2) outranks the later uji kompetensi
        assertThat(levelSaatIni(nip))
                .as("kembali ke hasil berlaku berperingkat tertinggi")
                .containsEntry("M.01", 2);
        mvc.perform(get("/api/v1/pegawai/" + nip + "/asesmen").with(httpBasic("bkd", SANDI)))
                .andExpect(jsonPath("$[?(@.id == " + terbaru + ")].alasanBatal").value(hasItem("Salah input peserta")))
                .andExpect(
                        jsonPath("$[?(@.id == " + terbaru + ")].level['M.01']").value(hasItem(4)));
        assertThat(jdbc.sql("SELECT count(*) FROM asesmen.asesmen WHERE nip = ?")
                        .param(nip)
                        .query(Long.class)
                        .single())
                .isEqualTo(sebelum + 3);
        // The database itself refuses edits and deletions.
        assertThatThrownBy(() -> jdbc.sql("UPDATE asesmen.asesmen_level SET level = 5 WHERE asesmen_id = ?")
                        .param(terbaru)
                        .update())
                .hasMessageContaining("tidak boleh");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM asesmen.asesmen WHERE id = ?")
                        .param(terbaru)
                        .update())
                .hasMessageContaining("tidak boleh");
        assertThatThrownBy(() -> jdbc.sql("UPDATE asesmen.asesmen SET asesor = 'lain' WHERE id = ?")
                        .param(terbaru)
                        .update())
                .hasMessageContaining("tidak boleh");
    }

    @Test
    void asesmenBurukDitolakTanpaMenulisApaPun() throws Exception {
        long sebelum = jdbc.sql("SELECT count(*) FROM asesmen.asesmen")
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/pegawai/" + nipLainOpd + "/asesmen")
                        .with(httpBasic("asesor", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(asesmen(LocalDate.now().plusDays(3), "CACT", Map.of("M.01", 7, "X.99", 2))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("tanggal")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("level.M.01")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("level.X.99")));
        assertThat(jdbc.sql("SELECT count(*) FROM asesmen.asesmen")
                        .query(Long.class)
                        .single())
                .isEqualTo(sebelum);
    }

    @Test
    void hakMencatatAsesmen() throws Exception {
        String cact = asesmen(LocalDate.now().minusDays(2), "CACT", Map.of("M.01", 3));
        String atasan = asesmen(LocalDate.now().minusDays(2), "PENILAIAN_ATASAN", Map.of("M.01", 3));
        mvc.perform(post("/api/v1/pegawai/" + nipPegawai + "/asesmen")
                        .with(httpBasic("pegawai.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(atasan))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pegawai/" + nipBawahan + "/asesmen")
                        .with(httpBasic("atasan.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(cact))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/pegawai/" + nipBawahan + "/asesmen")
                        .with(httpBasic("atasan.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(atasan))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/pegawai/" + nipLainOpd + "/asesmen")
                        .with(httpBasic("atasan.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(atasan))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd + "/asesmen").with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd + "/kesenjangan").with(httpBasic("pegawai.pendidikan", SANDI)))
                .andExpect(status().isNotFound());
    }

    @Test
    void kesenjanganDanJpmTerhadapJabatanSendiriDanLain() throws Exception {
        String nip = nipBawahan;
        long jabatan = jdbc.sql("SELECT jabatan_id FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query(Long.class)
                .single();
        Map<String, Integer> skj = new LinkedHashMap<>();
        jdbc.sql("SELECT kompetensi_kode, level FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ? ORDER BY 1")
                .param(jabatan)
                .query((rs, i) -> skj.put(rs.getString(1), rs.getInt(2)))
                .list();
        assertThat(skj).hasSizeGreaterThanOrEqualTo(2);
        // The competency put one level below standard comes first in the answer (SKJ order = code order here).
        String kurang = skj.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        List<String> kode = new java.util.ArrayList<>(skj.keySet());
        // Every competency measured today: the first one level below standard, the rest at standard.
        Map<String, Integer> level = new LinkedHashMap<>(skj);
        level.put(kurang, skj.get(kurang) - 1);
        mvc.perform(post("/api/v1/pegawai/" + nip + "/asesmen")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(asesmen(LocalDate.now(), "ASSESSMENT_CENTER", level)))
                .andExpect(status().isCreated());
        int jumlah = skj.values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal jpm =
                BigDecimal.valueOf((jumlah - 1) * 100L).divide(BigDecimal.valueOf(jumlah), 2, RoundingMode.HALF_UP);
        mvc.perform(get("/api/v1/pegawai/" + nip + "/kesenjangan").with(httpBasic("atasan.pendidikan", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jabatanId").value(jabatan))
                .andExpect(jsonPath("$.jabatanSaatIni").value(true))
                .andExpect(jsonPath("$.kompetensi.length()").value(kode.size()))
                .andExpect(jsonPath("$.kompetensi[?(@.kode == '" + kurang + "')].levelStandar")
                        .value(hasItem(skj.get(kurang))))
                .andExpect(jsonPath("$.kompetensi[?(@.kode == '" + kurang + "')].levelSaatIni")
                        .value(hasItem(skj.get(kurang) - 1)))
                .andExpect(jsonPath("$.kompetensi[?(@.kode == '" + kurang + "')].selisih")
                        .value(hasItem(-1)))
                .andExpect(jsonPath("$.kompetensi[?(@.kode != '" + kurang + "')].selisih")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(0))))
                .andExpect(jsonPath("$.jpm").value(jpm.doubleValue()));
        long lain = jdbc.sql("SELECT min(id) FROM organisasi.jabatan WHERE id <> ? AND aktif")
                .param(jabatan)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/pegawai/" + nip + "/kesenjangan?jabatan=" + lain)
                        .with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jabatanId").value(lain))
                .andExpect(jsonPath("$.jabatanSaatIni").value(false))
                .andExpect(jsonPath("$.kategori").isString());
    }

    @Test
    void usulanKoreksiDisetujuiAtauDitolakDenganAlasan() throws Exception {
        String nip = nipPegawai;
        mvc.perform(post("/api/v1/pegawai/" + nipLainOpd + "/koreksi")
                        .with(httpBasic("pegawai.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"isian\":\"tempatLahir\",\"nilaiUsulan\":\"Bantul\",\"alasan\":\"x\"}"))
                .andExpect(status().isNotFound());
        String r1 = mvc.perform(
                        post("/api/v1/pegawai/" + nip + "/koreksi")
                                .with(httpBasic("pegawai.pendidikan", SANDI))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"isian\":\"tempatLahir\",\"nilaiUsulan\":\"Kulon Progo\",\"alasan\":\"Sesuai akta\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id1 = json.readTree(r1).get("id").asLong();
        mvc.perform(post("/api/v1/koreksi/" + id1 + "/putusan")
                        .with(httpBasic("pegawai.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"setuju\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/koreksi/" + id1 + "/putusan")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"setuju\":false}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/koreksi/" + id1 + "/putusan")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"setuju\":false,\"alasan\":\"Akta tidak dilampirkan\"}"))
                .andExpect(status().isNoContent());
        String r2 = mvc.perform(
                        post("/api/v1/pegawai/" + nip + "/koreksi")
                                .with(httpBasic("pegawai.pendidikan", SANDI))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"isian\":\"tempatLahir\",\"nilaiUsulan\":\"Kulon Progo\",\"alasan\":\"Akta terlampir\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id2 = json.readTree(r2).get("id").asLong();
        mvc.perform(post("/api/v1/koreksi/" + id2 + "/putusan")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"setuju\":true}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/koreksi/" + id2 + "/putusan")
                        .with(httpBasic("bkd", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"setuju\":true}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/pegawai/" + nip).with(httpBasic("pegawai.pendidikan", SANDI)))
                .andExpect(jsonPath("$.tempatLahir").value("Kulon Progo"))
                .andExpect(jsonPath("$.usulanKoreksi[?(@.id == " + id1 + ")].status")
                        .value(hasItem("DITOLAK")))
                .andExpect(jsonPath("$.usulanKoreksi[?(@.id == " + id1 + ")].alasanPutusan")
                        .value(hasItem("Akta tidak dilampirkan")))
                .andExpect(jsonPath("$.usulanKoreksi[?(@.id == " + id2 + ")].status")
                        .value(hasItem("DISETUJUI")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'KOREKSI_PEGAWAI' AND entitas_id IN (?, ?)")
                        .params(String.valueOf(id1), String.valueOf(id2))
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void minatHanyaOlehPegawaiSendiriAtauBkd() throws Exception {
        String rumpun = jdbc.sql("SELECT min(kode) FROM kompetensi.rumpun")
                .query(String.class)
                .single();
        long jab = jdbc.sql("SELECT max(id) FROM organisasi.jabatan WHERE aktif")
                .query(Long.class)
                .single();
        mvc.perform(put("/api/v1/pegawai/" + nipPegawai + "/minat")
                        .with(httpBasic("pegawai.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rumpun\":[\"" + rumpun + "\"],\"jabatan\":[" + jab + "]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rumpun[0]").value(rumpun));
        mvc.perform(put("/api/v1/pegawai/" + nipBawahan + "/minat")
                        .with(httpBasic("atasan.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rumpun\":[],\"jabatan\":[]}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/pegawai/" + nipPegawai + "/minat")
                        .with(httpBasic("pegawai.pendidikan", SANDI))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rumpun\":[\"TIDAK_ADA\"],\"jabatan\":[]}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void pencarianNamaTolerankanSalahKetik() throws Exception {
        String nama = jdbc.sql("SELECT nama FROM pegawai.pegawai WHERE nip = ?")
                .param(nipLainOpd)
                .query(String.class)
                .single();
        String kata = java.util.Arrays.stream(nama.split(" "))
                .filter(k -> k.length() >= 6)
                .findFirst()
                .orElseThrow();
        String salahKetik = kata.substring(0, 2) + kata.substring(3); // one letter dropped
        mvc.perform(get("/api/v1/pegawai?size=200&q=" + salahKetik).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].nama", hasItem(nama)));
    }
}
