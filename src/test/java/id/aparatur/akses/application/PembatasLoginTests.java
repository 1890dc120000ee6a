package id.aparatur.akses.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The throttling rules of {@link PembatasLogin} with the real password check of Spring Security behind it and a
 * password encoder that counts how often it compares (and is slow enough to make the race real), on a clock the test
 * moves.
 */
class PembatasLoginTests {

    /** A clock the test sets. */
    static final class JamUji extends Clock {
        volatile Instant kini = Instant.parse("2026-03-02T08:00:00Z");

        void maju(Duration d) {
            kini = kini.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return kini;
        }
    }

    /** {@code {noop}benar} for every account; every comparison is counted and takes 20 ms. */
    static final class PenyandiTerhitung implements PasswordEncoder {
        final AtomicInteger dibandingkan = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return raw.toString();
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            dibandingkan.incrementAndGet();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return raw.toString().equals(encoded);
        }
    }

    static PembatasLogin.Batas batasBaku() {
        return new PembatasLogin.Batas(
                5,
                Duration.ofMinutes(15),
                10,
                Duration.ofSeconds(1),
                Duration.ofSeconds(300),
                Duration.ofMinutes(15),
                30,
                Duration.ofMinutes(5));
    }

    /** A throttle with the default limits, nobody privileged, no audit. */
    static PembatasLogin pembatas(Clock clock) {
        return new PembatasLogin(clock, batasBaku(), u -> false, p -> {});
    }

    final JamUji jam = new JamUji();
    final PenyandiTerhitung penyandi = new PenyandiTerhitung();
    final List<PembatasLogin.Penguncian> diaudit = new ArrayList<>();
    final PembatasLogin pembatas = new PembatasLogin(jam, batasBaku(), u -> u.startsWith("ppk"), diaudit::add);
    final AutentikasiTerbatas autentikasi;

    PembatasLoginTests() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(
                u -> User.withUsername(u).password("benar").roles("PEGAWAI").build());
        dao.setPasswordEncoder(penyandi);
        autentikasi = new AutentikasiTerbatas(dao, pembatas);
    }

    private static Authentication token(String akun, String sandi, String alamat) {
        var t = UsernamePasswordAuthenticationToken.unauthenticated(akun, sandi);
        t.setDetails(new WebAuthenticationDetails(alamat, null));
        return t;
    }

    private boolean masuk(String akun, String sandi, String alamat) {
        try {
            return autentikasi.authenticate(token(akun, sandi, alamat)).isAuthenticated();
        } catch (BadCredentialsException e) {
            return false;
        }
    }

    /** An attempt whose outcome does not matter. */
    private void coba(String akun, String sandi, String alamat) {
        try {
            autentikasi.authenticate(token(akun, sandi, alamat));
        } catch (AuthenticationException e) {
            // refused or wrong: both count for the test's purpose
        }
    }

    private void dibatasi(String akun, String sandi, String alamat) {
        assertThatThrownBy(() -> autentikasi.authenticate(token(akun, sandi, alamat)))
                .isInstanceOf(PercobaanDibatasiException.class);
    }

    @Test
    void duaPuluhSandiSalahSerentakPalingBanyakLimaDibandingkan() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<Class<?>>> hasil = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sandi = "salah-" + i;
            hasil.add(pool.submit(() -> {
                mulai.await();
                try {
                    autentikasi.authenticate(token("budi", sandi, "10.0.0.1"));
                    return Void.class;
                } catch (AuthenticationException e) {
                    return e.getClass();
                }
            }));
        }
        mulai.countDown();
        int salah = 0;
        for (Future<Class<?>> f : hasil) {
            Class<?> c = f.get();
            assertThat(c).isIn(BadCredentialsException.class, PercobaanDibatasiException.class);
            salah += c == BadCredentialsException.class ? 1 : 0;
        }
        pool.shutdown();
        assertThat(penyandi.dibandingkan.get()).isEqualTo(salah).isBetween(1, 5);
        // Locked now; the right password is refused without comparing anything.
        int sebelum = penyandi.dibandingkan.get();
        dibatasi("budi", "benar", "10.0.0.1");
        assertThat(penyandi.dibandingkan.get()).isEqualTo(sebelum);
    }

    @Test
    void kunciAkunHanyaBerlakuDariAlamatPenyerang() {
        for (int i = 0; i < 5; i++) {
            assertThat(masuk("ppk", "tebak-" + i, "203.0.113.9")).isFalse();
        }
        dibatasi("ppk", "benar", "203.0.113.9");
        assertThat(masuk("ppk", "benar", "10.1.1.1")).isTrue();
        // The lock lasts 15 minutes, then the attacker's address starts afresh.
        jam.maju(Duration.ofMinutes(14));
        dibatasi("ppk", "benar", "203.0.113.9");
        jam.maju(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(masuk("ppk", "benar", "203.0.113.9")).isTrue();
    }

    @Test
    void berhasilMengulangHitunganAkunDiAlamatItu() {
        for (int i = 0; i < 4; i++) {
            masuk("budi", "salah", "10.0.0.2");
        }
        assertThat(masuk("budi", "benar", "10.0.0.2")).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(masuk("budi", "salah-" + i, "10.0.0.2")).isFalse();
        }
        assertThat(masuk("budi", "benar", "10.0.0.2")).isTrue();
    }

    @Test
    void jedaAlamatBertahapSesudahSepuluhGagal() {
        for (int i = 0; i < 10; i++) {
            assertThat(masuk("akun" + i, "salah", "198.51.100.7")).isFalse();
        }
        // After the 10th failure the address waits 1 s; after the 11th, 12th, ... 2, 4, 8, ... seconds, at most 300.
        jam.maju(Duration.ofMillis(999));
        dibatasi("budi", "benar", "198.51.100.7");
        jam.maju(Duration.ofMillis(1));
        long[] jeda = {2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long d : jeda) {
            assertThat(masuk("lain" + d, "salah", "198.51.100.7")).isFalse();
            jam.maju(Duration.ofMillis(d * 1000 - 1));
            dibatasi("budi", "benar", "198.51.100.7");
            jam.maju(Duration.ofMillis(1));
        }
        // Other addresses are not delayed; the address is forgotten 15 minutes after its last failure.
        assertThat(masuk("budi", "benar", "198.51.100.8")).isTrue();
        assertThat(masuk("budi", "benar", "198.51.100.7")).isTrue();
        masuk("x", "salah", "198.51.100.7");
        jam.maju(Duration.ofMinutes(15));
        for (int i = 0; i < 10; i++) {
            assertThat(masuk("baru" + i, "salah", "198.51.100.7")).isFalse();
        }
    }

    @Test
    void batasAkunGlobalButuhBanyakAlamatDanSingkat() {
        // Five failures per address lock only that address; six addresses make 30 failures in the window.
        for (int a = 0; a < 6; a++) {
            for (int i = 0; i < 5; i++) {
                masuk("ppk.sekda", "tebak", "192.0.2." + a);
            }
        }
        dibatasi("ppk.sekda", "benar", "10.9.9.9");
        assertThat(pembatas.daftar()).anySatisfy(p -> {
            assertThat(p.jenis()).isEqualTo(PembatasLogin.Jenis.AKUN);
            assertThat(p.alamat()).isNull();
            assertThat(p.percobaan()).isEqualTo(30);
        });
        jam.maju(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(masuk("ppk.sekda", "benar", "10.9.9.9")).isTrue();
    }

    @Test
    void penguncianAkunIstimewaDiauditSekaliPerPenguncian() {
        for (int i = 0; i < 7; i++) {
            coba("ppk", "tebak", "203.0.113.1");
        }
        for (int i = 0; i < 6; i++) {
            coba("budi", "tebak", "203.0.113.1");
        }
        assertThat(diaudit).singleElement().satisfies(p -> {
            assertThat(p.username()).isEqualTo("ppk");
            assertThat(p.alamat()).isEqualTo("203.0.113.1");
            assertThat(p.percobaan()).isEqualTo(5);
            assertThat(p.sampai()).isEqualTo(jam.instant().plus(Duration.ofMinutes(15)));
        });
        assertThat(pembatas.daftar())
                .extracting(PembatasLogin.Penguncian::username)
                .contains("ppk", "budi");
    }

    @Test
    void akunYangTidakAdaDihitungSepertiSandiSalah() {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(u -> {
            throw new org.springframework.security.core.userdetails.UsernameNotFoundException(u);
        });
        dao.setPasswordEncoder(penyandi);
        var a = new AutentikasiTerbatas(dao, pembatas);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> a.authenticate(token("hantu", "x", "10.0.0.3")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> a.authenticate(token("hantu", "x", "10.0.0.3")))
                .isInstanceOf(PercobaanDibatasiException.class);
    }
}
