package id.aparatur.penempatan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade: the placement scenarios other modules may build a view or a plan on (the peta kebutuhan after a scenario, a
 * cascade on an approved one). Read-only; the proposals themselves are joined in SQL through {@code penempatan.v_usulan}.
 */
@Component
@Transactional(readOnly = true)
public class DaftarSkenario {

    /**
     * One scenario as other modules see it.
     *
     * @param tanggal when its latest step was recorded (decided, approved, finished or created)
     */
    public record SkenarioRingkas(
            long id, String nama, StatusSkenario status, boolean diarsipkan, OffsetDateTime tanggal) {

        /** Not archived and with a result (finished, approved or decided): its proposals can be mapped. */
        public boolean dapatDipilih() {
            return !diarsipkan && status.adaHasil();
        }
    }

    private static final String KOLOM = "SELECT id, nama, status, diarsipkan, "
            + "coalesce(ditetapkan_pada, disetujui_pada, selesai_pada, dibuat_pada) FROM penempatan.skenario ";

    private final JdbcClient jdbc;

    DaftarSkenario(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scenarios that {@link SkenarioRingkas#dapatDipilih() can be chosen}, latest step first. */
    public List<SkenarioRingkas> dapatDipilih() {
        String[] denganHasil = java.util.Arrays.stream(StatusSkenario.values())
                .filter(StatusSkenario::adaHasil)
                .map(Enum::name)
                .toArray(String[]::new);
        return jdbc.sql(KOLOM + "WHERE status = ANY (?) AND NOT diarsipkan ORDER BY 5 DESC, id DESC")
                .param(denganHasil)
                .query((rs, i) -> baris(rs))
                .list();
    }

    public Optional<SkenarioRingkas> muat(long id) {
        return jdbc.sql(KOLOM + "WHERE id = ?")
                .param(id)
                .query((rs, i) -> baris(rs))
                .optional();
    }

    private static SkenarioRingkas baris(java.sql.ResultSet rs) throws java.sql.SQLException {
        @Nullable OffsetDateTime tanggal = rs.getObject(5, OffsetDateTime.class);
        return new SkenarioRingkas(
                rs.getLong(1),
                rs.getString(2),
                StatusSkenario.valueOf(rs.getString(3)),
                rs.getBoolean(4),
                java.util.Objects.requireNonNull(tanggal));
    }
}
