package id.aparatur.kinerja;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.akses.PenggunaAparatur;
import id.aparatur.akses.Peran;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A small OPD of its own for the evaluation tests: a kepala (the atasan of the penilai), a penilai (atasan) and
 * employees under the penilai, the first one a jabatan fungsional Ahli Muda. NIPs have month digits "9x" so they never
 * clash with demo data.
 */
final class FixturEvaluasi {

    final MockMvc mvc;
    final JdbcClient jdbc;
    final ObjectMapper json;
    final long opd;
    final String kepala;
    final String penilai;
    final List<String> pegawai;

    FixturEvaluasi(MockMvc mvc, JdbcClient jdbc, ObjectMapper json, int jumlahPegawai) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.json = json;
        String s = Long.toString(System.nanoTime(), 36);
        opd = jdbc.sql("INSERT INTO organisasi.opd (kode, nama, jenis) VALUES (?, ?, 'DINAS') RETURNING id")
                .params("EV-" + s, "Dinas Uji Evaluasi " + s).query(Long.class).single();
        long unit = jdbc.sql("INSERT INTO organisasi.unit (opd_id, kode, nama, jenis) VALUES (?, ?, ?, 'BIDANG') "
                + "RETURNING id").params(opd, "EVU-" + s, "Bidang Uji " + s).query(Long.class).single();
        long struktural = jabatan(unit, "EVS-" + s, "PENGAWAS", null);
        long fungsional = jabatan(unit, "EVF-" + s, "FUNGSIONAL", "AHLI_MUDA");
        long pelaksana = jabatan(unit, "EVP-" + s, "PELAKSANA", null);
        int dasar = ThreadLocalRandom.current().nextInt(100_000, 900_000);
        kepala = nipBaru(dasar, 0);
        penilai = nipBaru(dasar, 1);
        pegawaiBaru(kepala, struktural, unit, null);
        pegawaiBaru(penilai, struktural, unit, kepala);
        List<String> daftar = new java.util.ArrayList<>();
        for (int i = 0; i < jumlahPegawai; i++) {
            String n = nipBaru(dasar, i + 2);
            pegawaiBaru(n, i == 0 ? fungsional : pelaksana, unit, penilai);
            daftar.add(n);
        }
        pegawai = List.copyOf(daftar);
    }

    private static String nipBaru(int dasar, int urut) {
        return "1990" + "9" + urut % 10 + "01" + "2015" + String.format("%06d", dasar);
    }

    private long jabatan(long unit, String kode, String jenis, String jenjang) {
        return jdbc.sql("""
                        INSERT INTO organisasi.jabatan (opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas,
                          rumpun_kode, kuota) VALUES (?, ?, ?, ?, ?, ?, 8, 'ADM', 5) RETURNING id""")
                .params(opd, unit, kode, "Jabatan " + kode, jenis, jenjang).query(Long.class).single();
    }

    private void pegawaiBaru(String nip, long jabatan, long unit, String atasan) {
        jdbc.sql("""
                        INSERT INTO pegawai.pegawai (nip, nama, jenis_kelamin, tanggal_lahir, tmt_cpns, jabatan_id,
                            unit_id, opd_id, status_kepegawaian, golongan, tmt_jabatan, pendidikan_tingkat, atasan_nip)
                        VALUES (?, ?, 'P', DATE '1990-01-01', DATE '2015-01-01', ?, ?, ?, 'PNS', 'III/a',
                            DATE '2020-01-01', 'S1', ?)""")
                .params(nip, "Uji Evaluasi " + nip, jabatan, unit, opd, atasan).update();
    }

    RequestPostProcessor sebagai(String nip, Peran... peran) {
        return user(new PenggunaAparatur("uji." + nip, null, "Uji " + nip, Set.of(peran), opd, nip, true, false));
    }

    RequestPostProcessor pegawai(int i) {
        return sebagai(pegawai.get(i), Peran.PEGAWAI);
    }

    RequestPostProcessor penilai() {
        return sebagai(penilai, Peran.ATASAN, Peran.PEGAWAI);
    }

    RequestPostProcessor kepala() {
        return sebagai(kepala, Peran.ATASAN, Peran.PIMPINAN_OPD, Peran.PEGAWAI);
    }

    JsonNode kirim(MockHttpServletRequestBuilder req, RequestPostProcessor siapa, Object isi, int status)
            throws Exception {
        String hasil = mvc.perform(req.with(siapa).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(isi)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return hasil.isEmpty() ? json.createObjectNode() : json.readTree(hasil);
    }

    /** Employee {@code i} drafts an SKP with one RHK and two indicators; the penilai agrees. */
    JsonNode skpDisetujui(int i, int tahun) throws Exception {
        JsonNode skp = kirim(post("/api/v1/kinerja/skp"), pegawai(i), Map.of("tahun", tahun), 201);
        long id = skp.get("id").asLong();
        kirim(put("/api/v1/kinerja/skp/" + id + "/rhk"), pegawai(i), Map.of("versi", skp.get("versi").asInt(),
                "rhk", List.of(SkpIT.rhk("Menyusun laporan " + i, null))), 200);
        return kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), penilai(), Map.of(), 200);
    }

    /** The penilai rates an SKP (all seven BerAKHLAK notes). */
    String nilai(long id, String hasil, String perilaku) throws Exception {
        return kirim(post("/api/v1/kinerja/skp/" + id + "/nilai"), penilai(), Map.of("hasilKerja", hasil,
                "perilakuKerja", perilaku, "perilaku", SkpIT.catatanBerakhlak()), 200).get("predikat").asString();
    }

    long skpDinilai(int i, int tahun, String hasil, String perilaku) throws Exception {
        long id = skpDisetujui(i, tahun).get("id").asLong();
        nilai(id, hasil, perilaku);
        return id;
    }
}
