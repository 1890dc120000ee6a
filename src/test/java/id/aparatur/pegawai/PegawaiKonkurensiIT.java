package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.aparatur.Serentak;
import id.aparatur.Serentak.Jawaban;
import id.aparatur.UjiIntegrasi;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * Two decisions on the same correction proposal, riwayat or employee at the same instant: exactly one wins, the other
 * gets a 409 ProblemDetail, and only the winner is audited. Works on employees of an OPD of its own.
 */
@UjiIntegrasi
class PegawaiKonkurensiIT {

    static final int PUTARAN = 5;
    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    long opd;

    @BeforeEach
    void opd() {
        opd = new id.aparatur.organisasi.OrganisasiFixture(jdbc)
                .opdBaru("Dinas Uji Serentak")
                .id();
    }

    /** A new active employee of the test OPD with a valid NIP (born 1988, CPNS March 2012, male). */
    String pegawaiBaru() {
        while (true) {
            ThreadLocalRandom r = ThreadLocalRandom.current();
            String lahir = String.format("1988%02d%02d", r.nextInt(1, 13), r.nextInt(1, 29));
            String nip = lahir + "201203" + "1" + String.format("%03d", r.nextInt(1, 1000));
            int n = jdbc.sql("""
                    INSERT INTO pegawai.pegawai (nip, nama, jenis_kelamin, tanggal_lahir, tmt_cpns, opd_id,
                        status_kepegawaian, golongan, tempat_lahir)
                    SELECT ?, ?, 'L', CAST(? AS date), DATE '2012-03-01', ?, 'PNS', 'III/a', 'Sleman'
                    WHERE NOT EXISTS (SELECT 1 FROM pegawai.pegawai WHERE nip = ?)""")
                    .params(
                            nip,
                            "Uji Serentak " + nip,
                            lahir.substring(0, 4) + "-" + lahir.substring(4, 6) + "-" + lahir.substring(6),
                            opd,
                            nip)
                    .update();
            if (n == 1) {
                return nip;
            }
        }
    }

    MockHttpServletRequestBuilder jsonPost(String url, String isi) {
        return post(url).with(BKD).contentType(MediaType.APPLICATION_JSON).content(isi);
    }

    long audit(String entitas, String id, String aksi) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = ? AND entitas_id = ? AND aksi = ?")
                .params(entitas, id, aksi)
                .query(Long.class)
                .single();
    }

    @Test
    void usulanKoreksiDiajukanDanDiputusSerentakHanyaSekali() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            String nip = pegawaiBaru();
            String usulan =
                    "{\"isian\": \"tempatLahir\", \"nilaiUsulan\": \"Kulon Progo\", \"alasan\": \"Sesuai akta\"}";
            List<Jawaban> ajukan = Serentak.kirim(
                    mvc,
                    jsonPost("/api/v1/pegawai/" + nip + "/koreksi", usulan),
                    jsonPost("/api/v1/pegawai/" + nip + "/koreksi", usulan));
            int menang = Serentak.satuMenang(ajukan, true);
            long id = json.readTree(ajukan.get(menang).isi()).get("id").asLong();
            assertThat(jdbc.sql("SELECT count(*) FROM pegawai.usulan_koreksi WHERE nip = ?")
                            .param(nip)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);

            String url = "/api/v1/koreksi/" + id + "/putusan";
            List<Jawaban> putusan = Serentak.kirim(
                    mvc,
                    jsonPost(url, "{\"setuju\": true}"),
                    jsonPost(url, "{\"setuju\": false, \"alasan\": \"Akta tidak dilampirkan\"}"));
            int putus = Serentak.satuMenang(putusan, true);
            assertThat(jdbc.sql("SELECT status FROM pegawai.usulan_koreksi WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo(putus == 0 ? "DISETUJUI" : "DITOLAK");
            assertThat(jdbc.sql("SELECT tempat_lahir FROM pegawai.pegawai WHERE nip = ?")
                            .param(nip)
                            .query(String.class)
                            .single())
                    .isEqualTo(putus == 0 ? "Kulon Progo" : "Sleman");
            assertThat(audit("KOREKSI_PEGAWAI", String.valueOf(id), "SETUJUI")
                            + audit("KOREKSI_PEGAWAI", String.valueOf(id), "TOLAK"))
                    .isEqualTo(1);
            assertThat(audit("PEGAWAI", nip, "UBAH")).isEqualTo(putus == 0 ? 1 : 0);
        }
    }

    @Test
    void riwayatDibatalkanDanPegawaiDinonaktifkanSerentakHanyaSekali() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            String nip = pegawaiBaru();
            long riwayat = json.readTree(mvc.perform(jsonPost(
                                    "/api/v1/pegawai/" + nip + "/riwayat",
                                    "{\"jenis\": "
                                            + "\"PELATIHAN\", \"uraian\": \"Diklat teknis\", \"tmt\": \"2020-05-04\"}"))
                            .andReturn()
                            .getResponse()
                            .getContentAsString())
                    .get("id")
                    .asLong();
            String batal = "/api/v1/pegawai/" + nip + "/riwayat/" + riwayat + "/batalkan";
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(batal, "{\"alasan\": \"Salah input\"}"),
                            jsonPost(batal, "{\"alasan\": \"Ganda\"}")),
                    true);
            assertThat(audit("RIWAYAT_PEGAWAI", nip + "/" + riwayat, "BATALKAN"))
                    .isEqualTo(1);

            int versi = jdbc.sql("SELECT versi FROM pegawai.pegawai WHERE nip = ?")
                    .param(nip)
                    .query(Integer.class)
                    .single();
            String nonaktif = "/api/v1/pegawai/" + nip + "/nonaktifkan";
            List<Jawaban> j = Serentak.kirim(
                    mvc,
                    jsonPost(nonaktif, "{\"alasan\": \"Pensiun\", \"versi\": " + versi + "}"),
                    jsonPost(nonaktif, "{\"alasan\": \"Meninggal dunia\", \"versi\": " + versi + "}"));
            int menang = Serentak.satuMenang(j, true);
            assertThat(jdbc.sql("SELECT alasan_nonaktif FROM pegawai.pegawai WHERE nip = ?")
                            .param(nip)
                            .query(String.class)
                            .single())
                    .isEqualTo(menang == 0 ? "Pensiun" : "Meninggal dunia");
            assertThat(audit("PEGAWAI", nip, "NONAKTIFKAN")).isEqualTo(1);
        }
    }
}
