package id.aparatur.seleksi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.Serentak;
import id.aparatur.Serentak.Jawaban;
import id.aparatur.UjiIntegrasi;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * Two BKD or PPK steps on the same seleksi terbuka at the same instant: exactly one wins, the other gets a 409
 * ProblemDetail and only the winner is audited. "Lanjutkan" names the stage it closes ({@code ?dari=}), so that two
 * clicks cannot advance the selection by two stages.
 */
@UjiIntegrasi
class SeleksiKonkurensiIT {

    static final int PUTARAN = 5;
    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final RequestPostProcessor PPK = httpBasic("ppk", "aparatur-demo");
    static final String API = "/api/v1/seleksi-terbuka/";
    static final String CATATAN = "Hanya satu pelamar memenuhi syarat setelah pengumuman diperpanjang";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    MockHttpServletRequestBuilder jsonPost(String url, RequestPostProcessor siapa, String isi) {
        return post(url).with(siapa).contentType(MediaType.APPLICATION_JSON).content(isi);
    }

    long kirim(MockHttpServletRequestBuilder b, int status) throws Exception {
        String s = mvc.perform(b)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return s.isEmpty() || !json.readTree(s).has("id")
                ? 0
                : json.readTree(s).get("id").asLong();
    }

    String statusSeleksi(long id) {
        return jdbc.sql("SELECT status FROM seleksi.seleksi WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    long audit(long id, String aksi) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'SELEKSI_TERBUKA' AND entitas_id = ? "
                        + "AND aksi = ?")
                .params(String.valueOf(id), aksi)
                .query(Long.class)
                .single();
    }

    void lanjutkan(long id) throws Exception {
        kirim(post(API + id + "/lanjutkan").with(BKD), 200);
    }

    @Test
    void setiapLangkahSerentakHanyaSatuYangMenang() throws Exception {
        SeleksiFixture fixture = new SeleksiFixture(jdbc);
        String nip = fixture.pelamarInternal(1).get(0);
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long jabatan = fixture.jptLowong();
            long id = kirim(jsonPost("/api/v1/seleksi-terbuka", BKD, "{\"jabatanId\": " + jabatan + "}"), 201);
            kirim(jsonPost(API + id + "/pansel", BKD, "{\"nama\": \"Prof. Ketua\", \"peran\": \"KETUA\"}"), 200);

            long peserta0 = kirim(jsonPost(API + id + "/peserta", BKD, "{\"nip\": \"" + nip + "\"}"), 201);
            // Two clicks on "close the draft": one announcement, not an announcement and a closed registration.
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            post(API + id + "/lanjutkan?dari=DRAF").with(BKD),
                            post(API + id + "/lanjutkan?dari=DRAF").with(BKD)),
                    true);
            assertThat(statusSeleksi(id)).isEqualTo("DIUMUMKAN");
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            post(API + id + "/lanjutkan?dari=DIUMUMKAN").with(BKD),
                            post(API + id + "/lanjutkan?dari=DIUMUMKAN").with(BKD)),
                    true);
            assertThat(statusSeleksi(id)).isEqualTo("ADMINISTRASI");
            assertThat(audit(id, "UBAH")).as("pansel, dua tahap, peserta").isEqualTo(4);

            mvc.perform(put(API + id + "/peserta/" + peserta0 + "/administrasi")
                            .with(BKD)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"lulus\": true}"))
                    .andExpect(status().isOk());
            String[][] tahap = {
                {"KOMPETENSI", "kompetensi"},
                {"MAKALAH", "makalah"},
                {"WAWANCARA", "wawancara"},
                {"REKAM_JEJAK", "rekamJejak"}
            };
            for (String[] t : tahap) {
                lanjutkan(id);
                assertThat(statusSeleksi(id)).isEqualTo(t[0]);
                mvc.perform(put(API + id + "/peserta/" + peserta0 + "/nilai")
                                .with(BKD)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"" + t[1] + "\": 80}"))
                        .andExpect(status().isOk());
            }
            String catatan = "{\"catatan\": \"" + CATATAN + "\"}";
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(API + id + "/ajukan", BKD, catatan),
                            jsonPost(API + id + "/ajukan", BKD, catatan)),
                    true);
            assertThat(statusSeleksi(id)).isEqualTo("TIGA_NAMA_DIAJUKAN");
            assertThat(audit(id, "AJUKAN")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM seleksi.usulan_pansel WHERE seleksi_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);

            if (putaran % 2 == 0) {
                String pilih = "{\"pesertaId\": " + peserta0 + "}";
                Serentak.satuMenang(
                        Serentak.kirim(
                                mvc,
                                jsonPost(API + id + "/tetapkan", PPK, pilih),
                                jsonPost(API + id + "/tetapkan", PPK, pilih)),
                        true);
                assertThat(statusSeleksi(id)).isEqualTo("DITETAPKAN");
                assertThat(audit(id, "TETAPKAN")).isEqualTo(1);
                assertThat(jdbc.sql("SELECT count(*) FROM seleksi.keputusan_ppk WHERE seleksi_id = ?")
                                .param(id)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            } else {
                // The PPK decides while BKD cancels: one of them.
                List<Jawaban> j = Serentak.kirim(
                        mvc,
                        jsonPost(API + id + "/tetapkan", PPK, "{\"pesertaId\": " + peserta0 + "}"),
                        jsonPost(API + id + "/batalkan", BKD, "{\"alasan\": \"Anggaran dialihkan\"}"));
                int menang = Serentak.satuMenang(j, true);
                assertThat(statusSeleksi(id)).isEqualTo(menang == 0 ? "DITETAPKAN" : "DIBATALKAN");
                assertThat(audit(id, "TETAPKAN") + audit(id, "BATALKAN")).isEqualTo(1);
            }
        }
    }

    @Test
    void dibatalkanDuaKaliSerentakHanyaSekali() throws Exception {
        SeleksiFixture fixture = new SeleksiFixture(jdbc);
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long jabatan = fixture.jptLowong();
            long id = kirim(jsonPost("/api/v1/seleksi-terbuka", BKD, "{\"jabatanId\": " + jabatan + "}"), 201);
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(API + id + "/batalkan", BKD, "{\"alasan\": \"Ganda\"}"),
                            jsonPost(API + id + "/batalkan", BKD, "{\"alasan\": \"Salah jabatan\"}")),
                    true);
            assertThat(statusSeleksi(id)).isEqualTo("DIBATALKAN");
            assertThat(audit(id, "BATALKAN")).isEqualTo(1);
        }
    }
}
