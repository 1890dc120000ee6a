package id.aparatur.penempatan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.aparatur.Serentak;
import id.aparatur.UjiIntegrasi;
import id.aparatur.penempatan.application.PengelolaanSkenario;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.mesin.Bobot;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two BKD steps on the same placement scenario at the same instant, through the pages: exactly one runs, approves or
 * enters the SK, the other gets 409; the run, its outcome and every step are audited once. Two pins set at once on a
 * draft both survive. Works on an OPD of its own ({@link PenempatanFixture}) with a handful of employees, so a run
 * takes a moment.
 */
@UjiIntegrasi
class PenempatanKonkurensiIT {

    static final int PUTARAN = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PengelolaanSkenario pengelolaan;

    @Autowired
    Clock clock;

    long opd;
    List<String> pegawai = new ArrayList<>();
    long jabatanB;

    @BeforeEach
    void siapkan() {
        PenempatanFixture.OpdUji o = new PenempatanFixture(jdbc, clock).opdDenganPemangku(4);
        opd = o.id();
        pegawai = o.pegawai();
        jabatanB = o.jabatanB();
        bkd();
    }

    static void bkd() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "bkd", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN_BKD"))));
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    static MockHttpServletRequestBuilder halaman(String url) {
        return post(url).with(user("bkd").roles("ADMIN_BKD")).with(csrf());
    }

    long skenarioBaru(String nama) {
        return pengelolaan.buat(new PengaturanSkenario(
                nama, Set.of(opd), Set.of(), Bobot.BAKU, false, true, true, Map.of(), Set.of(), Set.of()));
    }

    String status(long id) {
        return jdbc.sql("SELECT status FROM penempatan.skenario WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    List<String> audit(long id) {
        return jdbc.sql("SELECT aksi FROM audit.jejak_audit WHERE entitas = 'SKENARIO_PENEMPATAN' AND entitas_id = ? "
                        + "ORDER BY id")
                .param(String.valueOf(id))
                .query(String.class)
                .list();
    }

    void tungguSelesai(long id) throws InterruptedException {
        for (int i = 0; i < 300 && status(id).equals("BERJALAN"); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void dijalankanDisetujuiDanDitetapkanSerentakHanyaSekaliDanTeraudit() throws Exception {
        LocalDate hariIni = LocalDate.now(clock);
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long id = skenarioBaru("Uji serentak " + putaran);
            String url = "/penempatan/skenario/" + id;
            Serentak.satuMenang(Serentak.kirim(mvc, halaman(url + "/jalankan"), halaman(url + "/jalankan")), false);
            tungguSelesai(id);
            assertThat(status(id)).isEqualTo("SELESAI");
            assertThat(audit(id)).containsExactly("BUAT", "JALANKAN", "SELESAI");
            assertThat(jdbc.sql("SELECT pengguna FROM audit.jejak_audit WHERE entitas = 'SKENARIO_PENEMPATAN' "
                                    + "AND entitas_id = ? AND aksi = 'JALANKAN'")
                            .param(String.valueOf(id))
                            .query(String.class)
                            .single())
                    .isEqualTo("bkd");
            // The run wrote its result once.
            assertThat(jdbc.sql("SELECT count(*) FROM penempatan.usulan WHERE skenario_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(pegawai.size());

            // Two pins chosen at once on the result go to one draft copy, both kept.
            List<Callable<Long>> pin = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String nip = pegawai.get(i);
                pin.add(() -> {
                    bkd();
                    try {
                        long draf = pengelolaan.turunan(id);
                        pengelolaan.tambahKunci(draf, nip, jabatanB);
                        return draf;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            List<Long> draf = Serentak.jalankan(pin);
            assertThat(draf.get(0)).isEqualTo(draf.get(1));
            assertThat(jdbc.sql("SELECT count(*) FROM penempatan.skenario_kunci WHERE skenario_id = ?")
                            .param(draf.get(0))
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);

            Serentak.satuMenang(Serentak.kirim(mvc, halaman(url + "/setujui"), halaman(url + "/setujui")), false);
            assertThat(status(id)).isEqualTo("DISETUJUI");

            String nomor = "821.2/SERENTAK/" + id;
            Serentak.satuMenang(
                    Serentak.kirim(
                            mvc,
                            halaman(url + "/tetapkan")
                                    .param("nomorSk", nomor)
                                    .param("tanggalSk", hariIni.toString())
                                    .param("tmt", hariIni.plusMonths(1).toString()),
                            halaman(url + "/tetapkan")
                                    .param("nomorSk", nomor)
                                    .param("tanggalSk", hariIni.toString())
                                    .param("tmt", hariIni.plusMonths(1).toString())),
                    false);
            assertThat(status(id)).isEqualTo("DITETAPKAN");
            assertThat(audit(id)).containsExactly("BUAT", "JALANKAN", "SELESAI", "SETUJUI", "TETAPKAN");
            long pindah = jdbc.sql("SELECT count(*) FROM penempatan.usulan WHERE skenario_id = ? AND status = "
                            + "'DITEMPATKAN' AND jabatan_usulan_id IS DISTINCT FROM jabatan_asal_id")
                    .param(id)
                    .query(Long.class)
                    .single();
            assertThat(jdbc.sql("SELECT count(*) FROM pegawai.riwayat WHERE nomor_sk = ?")
                            .param(nomor)
                            .query(Long.class)
                            .single())
                    .as("riwayat ditulis sekali")
                    .isEqualTo(pindah);
        }
    }

    @Test
    void duaKunciSerentakPadaDrafKeduanyaTersimpan() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long id = skenarioBaru("Uji kunci " + putaran);
            List<Callable<Boolean>> tugas = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String nip = pegawai.get(i);
                tugas.add(() -> {
                    bkd();
                    try {
                        pengelolaan.tambahKunci(id, nip, jabatanB);
                        return true;
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                });
            }
            assertThat(Serentak.jalankan(tugas)).containsExactly(true, true);
            assertThat(jdbc.sql("SELECT nip FROM penempatan.skenario_kunci WHERE skenario_id = ?")
                            .param(id)
                            .query(String.class)
                            .list())
                    .extracting(String::trim)
                    .containsExactlyInAnyOrder(pegawai.get(0), pegawai.get(1));
            assertThat(audit(id)).containsExactly("BUAT", "UBAH", "UBAH");
        }
    }

    @Test
    void kunciSerentakDenganMenjalankanTidakMengubahSkenarioYangBerjalan() throws Exception {
        for (int putaran = 0; putaran < PUTARAN; putaran++) {
            long id = skenarioBaru("Uji kunci dan jalankan " + putaran);
            String nip = pegawai.get(2);
            List<Callable<String>> tugas = List.of(
                    () -> {
                        bkd();
                        try {
                            pengelolaan.tambahKunci(id, nip, jabatanB);
                            return "kunci";
                        } catch (id.aparatur.shared.KonflikException e) {
                            return "409";
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    },
                    () -> {
                        bkd();
                        try {
                            pengelolaan.jalankan(id);
                            return "jalankan";
                        } finally {
                            SecurityContextHolder.clearContext();
                        }
                    });
            List<String> hasil = Serentak.jalankan(tugas);
            tungguSelesai(id);
            boolean dikunci = jdbc.sql("SELECT count(*) FROM penempatan.skenario_kunci WHERE skenario_id = ?")
                            .param(id)
                            .query(Long.class)
                            .single()
                    > 0;
            assertThat(dikunci).isEqualTo(hasil.get(0).equals("kunci"));
            if (dikunci) {
                // The pin came first and the run honoured it.
                assertThat(jdbc.sql("SELECT jabatan_usulan_id FROM penempatan.usulan WHERE skenario_id = ? AND nip = ?")
                                .params(id, nip)
                                .query(Long.class)
                                .single())
                        .isEqualTo(jabatanB);
            }
        }
    }
}
