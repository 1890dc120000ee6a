package id.aparatur.akses.application;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Two filter chains. {@code /api/**}: stateless HTTP Basic, no session, so no CSRF token is needed; 401/403 answer as
 * ProblemDetail. Everything else: form login (and optional OIDC), session, CSRF on.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String[] PUBLIK = {"/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
        "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**", "/actuator/info"};

    /**
     * No Micrometer observation per security filter: it wrapped each of the ~15 filters of every request (~5 % of
     * the CPU of a list request in the profile). Request metrics (http.server.requests) stay.
     */
    @Bean
    org.springframework.security.config.observation.SecurityObservationSettings securityObservationSettings() {
        return org.springframework.security.config.observation.SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static DaoAuthenticationProvider dao(PenggunaDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider p = new DaoAuthenticationProvider(users);
        p.setPasswordEncoder(encoder);
        return p;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, PenggunaDetailsService users, PasswordEncoder encoder,
            PembatasLogin pembatas, java.time.Clock clock,
            @Value("${aparatur.api.cache-autentikasi-detik:60}") long detik) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationProvider(new CacheAutentikasiBasic(dao(users, encoder), pembatas, clock, detik))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                        "Tidak terautentikasi", "Permintaan memerlukan autentikasi (HTTP Basic).", true)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                                "Tidak terautentikasi", "Permintaan memerlukan autentikasi (HTTP Basic).", true))
                        .accessDeniedHandler((req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, "Akses ditolak",
                                "Anda tidak berwenang melakukan tindakan ini.", false)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, PenggunaDetailsService users, PasswordEncoder encoder,
            @Value("${aparatur.oidc.enabled:false}") boolean oidc,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUserService) throws Exception {
        var entry = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
                        new RequestHeaderRequestMatcher("HX-Request"))
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                .build();
        http.authenticationProvider(dao(users, encoder))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIK).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?gagal"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?keluar"))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self' 'unsafe-eval'; frame-ancestors 'none'")));
        if (oidc) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUserService.getObject())));
        }
        return http.build();
    }

    private static void problem(HttpServletResponse res, HttpStatus status, String title, String detail,
            boolean basic) throws IOException {
        res.setStatus(status.value());
        if (basic) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Aparatur\"");
        }
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
