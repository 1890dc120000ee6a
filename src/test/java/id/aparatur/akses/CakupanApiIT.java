package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Scope of every role on every API resource, against the demo Kabupaten: what is listed, what a detail request of an
 * out-of-scope record answers (404), and that unauthenticated calls get a 401 ProblemDetail.
 */
@UjiIntegrasi
class CakupanApiIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long disdik;
    long opdLain;
    long jabatanDisdik;
    long jabatanLain;
    long unitLain;
    String nipKadis;
    String nipAtasan;
    String nipPegawai;
    String nipLainOpd;
    String nipDisdikBukanBawahan;

    @BeforeEach
    void dataDemo() {
        disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        opdLain = jdbc.sql("SELECT min(id) FROM organisasi.opd WHERE id <> ?")
                .param(disdik)
                .query(Long.class)
                .single();
        jabatanDisdik = jdbc.sql("SELECT min(id) FROM organisasi.jabatan WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        jabatanLain = jdbc.sql("SELECT min(id) FROM organisasi.jabatan WHERE opd_id = ?")
                .param(opdLain)
                .query(Long.class)
                .single();
        unitLain = jdbc.sql("SELECT min(id) FROM organisasi.unit WHERE opd_id = ?")
                .param(opdLain)
                .query(Long.class)
                .single();
        nipKadis = nip("kadis.pendidikan");
        nipAtasan = nip("atasan.pendidikan");
        nipPegawai = nip("pegawai.pendidikan");
        nipLainOpd = jdbc.sql("SELECT min(nip) FROM pegawai.pegawai WHERE opd_id = ?")
                .param(opdLain)
                .query(String.class)
                .single();
        nipDisdikBukanBawahan = jdbc.sql("""
                SELECT min(nip) FROM pegawai.pegawai WHERE opd_id = :opd AND nip <> :a AND nip NOT IN (
                  WITH RECURSIVE b AS (SELECT nip FROM pegawai.pegawai WHERE atasan_nip = :a
                    UNION SELECT p.nip FROM pegawai.pegawai p JOIN b ON p.atasan_nip = b.nip) SELECT nip FROM b)""")
                .param("opd", disdik)
                .param("a", nipAtasan)
                .query(String.class)
                .single();
    }

    private String nip(String username) {
        return jdbc.sql("SELECT nip FROM akses.pengguna WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private long bawahanAtasan() {
        return jdbc.sql("""
                WITH RECURSIVE b AS (SELECT nip FROM pegawai.pegawai WHERE atasan_nip = :a
                  UNION SELECT p.nip FROM pegawai.pegawai p JOIN b ON p.atasan_nip = b.nip) SELECT count(*) FROM b""").param("a", nipAtasan).query(Long.class).single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/opd", "/api/v1/unit", "/api/v1/jabatan", "/api/v1/kompetensi", "/api/v1/pegawai"})
    void tanpaAutentikasiDijawab401ProblemDetail(String url) throws Exception {
        mvc.perform(get(url))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void kataSandiSalahDijawab401() throws Exception {
        mvc.perform(get("/api/v1/opd").with(httpBasic("bkd", "salah"))).andExpect(status().isUnauthorized());
    }

    @Test
    void adminBkdMelihatSeluruhPemda() throws Exception {
        long opd = jdbc.sql("SELECT count(*) FROM organisasi.opd")
                .query(Long.class)
                .single();
        long pegawai = jdbc.sql("SELECT count(*) FROM pegawai.pegawai")
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/opd").with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(opd))
                .andExpect(jsonPath("$.page.size").value(25))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalPages").value((opd + 24) / 25));
        mvc.perform(get("/api/v1/pegawai").with(httpBasic("bkd", SANDI)))
                .andExpect(jsonPath("$.page.totalElements").value(pegawai));
        mvc.perform(get("/api/v1/jabatan/" + jabatanLain).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd).with(httpBasic("bkd", SANDI)))
                .andExpect(status().isOk());
    }

    @Test
    void asesorMembacaSemuaPegawai() throws Exception {
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd).with(httpBasic("asesor", SANDI)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/jabatan/" + jabatanLain).with(httpBasic("asesor", SANDI)))
                .andExpect(status().isOk());
    }

    @Test
    void pimpinanOpdHanyaMelihatOpdSendiri() throws Exception {
        long pegawaiDisdik = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        long jabatanDisdikJumlah = jdbc.sql("SELECT count(*) FROM organisasi.jabatan WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        var u = httpBasic("kadis.pendidikan", SANDI);
        mvc.perform(get("/api/v1/opd").with(u))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].id").value(disdik));
        mvc.perform(get("/api/v1/pegawai?size=200").with(u))
                .andExpect(jsonPath("$.page.totalElements").value(pegawaiDisdik));
        mvc.perform(get("/api/v1/jabatan").with(u))
                .andExpect(jsonPath("$.page.totalElements").value(jabatanDisdikJumlah));
        // Another OPD's records are never listed, and answer 404 on detail.
        mvc.perform(get("/api/v1/pegawai?opd=" + opdLain).with(u))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/jabatan?opd=" + opdLain).with(u))
                .andExpect(jsonPath("$.page.totalElements").value(0));
        mvc.perform(get("/api/v1/opd/" + opdLain).with(u))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/unit/" + unitLain).with(u)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/jabatan/" + jabatanLain).with(u)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd).with(u)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipDisdikBukanBawahan).with(u)).andExpect(status().isOk());
    }

    @Test
    void atasanMelihatBawahanLangsungDanTidakLangsung() throws Exception {
        var u = httpBasic("atasan.pendidikan", SANDI);
        long bawahan = bawahanAtasan();
        assertThat(bawahan).isGreaterThan(1);
        mvc.perform(get("/api/v1/pegawai?size=200").with(u))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(bawahan + 1));
        mvc.perform(get("/api/v1/pegawai/" + nipAtasan).with(u)).andExpect(status().isOk());
        // pegawai.pendidikan is an indirect subordinate (via a Kepala Seksi).
        mvc.perform(get("/api/v1/pegawai/" + nipPegawai).with(u)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/pegawai/" + nipKadis).with(u)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipDisdikBukanBawahan).with(u)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/pegawai/" + nipLainOpd).with(u)).andExpect(status().isNotFound());
        // The organisation catalogue of the own OPD is readable; other OPDs are not.
        mvc.perform(get("/api/v1/jabatan/" + jabatanDisdik).with(u)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/jabatan/" + jabatanLain).with(u)).andExpect(status().isNotFound());
    }

    @Test
    void pegawaiHanyaMelihatDirinyaSendiri() throws Exception {
        var u = httpBasic("pegawai.pendidikan", SANDI);
        mvc.perform(get("/api/v1/pegawai").with(u))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].nip").value(nipPegawai));
        mvc.perform(get("/api/v1/pegawai/" + nipPegawai).with(u))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.atasanNip").isNotEmpty());
        for (String lain : List.of(nipAtasan, nipKadis, nipLainOpd, nipDisdikBukanBawahan)) {
            mvc.perform(get("/api/v1/pegawai/" + lain).with(u)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/opd/" + opdLain).with(u)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opd/" + disdik).with(u)).andExpect(status().isOk());
    }

    @Test
    void kamusKompetensiTerbukaUntukSemuaPeran() throws Exception {
        for (String user : List.of("bkd", "kadis.pendidikan", "atasan.pendidikan", "pegawai.pendidikan", "asesor")) {
            mvc.perform(get("/api/v1/kompetensi/M.01").with(httpBasic(user, SANDI)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.kode").value("M.01"));
        }
    }

    @Test
    void daftarPegawaiDapatDifilterPerOpdDanDicariNamaAtauNip() throws Exception {
        var u = httpBasic("bkd", SANDI);
        long n = jdbc.sql("SELECT count(*) FROM pegawai.pegawai WHERE opd_id = ?")
                .param(opdLain)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/pegawai?opd=" + opdLain).with(u))
                .andExpect(jsonPath("$.page.totalElements").value(n));
        mvc.perform(get("/api/v1/pegawai?q=" + nipLainOpd.substring(0, 14)).with(u))
                .andExpect(
                        jsonPath("$.content[?(@.nip == '" + nipLainOpd + "')]").exists());
        mvc.perform(get("/api/v1/pegawai?size=5&page=1").with(u))
                .andExpect(jsonPath("$.content.length()").value(5))
                .andExpect(jsonPath("$.page.number").value(1));
    }
}
