package id.aparatur.akses.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
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
import org.springframework.security.core.userdetails.User;

/** Concurrent misses with the same credentials run one check, not one BCrypt per request. */
class CacheAutentikasiBasicTests {

    static final class Lambat extends DaoAuthenticationProvider {
        final AtomicInteger panggilan = new AtomicInteger();

        Lambat() {
            super(u -> User.withUsername(u).password("{noop}x").roles("PEGAWAI").build());
        }

        @Override
        public Authentication authenticate(Authentication a) {
            panggilan.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!"benar".equals(a.getCredentials())) {
                throw new BadCredentialsException("salah");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of());
        }
    }

    @Test
    void permintaanSerentakMenungguSatuPemeriksaan() throws Exception {
        Lambat dao = new Lambat();
        var cache =
                new CacheAutentikasiBasic(dao, PembatasLoginTests.pembatas(Clock.systemUTC()), Clock.systemUTC(), 60);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<Authentication>> hasil = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            hasil.add(pool.submit(() -> {
                mulai.await();
                return cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("budi", "benar"));
            }));
        }
        mulai.countDown();
        for (Future<Authentication> f : hasil) {
            assertThat(f.get().isAuthenticated()).isTrue();
        }
        pool.shutdown();
        assertThat(dao.panggilan.get()).isEqualTo(1);
        // cached now
        cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("budi", "benar"));
        assertThat(dao.panggilan.get()).isEqualTo(1);
    }

    @Test
    void sandiSalahTidakDisimpan() {
        Lambat dao = new Lambat();
        var cache =
                new CacheAutentikasiBasic(dao, PembatasLoginTests.pembatas(Clock.systemUTC()), Clock.systemUTC(), 60);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() ->
                            cache.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("budi", "salah")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(dao.panggilan.get()).isEqualTo(2);
    }
}
