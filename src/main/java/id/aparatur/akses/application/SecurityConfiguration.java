package id.aparatur.akses.application;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Two filter chains. {@code /api/**}: stateless HTTP Basic, no session, so no CSRF token; a cross-site browser request
 * that would change data is refused first ({@link PenjagaLintasSitus}), and 401/403/429 answer as ProblemDetail. The
 * 401 challenge is {@value #TANTANGAN}, not {@code Basic}: a {@code Basic} challenge makes a browser prompt for
 * credentials (or use those in an {@code http://user:pass@host} URL) and then attach them, cached, to every later
 * request to the API, including a form post from another site. API clients send {@code Authorization: Basic}
 * preemptively, as curl, Postman, Swagger UI and Spring's RestClient do.
 *
 * <p>Everything else: form login (and optional OIDC), session, CSRF on. Both chains check passwords behind
 * {@link PembatasLogin} and send the same security headers (docs/operasional.md, "Security headers").
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** The 401 challenge of the API (a scheme no browser answers with a login prompt). */
    static final String TANTANGAN = "ApiBasic realm=\"Aparatur\"";

    private static final String[] PUBLIK = {
        "/login",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/error",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/actuator/health/**",
        "/actuator/info"
    };

    /**
     * Pages load scripts only from the application itself; no {@code 'unsafe-eval'} (neither ECharts nor htmx needs it,
     * and htmx's own eval features are switched off in aparatur.js). Inline styles stay allowed: ECharts and Bootstrap
     * set style attributes.
     */
    static final String CSP_HALAMAN = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** JSON answers are never a document that may load or run anything. */
    static final String CSP_API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Browser features Aparatur never uses, denied to the page and to anything it might embed. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

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

    @Bean
    JawabanMasalah jawabanMasalah(MessageSource pesan, LocaleResolver bahasa, ObjectMapper json) {
        return new JawabanMasalah(pesan, bahasa, json);
    }

    /** The throttled password check, and only it: no global AuthenticationManager behind it checks again. */
    private static void autentikasi(
            HttpSecurity http, org.springframework.security.authentication.AuthenticationProvider p) {
        http.authenticationProvider(p);
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
    }

    private static AutentikasiTerbatas terbatas(
            PenggunaDetailsService users, PasswordEncoder encoder, PembatasLogin pembatas) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new AutentikasiTerbatas(dao, pembatas);
    }

    private static void header(HeadersConfigurer<HttpSecurity> h, String csp) {
        h.contentSecurityPolicy(c -> c.policyDirectives(csp))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS_POLICY));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            PenggunaDetailsService users,
            PasswordEncoder encoder,
            PembatasLogin pembatas,
            Clock clock,
            JawabanMasalah jawaban,
            @Value("${aparatur.api.cache-autentikasi-detik:60}") long detik,
            @Value("${aparatur.keamanan.origin-diizinkan:}") List<String> originDiizinkan)
            throws Exception {
        AuthenticationEntryPoint masuk = (req, res, ex) -> belumMasuk(jawaban, clock, req, res, ex);
        autentikasi(http, new CacheAutentikasiBasic(terbatas(users, encoder, pembatas), pembatas, clock, detik));
        http.securityMatcher("/api/**")
                .addFilterAfter(new PenjagaLintasSitus(originDiizinkan, jawaban), HeaderWriterFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(masuk))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> header(h, CSP_API))
                .exceptionHandling(e -> e.authenticationEntryPoint(masuk)
                        .accessDeniedHandler(
                                (req, res, ex) -> jawaban.tulis(req, res, HttpStatus.FORBIDDEN, "galat.403")));
        return http.build();
    }

    /** 401 with a challenge no browser prompts for, or 429 with Retry-After while {@link PembatasLogin} refuses. */
    private static void belumMasuk(
            JawabanMasalah jawaban,
            Clock clock,
            HttpServletRequest req,
            HttpServletResponse res,
            AuthenticationException ex)
            throws IOException {
        if (ex instanceof PercobaanDibatasiException p) {
            long detik =
                    Math.max(1, (Duration.between(clock.instant(), p.sampai()).toMillis() + 999) / 1000);
            res.setHeader("Retry-After", String.valueOf(detik));
            jawaban.tulis(req, res, HttpStatus.TOO_MANY_REQUESTS, "keamanan.dibatasi", detik);
            return;
        }
        res.setHeader("WWW-Authenticate", TANTANGAN);
        jawaban.tulis(req, res, HttpStatus.UNAUTHORIZED, "keamanan.belum-masuk");
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(
            HttpSecurity http,
            PenggunaDetailsService users,
            PasswordEncoder encoder,
            PembatasLogin pembatas,
            @Value("${aparatur.oidc.enabled:false}") boolean oidc,
            ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> oidcUserService)
            throws Exception {
        var entry = DelegatingAuthenticationEntryPoint.builder()
                .addEntryPointFor(
                        new HxRefreshHeaderAuthenticationEntryPoint(), new RequestHeaderRequestMatcher("HX-Request"))
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                .build();
        var berhasil = new SavedRequestAwareAuthenticationSuccessHandler();
        berhasil.setDefaultTargetUrl("/");
        berhasil.setRedirectStrategy(new PengalihanRelatif());
        AuthenticationFailureHandler salah = new SimpleUrlAuthenticationFailureHandler("/login?gagal");
        AuthenticationFailureHandler dibatasi = new SimpleUrlAuthenticationFailureHandler("/login?dibatasi");
        autentikasi(http, terbatas(users, encoder, pembatas));
        http.authorizeHttpRequests(
                        a -> a.requestMatchers(PUBLIK).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(berhasil)
                        .failureHandler((req, res, ex) -> (ex instanceof PercobaanDibatasiException ? dibatasi : salah)
                                .onAuthenticationFailure(req, res, ex)))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?keluar"))
                .exceptionHandling(e -> e.authenticationEntryPoint(entry))
                .headers(h -> header(h, CSP_HALAMAN));
        if (oidc) {
            http.oauth2Login(
                    o -> o.loginPage("/login").userInfoEndpoint(u -> u.oidcUserService(oidcUserService.getObject())));
        }
        return http.build();
    }
}
