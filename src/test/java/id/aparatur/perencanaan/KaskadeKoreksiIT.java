package id.aparatur.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.kinerja.KinerjaFixture;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import id.aparatur.pegawai.PegawaiFixture.Profil;
import id.aparatur.pegawai.PegawaiFixture.Tempat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The corrections of the promotion cascade at their edges, through the API on rows of their own (each case in a rumpun
 * of its own, so the demo data cannot interfere):
 * <ul>
 *   <li>promotion needs "baik" in each of the last two years (PP 11/2017): one BAIK and one missing year is not
 *       promoted by default, and the vacancy names "data kinerja";</li>
 *   <li>months in level are cumulative (PermenPANRB 17/2021): two separate pelaksana periods that together reach the
 *       48 months pass, though the current run alone would not;</li>
 *   <li>the JPT internal candidates are below 56 on the planned inauguration date (56 years 11 months is not), never
 *       sanctioned sedang/berat, and not under examination (PP 17/2020 Pasal 107).</li>
 * </ul>
 */
@UjiIntegrasi
class KaskadeKoreksiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    LocalDate hariIni;
    OrganisasiFixture organisasi;
    PegawaiFixture pegawai;
    OrganisasiFixture.OpdUji opd;

    @BeforeEach
    void siapkan() {
        hariIni = LocalDate.now(clock);
        organisasi = new OrganisasiFixture(jdbc);
        pegawai = new PegawaiFixture(jdbc);
        opd = organisasi.opdBaru("Dinas Uji Koreksi Kaskade");
    }

    String rumpun() {
        return ("K" + Long.toString(System.nanoTime(), 36)).toUpperCase(java.util.Locale.ROOT);
    }

    long jabatan(String jenis, String rumpun, int kelas, int kuota) {
        return organisasi.jabatanBaru(opd.id(), opd.unitId(), jenis, null, kelas, rumpun, kuota);
    }

    String pns(long jabatan, String golongan, String pendidikan, LocalDate tmtJabatan) {
        return pegawai.pegawaiDengan(
                new Tempat(opd.id(), opd.unitId(), jabatan), new Profil("PNS", golongan, pendidikan, tmtJabatan));
    }

    void skp(String nip, int tahun) {
        KinerjaFixture.skp(jdbc, nip, tahun, "FINAL", PredikatKinerja.BAIK);
    }

    JsonNode jalankan() throws Exception {
        String s = mvc.perform(post("/api/v1/perencanaan/kaskade")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .with(httpBasic("bkd", "aparatur-demo")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(s);
    }

    static List<JsonNode> promosiKe(JsonNode k, long jabatan) {
        List<JsonNode> p = new ArrayList<>();
        k.get("promosi").forEach(x -> {
            if (x.get("keJabatanId").asLong() == jabatan) {
                p.add(x);
            }
        });
        return p;
    }

    static JsonNode tanpaCalon(JsonNode k, long jabatan) {
        for (JsonNode t : k.get("tanpaCalon")) {
            if (t.get("jabatanId").asLong() == jabatan) {
                return t;
            }
        }
        throw new AssertionError("lowongan " + jabatan + " tidak ada di tanpaCalon");
    }

    static List<String> calonInternal(JsonNode k, long jabatan) {
        for (JsonNode s : k.get("seleksiTerbuka")) {
            if (s.get("jabatanId").asLong() == jabatan) {
                List<String> nip = new ArrayList<>();
                s.get("calonInternal").forEach(o -> nip.add(o.get("nip").asString()));
                return nip;
            }
        }
        throw new AssertionError("lowongan JPT " + jabatan + " tidak ada di seleksiTerbuka");
    }

    @Test
    void satuBaikDanSatuTahunTanpaSkpTidakDipromosikan() throws Exception {
        int tahun = hariIni.getYear();
        // One BAIK (last year) and no final SKP the year before: not promoted by default.
        String ra = rumpun();
        long pengawasA = jabatan("PENGAWAS", ra, 9, 1);
        long pelaksanaA = jabatan("PELAKSANA", ra, 7, 2);
        String satuTahun = pns(pelaksanaA, "III/c", "S1", hariIni.minusMonths(60));
        skp(satuTahun, tahun - 1);

        JsonNode k = jalankan();
        assertThat(promosiKe(k, pengawasA)).isEmpty();
        assertThat(tanpaCalon(k, pengawasA).get("gagal").get("DATA_KINERJA").asInt())
                .isEqualTo(1);
    }

    @Test
    void masaDiTingkatKumulatifAtasDuaMasaTerpisah() throws Exception {
        int tahun = hariIni.getYear();
        // Pelaksana for 25 months, then 2 years as JF ahli pertama, then pelaksana again for the last 25 months: 50
        // months cumulative ≥ 48, the current run alone (25) is not.
        String rb = rumpun();
        long pengawasB = jabatan("PENGAWAS", rb, 9, 1);
        long pelaksanaB = jabatan("PELAKSANA", rb, 7, 2);
        long ahliPertamaB = organisasi.jabatanBaru(opd.id(), opd.unitId(), "FUNGSIONAL", "AHLI_PERTAMA", 8, rb, 1);
        LocalDate kembali = hariIni.minusMonths(25);
        String duaMasa = pns(pelaksanaB, "III/c", "S1", kembali);
        pegawai.riwayatJabatan(
                duaMasa,
                pelaksanaB,
                kembali.minusMonths(49),
                kembali.minusMonths(24).minusDays(1));
        pegawai.riwayatJabatan(duaMasa, ahliPertamaB, kembali.minusMonths(24), null);
        pegawai.riwayatJabatan(duaMasa, pelaksanaB, kembali, null);
        skp(duaMasa, tahun - 1);
        skp(duaMasa, tahun - 2);

        JsonNode k = jalankan();
        assertThat(promosiKe(k, pengawasB)).singleElement().satisfies(p -> {
            assertThat(p.get("nip").asString()).isEqualTo(duaMasa);
            assertThat(p.get("bulanDiTingkat").asInt()).isBetween(48, 51);
        });
    }

    @Test
    void calonInternalJptDiBawahBatasUsiaSaatPelantikanDanTakPernahDihukum() throws Exception {
        int tahun = hariIni.getYear();
        String rc = rumpun();
        long jpt = jabatan("JPT_PRATAMA", rc, 14, 1);
        long administrator = jabatan("ADMINISTRATOR", rc, 12, 5);
        LocalDate pelantikan = hariIni.plusMonths(3);
        String tua = pns(administrator, "IV/b", "S2", hariIni.minusMonths(36));
        pegawai.lahir(tua, pelantikan.minusYears(56).minusMonths(11)); // 56 years 11 months: not below 56
        String muda = pns(administrator, "IV/b", "S2", hariIni.minusMonths(36));
        pegawai.lahir(muda, pelantikan.minusYears(56).plusDays(1)); // one day short of 56
        String pernahDihukum = pns(administrator, "IV/b", "S2", hariIni.minusMonths(36));
        pegawai.hukumanDisiplin(pernahDihukum, "SEDANG", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        for (String n : List.of(tua, muda, pernahDihukum)) {
            skp(n, tahun - 1);
            skp(n, tahun - 2);
        }

        List<String> calon = calonInternal(jalankan(), jpt);
        assertThat(calon).contains(muda).doesNotContain(tua, pernahDihukum);
    }

    @Test
    void calonInternalJptSedangDiperiksaTidakTerdaftar() throws Exception {
        int tahun = hariIni.getYear();
        String rd = rumpun();
        long jpt = jabatan("JPT_PRATAMA", rd, 14, 1);
        long administrator = jabatan("ADMINISTRATOR", rd, 12, 5);
        String diperiksa = pns(administrator, "IV/b", "S2", hariIni.minusMonths(36));
        pegawai.pemeriksaanDisiplin(diperiksa, hariIni.minusMonths(1), null);
        String selesaiDiperiksa = pns(administrator, "IV/b", "S2", hariIni.minusMonths(36));
        pegawai.pemeriksaanDisiplin(selesaiDiperiksa, hariIni.minusYears(2), hariIni.minusYears(1));
        for (String n : List.of(diperiksa, selesaiDiperiksa)) {
            skp(n, tahun - 1);
            skp(n, tahun - 2);
        }
        assertThat(calonInternal(jalankan(), jpt)).contains(selesaiDiperiksa).doesNotContain(diperiksa);
    }
}
