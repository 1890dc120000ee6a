package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.aparatur.UjiIntegrasi;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see and use the backup page and API, CSRF on the button, and what a backup on request leaves behind. */
@UjiIntegrasi
class CadanganHalamanIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    LayananCadangan layanan;

    @Test
    void hanyaAdminBkdMelihatDanMemakaiHalamanCadangan() throws Exception {
        mvc.perform(get("/sistem/cadangan").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"cadangkan-sekarang\"")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
        mvc.perform(get("/sistem/cadangan").with(user("ppk").roles("PPK"))).andExpect(status().isForbidden());
        mvc.perform(post("/sistem/cadangan").with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/sistem/cadangan").with(csrf()).with(user("ppk").roles("PPK")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sistem/cadangan").with(httpBasic("ppk", "aparatur-demo")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/sistem/cadangan").with(httpBasic("ppk", "aparatur-demo")))
                .andExpect(status().isForbidden());
    }

    @Test
    void cadangkanSekarangMenulisBerkasDenganChecksumDanCatatan() throws Exception {
        mvc.perform(post("/sistem/cadangan").with(csrf()).with(user("bkd").roles("ADMIN_BKD")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sistem/cadangan"))
                .andExpect(flash().attribute(
                                "pesan",
                                Matchers.matchesPattern(
                                        "Cadangan aparatur-\\d{8}-\\d{6}-manual(-\\d+)?\\.zip berhasil dibuat\\.")));
        String jawaban = mvc.perform(post("/api/v1/sistem/cadangan").with(httpBasic("bkd", "aparatur-demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("BERHASIL"))
                .andExpect(jsonPath("$.jenis").value("MANUAL"))
                .andExpect(jsonPath("$.oleh").value("bkd"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String nama = jawaban.replaceAll(".*\"berkas\":\"([^\"]+)\".*", "$1");
        Path berkas = layanan.folder().resolve(nama);
        assertThat(berkas).exists();
        assertThat(layanan.folder().resolve(nama + ".sha256")).exists();
        // The whole file checks out against its manifest.
        assertThat(BerkasCadangan.periksa(
                                berkas,
                                tools.jackson.databind.json.JsonMapper.builder().build())
                        .tabel())
                .extracting(BerkasCadangan.Tabel::nama)
                .contains("pegawai.pegawai", "audit.jejak_audit")
                .doesNotContain("public.flyway_schema_history");
        assertThat(Files.getPosixFilePermissions(berkas))
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        mvc.perform(get("/api/v1/sistem/cadangan").with(httpBasic("bkd", "aparatur-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.berkas[0].nama").value(nama))
                .andExpect(jsonPath("$.terakhir.berkas").value(nama))
                .andExpect(jsonPath("$.terlambat").value(false));
    }
}
