package id.aparatur.kompetensi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade of the competency dictionary for other modules (read-only): look up entries, rumpun, and the default
 * managerial/sosial-kultural levels per jenis and jenjang jabatan in force on a date.
 */
@Component
@Transactional(readOnly = true)
public class KamusKompetensi {

    private static final String KOLOM =
            "SELECT kode, nama, jenis, rumpun_kode, berlaku_mulai, berlaku_sampai, aktif FROM kompetensi.kompetensi";

    private final JdbcClient jdbc;

    KamusKompetensi(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<KompetensiRingkas> cari(String kode) {
        return jdbc.sql(KOLOM + " WHERE kode = ?")
                .param(kode)
                .query(KamusKompetensi::baris)
                .optional();
    }

    /** All entries keyed by kode, including retired ones (old SKJ may still reference them). */
    public Map<String, KompetensiRingkas> semua() {
        return jdbc.sql(KOLOM + " ORDER BY kode").query(KamusKompetensi::baris).list().stream()
                .collect(Collectors.toMap(KompetensiRingkas::kode, Function.identity()));
    }

    /** Entries usable for new records on {@code tanggal}. */
    public List<KompetensiRingkas> berlaku(LocalDate tanggal) {
        return jdbc.sql(KOLOM
                        + " WHERE aktif AND berlaku_mulai <= :t AND (berlaku_sampai IS NULL OR berlaku_sampai >= :t)"
                        + " ORDER BY jenis, kode")
                .param("t", tanggal)
                .query(KamusKompetensi::baris)
                .list();
    }

    /** Rumpun jabatan: kode → nama. */
    public Map<String, String> rumpun() {
        return jdbc
                .sql("SELECT kode, nama FROM kompetensi.rumpun ORDER BY nama")
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /**
     * The default levels for a jenis/jenjang jabatan in force on {@code tanggal} (the row with the latest
     * {@code berlaku_mulai} not after it).
     */
    public Optional<StandarLevel> standarLevel(String jenisJabatan, @Nullable String jenjang, LocalDate tanggal) {
        return jdbc.sql("""
                        SELECT jenis_jabatan, jenjang, level_manajerial, level_sosial_kultural, berlaku_mulai, dasar_hukum
                        FROM kompetensi.standar_level_jenjang
                        WHERE jenis_jabatan = :jenis AND jenjang = :jenjang AND berlaku_mulai <= :t
                        ORDER BY berlaku_mulai DESC LIMIT 1""")
                .param("jenis", jenisJabatan)
                .param("jenjang", jenjang == null ? "-" : jenjang)
                .param("t", tanggal)
                .query((rs, i) -> new StandarLevel(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .optional();
    }

    private static KompetensiRingkas baris(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new KompetensiRingkas(
                rs.getString("kode"),
                rs.getString("nama"),
                JenisKompetensi.valueOf(rs.getString("jenis")),
                rs.getString("rumpun_kode"),
                rs.getObject("berlaku_mulai", LocalDate.class),
                rs.getObject("berlaku_sampai", LocalDate.class),
                rs.getBoolean("aktif"));
    }
}
