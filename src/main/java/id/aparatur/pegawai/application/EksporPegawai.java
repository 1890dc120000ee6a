package id.aparatur.pegawai.application;

import static id.aparatur.pegawai.application.FormatBerkasPegawai.TERLINDUNGI;

import id.aparatur.akses.Cakupan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Export of the employee list in the import format ({@link FormatBerkasPegawai}): exactly the rows of the list
 * ({@link PegawaiQuery#syaratDaftar}, the list's filters and the caller's scope). Protected columns are included only
 * for BKD.
 */
@Service
@Transactional(readOnly = true)
public class EksporPegawai {

    private final JdbcClient jdbc;

    EksporPegawai(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The header and the rows of an export. */
    public record Tabel(List<String> kepala, List<List<?>> baris) {}

    /** The export of the list with filter {@code f}, as the caller may see it (header and every row). */
    public Tabel tabel(Cakupan c, PegawaiQuery.Filter f) {
        List<List<?>> baris = new ArrayList<>();
        baris(c, f, baris::add);
        return new Tabel(kepala(c), baris);
    }

    public List<String> kepala(Cakupan c) {
        return FormatBerkasPegawai.KOLOM.stream()
                .filter(k -> c.pengelola() || !TERLINDUNGI.contains(k))
                .toList();
    }

    /** Streams the rows (values in header order) to {@code tujuan}. */
    public void baris(Cakupan c, PegawaiQuery.Filter f, Consumer<List<Object>> tujuan) {
        Map<String, Object> param = new HashMap<>();
        List<String> syarat = PegawaiQuery.syaratDaftar(c, f, param);
        boolean pribadi = c.pengelola();
        jdbc.sql("""
                        SELECT p.*, j.kode AS kode_jabatan FROM pegawai.pegawai p
                        LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id""" + (syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat)) + " ORDER BY p.nama, p.nip")
                .params(param)
                .query((ResultSet rs) -> {
                    tujuan.accept(baris(rs, pribadi));
                });
    }

    private static List<Object> baris(ResultSet rs, boolean pribadi) throws SQLException {
        List<Object> b = new ArrayList<>(Arrays.asList(
                rs.getString("nip"),
                rs.getString("nama"),
                rs.getString("gelar_depan"),
                rs.getString("gelar_belakang"),
                rs.getString("tempat_lahir"),
                tanggal(rs, "tanggal_lahir"),
                rs.getString("jenis_kelamin"),
                rs.getObject("tmt_cpns", LocalDate.class) == null
                        ? null
                        : rs.getObject("tmt_cpns", LocalDate.class).toString().substring(0, 7),
                rs.getString("status_kepegawaian"),
                pribadi ? rs.getString("nik") : null,
                rs.getString("golongan") != null ? rs.getString("golongan") : rs.getString("golongan_pppk"),
                tanggal(rs, "tmt_golongan"),
                rs.getString("kode_jabatan"),
                tanggal(rs, "tmt_jabatan"),
                rs.getString("atasan_nip"),
                rs.getString("pendidikan_tingkat"),
                rs.getString("pendidikan_jurusan"),
                rs.getObject("pendidikan_tahun_lulus", Integer.class),
                pribadi ? rs.getString("agama") : null,
                pribadi ? rs.getString("status_perkawinan") : null,
                pribadi ? rs.getString("disabilitas") : null,
                rs.getBoolean("aktif") ? "Ya" : "Tidak",
                rs.getString("alasan_nonaktif")));
        if (!pribadi) {
            // Same order as kepala(c): drop the protected columns.
            List<Object> tanpa = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                if (!TERLINDUNGI.contains(FormatBerkasPegawai.KOLOM.get(i))) {
                    tanpa.add(b.get(i));
                }
            }
            return tanpa;
        }
        return b;
    }

    private static String tanggal(ResultSet rs, String kolom) throws SQLException {
        LocalDate d = rs.getObject(kolom, LocalDate.class);
        return d == null ? null : d.toString();
    }
}
