package id.aparatur.akses.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.application.PembatasLogin;
import id.aparatur.akses.application.PenguncianQuery;
import id.aparatur.sistem.Pengguna;
import id.aparatur.sistem.UjiHalaman;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The login page and BKD's lockout page, against mocked services. */
@UjiHalaman({LoginController.class, PenguncianController.class})
class AksesControllerTests {

    /** The application's own login page instead of the one Spring Security would generate. */
    @TestConfiguration
    static class HalamanMasukSendiri {
        @Bean
        SecurityFilterChain rantai(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(f -> f.loginPage("/login").permitAll())
                    .build();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CakupanPengguna cakupan;

    @MockitoBean
    PenguncianQuery query;

    @Test
    void halamanMasukTanpaSso() {
        var hasil = mvc.get().uri("/login").exchange();
        assertThat(hasil).hasStatusOk().hasViewName("akses/login");
        assertThat(hasil).model().containsEntry("oidc", false);
    }

    @Test
    void daftarPenguncianDariLayananYangMemutuskanSiapaBoleh() {
        OffsetDateTime kini = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));
        when(query.daftar())
                .thenReturn(List.of(new PenguncianQuery.Baris(
                        PembatasLogin.Jenis.ALAMAT, null, "127.0.0.71", kini, kini.plusMinutes(15), 20, false, true)));
        var hasil = mvc.get()
                .uri("/akses/penguncian")
                .with(Pengguna.bkd().masuk(cakupan))
                .exchange();
        assertThat(hasil).hasStatusOk().hasViewName("akses/penguncian");
        assertThat(hasil).bodyText().contains("127.0.0.71");
        when(query.daftar()).thenThrow(new AccessDeniedException("Hanya ADMIN_BKD"));
        assertThat(mvc.get()
                        .uri("/akses/penguncian")
                        .with(Pengguna.pegawai("198501012015011001", 2).masuk(cakupan))
                        .exchange())
                .hasStatus(403);
    }
}
