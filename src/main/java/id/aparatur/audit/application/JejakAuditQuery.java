package id.aparatur.audit.application;

import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search over the audit trail; ADMIN_BKD only. The page, the count and the export share one filter; the export reads
 * every matching row through a cursor (no cap), and the entity types offered are those present in the trail.
 */
@Service
@Transactional(readOnly = true)
public class JejakAuditQuery {

    public record Filter(
            @Nullable String entitas,
            @Nullable String entitasId,
            @Nullable String pengguna,
            @Nullable String q,
            @Nullable LocalDate dari,
            @Nullable LocalDate sampai) {}

    public record Entri(
            long id,
            OffsetDateTime waktu,
            String pengguna,
            String entitas,
            String entitasId,
            String aksi,
            @Nullable Long opdId,
            @Nullable String ringkasan,
            @Nullable String sebelum,
            @Nullable String sesudah) {}

    /** Rows fetched per round trip while exporting. */
    static final int UKURAN_AMBIL = 1000;

    private static final String KOLOM = "SELECT id, waktu, pengguna, entitas, entitas_id, aksi, opd_id, ringkasan, "
            + "sebelum::text AS sebelum, sesudah::text AS sesudah FROM audit.jejak_audit";

    private final JdbcClient jdbc;

    JejakAuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The WHERE clause of a filter and its parameters. */
    private record Syarat(String where, Map<String, Object> param) {

        static Syarat dari(Filter f) {
            List<String> syarat = new ArrayList<>();
            Map<String, Object> param = new HashMap<>();
            if (f.entitas() != null && !f.entitas().isBlank()) {
                syarat.add("entitas = :entitas");
                param.put("entitas", f.entitas());
            }
            if (f.entitasId() != null && !f.entitasId().isBlank()) {
                syarat.add("entitas_id = :eid");
                param.put("eid", f.entitasId());
            }
            if (f.pengguna() != null && !f.pengguna().isBlank()) {
                syarat.add("pengguna = :pengguna");
                param.put("pengguna", f.pengguna());
            }
            if (f.q() != null && !f.q().isBlank()) {
                syarat.add("ringkasan ILIKE :q");
                param.put("q", "%" + f.q().trim() + "%");
            }
            if (f.dari() != null) {
                syarat.add("waktu >= :dari");
                param.put("dari", f.dari().atStartOfDay());
            }
            if (f.sampai() != null) {
                syarat.add("waktu < :sampai");
                param.put("sampai", f.sampai().plusDays(1).atStartOfDay());
            }
            return new Syarat(syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat), param);
        }
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Halaman<Entri> cari(Filter f, Permintaan p) {
        Syarat s = Syarat.dari(f);
        long total = hitung(s);
        List<Entri> isi = jdbc.sql(KOLOM + s.where() + " ORDER BY waktu DESC, id DESC LIMIT :lim OFFSET :off")
                .params(s.param())
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query(JejakAuditQuery::entri)
                .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), total);
    }

    /** How many rows match (the export checks it against the size of a spreadsheet before it starts). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long hitung(Filter f) {
        return hitung(Syarat.dari(f));
    }

    private long hitung(Syarat s) {
        return jdbc.sql("SELECT count(*) FROM audit.jejak_audit" + s.where())
                .params(s.param())
                .query(Long.class)
                .single();
    }

    /**
     * Every row matching the filter, newest first, streamed through a server-side cursor ({@value #UKURAN_AMBIL} rows
     * per fetch) inside this read-only transaction: {@code tulis} consumes the stream before the transaction ends.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public <T> T telusuri(Filter f, Function<Stream<Entri>, T> tulis) {
        Syarat s = Syarat.dari(f);
        try (Stream<Entri> semua = jdbc
                .sql(KOLOM + s.where() + " ORDER BY waktu DESC, id DESC")
                .withFetchSize(UKURAN_AMBIL)
                .params(s.param())
                .query(JejakAuditQuery::entri)
                .stream()) {
            return tulis.apply(semua);
        }
    }

    /**
     * The entity types present in the trail, in code order: every type any module has audited is offered. Read with
     * a skip scan over the index on {@code (entitas, entitas_id)} — one index probe per type, however long the trail.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<String> daftarEntitas() {
        return jdbc.sql("""
                WITH RECURSIVE e(entitas) AS (
                  (SELECT entitas FROM audit.jejak_audit ORDER BY entitas LIMIT 1)
                  UNION ALL
                  SELECT (SELECT j.entitas FROM audit.jejak_audit j WHERE j.entitas > e.entitas
                          ORDER BY j.entitas LIMIT 1)
                  FROM e WHERE e.entitas IS NOT NULL)
                SELECT entitas FROM e WHERE entitas IS NOT NULL""").query(String.class).list();
    }

    private static Entri entri(ResultSet rs, int i) throws SQLException {
        return new Entri(
                rs.getLong("id"),
                rs.getObject("waktu", OffsetDateTime.class),
                rs.getString("pengguna"),
                rs.getString("entitas"),
                rs.getString("entitas_id"),
                rs.getString("aksi"),
                rs.getObject("opd_id", Long.class),
                rs.getString("ringkasan"),
                rs.getString("sebelum"),
                rs.getString("sesudah"));
    }
}
