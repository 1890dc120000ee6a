package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A state transition done atomically: one guarded {@code UPDATE} is at the same time the check and the write. Its
 * {@code WHERE} names the row, and — as the caller asks — the version the user saw ({@link #versi}), the states the
 * transition may start from ({@link #dari}) and any further condition ({@link #syarat}). Of several concurrent requests
 * exactly one finds the row still matching and changes it (PostgreSQL re-checks the condition on the newest row version
 * after the first one commits); the others change nothing and get a {@link KonflikException} (409), or a
 * {@link DataTidakDitemukanException} (404) when the row does not exist at all. Reading the row, comparing in Java and
 * then updating by id alone lets every concurrent request pass the check; this class exists so that no transition does
 * that. The caller writes its trail and audit only after {@link #jalankan} returned, in the same transaction.
 *
 * <pre>{@code
 * Transisi.ubah(jdbc, "perencanaan.usulan_formasi", id)
 *         .set("status = 'DISETUJUI', diputus_oleh = :oleh, versi = versi + 1").param("oleh", oleh)
 *         .versi(versi).dari("DIAJUKAN")
 *         .jalankan("UsulanFormasi", "galat.409.versi", "Usulan formasi " + id + " sudah berubah");
 * }</pre>
 *
 * Table, column and condition texts are SQL written by the calling module, never user input; values go in as
 * parameters.
 */
public final class Transisi {

    private final JdbcClient jdbc;
    private final String tabel;
    private final String kolomKunci;
    private final Object kunci;
    private final Map<String, @Nullable Object> param = new HashMap<>();
    private final List<String> syarat = new ArrayList<>();
    private String set = "";

    private Transisi(JdbcClient jdbc, String tabel, String kolomKunci, Object kunci) {
        this.jdbc = jdbc;
        this.tabel = tabel;
        this.kolomKunci = kolomKunci;
        this.kunci = kunci;
    }

    /** A transition of the row {@code id = :id} of {@code tabel}. */
    public static Transisi ubah(JdbcClient jdbc, String tabel, Object id) {
        return new Transisi(jdbc, tabel, "id", id);
    }

    /** A transition of the row whose {@code kolomKunci} equals {@code kunci} (e.g. {@code nip}). */
    public static Transisi ubah(JdbcClient jdbc, String tabel, String kolomKunci, Object kunci) {
        return new Transisi(jdbc, tabel, kolomKunci, kunci);
    }

    /** The assignments, with named parameters ({@code status = :status, versi = versi + 1}). */
    public Transisi set(String penugasan) {
        this.set = penugasan;
        return this;
    }

    public Transisi param(String nama, @Nullable Object nilai) {
        param.put(nama, nilai);
        return this;
    }

    /** Only if the row is still at the version the user saw; null: no version check. */
    public Transisi versi(@Nullable Integer versi) {
        if (versi != null) {
            syarat.add("versi = :versi__");
            param.put("versi__", versi);
        }
        return this;
    }

    /** Only from these states of the {@code status} column (enum constants or their names). */
    public Transisi dari(Object... status) {
        return dariKolom("status", status);
    }

    /** Only from these values of {@code kolom}. */
    public Transisi dariKolom(String kolom, Object... nilai) {
        String nama = "dari__" + syarat.size();
        syarat.add(kolom + " IN (:" + nama + ")");
        param.put(
                nama,
                Arrays.stream(nilai)
                        .map(v -> v instanceof Enum<?> e ? e.name() : v)
                        .toList());
        return this;
    }

    /** A further condition the row must meet, with named parameters. */
    public Transisi syarat(String kondisi) {
        syarat.add("(" + kondisi + ")");
        return this;
    }

    /**
     * Runs the guarded update.
     *
     * @param entitas the kind of record named in the 404
     * @param kodePesan the message key of the 409
     * @param pesan the technical text of the 409 (logs)
     * @throws KonflikException when the row exists but no longer meets the conditions (someone else was first)
     * @throws DataTidakDitemukanException when the row does not exist
     */
    public void jalankan(String entitas, String kodePesan, String pesan) {
        if (set.isBlank()) {
            throw new IllegalStateException("Transisi tanpa SET pada " + tabel);
        }
        StringBuilder sql = new StringBuilder("UPDATE ")
                .append(tabel)
                .append(" SET ")
                .append(set)
                .append(" WHERE ")
                .append(kolomKunci)
                .append(" = :kunci__");
        syarat.forEach(s -> sql.append(" AND ").append(s));
        int n = jdbc.sql(sql.toString()).params(param).param("kunci__", kunci).update();
        if (n == 1) {
            return;
        }
        if (n > 1) {
            throw new IllegalStateException(n + " baris " + tabel + " berubah untuk " + kolomKunci + " = " + kunci);
        }
        boolean ada = jdbc.sql("SELECT count(*) FROM " + tabel + " WHERE " + kolomKunci + " = ?")
                        .param(kunci)
                        .query(Long.class)
                        .single()
                > 0;
        if (!ada) {
            throw new DataTidakDitemukanException(entitas, kunci);
        }
        throw new KonflikException(kodePesan, pesan);
    }
}
