package id.aparatur.akses;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Object Mother of the security tests: demo records to aim a request at, and throw-away accounts. */
public final class KeamananFixture {

    public static final String SANDI_UJI = "sandi-uji-yang-panjang";

    private KeamananFixture() {}

    /** A logged activity of the demo Kabupaten that can still be verified (state DICATAT), picked at random. */
    public static long aktivitasDicatat(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM kinerja.aktivitas WHERE status = 'DICATAT' ORDER BY random() LIMIT 1")
                .query(Long.class)
                .single();
    }

    public static String statusAktivitas(JdbcClient jdbc, long id) {
        return jdbc.sql("SELECT status FROM kinerja.aktivitas WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    /** A fresh account name, unique per call, so that lockouts of one test never touch another. */
    public static String akunBaru(String awalan) {
        return awalan + "." + Long.toString(System.nanoTime(), 36);
    }

    /** Registers {@code username} with {@link #SANDI_UJI} and the given roles unless it exists. */
    public static String akun(PengelolaanPengguna pengguna, String username, Peran... peran) {
        if (!pengguna.ada(username)) {
            pengguna.daftarkan(username, SANDI_UJI, "Uji " + username, java.util.Set.of(peran), null, null);
        }
        return username;
    }
}
