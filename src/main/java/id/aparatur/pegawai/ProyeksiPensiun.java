package id.aparatur.pegawai;

import id.aparatur.pegawai.application.BupBerlaku;
import id.aparatur.pegawai.domain.AturanPensiun;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facade: who retires when. The TMT pensiun of every active employee (BUP by the jabatan fungsional, jenjang or jenis
 * of the current jabatan, see {@code AturanPensiun}: a guru at 60), so planning can free seats at the BUP without ever reading a birth date itself.
 */
@Component
@Transactional(readOnly = true)
public class ProyeksiPensiun {

    /** One retirement: the employee, the seat it frees, and the TMT pensiun (first day no longer in service). */
    public record Pensiun(
            String nip,
            @Nullable Long jabatanId,
            @Nullable Long unitId,
            @Nullable Long opdId,
            int bup,
            LocalDate tmtPensiun) {}

    private final JdbcClient jdbc;
    private final BupBerlaku bupBerlaku;

    ProyeksiPensiun(JdbcClient jdbc, BupBerlaku bupBerlaku) {
        this.jdbc = jdbc;
        this.bupBerlaku = bupBerlaku;
    }

    /**
     * Active employees whose TMT pensiun is on or before {@code batas}, ordered by TMT pensiun then NIP, under the BUP
     * table in force on {@code batas} (rule registry {@code BUP}).
     */
    public List<Pensiun> sampai(LocalDate batas) {
        AturanPensiun aturan = bupBerlaku.pada(batas);
        // The earliest BUP of any jabatan is the default (58) or a configured lower one; filtering in SQL by the lowest
        // possible BUP keeps the scan cheap, the exact BUP is then applied per employee.
        int bupTerendah = aturan.terendah();
        LocalDate lahirPalingLambat = batas.minusYears(bupTerendah);
        return jdbc
                .sql("""
                        SELECT p.nip, p.jabatan_id, p.unit_id, p.opd_id, p.tanggal_lahir, j.jenis_jabatan, j.jenjang, j.kode_jf
                        FROM pegawai.pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        WHERE p.aktif AND p.tanggal_lahir <= ?""")
                .param(lahirPalingLambat)
                .query((rs, i) -> {
                    int bup =
                            aturan.bup(rs.getString("jenis_jabatan"), rs.getString("jenjang"), rs.getString("kode_jf"));
                    LocalDate tmt =
                            AturanPensiun.tmtPensiun(rs.getDate("tanggal_lahir").toLocalDate(), bup);
                    return new Pensiun(
                            rs.getString("nip"),
                            (Long) rs.getObject("jabatan_id"),
                            (Long) rs.getObject("unit_id"),
                            (Long) rs.getObject("opd_id"),
                            bup,
                            tmt);
                })
                .list()
                .stream()
                .filter(p -> !p.tmtPensiun().isAfter(batas))
                .sorted(java.util.Comparator.comparing(Pensiun::tmtPensiun).thenComparing(Pensiun::nip))
                .toList();
    }
}
