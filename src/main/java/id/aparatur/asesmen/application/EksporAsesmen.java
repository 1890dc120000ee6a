package id.aparatur.asesmen.application;

import id.aparatur.akses.Cakupan;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Export of valid (not cancelled) assessments in the import format, within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class EksporAsesmen {

    private final JdbcClient jdbc;

    EksporAsesmen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void baris(Cakupan c, @Nullable Long opd, @Nullable String nip, Consumer<List<Object>> tujuan) {
        Map<String, Object> param = new HashMap<>();
        List<String> syarat = new ArrayList<>();
        syarat.add("a.dibatalkan_pada IS NULL");
        syarat.add(AsesmenQuery.predikat(c, param));
        if (opd != null) {
            syarat.add("p.opd_id = :eOpd");
            param.put("eOpd", opd);
        }
        if (nip != null && !nip.isBlank()) {
            syarat.add("p.nip = :eNip");
            param.put("eNip", nip.trim());
        }
        jdbc.sql("""
                        SELECT a.nip, a.tanggal, a.sumber, a.asesor, l.kompetensi_kode, l.level, a.catatan, a.bukti
                        FROM asesmen.asesmen a JOIN pegawai.v_pegawai p ON p.nip = a.nip
                        JOIN asesmen.asesmen_level l ON l.asesmen_id = a.id
                        WHERE\s""" + String.join(" AND ", syarat) + " ORDER BY a.nip, a.tanggal, a.id, l.kompetensi_kode")
                .params(param)
                .query((ResultSet rs) -> {
                    tujuan.accept(Arrays.asList(
                            rs.getString(1),
                            rs.getObject(2, LocalDate.class).toString(),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getString(7),
                            rs.getString(8)));
                });
    }
}
