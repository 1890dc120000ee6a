package id.aparatur.audit.application;

import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Search over the audit trail; ADMIN_BKD only. */
@Service
@Transactional(readOnly = true)
public class JejakAuditQuery {

    public record Filter(@Nullable String entitas, @Nullable String entitasId, @Nullable String pengguna,
            @Nullable String q, @Nullable LocalDate dari, @Nullable LocalDate sampai) {}

    public record Entri(long id, OffsetDateTime waktu, String pengguna, String entitas, String entitasId, String aksi,
            @Nullable Long opdId, @Nullable String ringkasan, @Nullable String sebelum, @Nullable String sesudah) {}

    private final JdbcClient jdbc;

    JejakAuditQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Halaman<Entri> cari(Filter f, Permintaan p) {
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
        String where = syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat);
        long total = jdbc.sql("SELECT count(*) FROM audit.jejak_audit" + where).params(param).query(Long.class).single();
        List<Entri> isi = jdbc.sql("SELECT id, waktu, pengguna, entitas, entitas_id, aksi, opd_id, ringkasan, "
                        + "sebelum::text AS sebelum, sesudah::text AS sesudah FROM audit.jejak_audit" + where
                        + " ORDER BY waktu DESC, id DESC LIMIT :lim OFFSET :off")
                .params(param).param("lim", p.ukuran()).param("off", p.offset())
                .query((rs, i) -> new Entri(rs.getLong("id"), rs.getObject("waktu", OffsetDateTime.class),
                        rs.getString("pengguna"), rs.getString("entitas"), rs.getString("entitas_id"),
                        rs.getString("aksi"), rs.getObject("opd_id", Long.class), rs.getString("ringkasan"),
                        rs.getString("sebelum"), rs.getString("sesudah")))
                .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), total);
    }
}
