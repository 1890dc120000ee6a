package id.aparatur.akses.application;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Authentication provider for the stateless API: a stateless HTTP Basic client sends its password with every request,
 * and checking a BCrypt hash costs ~50–100 ms of CPU, which alone would break the latency target on a 2-core server.
 * A successful check is therefore remembered for {@code aparatur.api.cache-autentikasi-detik} (default 60 s), keyed by
 * the username and an HMAC of the password under a key that exists only in this process's memory, so the cache never
 * holds a password or a reusable hash. A failed attempt, a lock-out or expiry forces the full check again.
 *
 * <p>Concurrent requests with the same credentials that miss the cache (the first burst of a client, and every expiry
 * under load) wait for one check instead of each running BCrypt: at 500 requests/s an expiry otherwise started a few
 * hundred BCrypt checks at once and stalled the API for ~1 s every minute (docs/performance.md, aktivitas harian).
 *
 * <p>The delegate is the throttled check ({@link AutentikasiTerbatas}); a cache hit skips it, so a hit is refused here
 * while the account is locked for the client's address or everywhere ({@link PembatasLogin#terkunciSampai}).
 */
class CacheAutentikasiBasic implements AuthenticationProvider {

    private record Entri(Authentication hasil, Instant kedaluwarsa) {}

    private final AuthenticationProvider delegate;
    private final PembatasLogin pembatas;
    private final Clock clock;
    private final Duration umur;
    private final Map<String, Entri> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Authentication>> berjalan = new ConcurrentHashMap<>();
    private final SecretKeySpec kunci;

    CacheAutentikasiBasic(AuthenticationProvider delegate, PembatasLogin pembatas, Clock clock, long detik) {
        this.delegate = delegate;
        this.pembatas = pembatas;
        this.clock = clock;
        this.umur = Duration.ofSeconds(detik);
        byte[] acak = new byte[32];
        new SecureRandom().nextBytes(acak);
        this.kunci = new SecretKeySpec(acak, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object kredensial = authentication.getCredentials();
        Instant terkunci = pembatas.terkunciSampai(username, AutentikasiTerbatas.alamat(authentication));
        if (terkunci != null) {
            cache.keySet().removeIf(k -> k.startsWith(username + "\u0000"));
            throw new PercobaanDibatasiException(terkunci);
        }
        String k = kredensial == null ? null : username + "\u0000" + hmac(kredensial.toString());
        Instant sekarang = clock.instant();
        if (k != null && !umur.isZero() && !umur.isNegative()) {
            Entri e = cache.get(k);
            if (e != null && e.kedaluwarsa().isAfter(sekarang)) {
                return e.hasil();
            }
        }
        if (k == null || umur.isZero() || umur.isNegative()) {
            return delegate.authenticate(authentication);
        }
        CompletableFuture<Authentication> baru = new CompletableFuture<>();
        CompletableFuture<Authentication> lain = berjalan.putIfAbsent(k, baru);
        if (lain != null) {
            try {
                return lain.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }
        try {
            Authentication hasil = delegate.authenticate(authentication);
            if (hasil != null && hasil.isAuthenticated()) {
                if (cache.size() > 10_000) {
                    cache.entrySet().removeIf(en -> !en.getValue().kedaluwarsa().isAfter(sekarang));
                }
                cache.put(k, new Entri(hasil, sekarang.plus(umur)));
            }
            baru.complete(hasil);
            return hasil;
        } catch (RuntimeException e) {
            baru.completeExceptionally(e);
            throw e;
        } finally {
            if (!baru.isDone()) {
                baru.completeExceptionally(new IllegalStateException("Pemeriksaan kredensial terhenti"));
            }
            berjalan.remove(k, baru);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private String hmac(String sandi) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(kunci);
            return Base64.getEncoder().encodeToString(mac.doFinal(sandi.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
