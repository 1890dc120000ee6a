package id.aparatur.kinerja;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for tests of other modules that need the outcome of a performance year: an annual SKP of an employee
 * in a given status with its predikat. Writes kinerja's own tables; other modules' tests use it instead of INSERTs of
 * their own.
 */
public final class KinerjaFixture {

    private final JdbcClient jdbc;

    public KinerjaFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An annual SKP of {@code nip} for {@code tahun}, rated with {@code predikat} (null: not rated, then DRAF), and moved to
     * {@code status} (DRAF, DINILAI, FINAL …).
     *
     * @return the SKP id
     */
    public long skp(String nip, int tahun, String status, @Nullable PredikatKinerja predikat) {
        boolean dinilai = predikat != null;
        long id = jdbc.sql("""
                        INSERT INTO kinerja.skp (nip, tahun, status, rating_hasil_kerja, rating_perilaku, predikat,
                            dibuat_oleh, diubah_oleh)
                        VALUES (?, ?, ?, ?, ?, ?, 'uji', 'uji') RETURNING id""")
                .params(nip, tahun, dinilai ? "DINILAI" : "DRAF", dinilai ? "SESUAI" : null, dinilai ? "SESUAI" : null,
                        dinilai ? predikat.name() : null)
                .query(Long.class).single();
        jdbc.sql("UPDATE kinerja.skp SET status = ? WHERE id = ?").params(status, id).update();
        return id;
    }
}
