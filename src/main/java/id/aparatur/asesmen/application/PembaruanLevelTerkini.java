package id.aparatur.asesmen.application;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the current-level read model ({@code asesmen.level_terkini}, view {@code v_level_terkini}) right as time passes:
 * a result of a higher-ranked source stops counting once its validity has passed ({@code asesmen.sumber_asesmen}), so
 * the reference day of the read model ({@code asesmen.acuan_level}) is moved to today by the injected clock — daily
 * and at start-up — and exactly the employees whose chosen result expired meanwhile are recomputed. Recording,
 * cancelling and COPY imports are kept exact by the triggers themselves.
 */
@Service
public class PembaruanLevelTerkini {

    private static final Logger LOG = LoggerFactory.getLogger(PembaruanLevelTerkini.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    PembaruanLevelTerkini(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Moves the reference day to {@code hariIni} (never back) and recomputes the employees whose current result's
     * validity ended in between.
     *
     * @return how many employees were recomputed
     */
    @Transactional
    public int perbarui(LocalDate hariIni) {
        LocalDate lama = jdbc.sql("SELECT tanggal FROM asesmen.acuan_level FOR UPDATE")
                .query(LocalDate.class)
                .single();
        if (!hariIni.isAfter(lama)) {
            return 0;
        }
        jdbc.sql("UPDATE asesmen.acuan_level SET tanggal = ?").param(hariIni).update();
        String[] nip = jdbc.sql("""
                        SELECT DISTINCT nip FROM asesmen.level_terkini
                        WHERE berlaku_sampai > :lama AND berlaku_sampai <= :hari""")
                .param("lama", lama)
                .param("hari", hariIni)
                .query(String.class)
                .list()
                .toArray(String[]::new);
        if (nip.length > 0) {
            jdbc.sql("SELECT asesmen.hitung_level_terkini(?::char(18)[])")
                    .param(nip)
                    .query()
                    .listOfRows();
        }
        int n = nip.length;
        if (n > 0) {
            LOG.info("Level kompetensi terkini {} pegawai dihitung ulang: masa berlaku hasil asesmen lewat", n);
        }
        return n;
    }

    @Scheduled(cron = "${aparatur.asesmen.jadwal-level-terkini:0 15 0 * * *}")
    public void perbaruiHarian() {
        perbarui(LocalDate.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void perbaruiSaatMulai() {
        perbarui(LocalDate.now(clock));
    }
}
