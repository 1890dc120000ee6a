package id.aparatur.pegawai;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade: bezetting (B) — how many active employees hold each position now. */
@Component
@Transactional(readOnly = true)
public class Bezetting {

    /** Holders per OPD: B per OPD. */
    public record PerOpd(long opdId, long jumlah) {}

    private final JdbcClient jdbc;

    Bezetting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** jabatan id → number of active holders, for one OPD. */
    public Map<Long, Integer> perJabatan(long opdId) {
        Map<Long, Integer> hasil = new HashMap<>();
        jdbc.sql(
                        "SELECT jabatan_id, count(*) FROM pegawai.pegawai WHERE aktif AND opd_id = ? AND jabatan_id IS NOT NULL "
                                + "GROUP BY jabatan_id")
                .param(opdId)
                .query((ResultSet rs) -> {
                    hasil.put(rs.getLong(1), rs.getInt(2));
                });
        return hasil;
    }

    /** jabatan id → number of active holders, for the given positions (those without holders are absent). */
    public Map<Long, Integer> perJabatan(java.util.Collection<Long> jabatanIds) {
        Map<Long, Integer> hasil = new HashMap<>();
        if (!jabatanIds.isEmpty()) {
            jdbc.sql("SELECT jabatan_id, count(*) FROM pegawai.pegawai WHERE aktif AND jabatan_id = ANY (?) "
                            + "GROUP BY jabatan_id")
                    .param(jabatanIds.toArray(Long[]::new))
                    .query((ResultSet rs) -> {
                        hasil.put(rs.getLong(1), rs.getInt(2));
                    });
        }
        return hasil;
    }

    /** jabatan id → holders' names (up to {@code maks} per position), for one OPD; used in the org chart. */
    public Map<Long, List<String>> pemegang(long opdId) {
        Map<Long, List<String>> hasil = new HashMap<>();
        jdbc.sql("SELECT jabatan_id, nama FROM pegawai.pegawai WHERE aktif AND opd_id = ? AND jabatan_id IS NOT NULL "
                        + "ORDER BY jabatan_id, nama")
                .param(opdId)
                .query((ResultSet rs) -> {
                    hasil.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                            .add(rs.getString(2));
                });
        return hasil;
    }

    /** Active employees per OPD. */
    public List<PerOpd> perOpd() {
        return jdbc.sql(
                        "SELECT opd_id, count(*) FROM pegawai.pegawai WHERE aktif AND opd_id IS NOT NULL GROUP BY opd_id")
                .query((rs, i) -> new PerOpd(rs.getLong(1), rs.getLong(2)))
                .list();
    }
}
