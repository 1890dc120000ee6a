package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import id.aparatur.akses.application.PenggunaRepository;
import id.aparatur.organisasi.OrganisasiFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The searchable pickers (issue 15 item 12) on the demo Kabupaten, with positions and employees of their own whose
 * names carry a mark unique to the run: the searches stay in the user's scope and offer only valid choices, and a
 * tampered hidden id is refused with a clear message while nothing is stored.
 */
@UjiIntegrasi
class PemilihIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PenggunaRepository pengguna;

    String tanda;
    long disdik;
    long opdLain;
    String namaOpdLain;
    long unitDisdik;
    long unitLain;
    long jabDisdik;
    long jabDisdikFungsional;
    long jabLain;
    long jabNonaktif;
    long jabAsal;
    String pegDisdik;
    String pegBawahan;
    String pegLain;
    String pegNonaktif;

    RequestPostProcessor sebagai(String username) {
        return user(pengguna.cari(username).orElseThrow());
    }

    @BeforeEach
    void data() {
        // Letters only: a word, not a NIP prefix.
        tanda = "Pmlh" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        disdik = jdbc.sql("SELECT id FROM organisasi.v_opd WHERE kode = 'DISDIK'")
                .query(Long.class)
                .single();
        var org = new OrganisasiFixture(jdbc);
        var lain = org.opdBaru("Dinas " + tanda + " Luar");
        opdLain = lain.id();
        namaOpdLain = lain.nama();
        unitDisdik = jdbc.sql("SELECT min(id) FROM organisasi.v_unit WHERE opd_id = ?")
                .param(disdik)
                .query(Long.class)
                .single();
        unitLain = lain.unitId();
        jabDisdik = org.jabatanBernama(disdik, unitDisdik, "Analis " + tanda + " Tujuan", "PELAKSANA", null, true);
        jabDisdikFungsional =
                org.jabatanBernama(disdik, unitDisdik, "Pranata " + tanda + " Ahli", "FUNGSIONAL", "AHLI_MUDA", true);
        jabAsal =
                org.jabatanBernama(disdik, unitDisdik, "Pengadministrasi " + tanda + " Asal", "PELAKSANA", null, true);
        jabLain = org.jabatanBernama(opdLain, unitLain, "Analis " + tanda + " Luar", "PELAKSANA", null, true);
        jabNonaktif = org.jabatanBernama(disdik, unitDisdik, "Analis " + tanda + " Lama", "PELAKSANA", null, false);
        var peg = new PegawaiFixture(jdbc);
        var asal = new PegawaiFixture.Tempat(disdik, unitDisdik, jabAsal);
        pegDisdik = peg.pegawaiBernama(tanda + " Satu", asal, null, true);
        pegBawahan = peg.pegawaiBernama(tanda + " Bawahan", asal, pegDisdik, true);
        pegLain =
                peg.pegawaiBernama(tanda + " Luar", new PegawaiFixture.Tempat(opdLain, unitLain, jabLain), null, true);
        pegNonaktif = peg.pegawaiBernama(tanda + " Pensiun", asal, null, false);
    }

    String cari(String url, String q, RequestPostProcessor siapa) throws Exception {
        return mvc.perform(get(url).param("q", q).with(siapa).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String opsi(long id) {
        return "data-nilai=\"" + id + "\"";
    }

    static String opsi(String nip) {
        return "data-nilai=\"" + nip + "\"";
    }

    @Test
    void pemilihJabatanHanyaMenawarkanJabatanAktifDalamCakupan() throws Exception {
        String kadis = cari("/pegawai/pilih/jabatan", tanda, sebagai("kadis.pendidikan"));
        assertThat(kadis)
                .as("the kepala of Dinas Pendidikan: own OPD only, active only")
                .contains(opsi(jabDisdik), opsi(jabAsal))
                .doesNotContain(opsi(jabLain), opsi(jabNonaktif))
                .contains("Analis " + tanda + " Tujuan", "Kelas 7", "Terisi 0 dari kuota 2, lowong 2");
        String bkd = cari("/pegawai/pilih/jabatan", tanda, sebagai("bkd"));
        assertThat(bkd)
                .contains(opsi(jabDisdik), opsi(jabLain))
                .doesNotContain(opsi(jabNonaktif))
                .doesNotContain("<nav");
        // Words narrow down, and may name the OPD: the other OPD's position by a word of its OPD's name.
        String kataOpd = namaOpdLain.split(" ")[namaOpdLain.split(" ").length - 1];
        assertThat(cari("/pegawai/pilih/jabatan", "analis " + tanda + " " + kataOpd, sebagai("bkd")))
                .contains(opsi(jabLain))
                .doesNotContain(opsi(jabAsal));
        // The same fragment without HX-Request; too little typed: a hint, no choices.
        String tanpaHtmx = mvc.perform(
                        get("/pegawai/pilih/jabatan").param("q", tanda).with(sebagai("bkd")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tanpaHtmx).contains(opsi(jabDisdik)).doesNotContain("<nav");
        assertThat(cari("/pegawai/pilih/jabatan", "a", sebagai("bkd")))
                .contains("Ketik sedikitnya 2 huruf")
                .doesNotContain("role=\"option\"");
        assertThat(cari("/pegawai/pilih/jabatan", tanda + "\u0000zz", sebagai("bkd")))
                .contains("Tidak ada yang cocok");
    }

    @Test
    void pemilihPegawaiHanyaMenawarkanPegawaiAktifDalamCakupan() throws Exception {
        String kadis = cari("/pegawai/pilih/pegawai", tanda, sebagai("kadis.pendidikan"));
        assertThat(kadis)
                .contains(opsi(pegDisdik), opsi(pegBawahan))
                .doesNotContain(opsi(pegLain), opsi(pegNonaktif))
                .contains(pegDisdik, "Pengadministrasi " + tanda + " Asal");
        assertThat(cari("/pegawai/pilih/pegawai", tanda, sebagai("bkd")))
                .contains(opsi(pegDisdik), opsi(pegLain))
                .doesNotContain(opsi(pegNonaktif));
        // The choices of someone's atasan: never themself nor anyone below them.
        String atasan = mvc.perform(get("/pegawai/pilih/pegawai")
                        .param("q", tanda)
                        .param("bawahanDari", pegDisdik)
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(atasan).contains(opsi(pegLain)).doesNotContain(opsi(pegDisdik), opsi(pegBawahan));
        // By NIP (typed with spaces), and by where someone sits: a word of the jabatan plus a word of the name.
        String nipBerspasi = pegLain.substring(0, 8) + " " + pegLain.substring(8, 14) + " " + pegLain.substring(14);
        assertThat(cari("/pegawai/pilih/pegawai", nipBerspasi, sebagai("bkd")))
                .contains(opsi(pegLain))
                .doesNotContain(opsi(pegDisdik));
        assertThat(cari("/pegawai/pilih/pegawai", "pengadministrasi bawahan " + tanda, sebagai("bkd")))
                .contains(opsi(pegBawahan))
                .doesNotContain(opsi(pegDisdik));
        // An ordinary employee finds only themself (here: nobody of this run).
        assertThat(cari("/pegawai/pilih/pegawai", tanda, sebagai("pegawai.pendidikan")))
                .doesNotContain("role=\"option\"");
    }

    @Test
    void penempatanDenganIdYangDiubahDitolakDanTidakAdaYangTersimpan() throws Exception {
        int versi = versi(pegDisdik);
        long jejak = jejak(pegDisdik);
        mvc.perform(post("/pegawai/" + pegDisdik + "/penempatan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jabatanId", String.valueOf(jabNonaktif))
                        .param("atasanNip", "")
                        .param("versi", String.valueOf(versi)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("galat", hasItem(containsString("nonaktif"))));
        mvc.perform(post("/pegawai/" + pegDisdik + "/penempatan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jabatanId", "")
                        .param("atasanNip", "")
                        .param("versi", String.valueOf(versi)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("galat", hasItem("Pilih jabatan dari daftar.")));
        mvc.perform(post("/pegawai/" + pegDisdik + "/penempatan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jabatanId", String.valueOf(jabDisdik))
                        .param("atasanNip", pegNonaktif)
                        .param("versi", String.valueOf(versi)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("galat", hasItem("Atasan langsung harus pegawai aktif.")));
        assertThat(jdbc.sql("SELECT jabatan_id FROM pegawai.pegawai WHERE nip = ?")
                        .param(pegDisdik)
                        .query(Long.class)
                        .single())
                .isEqualTo(jabAsal);
        assertThat(versi(pegDisdik)).isEqualTo(versi);
        assertThat(jejak(pegDisdik)).isEqualTo(jejak);

        // The valid choice is stored.
        mvc.perform(post("/pegawai/" + pegDisdik + "/penempatan")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("jabatanId", String.valueOf(jabDisdik))
                        .param("atasanNip", pegLain)
                        .param("versi", String.valueOf(versi)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("pesan"));
        assertThat(jdbc.sql("SELECT jabatan_id FROM pegawai.pegawai WHERE nip = ?")
                        .param(pegDisdik)
                        .query(Long.class)
                        .single())
                .isEqualTo(jabDisdik);
    }

    @Test
    void kunciSkenarioHanyaDalamCakupanSkenario() throws Exception {
        String lokasi = mvc.perform(post("/penempatan/skenario")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("nama", "Uji pemilih " + tanda)
                        .param("opd", String.valueOf(disdik)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(lokasi.substring(lokasi.lastIndexOf('/') + 1));
        String dasar = "/penempatan/skenario/" + id + "/pilih/";

        assertThat(cari(dasar + "jabatan", tanda, sebagai("bkd")))
                .as("positions of the scenario's OPD only")
                .contains(opsi(jabDisdik), opsi(jabDisdikFungsional))
                .doesNotContain(opsi(jabLain), opsi(jabNonaktif));
        String sejenjang = mvc.perform(get(dasar + "jabatan")
                        .param("q", tanda)
                        .param("nip", pegDisdik)
                        .with(sebagai("bkd"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sejenjang)
                .as("with the employee chosen: their jenjang only")
                .contains(opsi(jabDisdik))
                .doesNotContain(opsi(jabDisdikFungsional));
        assertThat(cari(dasar + "pegawai", tanda, sebagai("bkd")))
                .contains(opsi(pegDisdik))
                .doesNotContain(opsi(pegLain), opsi(pegNonaktif));
        mvc.perform(get(dasar + "pegawai").param("q", tanda).with(sebagai("kadis.pendidikan")))
                .andExpect(status().isForbidden());

        // Tampered hidden ids: a position of another OPD, an employee of another OPD, nothing sent.
        kunci(id, pegDisdik, String.valueOf(jabLain), "Jabatan ini di luar cakupan skenario");
        kunci(id, pegLain, String.valueOf(jabDisdik), "Pegawai ini tidak ikut skenario");
        kunci(id, pegDisdik, String.valueOf(jabDisdikFungsional), "sejenjang");
        kunci(id, "", "", "Pilih pegawai dari daftar.");
        assertThat(jdbc.sql("SELECT count(*) FROM penempatan.skenario_kunci WHERE skenario_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/penempatan/skenario/" + id + "/kunci")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("nip", pegDisdik)
                        .param("jabatanId", String.valueOf(jabDisdik)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("pesan"));
        assertThat(jdbc.sql("SELECT jabatan_id FROM penempatan.skenario_kunci WHERE skenario_id = ? AND nip = ?")
                        .params(id, pegDisdik)
                        .query(Long.class)
                        .single())
                .isEqualTo(jabDisdik);
    }

    void kunci(long id, String nip, String jabatan, String pesan) throws Exception {
        mvc.perform(post("/penempatan/skenario/" + id + "/kunci")
                        .with(sebagai("bkd"))
                        .with(csrf())
                        .param("nip", nip)
                        .param("jabatanId", jabatan))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("galat", hasItem(containsString(pesan))));
    }

    int versi(String nip) {
        return jdbc.sql("SELECT versi FROM pegawai.pegawai WHERE nip = ?")
                .param(nip)
                .query(Integer.class)
                .single();
    }

    long jejak(String nip) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PEGAWAI' AND entitas_id = ?")
                .param(nip)
                .query(Long.class)
                .single();
    }
}
