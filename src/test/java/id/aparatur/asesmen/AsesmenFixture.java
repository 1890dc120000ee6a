package id.aparatur.asesmen;

import id.aparatur.organisasi.OrganisasiFixture;
import id.aparatur.pegawai.PegawaiFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Object Mother for tests that need assessments: an employee whose jabatan has an SKJ of known lines (through
 * {@link OrganisasiFixture} and {@link PegawaiFixture}), and recorded assessments (asesmen's own tables, levels
 * written in one statement so that the {@code level_terkini} trigger runs once, as the application does).
 */
public final class AsesmenFixture {

    /** The managerial competencies of the kamus (reference data) that the SKJ of {@link #pegawaiDenganSkj} uses. */
    public static final List<String> KODE_SKJ = List.of("M.01", "M.02", "M.03");

    /** An employee and their jabatan with its SKJ (competency → required level). */
    public record PegawaiSkj(String nip, long jabatanId, Map<String, Integer> standar) {}

    private final JdbcClient jdbc;

    public AsesmenFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new active employee in {@code opd} (in its unit {@code unit}) holding a new PELAKSANA jabatan whose SKJ asks
     * {@link #KODE_SKJ} at levels 3, 2 and 4 (weights 40, 30, 30).
     */
    public PegawaiSkj pegawaiDenganSkj(long opd, long unit) {
        var org = new OrganisasiFixture(jdbc);
        long jabatan = org.jabatanBaru(opd, unit, "PELAKSANA", null, 7, "ADM", 10);
        Map<String, Integer> standar = new TreeMap<>(Map.of("M.01", 3, "M.02", 2, "M.03", 4));
        int[] bobot = {40, 30, 30};
        int i = 0;
        for (var e : standar.entrySet()) {
            org.standarKompetensi(jabatan, e.getKey(), e.getValue(), bobot[i++]);
        }
        String nip = new PegawaiFixture(jdbc).pegawaiBaru(new PegawaiFixture.Tempat(opd, unit, jabatan), null);
        return new PegawaiSkj(nip, jabatan, standar);
    }

    /** Records an assessment of {@code nip} (valid, by {@code uji}) with its levels; returns its id. */
    public long catat(String nip, LocalDate tanggal, String sumber, String asesor, Map<String, Integer> level) {
        long id = jdbc.sql("""
                        INSERT INTO asesmen.asesmen (nip, tanggal, sumber, asesor, catatan, dicatat_oleh)
                        VALUES (?, ?, ?, ?, 'uji', 'uji') RETURNING id""")
                .params(nip, tanggal, sumber, asesor)
                .query(Long.class)
                .single();
        if (level.isEmpty()) {
            return id; // levels to be written by the caller (e.g. by COPY)
        }
        StringBuilder sql =
                new StringBuilder("INSERT INTO asesmen.asesmen_level (asesmen_id, kompetensi_kode, level) VALUES ");
        List<Object> nilai = new ArrayList<>();
        new TreeMap<>(level).forEach((kode, l) -> {
            sql.append(nilai.isEmpty() ? "" : ",").append("(?, ?, ?)");
            nilai.add(id);
            nilai.add(kode);
            nilai.add(l);
        });
        jdbc.sql(sql.toString()).params(nilai).update();
        return id;
    }
}
