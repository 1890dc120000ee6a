package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 item 4: a 400 carries {@code errors: [{field, message}]} with the JSON path of every offending item, all at
 * once: type, format, enum and date errors of several fields together with bean-validation and service rules; NUL
 * bytes, lone surrogates and over-long strings named by field (never a 409 from the database, never a silent
 * {@code ?}); correction proposals validated when submitted; query and path parameters of the wrong type named.
 */
@UjiIntegrasi
class GalatPerIsianIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    String nip;
    int versi;
    long disdik;

    @BeforeEach
    void data() {
        disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        long unit = jdbc.sql("SELECT min(id) FROM organisasi.v_unit WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        long jabatan = new id.aparatur.organisasi.OrganisasiFixture(jdbc)
                .jabatanBaru(disdik, unit, "PELAKSANA", null, 7, "ADM", 5);
        nip = new id.aparatur.pegawai.PegawaiFixture(jdbc)
                .pegawaiBaru(new id.aparatur.pegawai.PegawaiFixture.Tempat(disdik, unit, jabatan), null);
        versi = 0;
    }

    private ResultActions kirim(MockHttpServletRequestBuilder req, String json) throws Exception {
        return mvc.perform(req.with(BKD).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void profilDenganLimaIsianSalahMenyebutKelimanya() throws Exception {
        kirim(put("/api/v1/pegawai/" + nip + "/profil"), """
                {"nik": "12345", "statusKepegawaian": "PNS", "golongan": "V/z", "agama": "LAINNYA",
                 "statusPerkawinan": "RAHASIA", "pendidikanTahunLulus": 1800, "versi": %d}""".formatted(versi))
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        hasItems("nik", "agama", "statusPerkawinan", "golongan", "pendidikanTahunLulus")));
    }

    @Test
    void nipTigaAngkaDanNamaKosongKeduanyaDisebut() throws Exception {
        kirim(post("/api/v1/pegawai"), "{\"nip\":\"123\",\"nama\":\"\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItems("nip", "nama")));
    }

    @Test
    void kesalahanTipeBeberapaIsianDisebutSemuaBersamaAturanLain() throws Exception {
        kirim(post("/api/v1/jabatan"), """
                {"opdId": {"id": 1}, "unitId": "satu", "kode": "UJI.TIPE", "nama": "", "jenisJabatan": "RAJA",
                 "kelas": "delapan", "kuota": true, "rumpun": "SDM",
                 "standarKompetensi": [{"kode": "M.01", "level": 1, "bobot": 50}, {"kode": "M.02", "level": "dua", "bobot": 50}]}""")
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        hasItems(
                                "opdId",
                                "unitId",
                                "nama",
                                "jenisJabatan",
                                "kelas",
                                "kuota",
                                "standarKompetensi[1].level")))
                .andExpect(jsonPath("$.errors[?(@.field == 'kelas')].message")
                        .value(hasItem("Harus berupa bilangan bulat.")))
                .andExpect(jsonPath(
                        "$.errors[?(@.field == 'jenisJabatan')].message",
                        hasItem(org.hamcrest.Matchers.startsWith("Nilai tidak dikenal"))));
        // a bad date and an empty required text: both
        kirim(
                        post("/api/v1/pegawai/" + nip + "/riwayat"),
                        "{\"jenis\":\"PELATIHAN\",\"uraian\":\"\",\"tmt\":\"2026-02-30\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItems("uraian", "tmt")));
        kirim(
                        post("/api/v1/pegawai"),
                        "{\"nip\":\"199001012020011001\",\"nama\":\" \",\"tanggalLahir\":\"1990-13-01\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItems("nama", "tanggalLahir")));
    }

    @Test
    void butirDaftarDisebutDenganIndeksnya() throws Exception {
        LocalDate kemarin = LocalDate.now().minusDays(1);
        kirim(post("/api/v1/kinerja/aktivitas"), """
                [{"nip": "%s", "tanggal": "%s", "mulai": "03:00", "selesai": "03:10", "uraian": "Menyusun laporan"},
                 {"nip": "%s", "tanggal": "2026-02-30", "mulai": "03:10", "selesai": "03:20", "uraian": "Menyusun"},
                 {"nip": "%s", "tanggal": "%s", "mulai": {"jam": 3}, "selesai": "03:30", "uraian": "Menyusun", "rhkId": "x"}]""".formatted(nip, kemarin, nip, nip, kemarin))
                .andExpect(jsonPath("$.errors[*].field", hasItems("[1].tanggal", "[2].mulai", "[2].rhkId")))
                .andExpect(jsonPath("$.errors[*].field", not(hasItem("[0]"))));
    }

    @Test
    void nulSurrogateDanTeksPanjangDisebutPerIsian() throws Exception {
        kirim(post("/api/v1/opd"), "{\"kode\":\"UJI\\u0000NUL\",\"nama\":\"Badan Uji NUL\",\"jenis\":\"BADAN\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("kode")));
        kirim(post("/api/v1/opd"), "{\"kode\":\"UJI-SUR\",\"nama\":\"Badan \\ud800 Uji\",\"jenis\":\"BADAN\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("nama")));
        kirim(
                        post("/api/v1/opd"),
                        "{\"kode\":\"UJI-PJG\",\"nama\":\"" + "n".repeat(100_000) + "\",\"jenis\":\"BADAN\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("nama")));
        kirim(
                        post("/api/v1/pegawai/" + nip + "/riwayat"),
                        "{\"jenis\":\"PELATIHAN\",\"uraian\":\"Diklat\",\"tmt\":\"2020-01-01\","
                                + "\"keterangan\":\"a\\u0000b\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("keterangan")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM organisasi.opd WHERE kode IN ('UJI-SUR', 'UJI-PJG') OR kode LIKE 'UJI%NUL'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void usulanKoreksiDiperiksaSaatDiajukan() throws Exception {
        kirim(
                        post("/api/v1/pegawai/" + nip + "/koreksi"),
                        "{\"isian\":\"nik\",\"nilaiUsulan\":\"12ab\",\"alasan\":\"Salah ketik\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("nilaiUsulan")));
        kirim(
                        post("/api/v1/pegawai/" + nip + "/koreksi"),
                        "{\"isian\":\"pendidikanTahunLulus\",\"nilaiUsulan\":\"seribu\",\"alasan\":\"Ijazah\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("nilaiUsulan")));
        kirim(
                        post("/api/v1/pegawai/" + nip + "/koreksi"),
                        "{\"isian\":\"agama\",\"nilaiUsulan\":\"JEDI\",\"alasan\":\"KTP\"}")
                .andExpect(jsonPath("$.errors[*].field", hasItem("nilaiUsulan")));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM pegawai.usulan_koreksi WHERE nip = ? AND nilai_usulan IN ('12ab', 'seribu', 'JEDI')")
                        .param(nip)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void jsonRusakDanIsiKosongTetapMenyebutIsian() throws Exception {
        kirim(post("/api/v1/opd"), "{\"kode\": \"X\", \"nama\": ")
                .andExpect(jsonPath("$.errors[0].field").exists())
                .andExpect(jsonPath("$.errors[0].message").exists());
        kirim(post("/api/v1/opd"), "").andExpect(jsonPath("$.errors[0].field").value("$"));
        kirim(post("/api/v1/opd"), "[1, 2]")
                .andExpect(jsonPath("$.errors[0].field").value("$"));
    }

    @Test
    void parameterKueriDanJalurBertipeSalahDisebut() throws Exception {
        mvc.perform(get("/api/v1/pegawai").param("opd", "abc").with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("opd"));
        mvc.perform(get("/api/v1/opd/abc").with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(get("/api/v1/kinerja/distribusi")
                        .param("opdId", String.valueOf(disdik))
                        .param("tahun", "abc")
                        .with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tahun"));
        mvc.perform(get("/api/v1/kinerja/distribusi").param("tahun", "2025").with(BKD))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opdId"));
    }
}
