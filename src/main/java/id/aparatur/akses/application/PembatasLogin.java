package id.aparatur.akses.application;

import id.aparatur.akses.Peran;
import id.aparatur.audit.DataDiubah;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Login throttling for form login and HTTP Basic alike. Three counters, each reserved atomically <em>before</em> the
 * password is checked ({@link #pesan}), so that parallel attempts cannot all get past a limit that only a finished
 * check would have reached:
 * <ol>
 *   <li><b>account + client address</b>: after {@code aparatur.login.maks-gagal} (5) failures the account is locked
 *       for {@code aparatur.login.kunci-menit} (15) minutes <em>from that address only</em>. The real user at another
 *       address is not locked out by an attacker.</li>
 *   <li><b>client address</b>, across accounts: the first {@code aparatur.login.alamat.maks-gagal} (10) failures are
 *       free; after the k-th failure (k ≥ 10) the next attempt from the address waits
 *       {@code min(jeda-maks, jeda-awal × 2^(k − 10))} (1 s, 2 s, 4 s, … up to 300 s), and attempts go one at a time.
 *       The address is forgotten {@code aparatur.login.alamat.lupa-menit} (15) minutes after its last failure.</li>
 *   <li><b>account</b>, across addresses: {@code aparatur.login.akun.maks-gagal} (30) failures within
 *       {@code aparatur.login.akun.jendela-menit} (5) minutes lock the account everywhere for that many minutes. Since
 *       one address contributes at most 5 failures per account, this needs at least 6 addresses; it bounds a
 *       distributed guesser to 30 guesses per 5 minutes per account, at the price of a short lockout.</li>
 * </ol>
 * A success resets counter 1 for its account and address and releases the reservations of 2 and 3. Only finished
 * password checks count; an attempt refused by a limit is answered without checking anything. Lockouts (counter 1
 * and 3) and throttled addresses (2) are kept for the BKD page {@code /akses/penguncian}; a lockout of an account
 * with any role other than PEGAWAI is also written to the audit trail. The counters live in memory: one instance,
 * reset on restart.
 */
@Component
public class PembatasLogin {

    private static final Logger LOG = LoggerFactory.getLogger(PembatasLogin.class);
    private static final int BATAS_RIWAYAT = 200;
    private static final int BATAS_KUNCI = 100_000;

    /** What a counter is about. */
    public enum Jenis {
        /** One account from one client address. */
        AKUN_ALAMAT,
        /** One client address, whatever account it tries. */
        ALAMAT,
        /** One account from every address. */
        AKUN
    }

    /**
     * The limits; see the class comment.
     *
     * @param maksGagal failures of one account from one address before it is locked there
     * @param kunci how long that lock lasts (and how long failures are remembered)
     * @param alamatBebas failures of one address before its attempts are delayed
     * @param jedaAwal the first delay
     * @param jedaMaks the longest delay
     * @param alamatLupa how long after its last failure an address starts afresh
     * @param akunMaksGagal failures of one account from all addresses before it is locked everywhere
     * @param akunJendela the window of those failures and the length of that lock
     */
    record Batas(
            int maksGagal,
            Duration kunci,
            int alamatBebas,
            Duration jedaAwal,
            Duration jedaMaks,
            Duration alamatLupa,
            int akunMaksGagal,
            Duration akunJendela) {

        Duration jedaAlamat(int lebih) {
            long milidetik = jedaAwal.toMillis() << Math.min(30, lebih);
            return milidetik <= 0 || milidetik > jedaMaks.toMillis() ? jedaMaks : Duration.ofMillis(milidetik);
        }
    }

    /**
     * A lockout or a throttled address, for the BKD page.
     *
     * @param username the account (null for an address throttled across accounts)
     * @param alamat the client address (null for a lock of the account everywhere)
     * @param sejak when it started
     * @param sampai until when attempts are refused
     * @param percobaan failed attempts counted
     * @param istimewa whether the account has a role other than PEGAWAI
     */
    public record Penguncian(
            Jenis jenis,
            @Nullable String username,
            @Nullable String alamat,
            Instant sejak,
            Instant sampai,
            int percobaan,
            boolean istimewa) {

        public boolean aktif(Instant kini) {
            return kini.isBefore(sampai);
        }
    }

    /** An attempt reserved by {@link #pesan}; give it back with exactly one of berhasil, gagal or batal. */
    static final class Izin {
        private final String username;
        private final String tampil;
        private final String alamat;
        private boolean selesai;

        private Izin(String username, String tampil, String alamat) {
            this.username = username;
            this.tampil = tampil;
            this.alamat = alamat;
        }
    }

    private record Catatan(
            int gagal,
            int berjalan,
            @Nullable Instant terakhir,
            @Nullable Instant sejak,
            @Nullable Instant sampai) {

        static final Catatan KOSONG = new Catatan(0, 0, null, null, null);

        boolean kosong() {
            return gagal == 0 && berjalan == 0;
        }
    }

    /** One kind of counter: a free budget, then refusal until {@code jeda(n)} after the n-th failure beyond it. */
    private static final class Penghitung {
        private final int bebas;
        private final Duration lupa;
        private final IntFunction<Duration> jeda;
        private final Map<String, Catatan> peta = new ConcurrentHashMap<>();

        Penghitung(int bebas, Duration lupa, IntFunction<Duration> jeda) {
            this.bebas = bebas;
            this.lupa = lupa;
            this.jeda = jeda;
        }

        private Catatan segar(@Nullable Catatan c, Instant kini) {
            if (c == null) {
                return Catatan.KOSONG;
            }
            boolean usang = c.terakhir() != null
                    && !c.terakhir().plus(lupa).isAfter(kini)
                    && (c.sampai() == null || !c.sampai().isAfter(kini));
            return usang ? new Catatan(0, c.berjalan(), null, null, null) : c;
        }

        /** Reserves one attempt; the instant until which attempts are refused when it cannot. */
        @Nullable
        Instant pesan(String kunci, Instant kini) {
            Instant[] tolak = new Instant[1];
            peta.compute(kunci, (k, lama) -> {
                Catatan c = segar(lama, kini);
                if (c.sampai() != null && c.sampai().isAfter(kini)) {
                    tolak[0] = c.sampai();
                    return c;
                }
                if (c.gagal() + c.berjalan() >= bebas && c.berjalan() > 0) {
                    // Over the budget attempts go one at a time: the next waits for the answer of this one.
                    tolak[0] = kini.plusSeconds(1);
                    return c;
                }
                return new Catatan(c.gagal(), c.berjalan() + 1, c.terakhir(), c.sejak(), c.sampai());
            });
            bersihkan(kini);
            return tolak[0];
        }

        /** Gives a reservation back; with {@code gagal} it counts as a failure. The new state. */
        Catatan kembalikan(String kunci, Instant kini, boolean gagal, boolean reset) {
            Catatan baru = peta.compute(kunci, (k, lama) -> {
                Catatan c = lama == null ? Catatan.KOSONG : lama;
                int berjalan = Math.max(0, c.berjalan() - 1);
                if (reset) {
                    return new Catatan(0, berjalan, null, null, null);
                }
                if (!gagal) {
                    return new Catatan(c.gagal(), berjalan, c.terakhir(), c.sejak(), c.sampai());
                }
                int n = c.gagal() + 1;
                if (n < bebas) {
                    return new Catatan(n, berjalan, kini, c.sejak(), c.sampai());
                }
                Instant sejak = c.sejak() == null ? kini : c.sejak();
                return new Catatan(n, berjalan, kini, sejak, kini.plus(jeda.apply(n - bebas)));
            });
            if (baru != null && baru.kosong()) {
                peta.remove(kunci, baru);
            }
            return baru == null ? Catatan.KOSONG : baru;
        }

        @Nullable
        Instant tertolakSampai(String kunci, Instant kini) {
            Catatan c = peta.get(kunci);
            return c != null && c.sampai() != null && c.sampai().isAfter(kini) ? c.sampai() : null;
        }

        private void bersihkan(Instant kini) {
            if (peta.size() > BATAS_KUNCI) {
                peta.entrySet()
                        .removeIf(e -> e.getValue().berjalan() == 0
                                && segar(e.getValue(), kini).kosong());
            }
        }
    }

    private final Clock clock;
    private final Batas batas;
    private final Predicate<String> istimewa;
    private final Consumer<Penguncian> saatDikunci;
    private final Penghitung akunAlamat;
    private final Penghitung alamat;
    private final Penghitung akun;
    private final Deque<Penguncian> riwayat = new ArrayDeque<>();

    @Autowired
    PembatasLogin(
            Clock clock,
            PenggunaRepository pengguna,
            ApplicationEventPublisher events,
            @Value("${aparatur.login.maks-gagal:5}") int maksGagal,
            @Value("${aparatur.login.kunci-menit:15}") int kunciMenit,
            @Value("${aparatur.login.alamat.maks-gagal:10}") int alamatBebas,
            @Value("${aparatur.login.alamat.jeda-awal-detik:1}") int jedaAwal,
            @Value("${aparatur.login.alamat.jeda-maks-detik:300}") int jedaMaks,
            @Value("${aparatur.login.alamat.lupa-menit:15}") int alamatLupa,
            @Value("${aparatur.login.akun.maks-gagal:30}") int akunMaksGagal,
            @Value("${aparatur.login.akun.jendela-menit:5}") int akunJendela) {
        this(
                clock,
                new Batas(
                        maksGagal,
                        Duration.ofMinutes(kunciMenit),
                        alamatBebas,
                        Duration.ofSeconds(jedaAwal),
                        Duration.ofSeconds(jedaMaks),
                        Duration.ofMinutes(alamatLupa),
                        akunMaksGagal,
                        Duration.ofMinutes(akunJendela)),
                u -> istimewa(pengguna, u) || istimewa(pengguna, u.toLowerCase(Locale.ROOT)),
                p -> audit(events, p));
    }

    PembatasLogin(Clock clock, Batas batas, Predicate<String> istimewa, Consumer<Penguncian> saatDikunci) {
        if (batas.maksGagal() < 1 || batas.alamatBebas() < 1 || batas.akunMaksGagal() < 1) {
            throw new IllegalArgumentException("aparatur.login.*maks-gagal harus minimal 1");
        }
        if (batas.akunMaksGagal() <= batas.maksGagal()) {
            LOG.warn(
                    "aparatur.login.akun.maks-gagal ({}) tidak lebih besar dari aparatur.login.maks-gagal ({}): satu "
                            + "alamat dapat mengunci akun untuk semua alamat",
                    batas.akunMaksGagal(),
                    batas.maksGagal());
        }
        this.clock = clock;
        this.batas = batas;
        this.istimewa = istimewa;
        this.saatDikunci = saatDikunci;
        this.akunAlamat = new Penghitung(batas.maksGagal(), batas.kunci(), n -> batas.kunci());
        this.alamat = new Penghitung(batas.alamatBebas(), batas.alamatLupa(), batas::jedaAlamat);
        this.akun = new Penghitung(batas.akunMaksGagal(), batas.akunJendela(), n -> batas.akunJendela());
    }

    /**
     * Reserves one password check for {@code username} from {@code alamat}.
     *
     * @throws PercobaanDibatasiException when a limit refuses the attempt (nothing is counted then)
     */
    Izin pesan(String username, String alamat) {
        String u = normal(username);
        Instant kini = clock.instant();
        Instant tolak = akunAlamat.pesan(u + "\u0000" + alamat, kini);
        if (tolak != null) {
            throw new PercobaanDibatasiException(tolak);
        }
        tolak = this.alamat.pesan(alamat, kini);
        if (tolak != null) {
            akunAlamat.kembalikan(u + "\u0000" + alamat, kini, false, false);
            throw new PercobaanDibatasiException(tolak);
        }
        tolak = akun.pesan(u, kini);
        if (tolak != null) {
            akunAlamat.kembalikan(u + "\u0000" + alamat, kini, false, false);
            this.alamat.kembalikan(alamat, kini, false, false);
            throw new PercobaanDibatasiException(tolak);
        }
        return new Izin(u, tampil(username), alamat);
    }

    /** The password was right: the account's count at this address starts afresh. */
    void berhasil(Izin izin) {
        selesai(izin, false, true);
    }

    /** The password (or the username) was wrong. */
    void gagal(Izin izin) {
        selesai(izin, true, false);
    }

    /** The check ended without a verdict on the password (disabled account, error): nothing is counted. */
    void batal(Izin izin) {
        selesai(izin, false, false);
    }

    /**
     * When attempts for {@code username} from {@code alamat} are refused, the instant they are allowed again; null
     * when they are not. For answers that skip the password check (the API's cache of successful checks).
     */
    @Nullable
    Instant terkunciSampai(String username, String alamat) {
        String u = normal(username);
        Instant kini = clock.instant();
        Instant a = akunAlamat.tertolakSampai(u + "\u0000" + alamat, kini);
        Instant b = akun.tertolakSampai(u, kini);
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** Current and recent lockouts and throttled addresses, newest first (at most the last 200). */
    public List<Penguncian> daftar() {
        synchronized (riwayat) {
            return new ArrayList<>(riwayat)
                    .stream()
                            .sorted(Comparator.comparing(Penguncian::sejak).reversed())
                            .toList();
        }
    }

    private void selesai(Izin izin, boolean gagal, boolean berhasil) {
        synchronized (izin) {
            if (izin.selesai) {
                return;
            }
            izin.selesai = true;
        }
        Instant kini = clock.instant();
        String ka = izin.username + "\u0000" + izin.alamat;
        Catatan a = akunAlamat.kembalikan(ka, kini, gagal, berhasil);
        Catatan b = alamat.kembalikan(izin.alamat, kini, gagal, false);
        Catatan c = akun.kembalikan(izin.username, kini, gagal, false);
        if (!gagal) {
            return;
        }
        catat(Jenis.AKUN_ALAMAT, izin.tampil, izin.alamat, a, batas.maksGagal());
        catat(Jenis.ALAMAT, null, izin.alamat, b, batas.alamatBebas());
        catat(Jenis.AKUN, izin.tampil, null, c, batas.akunMaksGagal());
    }

    /** Keeps the lockout (or its extension) for the page; a new lockout of a privileged account goes to the audit. */
    private void catat(Jenis jenis, @Nullable String username, @Nullable String alamat, Catatan c, int bebas) {
        Instant sejak = c.sejak();
        Instant sampai = c.sampai();
        if (c.gagal() < bebas || sejak == null || sampai == null) {
            return;
        }
        boolean baru = c.gagal() == bebas;
        // The role lookup reads the database: outside the lock, and only once per lockout.
        boolean istimewaAkun =
                username != null && (baru ? cekIstimewa(username) : riwayatIstimewa(jenis, username, alamat, sejak));
        Penguncian p = new Penguncian(jenis, username, alamat, sejak, sampai, c.gagal(), istimewaAkun);
        synchronized (riwayat) {
            riwayat.removeIf(x -> sama(x, jenis, username, alamat, sejak));
            riwayat.addLast(p);
            if (riwayat.size() > BATAS_RIWAYAT) {
                // Drop the oldest entry, but keep current lockouts of privileged accounts while there are others.
                Instant kini = clock.instant();
                Penguncian buang = riwayat.stream()
                        .filter(x -> !(x.istimewa() && x.aktif(kini)))
                        .findFirst()
                        .orElse(riwayat.peekFirst());
                riwayat.remove(buang);
            }
        }
        if (baru) {
            LOG.warn(
                    "Login dibatasi ({}): akun {} alamat {} sampai {} setelah {} kali gagal",
                    jenis,
                    username == null ? "-" : username,
                    alamat == null ? "-" : alamat,
                    sampai,
                    c.gagal());
            if (p.istimewa()) {
                try {
                    saatDikunci.accept(p);
                } catch (RuntimeException e) {
                    // The lockout holds either way; a failed audit write must not turn a refused login into a 500.
                    LOG.error("Penguncian akun {} tidak tercatat di jejak audit", username, e);
                }
            }
        }
    }

    private boolean riwayatIstimewa(Jenis jenis, String username, @Nullable String alamat, Instant sejak) {
        synchronized (riwayat) {
            return riwayat.stream()
                    .filter(x -> sama(x, jenis, username, alamat, sejak))
                    .findFirst()
                    .map(Penguncian::istimewa)
                    .orElse(false);
        }
    }

    private static boolean sama(
            Penguncian x, Jenis jenis, @Nullable String username, @Nullable String alamat, Instant sejak) {
        return x.jenis() == jenis
                && x.sejak().equals(sejak)
                && java.util.Objects.equals(x.username(), username)
                && java.util.Objects.equals(x.alamat(), alamat);
    }

    private boolean cekIstimewa(String username) {
        try {
            return istimewa.test(username);
        } catch (RuntimeException e) {
            LOG.warn("Peran akun {} tidak terbaca", username, e);
            return false;
        }
    }

    private static boolean istimewa(PenggunaRepository pengguna, String username) {
        return pengguna.cari(username)
                .map(p -> p.peran().stream().anyMatch(r -> r != Peran.PEGAWAI))
                .orElse(false);
    }

    /**
     * The audit entry of a lockout. Written outside any transaction (a failed login has none): the audit listener runs
     * synchronously and its insert commits on its own.
     */
    private static void audit(ApplicationEventPublisher events, Penguncian p) {
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("jenis", p.jenis().name());
        if (p.alamat() != null) {
            sesudah.put("alamat", p.alamat());
        }
        sesudah.put("sejak", p.sejak().toString());
        sesudah.put("sampai", p.sampai().toString());
        sesudah.put("percobaan", p.percobaan());
        String dari = p.alamat() == null ? "berbagai alamat" : "alamat " + p.alamat();
        events.publishEvent(new DataDiubah(
                "PENGGUNA",
                String.valueOf(p.username()),
                "KUNCI",
                null,
                "Akun " + p.username() + " dikunci sementara setelah " + p.percobaan() + " kali gagal masuk dari "
                        + dari,
                null,
                sesudah));
    }

    /**
     * The counter key of a username: lower case, control characters replaced (it is logged), at most 200 characters
     * (a login form accepts megabytes; longer names only share one counter). Lockouts keep the name as typed, so the
     * role lookup finds the account.
     */
    private static String normal(String username) {
        return tampil(username).toLowerCase(Locale.ROOT);
    }

    /** The username as logged and shown: control characters replaced, at most 200 characters. */
    private static String tampil(String username) {
        String u = username.replaceAll("\\p{Cntrl}", "?");
        return u.length() > 200 ? u.substring(0, 200) : u;
    }
}
