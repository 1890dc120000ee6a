package id.aparatur.perencanaan.application;

import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektifRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link WaktuKerjaEfektifRepository} on {@code perencanaan.waktu_kerja_efektif}. */
@Repository
class JdbcWaktuKerjaEfektifRepository implements WaktuKerjaEfektifRepository {

    private final JdbcClient jdbc;

    JdbcWaktuKerjaEfektifRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<WaktuKerjaEfektif> semua() {
        return jdbc.sql("SELECT berlaku_mulai, menit_per_tahun, dasar_hukum FROM perencanaan.waktu_kerja_efektif "
                        + "ORDER BY berlaku_mulai")
                .query((rs, i) ->
                        new WaktuKerjaEfektif(rs.getObject(1, LocalDate.class), rs.getInt(2), rs.getString(3)))
                .list();
    }

    @Override
    public boolean ada(LocalDate berlakuMulai) {
        return jdbc.sql("SELECT count(*) FROM perencanaan.waktu_kerja_efektif WHERE berlaku_mulai = ?")
                        .param(berlakuMulai)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void tambah(WaktuKerjaEfektif w, String oleh, Instant pada) {
        jdbc.sql("""
                        INSERT INTO perencanaan.waktu_kerja_efektif (berlaku_mulai, menit_per_tahun, dasar_hukum,
                          dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?)""")
                .params(w.berlakuMulai(), w.menitPerTahun(), w.dasarHukum(), oleh, Timestamp.from(pada))
                .update();
    }
}
