package id.aparatur.kinerja;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.akses.PenggunaAparatur;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Object Mother of module kinerja: a small OPD of its own (through {@link OrganisasiFixture}) with a kepala (the
 * atasan of the penilai), a penilai (atasan) and employees under the penilai (through {@link PegawaiFixture}), the
 * first one a jabatan fungsional Ahli Muda; and their SKP in each state — DRAF, DISETUJUI, DINILAI, FINAL — made
 * through the API, so every SKP a test uses went through the same rules as a real one.
 */
public final class KinerjaFixture {

    static final RequestPostProcessor BKD = httpBasic("bkd", "aparatur-demo");

    final MockMvc mvc;
    final JdbcClient jdbc;
    final ObjectMapper json;
    final long opd;
    final long unit;
    final String kepala;
    final String penilai;
    final List<String> pegawai;

    KinerjaFixture(MockMvc mvc, JdbcClient jdbc, ObjectMapper json, int jumlahPegawai) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.json = json;
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        OrganisasiFixture.OpdUji o = org.opdBaru("Dinas Uji Kinerja");
        opd = o.id();
        unit = o.unitId();
        long struktural = org.jabatanBaru(opd, unit, "PENGAWAS", null, 8, "ADM", 5);
        long fungsional = org.jabatanBaru(opd, unit, "FUNGSIONAL", "AHLI_MUDA", 8, "ADM", 5);
        long pelaksana = org.jabatanBaru(opd, unit, "PELAKSANA", null, 8, "ADM", 5);
        PegawaiFixture pf = new PegawaiFixture(jdbc);
        kepala = pf.pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, struktural), null);
        penilai = pf.pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, struktural), kepala);
        List<String> daftar = new java.util.ArrayList<>();
        for (int i = 0; i < jumlahPegawai; i++) {
            daftar.add(pf.pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, i == 0 ? fungsional : pelaksana), penilai));
        }
        pegawai = List.copyOf(daftar);
    }

    /** A second unit kerja of this OPD: its head (whose jabatan heads the unit, atasan the kepala) and employees. */
    record UnitUji(long id, String kepalaUnit, List<String> pegawai) {}

    /** A new unit of this OPD, under the kepala, with its own head and {@code jumlahPegawai} employees under them. */
    UnitUji unitBaru(int jumlahPegawai) {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        long u = org.unitBaru(opd, null, "Bidang Uji Kedua");
        long kepalaJabatan = org.jabatanBaru(opd, u, "PENGAWAS", null, 8, "ADM", 1);
        long pelaksana = org.jabatanBaru(opd, u, "PELAKSANA", null, 7, "ADM", jumlahPegawai);
        org.kepalaUnit(u, kepalaJabatan);
        PegawaiFixture pf = new PegawaiFixture(jdbc);
        String kepalaUnit = pf.pegawaiBaru(new PegawaiFixture.Tempat(opd, u, kepalaJabatan), kepala);
        List<String> daftar = new java.util.ArrayList<>();
        for (int i = 0; i < jumlahPegawai; i++) {
            daftar.add(pf.pegawaiBaru(new PegawaiFixture.Tempat(opd, u, pelaksana), kepalaUnit));
        }
        return new UnitUji(u, kepalaUnit, List.copyOf(daftar));
    }

    /** {@code nip} drafts an SKP for {@code tahun}, {@code penilai} agrees and rates it: DINILAI; the id. */
    long skpDinilai(String nip, RequestPostProcessor penilai, int tahun, String hasil, String perilaku)
            throws Exception {
        RequestPostProcessor pemilik = sebagai(nip, Peran.PEGAWAI);
        JsonNode skp = kirim(post("/api/v1/kinerja/skp"), pemilik, Map.of("tahun", tahun), 201);
        long id = skp.get("id").asLong();
        kirim(
                put("/api/v1/kinerja/skp/" + id + "/rhk"),
                pemilik,
                Map.of("versi", skp.get("versi").asInt(), "rhk", List.of(rhk("Menyusun laporan " + nip, null))),
                200);
        kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), penilai, Map.of(), 200);
        kirim(
                post("/api/v1/kinerja/skp/" + id + "/nilai"),
                penilai,
                Map.of("hasilKerja", hasil, "perilakuKerja", perilaku, "perilaku", catatanBerakhlak()),
                200);
        return id;
    }

    /** A new employee, with an atasan, in a new OPD of their own: outside the scope of everyone else. */
    static String pegawaiOpdLain(JdbcClient jdbc) {
        OrganisasiFixture org = new OrganisasiFixture(jdbc);
        OrganisasiFixture.OpdUji o = org.opdBaru("Dinas Uji Lain");
        PegawaiFixture.Tempat t = new PegawaiFixture.Tempat(o.id(), o.unitId(), org.pelaksanaBaru(o, 2));
        return new PegawaiFixture(jdbc).atasanDengan(1, t, t).get(1);
    }

    /** Where {@code nip} sits now, for a new colleague next to them. */
    static PegawaiFixture.Tempat tempat(JdbcClient jdbc, String nip) {
        return jdbc.sql("SELECT opd_id, unit_id, jabatan_id FROM pegawai.v_pegawai WHERE nip = ?")
                .param(nip)
                .query((rs, i) -> new PegawaiFixture.Tempat(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
    }

    /** Signs in as {@code nip} of this OPD, the way the login builds the user. */
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
        String hasil = mvc.perform(
                        req.with(siapa).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(isi)))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return hasil.isEmpty() ? json.createObjectNode() : json.readTree(hasil);
    }

    /** An RHK as the API takes it, with two indicators. */
    static Map<String, Object> rhk(String uraian, @Nullable Long rhkAtasanId) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("uraian", uraian);
        r.put("jenis", "UTAMA");
        r.put("rhkAtasanId", rhkAtasanId);
        r.put(
                "indikator",
                List.of(
                        Map.of("aspek", "KUANTITAS", "uraian", "Jumlah dokumen", "target", "12 dokumen"),
                        Map.of("aspek", "WAKTU", "uraian", "Tepat waktu", "target", "12 bulan")));
        return r;
    }

    /** Feedback for each of the seven BerAKHLAK values. */
    static Map<String, String> catatanBerakhlak() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : List.of(
                "BERORIENTASI_PELAYANAN", "AKUNTABEL", "KOMPETEN", "HARMONIS", "LOYAL", "ADAPTIF", "KOLABORATIF")) {
            m.put(n, "Umpan balik " + n);
        }
        return m;
    }

    /** Employee {@code i} drafts an SKP for {@code tahun} with one RHK of two indicators: a DRAF. */
    JsonNode skpDraf(int i, int tahun) throws Exception {
        JsonNode skp = kirim(post("/api/v1/kinerja/skp"), pegawai(i), Map.of("tahun", tahun), 201);
        long id = skp.get("id").asLong();
        return kirim(
                put("/api/v1/kinerja/skp/" + id + "/rhk"),
                pegawai(i),
                Map.of("versi", skp.get("versi").asInt(), "rhk", List.of(rhk("Menyusun laporan " + i, null))),
                200);
    }

    /** A DRAF the penilai agreed to: DISETUJUI. */
    JsonNode skpDisetujui(int i, int tahun) throws Exception {
        long id = skpDraf(i, tahun).get("id").asLong();
        return kirim(post("/api/v1/kinerja/skp/" + id + "/setujui"), penilai(), Map.of(), 200);
    }

    /** The penilai rates an SKP (all seven BerAKHLAK notes); the predikat. */
    String nilai(long id, String hasil, String perilaku) throws Exception {
        return kirim(
                        post("/api/v1/kinerja/skp/" + id + "/nilai"),
                        penilai(),
                        Map.of("hasilKerja", hasil, "perilakuKerja", perilaku, "perilaku", catatanBerakhlak()),
                        200)
                .get("predikat")
                .asString();
    }

    /** An agreed SKP the penilai rated: DINILAI. */
    long skpDinilai(int i, int tahun, String hasil, String perilaku) throws Exception {
        long id = skpDisetujui(i, tahun).get("id").asLong();
        nilai(id, hasil, perilaku);
        return id;
    }

    /** BKD sets the organisational predikat of this OPD for {@code tahun} (required before finalising). */
    void predikatOrganisasi(int tahun, String predikat) throws Exception {
        kirim(
                post("/api/v1/kinerja/predikat-organisasi"),
                BKD,
                Map.of("opdId", opd, "tahun", tahun, "predikat", predikat, "dasar", "Hasil evaluasi SAKIP"),
                201);
    }

    /** A rated SKP the penilai finalised: FINAL (the OPD's organisational predikat of the year must be set). */
    long skpFinal(int i, int tahun, String hasil, String perilaku) throws Exception {
        long id = skpDinilai(i, tahun, hasil, perilaku);
        kirim(post("/api/v1/kinerja/skp/" + id + "/finalkan"), penilai(), Map.of(), 200);
        return id;
    }

    /**
     * For tests of other modules that need the outcome of a performance year: an annual SKP of {@code nip} for
     * {@code tahun}, rated with {@code predikat} (null: not rated, then DRAF), and moved to {@code status} (DRAF,
     * DINILAI, FINAL …), written to kinerja's own tables so that those tests need no INSERTs of their own.
     *
     * @return the SKP id
     */
    public static long skp(JdbcClient jdbc, String nip, int tahun, String status, @Nullable PredikatKinerja predikat) {
        boolean dinilai = predikat != null;
        long id = jdbc.sql("""
                        INSERT INTO kinerja.skp (nip, tahun, status, rating_hasil_kerja, rating_perilaku, predikat,
                            dibuat_oleh, diubah_oleh)
                        VALUES (?, ?, ?, ?, ?, ?, 'uji', 'uji') RETURNING id""")
                .params(
                        nip,
                        tahun,
                        dinilai ? "DINILAI" : "DRAF",
                        dinilai ? "SESUAI" : null,
                        dinilai ? "SESUAI" : null,
                        dinilai ? predikat.name() : null)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE kinerja.skp SET status = ? WHERE id = ?")
                .params(status, id)
                .update();
        return id;
    }
}
