package id.aparatur.audit.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.audit.DataDiubahMassal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes {@link DataDiubah} into {@code audit.jejak_audit}, synchronously, inside the publisher's transaction. */
@Component
class PencatatAudit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ObjectMapper json;
    private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    PencatatAudit(
            JdbcClient jdbc, Clock clock, ObjectMapper json, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    @EventListener
    void catat(DataDiubah e) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String siapa = auth == null ? "sistem" : auth.getName();
        jdbc.sql("""
                INSERT INTO audit.jejak_audit (waktu, pengguna, entitas, entitas_id, aksi, opd_id, ringkasan, sebelum, sesudah)
                VALUES (:waktu, :pengguna, :entitas, :id, :aksi, :opd, :ringkasan, CAST(:sebelum AS jsonb), CAST(:sesudah AS jsonb))""")
                .param("waktu", OffsetDateTime.now(clock))
                .param("pengguna", siapa)
                .param("entitas", e.entitas())
                .param("id", e.entitasId())
                .param("aksi", e.aksi())
                .param("opd", e.opdId())
                .param("ringkasan", e.ringkasan().length() > 500 ? e.ringkasan().substring(0, 500) : e.ringkasan())
                .param("sebelum", e.sebelum() == null ? null : json.writeValueAsString(e.sebelum()))
                .param("sesudah", e.sesudah() == null ? null : json.writeValueAsString(e.sesudah()))
                .update();
    }

    @EventListener
    void catatMassal(DataDiubahMassal e) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String siapa = auth == null ? "sistem" : auth.getName();
        Timestamp waktu = Timestamp.from(clock.instant());
        String ringkasan = e.ringkasan().length() > 500 ? e.ringkasan().substring(0, 500) : e.ringkasan();
        List<DataDiubahMassal.Entri> semua = e.entri();
        for (int mulai = 0; mulai < semua.size(); mulai += 1000) {
            List<DataDiubahMassal.Entri> potong = semua.subList(mulai, Math.min(semua.size(), mulai + 1000));
            jdbcTemplate.batchUpdate("""
                    INSERT INTO audit.jejak_audit (waktu, pengguna, entitas, entitas_id, aksi, opd_id, ringkasan, sebelum, sesudah)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""", potong, potong.size(), (ps, x) -> {
                ps.setTimestamp(1, waktu);
                ps.setString(2, siapa);
                ps.setString(3, e.entitas());
                ps.setString(4, x.entitasId());
                ps.setString(5, e.aksi());
                ps.setObject(6, x.opdId());
                ps.setString(7, ringkasan);
                ps.setString(8, x.sebelumJson());
                ps.setString(9, x.sesudahJson());
            });
        }
    }
}
