package id.aparatur.seleksi.application;

import id.aparatur.seleksi.domain.SeleksiTerbuka.PegawaiPelamar;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An internal applicant as the register knows them: an active employee with the name of their OPD (pegawai's contract). */
@Component
class PegawaiPelamarQuery {

    private final JdbcClient jdbc;

    PegawaiPelamarQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PegawaiPelamar> cari(String nip) {
        return jdbc.sql("""
                        SELECT p.nama, coalesce(o.nama, '') FROM pegawai.v_pegawai_aktif p
                        LEFT JOIN organisasi.v_opd o ON o.id = p.opd_id WHERE p.nip = ?""")
                .param(nip)
                .query((rs, i) -> new PegawaiPelamar(rs.getString(1), rs.getString(2)))
                .optional();
    }
}
