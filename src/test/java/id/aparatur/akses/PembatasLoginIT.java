package id.aparatur.akses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Issue 15 item 6 on the whole application: parallel wrong passwords are not all checked, an attacker's address
 * cannot lock the real user out from another address, an address that keeps failing is delayed progressively, a
 * lockout of a privileged account is in the audit trail, and only BKD sees the lockout page. Every test uses its own
 * accounts and client addresses (10.6.x.x), so the shared context's other tests (all from 127.0.0.1) never meet a lock.
 */
@UjiIntegrasi
class PembatasLoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableApplicationContext konteks;

    private static RequestPostProcessor dari(String alamat) {
        return r -> {
            r.setRemoteAddr(alamat);
            return r;
        };
    }

    private MockHttpServletRequestBuilder api(String akun, String sandi, String alamat) {
        return get("/api/v1/opd").with(httpBasic(akun, sandi)).with(dari(alamat));
    }

    private int kode(MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    @Test
    void duaPuluhSandiSalahSerentakPalingBanyakLimaYangDiperiksa() throws Exception {
        String akun = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.serentak"), Peran.PEGAWAI);
        AtomicInteger diperiksa = new AtomicInteger();
        ApplicationListener<AuthenticationFailureBadCredentialsEvent> hitung = e -> {
            if (akun.equals(e.getAuthentication().getName())) {
                diperiksa.incrementAndGet();
            }
        };
        konteks.addApplicationListener(hitung);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch mulai = new CountDownLatch(1);
            List<Future<Integer>> hasil = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String sandi = "salah-" + i;
                hasil.add(pool.submit(() -> {
                    mulai.await();
                    return kode(api(akun, sandi, "10.6.0.1"));
                }));
            }
            mulai.countDown();
            for (Future<Integer> f : hasil) {
                assertThat(f.get()).isIn(401, 429);
            }
        } finally {
            pool.shutdownNow();
            konteks.removeApplicationListener(hitung);
        }
        assertThat(diperiksa.get())
                .as("sandi yang benar-benar dibandingkan dengan hash")
                .isBetween(1, 5);
        // Locked at this address now: even the right password is refused, and so is the login form.
        assertThat(kode(api(akun, KeamananFixture.SANDI_UJI, "10.6.0.1"))).isEqualTo(429);
        mvc.perform(post("/login")
                        .param("username", akun)
                        .param("password", KeamananFixture.SANDI_UJI)
                        .with(csrf())
                        .with(dari("10.6.0.1")))
                .andExpect(redirectedUrl("/login?dibatasi"));
    }

    @Test
    void penyerangTidakMengunciPenggunaAsliDariAlamatLain() throws Exception {
        String akun = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.ppk"), Peran.PPK);
        for (int i = 0; i < 8; i++) {
            assertThat(kode(api(akun, "tebakan-" + i, "10.6.0.66"))).isEqualTo(i < 5 ? 401 : 429);
        }
        // The real user, elsewhere, is not locked out: API and login form both work.
        assertThat(kode(api(akun, KeamananFixture.SANDI_UJI, "10.6.0.7"))).isEqualTo(200);
        mvc.perform(post("/login")
                        .param("username", akun)
                        .param("password", KeamananFixture.SANDI_UJI)
                        .with(csrf())
                        .with(dari("10.6.0.8")))
                .andExpect(redirectedUrl("/"));
        // The lockout of a privileged account (PPK) is in the audit trail, with the attacker's address.
        String sesudah = jdbc.sql("""
                SELECT sesudah::text FROM audit.jejak_audit WHERE entitas = 'PENGGUNA' AND entitas_id = ?
                  AND aksi = 'KUNCI'""").param(akun).query(String.class).single();
        assertThat(sesudah).contains("10.6.0.66").contains("AKUN_ALAMAT");
    }

    @Test
    void penguncianAkunBiasaTidakMasukAudit() throws Exception {
        String akun = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.pegawai"), Peran.PEGAWAI);
        for (int i = 0; i < 6; i++) {
            kode(api(akun, "tebakan-" + i, "10.6.0.67"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit.jejak_audit WHERE entitas = 'PENGGUNA' AND entitas_id = ?")
                        .param(akun)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void alamatYangTerusGagalDijedaBertahap() throws Exception {
        String alamat = "10.6.1." + (int) (System.nanoTime() % 200 + 20);
        String akun = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.jeda"), Peran.PEGAWAI);
        // Ten failures across ten (unknown) accounts are free ...
        for (int i = 0; i < 10; i++) {
            assertThat(kode(api("tidak.ada." + i + "." + alamat, "x", alamat))).isEqualTo(401);
        }
        // ... then the address waits 1 s after its last failure, for any account, even with the right password.
        var jeda1 = mvc.perform(api(akun, KeamananFixture.SANDI_UJI, alamat))
                .andReturn()
                .getResponse();
        assertThat(jeda1.getStatus()).isEqualTo(429);
        assertThat(jeda1.getHeader("Retry-After")).isEqualTo("1");
        assertThat(jeda1.getContentType()).startsWith("application/problem+json");
        // Another address is not affected.
        assertThat(kode(api(akun, KeamananFixture.SANDI_UJI, "10.6.2.1"))).isEqualTo(200);
        Thread.sleep(1100);
        assertThat(kode(api("tidak.ada.lagi." + alamat, "x", alamat))).isEqualTo(401);
        // The next failure doubles the delay: 2 s. (The right password of akun would pass now: it was just checked
        // from the other address and the API remembers successful checks for a minute.)
        var jeda2 = mvc.perform(api("tidak.ada.juga." + alamat, "x", alamat))
                .andReturn()
                .getResponse();
        assertThat(jeda2.getStatus()).isEqualTo(429);
        assertThat(jeda2.getHeader("Retry-After")).isEqualTo("2");
    }

    @Test
    void hanyaBkdMembukaHalamanPenguncian() throws Exception {
        String akun = KeamananFixture.akun(pengguna, KeamananFixture.akunBaru("uji.halaman"), Peran.ATASAN);
        for (int i = 0; i < 5; i++) {
            kode(api(akun, "tebakan-" + i, "10.6.3.1"));
        }
        String html = mvc.perform(get("/akses/penguncian").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains(akun).contains("10.6.3.1").contains("akun-istimewa");
        mvc.perform(get("/akses/penguncian").with(user("ppk").roles("PPK"))).andExpect(status().isForbidden());
        mvc.perform(get("/akses/penguncian").with(user("pegawai.pendidikan").roles("PEGAWAI")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/akses/penguncian")).andExpect(status().is3xxRedirection());
    }
}
