package id.aparatur.arsitekturcontoh.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A fat controller: authorization and SQL in the web layer (ArsitekturTests). Deliberately not a {@code @Controller},
 * so that no application context ever picks it up.
 */
public class PengendaliContoh {

    private final JdbcClient jdbc;

    PengendaliContoh(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    long jumlah() {
        return jdbc.sql("SELECT count(*) FROM pegawai.v_pegawai")
                .query(Long.class)
                .single();
    }
}
