package id.aparatur.organisasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Create/update with validation on opd, unit, jabatan and pegawai: 201, 400 with field errors, 403, 404, 409. */
@UjiIntegrasi
class ValidasiApiIT {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long disdik;
    long unitDisdik;
    long unitLain;

    @BeforeEach
    void data() {
        disdik = jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
        unitDisdik = jdbc.sql("SELECT id FROM organisasi.unit WHERE opd_id = ? AND induk_id IS NULL")
                .param(disdik)
                .query(Long.class)
                .single();
        unitLain = jdbc.sql("SELECT min(id) FROM organisasi.unit WHERE opd_id <> ?")
                .param(disdik)
                .query(Long.class)
                .single();
    }

    private String jabatanJson(String kode, long unit, int kelas, String jenis, String jenjang, String skj) {
        return """
                {"opdId": %d, "unitId": %d, "kode": "%s", "nama": "Analis Uji", "jenisJabatan": "%s", "jenjang": %s,
                 "kelas": %d, "rumpun": "SDM", "kuota": 2, "ikhtisar": "Menganalisis data uji",
                 "uraianTugas": ["Mengumpulkan data", "Menyusun laporan"],
                 "hasilKerja": [{"produk": "Laporan analisis", "satuan": "Dokumen"}],
                 "standarKinerja": {"produk": "Tepat waktu", "perilaku": "Teliti"},
                 "syarat": {"pendidikan": "S1", "pangkatMinimal": "III/a", "pengalaman": "-"},
                 "standarKompetensi": %s}""".formatted(disdik, unit, kode, jenis, jenjang == null ? "null" : "\"" + jenjang + "\"", kelas, skj);
    }

    @Test
    void jabatanDibuatDiubahSkjnyaDanDiaudit() throws Exception {
        String body = jabatanJson(
                "UJI.J.1",
                unitDisdik,
                8,
                "FUNGSIONAL",
                "AHLI_PERTAMA",
                "[{\"kode\":\"M.01\",\"level\":1,\"bobot\":40},{\"kode\":\"T.SDM.01\",\"level\":2,\"bobot\":60}]");
        var hasil = mvc.perform(
                        post("/api/v1/jabatan").with(BKD).contentType(JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.standarKompetensi.length()").value(2))
                .andExpect(jsonPath("$.jenjang").value("AHLI_PERTAMA"))
                .andReturn();
        long id = Long.parseLong(hasil.getResponse().getHeader("Location").replaceAll(".*/", ""));
        mvc.perform(put("/api/v1/jabatan/" + id + "/standar-kompetensi")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"versi\":0,\"standarKompetensi\":[{\"kode\":\"M.01\",\"level\":2,\"bobot\":100}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.standarKompetensi[0].level").value(2))
                .andExpect(jsonPath("$.versi").value(1));
        // Stale version
        mvc.perform(put("/api/v1/jabatan/" + id + "/standar-kompetensi")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"versi\":0,\"standarKompetensi\":[{\"kode\":\"M.01\",\"level\":3,\"bobot\":100}]}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409));
        List<String> aksi = jdbc.sql(
                        "SELECT aksi FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ? ORDER BY id")
                .param(String.valueOf(id))
                .query(String.class)
                .list();
        assertThat(aksi).containsExactly("BUAT", "UBAH");
        String sesudah = jdbc.sql(
                        "SELECT sesudah::text FROM audit.jejak_audit WHERE entitas = 'JABATAN' AND entitas_id = ? AND aksi = 'UBAH'")
                .param(String.valueOf(id))
                .query(String.class)
                .single();
        assertThat(sesudah).contains("\"level\": 2");
    }

    @Test
    void jabatanTidakSahDitolakDenganGalatPerIsian() throws Exception {
        mvc.perform(post("/api/v1/jabatan")
                        .with(BKD)
                        .contentType(JSON)
                        .content(jabatanJson(
                                "UJI.J.2",
                                unitDisdik,
                                18,
                                "PELAKSANA",
                                null,
                                "[{\"kode\":\"M.01\",\"level\":7,\"bobot\":10}]")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[?(@.field == 'kelas')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'standarKompetensi[0].level')]")
                        .exists());
        // Domain rules: jenjang on a non-functional position, unknown competency, retired competency, unit of another
        // OPD
        mvc.perform(
                        post("/api/v1/jabatan")
                                .with(BKD)
                                .contentType(JSON)
                                .content(
                                        jabatanJson(
                                                "UJI.J.3",
                                                unitLain,
                                                5,
                                                "PELAKSANA",
                                                "AHLI_MUDA",
                                                "[{\"kode\":\"M.99\",\"level\":1,\"bobot\":10},{\"kode\":\"T.PEM.90\",\"level\":1,\"bobot\":10}]")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'jenjang')].message")
                        .value("Jenjang hanya untuk jabatan fungsional; kosongkan untuk jenis jabatan ini."))
                .andExpect(jsonPath("$.errors[?(@.message == 'Kode kompetensi tidak ada di kamus kompetensi.')]")
                        .exists())
                .andExpect(jsonPath(
                                "$.errors[?(@.message == 'Kompetensi sudah tidak berlaku dan tidak dapat ditambahkan ke SKJ.')]")
                        .exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'unitId')]").exists());
        // Unknown enum and malformed JSON still answer a ProblemDetail
        mvc.perform(post("/api/v1/jabatan").with(BKD).contentType(JSON).content("{\"jenisJabatan\":\"RAJA\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Data tidak valid"));
        mvc.perform(post("/api/v1/jabatan").with(BKD).contentType(JSON).content("{bukan json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void kodeJabatanGandaDijawab409() throws Exception {
        String kode = jdbc.sql("SELECT min(kode) FROM organisasi.jabatan")
                .query(String.class)
                .single();
        mvc.perform(post("/api/v1/jabatan")
                        .with(BKD)
                        .contentType(JSON)
                        .content(jabatanJson(
                                kode,
                                unitDisdik,
                                5,
                                "PELAKSANA",
                                null,
                                "[{\"kode\":\"M.01\",\"level\":1,\"bobot\":10}]")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Kode jabatan sudah dipakai jabatan lain."));
    }

    @Test
    void hanyaAdminBkdYangMengubahData() throws Exception {
        long jabatan = jdbc.sql("SELECT min(id) FROM organisasi.jabatan WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        for (String user : List.of("kadis.pendidikan", "atasan.pendidikan", "pegawai.pendidikan", "asesor")) {
            var u = httpBasic(user, "aparatur-demo");
            mvc.perform(post("/api/v1/opd")
                            .with(u)
                            .contentType(JSON)
                            .content("{\"kode\":\"X1\",\"nama\":\"X\",\"jenis\":\"DINAS\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
            mvc.perform(post("/api/v1/unit")
                            .with(u)
                            .contentType(JSON)
                            .content("{\"opdId\":" + disdik + ",\"indukId\":" + unitDisdik
                                    + ",\"kode\":\"X1\",\"nama\":\"X\",\"jenis\":\"SEKSI\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(
                            put("/api/v1/jabatan/" + jabatan + "/standar-kompetensi")
                                    .with(u)
                                    .contentType(JSON)
                                    .content(
                                            "{\"versi\":0,\"standarKompetensi\":[{\"kode\":\"M.01\",\"level\":2,\"bobot\":100}]}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/pegawai")
                            .with(u)
                            .contentType(JSON)
                            .content("{\"nip\":\"199001012015051001\",\"nama\":\"X\"}"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM organisasi.opd WHERE kode = 'X1'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void opdDanUnitDibuatDiubahDanDivalidasi() throws Exception {
        var r = mvc.perform(
                        post("/api/v1/opd")
                                .with(BKD)
                                .contentType(JSON)
                                .content(
                                        "{\"kode\":\"UJI-OPD\",\"nama\":\"Badan Uji\",\"singkatan\":\"BU\",\"jenis\":\"BADAN\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        long opd = Long.parseLong(r.getResponse().getHeader("Location").replaceAll(".*/", ""));
        mvc.perform(post("/api/v1/opd")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"kode\":\"UJI-OPD\",\"nama\":\"Lagi\",\"jenis\":\"BADAN\"}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/opd/" + opd)
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"kode\":\"UJI-OPD\",\"nama\":\"Badan Uji Baru\",\"jenis\":\"BADAN\",\"versi\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nama").value("Badan Uji Baru"));
        mvc.perform(put("/api/v1/opd/" + opd)
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"kode\":\"UJI-OPD\",\"nama\":\"Basi\",\"jenis\":\"BADAN\",\"versi\":0}"))
                .andExpect(status().isConflict());
        var u = mvc.perform(post("/api/v1/unit")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"opdId\":" + opd
                                + ",\"kode\":\"UJI-OPD.0\",\"nama\":\"Kepala Badan Uji\",\"jenis\":\"PIMPINAN\"}"))
                .andExpect(status().isCreated())
                .andReturn();
        long akar = Long.parseLong(u.getResponse().getHeader("Location").replaceAll(".*/", ""));
        // A non-root unit needs a parent in the same OPD
        mvc.perform(post("/api/v1/unit")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"opdId\":" + opd
                                + ",\"kode\":\"UJI-OPD.1\",\"nama\":\"Bidang\",\"jenis\":\"BIDANG\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indukId"));
        mvc.perform(post("/api/v1/unit")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"opdId\":" + opd + ",\"indukId\":" + unitDisdik
                                + ",\"kode\":\"UJI-OPD.1\",\"nama\":\"Bidang\",\"jenis\":\"BIDANG\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("indukId"));
        mvc.perform(post("/api/v1/unit")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"opdId\":" + opd + ",\"indukId\":" + akar
                                + ",\"kode\":\"UJI-OPD.1\",\"nama\":\"Bidang Uji\",\"jenis\":\"BIDANG\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/unit?opd=" + opd).with(BKD))
                .andExpect(jsonPath("$.page.totalElements").value(2));
        mvc.perform(get("/api/v1/unit/999999").with(BKD)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/opd/999999").with(BKD)).andExpect(status().isNotFound());
    }

    @Test
    void pegawaiDidaftarkanDenganNipSahDanAtasanOtomatis() throws Exception {
        // A unit of this test's own with a head holding its head position, and a staff position in it.
        var org = new OrganisasiFixture(jdbc);
        long unit = org.unitBaru(disdik, unitDisdik, "Bidang Uji Atasan Otomatis");
        long jabKepala = org.jabatanBaru(disdik, unit, "ADMINISTRATOR", null, 11, "ADM", 1);
        long jabatan = org.pelaksanaBaru(new OrganisasiFixture.OpdUji(disdik, "", "", unit), 3);
        org.kepalaUnit(unit, jabKepala);
        String kepala = new id.aparatur.pegawai.PegawaiFixture(jdbc)
                .pegawaiBaru(new id.aparatur.pegawai.PegawaiFixture.Tempat(disdik, unit, jabKepala), null);
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(JSON)
                        .content(
                                "{\"nip\":\"19991231 202301 2 777\",\"nama\":\"Rina Uji\",\"gelarBelakang\":\"S.Pd.\",\"jabatanId\":"
                                        + jabatan + "}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nip").value("199912312023012777"))
                .andExpect(jsonPath("$.jenisKelamin").value("P"))
                .andExpect(jsonPath("$.tanggalLahir").value("1999-12-31"))
                .andExpect(jsonPath("$.tmtCpns").value("2023-01"))
                .andExpect(jsonPath("$.opdId").value(disdik))
                .andExpect(jsonPath("$.atasanNip").value(kepala));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"nip\":\"199912312023012777\",\"nama\":\"Ganda\"}"))
                .andExpect(status().isConflict());
        // unitId/opdId follow the jabatan; a contradicting value is refused, not silently ignored
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"nip\":\"199912312023012778\",\"nama\":\"Rina\",\"jabatanId\":" + jabatan
                                + ",\"opdId\":999999}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("opdId"));
        mvc.perform(get("/api/v1/pegawai/199912312023012777").with(BKD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.versi").value(0));
        mvc.perform(put("/api/v1/pegawai/199912312023012777")
                        .with(BKD)
                        .contentType(JSON)
                        .content(
                                "{\"nip\":\"199912312023012777\",\"nama\":\"Rina Uji\",\"jenisKelamin\":\"L\",\"jabatanId\":"
                                        + jabatan + ",\"versi\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Jenis kelamin tidak sesuai digit ke-15 NIP."));
        mvc.perform(post("/api/v1/pegawai/199912312023012777/nonaktifkan")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"alasan\":\"Pindah instansi\",\"versi\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.aktif").value(false));
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PEGAWAI' AND entitas_id = '199912312023012777'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void nipTidakSahDijelaskanPerAturan() throws Exception {
        mvc.perform(post("/api/v1/pegawai").with(BKD).contentType(JSON).content("{\"nip\":\"1986\",\"nama\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value("NIP harus terdiri atas tepat 18 angka."));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(JSON)
                        .content("{\"nip\":\"198602302015133000\",\"nama\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
        mvc.perform(post("/api/v1/pegawai").with(BKD).contentType(JSON).content("{\"nip\":\"198609262015051001\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nama"));
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(JSON)
                        .content(
                                "{\"nip\":\"198609262015051999\",\"nama\":\"X\",\"atasanNip\":\"198609262015051998\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("atasanNip"));
        mvc.perform(get("/api/v1/pegawai/198609262015051999").with(BKD)).andExpect(status().isNotFound());
    }

    @Test
    void bahasaInggrisTersediaUntukPesanGalat() throws Exception {
        mvc.perform(post("/api/v1/pegawai")
                        .with(BKD)
                        .contentType(JSON)
                        .header("Accept-Language", "en")
                        .param("lang", "en")
                        .content("{\"nip\":\"1986\",\"nama\":\"X\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A NIP must be exactly 18 digits."));
    }
}
