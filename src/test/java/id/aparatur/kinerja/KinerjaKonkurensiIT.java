package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.aparatur.Serentak;
import id.aparatur.Serentak.Jawaban;
import id.aparatur.UjiIntegrasi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Two decisions on the same SKP, follow-up or activity at the same instant: exactly one wins, the other gets a 409
 * ProblemDetail, the final state is the winner's and the audit holds the winner's step once. The SKP steps carry the
 * version the penilai saw ({@code ?versi=}), so that "setujui" and "kembalikan" clicked at once cannot both apply.
 * Creating activities is audited, one row per activity.
 */
@UjiIntegrasi
class KinerjaKonkurensiIT {

    static final int PUTARAN = 5;
    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");
    static final String SKP = "/api/v1/kinerja/skp/";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    MockHttpServletRequestBuilder jsonPost(String url, RequestPostProcessor siapa, Object isi) {
        return post(url).with(siapa).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(isi));
    }

    long auditSkp(long id, String ringkasan) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'SKP' AND entitas_id = ? "
                        + "AND ringkasan LIKE ?")
                .params(String.valueOf(id), ringkasan + "%")
                .query(Long.class)
                .single();
    }

    String status(long skp) {
        return jdbc.sql("SELECT status FROM kinerja.skp WHERE id = ?")
                .param(skp)
                .query(String.class)
                .single();
    }

    int versi(long skp) {
        return jdbc.sql("SELECT versi FROM kinerja.skp WHERE id = ?")
                .param(skp)
                .query(Integer.class)
                .single();
    }

    /** An SKP in DRAF with one RHK. */
    long skpDraf(KinerjaFixture f, int i, int tahun) throws Exception {
        return f.skpDraf(i, tahun).get("id").asLong();
    }

    Map<String, Object> penilaian(String hasil, String perilaku) {
        return Map.of("hasilKerja", hasil, "perilakuKerja", perilaku, "perilaku", KinerjaFixture.catatanBerakhlak());
    }

    @Test
    void skpDisetujuiDinilaiDanDifinalkanSerentakHanyaSekali() throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, PUTARAN);
        int tahun = LocalDate.now(clock).getYear();
        f.kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                Map.of("opdId", f.opd, "tahun", tahun, "predikat", "BAIK", "dasar", "Hasil evaluasi SAKIP"),
                201);
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long id = skpDraf(f, putaran, tahun);
            // The same step twice, without a version: the second finds the SKP no longer a draft.
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(SKP + id + "/setujui", f.penilai(), Map.of()),
                            jsonPost(SKP + id + "/setujui", f.penilai(), Map.of())),
                    true);
            assertThat(status(id)).isEqualTo("DISETUJUI");
            assertThat(auditSkp(id, "SKP disetujui")).isEqualTo(1);

            // Rating again is allowed until final, but two ratings on the same version: one wins.
            int v = versi(id);
            List<Jawaban> nilai = Serentak.kirim(
                    mvc,
                    jsonPost(SKP + id + "/nilai?versi=" + v, f.penilai(), penilaian("DI_BAWAH", "SESUAI")),
                    jsonPost(SKP + id + "/nilai?versi=" + v, f.penilai(), penilaian("DI_ATAS", "DI_ATAS")));
            int menang = Serentak.satuMenang(nilai, true);
            assertThat(jdbc.sql("SELECT predikat FROM kinerja.skp WHERE id = ?")
                            .param(id)
                            .query(String.class)
                            .single())
                    .isEqualTo(menang == 0 ? "BUTUH_PERBAIKAN" : "SANGAT_BAIK");
            assertThat(auditSkp(id, "SKP dinilai")).isEqualTo(1);

            v = versi(id);
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(SKP + id + "/finalkan?versi=" + v, f.penilai(), Map.of()),
                            jsonPost(SKP + id + "/finalkan", BKD, Map.of())),
                    true);
            assertThat(status(id)).isEqualTo("FINAL");
            assertThat(auditSkp(id, "SKP difinalkan")).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(menang == 0 ? 1 : 0);
        }
    }

    @Test
    void skpDisetujuiDanDikembalikanSerentakHanyaSatuPutusan() throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, PUTARAN);
        int tahun = LocalDate.now(clock).getYear();
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long id = skpDraf(f, putaran, tahun);
            int v = versi(id);
            List<Jawaban> j = Serentak.kirim(
                    mvc,
                    jsonPost(SKP + id + "/setujui?versi=" + v, f.penilai(), Map.of()),
                    jsonPost(
                            SKP + id + "/kembalikan?versi=" + v,
                            f.penilai(),
                            Map.of("catatan", "Target indikator belum terukur")));
            int menang = Serentak.satuMenang(j, true);
            assertThat(status(id)).isEqualTo(menang == 0 ? "DISETUJUI" : "DRAF");
            assertThat(versi(id)).isEqualTo(v + 1);
            assertThat(auditSkp(id, "SKP disetujui")).isEqualTo(menang == 0 ? 1 : 0);
            assertThat(auditSkp(id, "SKP dikembalikan")).isEqualTo(menang == 0 ? 0 : 1);
            assertThat(jdbc.sql("SELECT count(*) FROM kinerja.umpan_balik WHERE skp_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .as("catatan pengembalian hanya dari pemenang")
                    .isEqualTo(menang == 0 ? 0 : 1);
        }
    }

    @Test
    void finalisasiOpdSerentakMemfinalkanSetiapSkpSekali() throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 3);
        int tahun = LocalDate.now(clock).getYear() - 1;
        List<Long> skp = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            skp.add(f.skpDinilai(i, tahun, "SESUAI", "SESUAI"));
        }
        f.kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                Map.of("opdId", f.opd, "tahun", tahun, "predikat", "BAIK", "dasar", "Hasil evaluasi SAKIP"),
                201);
        String url = "/api/v1/kinerja/opd/" + f.opd + "/tahun/" + tahun + "/finalkan";
        List<Jawaban> j = Serentak.kirim(mvc, jsonPost(url, BKD, Map.of()), jsonPost(url, BKD, Map.of()));
        Set<Long> difinalkan = new HashSet<>();
        int total = 0;
        for (Jawaban x : j) {
            assertThat(x.status()).as("%s", x).isEqualTo(200);
            for (JsonNode n : json.readTree(x.isi()).get("difinalkan")) {
                difinalkan.add(n.asLong());
                total++;
            }
        }
        assertThat(difinalkan).containsExactlyInAnyOrderElementsOf(skp);
        assertThat(total).as("tiap SKP difinalkan satu permintaan saja").isEqualTo(3);
        for (long id : skp) {
            assertThat(auditSkp(id, "SKP difinalkan")).isEqualTo(1);
        }
    }

    @Test
    void tindakLanjutDimajukanSerentakHanyaSekali() throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, PUTARAN);
        int tahun = LocalDate.now(clock).getYear() - 2;
        f.kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                Map.of("opdId", f.opd, "tahun", tahun, "predikat", "BAIK", "dasar", "Hasil evaluasi SAKIP"),
                201);
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long skp = f.skpDinilai(putaran, tahun, "DI_BAWAH", "SESUAI");
            f.kirim(post(SKP + skp + "/finalkan"), f.penilai(), Map.of(), 200);
            long tl = jdbc.sql("SELECT id FROM kinerja.tindak_lanjut WHERE skp_id = ?")
                    .param(skp)
                    .query(Long.class)
                    .single();
            f.kirim(
                    post("/api/v1/kinerja/tindak-lanjut/" + tl + "/penyebab"),
                    f.penilai(),
                    Map.of("penyebab", "Target teknis baru belum dikuasai"),
                    204);
            String url = "/api/v1/kinerja/tindak-lanjut/" + tl + "/status";
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            jsonPost(url, f.penilai(), Map.of("status", "BERJALAN", "rencana", "Coaching bulanan")),
                            jsonPost(url, BKD, Map.of("status", "BERJALAN", "rencana", "Pembinaan oleh BKD"))),
                    true);
            int v = jdbc.sql("SELECT versi FROM kinerja.tindak_lanjut WHERE id = ?")
                    .param(tl)
                    .query(Integer.class)
                    .single();
            List<Jawaban> selesai = Serentak.kirim(
                    mvc,
                    jsonPost(url, f.penilai(), Map.of("versi", v, "status", "SELESAI", "hasil", "Membaik")),
                    jsonPost(url, BKD, Map.of("versi", v, "status", "SELESAI", "hasil", "Ditutup BKD")));
            int menang = Serentak.satuMenang(selesai, true);
            assertThat(jdbc.sql("SELECT status || '/' || hasil FROM kinerja.tindak_lanjut WHERE id = ?")
                            .param(tl)
                            .query(String.class)
                            .single())
                    .isEqualTo("SELESAI/" + (menang == 0 ? "Membaik" : "Ditutup BKD"));
            assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'TINDAK_LANJUT' "
                                    + "AND entitas_id = ?")
                            .param(String.valueOf(tl))
                            .query(Long.class)
                            .single())
                    .as("dibuka, penyebab, berjalan, selesai")
                    .isEqualTo(4);
        }
    }

    @Test
    void aktivitasDicatatTerauditDanDiverifikasiSerentakHanyaSekali() throws Exception {
        KinerjaFixture f = new KinerjaFixture(mvc, jdbc, json, 1);
        String kemarin = LocalDate.now(clock).minusDays(1).toString();
        List<Map<String, Object>> isi = new ArrayList<>();
        for (int putaran = 0; putaran < PUTARAN * 2; putaran++) {
            isi.add(Map.of(
                    "tanggal",
                    kemarin,
                    "mulai",
                    String.format("%02d:00", 7 + putaran),
                    "selesai",
                    String.format("%02d:45", 7 + putaran),
                    "uraian",
                    "Menyusun laporan " + putaran));
        }
        JsonNode dicatat = f.kirim(post("/api/v1/kinerja/aktivitas"), f.pegawai(0), isi, 201);
        List<Long> ids = new ArrayList<>();
        dicatat.get("id").forEach(n -> ids.add(n.asLong()));
        assertThat(ids).hasSize(PUTARAN * 2);
        for (long id : ids) {
            Map<String, Object> a = jdbc.sql("SELECT aksi, pengguna, opd_id, sesudah->>'uraian' AS uraian "
                            + "FROM audit.jejak_audit WHERE entitas = 'AKTIVITAS' AND entitas_id = ?")
                    .param(String.valueOf(id))
                    .query()
                    .singleRow();
            assertThat(a.get("aksi")).isEqualTo("BUAT");
            assertThat(a.get("pengguna")).isEqualTo("uji." + f.pegawai.get(0));
            assertThat(((Number) a.get("opd_id")).longValue()).isEqualTo(f.opd);
            assertThat((String) a.get("uraian")).startsWith("Menyusun laporan");
        }
        String api = "/api/v1/kinerja/aktivitas/";
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long a = ids.get(putaran * 2);
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            post(api + a + "/verifikasi").with(f.penilai()),
                            post(api + a + "/verifikasi").with(BKD)),
                    true);
            long b = ids.get(putaran * 2 + 1);
            int menang = Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            post(api + b + "/verifikasi").with(f.penilai()),
                            jsonPost(api + b + "/tolak", f.penilai(), Map.of("alasan", "Bukan tugas jabatan"))),
                    true);
            assertThat(jdbc.sql("SELECT status FROM kinerja.aktivitas WHERE id = ?")
                            .param(b)
                            .query(String.class)
                            .single())
                    .isEqualTo(menang == 0 ? "DIVERIFIKASI" : "DITOLAK");
            for (long x : new long[] {a, b}) {
                assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'AKTIVITAS' "
                                        + "AND entitas_id = ? AND aksi = 'UBAH'")
                                .param(String.valueOf(x))
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
            }
        }
    }
}
