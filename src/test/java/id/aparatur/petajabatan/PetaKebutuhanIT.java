package id.aparatur.petajabatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.ProyeksiPensiun;
import id.aparatur.penempatan.PenempatanFixture;
import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.petajabatan.application.PetaJabatanQuery;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The peta kebutuhan on the demo Kabupaten: the API contract fields and numbers against SQL computed here
 * independently, unit ⊂ OPD ⊂ Pemda consistency (Pemda = Σ OPD; the OPD peta page's service agrees), the scenario
 * overlay moving B exactly as a proposal written by this test says, the five-year projection against the
 * {@link ProyeksiPensiun} facade, scope per role and bad input. The scenarios this test writes are archived afterwards
 * (nothing is deleted).
 */
@UjiIntegrasi
class PetaKebutuhanIT {

    static final String SANDI = "aparatur-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    PetaJabatanQuery petaOpd;

    @Autowired
    ProyeksiPensiun proyeksiPensiun;

    @Autowired
    Clock clock;

    @Autowired
    PenggunaRepository pengguna;

    /** Pages use the session login; the API takes HTTP Basic. */
    RequestPostProcessor sebagai(String username) {
        return user(pengguna.cari(username).orElseThrow());
    }

    /** A service call as the BKD officer (the services read the caller's scope themselves). */
    <T> T sebagaiBkd(java.util.function.Supplier<T> panggilan) {
        var bkd = pengguna.cari("bkd").orElseThrow();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        bkd, null, bkd.getAuthorities()));
        try {
            return panggilan.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    final List<Long> skenarioUji = new ArrayList<>();

    @AfterEach
    void arsipkan() {
        skenarioUji.forEach(penempatan()::arsipkan);
    }

    PenempatanFixture penempatan() {
        return new PenempatanFixture(jdbc, clock);
    }

    record Bk(int b, int k) {}

    /** B and K per active position, computed here: holders registered in the position's OPD, kuota. */
    Map<Long, Bk> bkSql(String syarat, Object... param) {
        Map<Long, Bk> hasil = new HashMap<>();
        var q = jdbc.sql("""
                SELECT j.id, j.kuota, (SELECT count(*) FROM pegawai.pegawai p WHERE p.aktif AND p.jabatan_id = j.id
                  AND p.opd_id = j.opd_id) AS b
                FROM organisasi.jabatan j WHERE j.aktif AND\s""" + syarat);
        for (Object p : param) {
            q = q.param(p);
        }
        q.query((rs, i) -> hasil.put(rs.getLong(1), new Bk(rs.getInt(3), rs.getInt(2))))
                .list();
        return hasil;
    }

    List<Map<String, Object>> api(String url, RequestPostProcessor siapa) throws Exception {
        String isi = mvc.perform(get(url).with(siapa))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readValue(isi, new TypeReference<List<Map<String, Object>>>() {});
    }

    Map<String, Object> apiObjek(String url, RequestPostProcessor siapa) throws Exception {
        String isi = mvc.perform(get(url).with(siapa))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readValue(isi, new TypeReference<Map<String, Object>>() {});
    }

    static Map<Long, Bk> bk(List<Map<String, Object>> baris) {
        Map<Long, Bk> hasil = new HashMap<>();
        for (Map<String, Object> b : baris) {
            int bez = ((Number) b.get("bezetting")).intValue();
            int keb = ((Number) b.get("kebutuhan")).intValue();
            assertThat(((Number) b.get("selisih")).intValue()).isEqualTo(bez - keb);
            hasil.put(((Number) b.get("jabatanId")).longValue(), new Bk(bez, keb));
        }
        return hasil;
    }

    long disdik() {
        return jdbc.sql("SELECT id FROM organisasi.opd WHERE nama = 'Dinas Pendidikan'")
                .query(Long.class)
                .single();
    }

    @Test
    void kontrakApiPerJabatanSamaDenganSqlMandiri() throws Exception {
        long opd = disdik();
        List<Map<String, Object>> baris = api("/api/v1/peta-jabatan?opd=" + opd, httpBasic("bkd", SANDI));
        assertThat(baris).isNotEmpty();
        for (Map<String, Object> b : baris) {
            assertThat(b)
                    .containsKeys(
                            "jabatanId",
                            "bezetting",
                            "kebutuhan",
                            "selisih",
                            "kode",
                            "nama",
                            "unitId",
                            "unitNama",
                            "jenisJabatan",
                            "kelas",
                            "rumpun");
            assertThat(b.get("jabatanId")).isInstanceOf(Number.class);
            assertThat(b.get("bezetting")).isInstanceOf(Number.class);
            assertThat(b.get("kebutuhan")).isInstanceOf(Number.class);
            assertThat(b.get("selisih")).isInstanceOf(Number.class);
            assertThat(((Number) b.get("opdId")).longValue()).isEqualTo(opd);
        }
        assertThat(bk(baris)).isEqualTo(bkSql("j.opd_id = ?", opd));
        // jenjang only for jabatan fungsional (null fields are left out of every API answer).
        assertThat(baris).anyMatch(b -> "FUNGSIONAL".equals(b.get("jenisJabatan")) && b.get("jenjang") != null);
        // The OPD has shortages: the demo is not trivially balanced.
        assertThat(bk(baris).values()).anyMatch(x -> x.b() < x.k());
    }

    @Test
    void pemdaSamaDenganJumlahOpdDanUnitBagianDariOpd() throws Exception {
        var bkd = httpBasic("bkd", SANDI);
        List<Map<String, Object>> pemda = api("/api/v1/peta-jabatan", bkd);
        Map<Long, Bk> semua = bk(pemda);
        assertThat(semua).isEqualTo(bkSql("true"));
        Map<Long, Set<Long>> perOpd = new HashMap<>();
        pemda.forEach(b -> perOpd.computeIfAbsent(((Number) b.get("opdId")).longValue(), x -> new HashSet<>())
                .add(((Number) b.get("jabatanId")).longValue()));
        Map<Long, Bk> gabungan = new HashMap<>();
        for (long opd : perOpd.keySet()) {
            Map<Long, Bk> satu = bk(api("/api/v1/peta-jabatan?opd=" + opd, bkd));
            assertThat(satu.keySet()).isEqualTo(perOpd.get(opd));
            gabungan.putAll(satu);
            // The OPD peta page (service of the existing peta jabatan) agrees with the API.
            var peta = sebagaiBkd(() -> petaOpd.peta(opd, null, null));
            assertThat(peta.b())
                    .isEqualTo(satu.values().stream().mapToInt(Bk::b).sum());
            assertThat(peta.k())
                    .isEqualTo(satu.values().stream().mapToInt(Bk::k).sum());
        }
        assertThat(gabungan).isEqualTo(semua);

        // Dashboard totals: Σ per OPD, kurang/lebih summed per position.
        String halaman = mvc.perform(get("/peta-kebutuhan").with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long kurang = semua.values().stream()
                .mapToLong(x -> Math.max(0, x.k() - x.b()))
                .sum();
        long lebih = semua.values().stream()
                .mapToLong(x -> Math.max(0, x.b() - x.k()))
                .sum();
        assertThat(halaman)
                .contains("id=\"total-kurang\">" + kurang + "<")
                .contains("id=\"total-lebih\">" + lebih + "<")
                .contains("id=\"total-b\">"
                        + semua.values().stream().mapToInt(Bk::b).sum() + "<")
                .contains("grafik-kebutuhan-opd")
                .contains("tabel-kurang-terbesar");
        assertThat(kurang).isGreaterThan(0);

        // A unit with sub-units: exactly the positions of its subtree, with the same numbers as in the OPD.
        OrganisasiFixture struktur = new OrganisasiFixture(jdbc);
        PegawaiFixture peg = new PegawaiFixture(jdbc);
        OrganisasiFixture.OpdUji opdUji = struktur.opdBaru("Dinas Uji Peta Kebutuhan");
        long opdUnit = opdUji.id();
        long unit = struktur.unitBaru(opdUnit, opdUji.unitId(), "Bidang");
        long anak = struktur.unitBaru(opdUnit, unit, "Seksi");
        long jabatanUnit = struktur.jabatanBaru(opdUnit, unit, "PENGAWAS", null, 9, "ADM", 1);
        long jabatanAnak =
                struktur.pelaksanaBaru(new OrganisasiFixture.OpdUji(opdUnit, opdUji.kode(), opdUji.nama(), anak), 3);
        struktur.pelaksanaBaru(opdUji, 2);
        peg.pegawaiBaru(new PegawaiFixture.Tempat(opdUnit, unit, jabatanUnit), null);
        peg.pegawaiBaru(new PegawaiFixture.Tempat(opdUnit, anak, jabatanAnak), null);
        Map<Long, Bk> diUnit = bk(api("/api/v1/peta-jabatan?unit=" + unit, bkd));
        Map<Long, Bk> harapan = bkSql("""
                j.unit_id IN (WITH RECURSIVE s AS (SELECT id FROM organisasi.unit WHERE id = ?
                  UNION ALL SELECT u.id FROM organisasi.unit u JOIN s ON u.induk_id = s.id) SELECT id FROM s)""", unit);
        assertThat(diUnit).isEqualTo(harapan).isEqualTo(Map.of(jabatanUnit, new Bk(1, 1), jabatanAnak, new Bk(1, 3)));
        assertThat(bk(api("/api/v1/peta-jabatan?opd=" + opdUnit + "&unit=" + unit, bkd)))
                .isEqualTo(harapan);
        var petaUnit = sebagaiBkd(() -> petaOpd.peta(opdUnit, unit, null));
        assertThat(petaUnit.b())
                .isEqualTo(harapan.values().stream().mapToInt(Bk::b).sum());
        assertThat(petaUnit.unit().get(0).unit().id()).isEqualTo(unit);
        mvc.perform(get("/organisasi/opd/" + opdUnit + "/peta-jabatan?unit=" + unit)
                        .with(sebagai("bkd")))
                .andExpect(status().isOk());

        // Excel of the unit: one row per position, plus the header.
        var mulai = mvc.perform(get("/peta-kebutuhan/ekspor?unit=" + unit).with(sebagai("bkd")))
                .andReturn();
        byte[] xlsx = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(mulai))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(harapan.size());
        }
    }

    /** A scenario in {@code status} with these proposals (archived after the test). */
    long skenario(StatusSkenario status, List<PenempatanFixture.Usulan> usulan) {
        long id = penempatan().skenario(status, "Uji peta kebutuhan", Set.of(), usulan);
        skenarioUji.add(id);
        return id;
    }

    record Pemangku(String nip, long jabatanId, long opdId) {}

    @Test
    void skenarioMengubahBTepatSesuaiUsulan() throws Exception {
        var bkd = httpBasic("bkd", SANDI);
        // Four holders of one position of an OPD of their own; the move goes to a position of another new OPD.
        PenempatanFixture.OpdUji asal = penempatan().opdDenganPemangku(4);
        List<Pemangku> pemangku = asal.pegawai().stream()
                .map(n -> new Pemangku(n, asal.jabatanA(), asal.id()))
                .toList();
        Pemangku pindah = pemangku.get(0);
        Pemangku lepas = pemangku.get(1);
        Pemangku tetap = pemangku.get(2);
        Pemangku dikecualikan = pemangku.get(3);
        PenempatanFixture.OpdUji lain = penempatan().opdDenganPemangku(0);
        long tujuan = lain.jabatanA();
        long opdTujuan = lain.id();
        long id = skenario(
                StatusSkenario.SELESAI,
                List.of(
                        PenempatanFixture.Usulan.ditempatkan(pindah.nip(), tujuan),
                        PenempatanFixture.Usulan.ditempatkan(tetap.nip(), tetap.jabatanId()),
                        PenempatanFixture.Usulan.tidakDitempatkan(lepas.nip()),
                        PenempatanFixture.Usulan.dikecualikan(dikecualikan.nip())));

        Map<Long, Bk> hariIni = bk(api("/api/v1/peta-jabatan", bkd));
        Map<Long, Bk> sesudah = bk(api("/api/v1/peta-jabatan?skenario=" + id, bkd));
        Map<Long, Integer> harapanB = new HashMap<>();
        hariIni.forEach((j, x) -> harapanB.put(j, x.b()));
        harapanB.merge(pindah.jabatanId(), -1, Integer::sum);
        harapanB.merge(tujuan, 1, Integer::sum);
        harapanB.merge(lepas.jabatanId(), -1, Integer::sum);
        assertThat(sesudah.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().b())))
                .isEqualTo(harapanB);
        assertThat(sesudah.keySet()).isEqualTo(hariIni.keySet());
        sesudah.forEach((j, x) -> assertThat(x.k()).isEqualTo(hariIni.get(j).k()));

        // OPD level and the OPD peta page's service agree with the Pemda after the scenario.
        for (long opd : Set.of(pindah.opdId(), opdTujuan)) {
            Map<Long, Bk> satu = bk(api("/api/v1/peta-jabatan?opd=" + opd + "&skenario=" + id, bkd));
            satu.forEach((j, x) -> assertThat(x).isEqualTo(sesudah.get(j)));
            var peta = sebagaiBkd(() -> petaOpd.peta(opd, null, id));
            assertThat(peta.b())
                    .isEqualTo(satu.values().stream().mapToInt(Bk::b).sum());
        }
        mvc.perform(get("/organisasi/opd/" + opdTujuan + "/peta-jabatan?skenario=" + id)
                        .with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("keterangan-skenario")));
        mvc.perform(get("/peta-kebutuhan?skenario=" + id).with(sebagai("bkd"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/peta-jabatan/skenario").with(bkd))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("SELESAI"));

        // Only finished, approved or decided scenarios can be chosen; unknown ones are 404.
        long draf = skenario(StatusSkenario.DRAF, List.of());
        mvc.perform(get("/api/v1/peta-jabatan?skenario=" + draf).with(bkd))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("skenario"));
        mvc.perform(get("/peta-kebutuhan?skenario=" + draf).with(sebagai("bkd")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/peta-jabatan/skenario").with(bkd))
                .andExpect(jsonPath("$[?(@.id == " + draf + ")]").isEmpty());
        mvc.perform(get("/api/v1/peta-jabatan?skenario=999999999").with(bkd))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void pensiunMembukaKekuranganPadaTahunYangBenar() throws Exception {
        var bkd = httpBasic("bkd", SANDI);
        int tahunDasar = LocalDate.now(clock).getYear();
        List<Integer> tahun = List.of(tahunDasar + 1, tahunDasar + 2, tahunDasar + 3, tahunDasar + 4, tahunDasar + 5);
        Map<String, Long> kursi = new HashMap<>();
        jdbc.sql("""
                SELECT p.nip, p.jabatan_id FROM pegawai.pegawai p JOIN organisasi.jabatan j ON j.id = p.jabatan_id
                WHERE p.aktif AND j.aktif AND j.opd_id = p.opd_id""")
                .query((rs, i) -> kursi.put(rs.getString(1).trim(), rs.getLong(2)))
                .list();
        List<ProyeksiPensiun.Pensiun> pensiun = proyeksiPensiun.sampai(LocalDate.of(tahunDasar + 5, 12, 31)).stream()
                .filter(p -> kursi.containsKey(p.nip()))
                .toList();
        assertThat(pensiun)
                .as("demo Kabupaten has retirements within five years")
                .isNotEmpty();
        // A retiree in a position that is not over-filled: the seat becomes a shortage in the TMT's year.
        Map<Long, Bk> semua = bkSql("true");
        ProyeksiPensiun.Pensiun r = pensiun.stream()
                .filter(p -> semua.get(kursi.get(p.nip())).b()
                        <= semua.get(kursi.get(p.nip())).k())
                .findFirst()
                .orElseThrow();
        long jabatanR = kursi.get(r.nip());
        long opd = jdbc.sql("SELECT opd_id FROM organisasi.jabatan WHERE id = ?")
                .param(jabatanR)
                .query(Long.class)
                .single();
        int tahunR = Math.max(r.tmtPensiun().getYear(), tahun.get(0));

        Map<String, Object> hasil = apiObjek("/api/v1/peta-jabatan/proyeksi?opd=" + opd, bkd);
        assertThat(hasil.get("tahunDasar")).isEqualTo(tahunDasar);
        Map<Long, Bk> diOpd = bkSql("j.opd_id = ?", opd);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> total = (List<Map<String, Object>>) hasil.get("total");
        assertThat(total).hasSize(5);
        long kurangSebelum = -1;
        for (int i = 0; i < tahun.size(); i++) {
            LocalDate akhir = LocalDate.of(tahun.get(i), 12, 31);
            long b = 0;
            long kurang = 0;
            long pergi = 0;
            for (var e : diOpd.entrySet()) {
                long keluar = pensiun.stream()
                        .filter(p -> kursi.get(p.nip()).equals(e.getKey())
                                && !p.tmtPensiun().isAfter(akhir))
                        .count();
                int bAkhir = (int) Math.max(0, e.getValue().b() - keluar);
                b += bAkhir;
                kurang += Math.max(0, e.getValue().k() - bAkhir);
                int th = tahun.get(i);
                pergi += pensiun.stream()
                        .filter(p -> kursi.get(p.nip()).equals(e.getKey())
                                && Math.max(p.tmtPensiun().getYear(), tahun.get(0)) == th)
                        .count();
            }
            Map<String, Object> t = total.get(i);
            assertThat(t.get("tahun")).isEqualTo(tahun.get(i));
            assertThat(((Number) t.get("bezetting")).longValue()).isEqualTo(b);
            assertThat(((Number) t.get("kurang")).longValue()).isEqualTo(kurang);
            assertThat(((Number) t.get("pensiun")).longValue()).isEqualTo(pergi);
            if (tahun.get(i) == tahunR) {
                // The retiree's seat is a new shortage exactly in its year.
                assertThat(kurang)
                        .isGreaterThan(
                                kurangSebelum == -1
                                        ? diOpd.values().stream()
                                                .mapToLong(x -> Math.max(0, x.k() - x.b()))
                                                .sum()
                                        : kurangSebelum);
            }
            kurangSebelum = kurang;
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> daftar = (List<Map<String, Object>>) hasil.get("pensiun");
        assertThat(daftar).anySatisfy(p -> {
            assertThat(p.get("nip")).isEqualTo(r.nip());
            assertThat(((Number) p.get("jabatanId")).longValue()).isEqualTo(jabatanR);
            assertThat(p.get("tmtPensiun")).isEqualTo(r.tmtPensiun().toString());
        });

        // Pemda projection: Σ over OPD per year.
        Map<String, Object> pemda = apiObjek("/api/v1/peta-jabatan/proyeksi", bkd);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> opdRows = (List<Map<String, Object>>) pemda.get("opd");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> totalPemda = (List<Map<String, Object>>) pemda.get("total");
        for (int i = 0; i < 5; i++) {
            int idx = i;
            long jumlah = opdRows.stream()
                    .mapToLong(o -> ((Number) ((List<Map<String, Object>>) o.get("tahun"))
                                    .get(idx)
                                    .get("kurang"))
                            .longValue())
                    .sum();
            assertThat(((Number) totalPemda.get(i).get("kurang")).longValue()).isEqualTo(jumlah);
        }
        mvc.perform(get("/peta-kebutuhan/proyeksi?opd=" + opd).with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(r.nip())));
        // Names of retirees are for BKD and the PPK only.
        mvc.perform(get("/api/v1/peta-jabatan/proyeksi?opd=" + disdik()).with(httpBasic("kadis.pendidikan", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pensiun").isEmpty());
        mvc.perform(get("/api/v1/peta-jabatan/proyeksi?opd=" + opd).with(httpBasic("ppk", SANDI)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pensiun").isNotEmpty());
    }

    @Test
    void cakupanDanMasukanSalah() throws Exception {
        long disdik = disdik();
        long opdLain = jdbc.sql("SELECT min(opd_id) FROM organisasi.jabatan WHERE aktif AND opd_id <> ?")
                .param(disdik)
                .query(Long.class)
                .single();
        long unitLain = jdbc.sql("SELECT min(id) FROM organisasi.unit WHERE opd_id = ?")
                .param(opdLain)
                .query(Long.class)
                .single();
        var kadis = httpBasic("kadis.pendidikan", SANDI);
        List<Map<String, Object>> milikKadis = api("/api/v1/peta-jabatan", kadis);
        assertThat(milikKadis)
                .isNotEmpty()
                .allSatisfy(
                        b -> assertThat(((Number) b.get("opdId")).longValue()).isEqualTo(disdik));
        assertThat(bk(milikKadis)).isEqualTo(bkSql("j.opd_id = ?", disdik));
        mvc.perform(get("/api/v1/peta-jabatan?opd=" + opdLain).with(kadis)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/peta-jabatan?unit=" + unitLain).with(kadis)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/peta-jabatan/proyeksi?opd=" + opdLain).with(kadis))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisasi/opd/" + opdLain + "/peta-jabatan").with(sebagai("kadis.pendidikan")))
                .andExpect(status().isNotFound());
        String halaman = mvc.perform(get("/peta-kebutuhan").with(sebagai("kadis.pendidikan")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(halaman).contains("id=\"opd-" + disdik + "\"").doesNotContain("id=\"opd-" + opdLain + "\"");

        // PPK and asesor read the whole Pemda.
        long opdBerjabatan = jdbc.sql("SELECT count(DISTINCT opd_id) FROM organisasi.jabatan WHERE aktif")
                .query(Long.class)
                .single();
        for (String siapa : List.of("ppk", "asesor")) {
            assertThat(api("/api/v1/peta-jabatan", httpBasic(siapa, SANDI)).stream()
                            .map(b -> b.get("opdId"))
                            .distinct()
                            .count())
                    .isEqualTo(opdBerjabatan);
        }

        var bkd = httpBasic("bkd", SANDI);
        mvc.perform(get("/api/v1/peta-jabatan?opd=abc").with(bkd))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/peta-jabatan?opd=999999999").with(bkd))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/peta-jabatan?unit=999999999").with(bkd)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/peta-jabatan?opd=" + disdik + "&unit=" + unitLain)
                        .with(bkd))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("unit"));
        mvc.perform(get("/api/v1/peta-jabatan/proyeksi?skenario=x").with(bkd)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/peta-jabatan")).andExpect(status().isUnauthorized());
    }
}
