package id.aparatur.akses;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Form login with CSRF, HTTP Basic for the API, and throttling after repeated failures. */
@UjiIntegrasi
class LoginIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    PengelolaanPengguna pengguna;

    @Test
    void loginFormulirBerhasilDanGagal() throws Exception {
        mvc.perform(post("/login")
                        .param("username", "bkd")
                        .param("password", "aparatur-demo")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        mvc.perform(post("/login")
                        .param("username", "bkd")
                        .param("password", "salah")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?gagal"));
    }

    @Test
    void loginTanpaTokenCsrfDitolak() throws Exception {
        mvc.perform(post("/login").param("username", "bkd").param("password", "aparatur-demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void halamanTanpaLoginDiarahkanKeLoginDanHtmxDimintaMuatUlang() throws Exception {
        mvc.perform(get("/pegawai")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        // htmx requests get the HX-Refresh header so the browser reloads into the login page instead of a fragment.
        mvc.perform(get("/pegawai").header("HX-Request", "true"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("HX-Refresh", "true"));
    }

    @Test
    void apiDikunciSetelahLimaKaliGagalDariAlamatIni() throws Exception {
        KeamananFixture.akun(pengguna, "uji.kunci", Peran.ADMIN_BKD);
        mvc.perform(get("/api/v1/opd").with(httpBasic("uji.kunci", "sandi-uji-yang-panjang")))
                .andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/opd").with(httpBasic("uji.kunci", "salah-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        // Even the right password (already cached) is refused while the account is locked at this address (429 with
        // Retry-After), and so is the login form.
        mvc.perform(get("/api/v1/opd").with(httpBasic("uji.kunci", "sandi-uji-yang-panjang")))
                .andExpect(status().isTooManyRequests())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .exists("Retry-After"));
        mvc.perform(post("/login")
                        .param("username", "uji.kunci")
                        .param("password", "sandi-uji-yang-panjang")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?dibatasi"));
    }
}
