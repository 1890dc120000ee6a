package id.aparatur.kompetensi.application;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.domain.LevelKompetensi;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the kamus kompetensi. The dictionary is Pemda-wide reference data, not personal data, so every
 * signed-in role may read all of it, retired entries included.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class KompetensiQuery {

    private static final String DARI =
            " FROM kompetensi.kompetensi k LEFT JOIN kompetensi.rumpun r ON r.kode = k.rumpun_kode";
    private static final int EKSPOR_MAKS = 10_000;

    private final JdbcClient jdbc;
    private final KamusKompetensi kamus;

    KompetensiQuery(JdbcClient jdbc, KamusKompetensi kamus) {
        this.jdbc = jdbc;
        this.kamus = kamus;
    }

    /** The list page: one page of entries and the rumpun to filter by. */
    public record DaftarKompetensi(Halaman<KompetensiBaris> halaman, Map<String, String> rumpun) {}

    public DaftarKompetensi daftar(FilterKompetensi filter, Permintaan p) {
        return new DaftarKompetensi(cari(filter, p), rumpun());
    }

    public Halaman<KompetensiBaris> cari(FilterKompetensi filter, Permintaan p) {
        Map<String, Object> param = new HashMap<>();
        String where = syarat(filter, param);
        long total = jdbc.sql("SELECT count(*)" + DARI + where)
                .params(param)
                .query(Long.class)
                .single();
        List<KompetensiBaris> isi = jdbc.sql(pilihBaris() + where + " ORDER BY k.jenis, k.kode LIMIT :lim OFFSET :off")
                .params(param)
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query(KompetensiQuery::baris)
                .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), total);
    }

    /** Every matching row (capped at 10,000) for the Excel export. */
    public List<KompetensiBaris> ekspor(FilterKompetensi filter) {
        Map<String, Object> param = new HashMap<>();
        String where = syarat(filter, param);
        return jdbc.sql(pilihBaris() + where + " ORDER BY k.jenis, k.kode LIMIT " + EKSPOR_MAKS)
                .params(param)
                .query(KompetensiQuery::baris)
                .list();
    }

    /**
     * @throws DataTidakDitemukanException when no entry has this kode
     */
    public KompetensiRinci rinci(String kode) {
        List<LevelKompetensi> level = jdbc.sql("""
                        SELECT level, deskripsi, indikator FROM kompetensi.kompetensi_level
                        WHERE kompetensi_kode = ? ORDER BY level""")
                .param(kode)
                .query((rs, i) -> new LevelKompetensi(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT k.kode, k.nama, k.jenis, k.rumpun_kode, r.nama AS rumpun_nama, k.definisi, "
                        + "k.dasar_hukum, k.berlaku_mulai, k.berlaku_sampai, k.aktif, k.versi" + DARI
                        + " WHERE k.kode = ?")
                .param(kode)
                .query((rs, i) -> new KompetensiRinci(
                        rs.getString("kode"),
                        rs.getString("nama"),
                        JenisKompetensi.valueOf(rs.getString("jenis")),
                        rs.getString("rumpun_kode"),
                        rs.getString("rumpun_nama"),
                        rs.getString("definisi"),
                        rs.getString("dasar_hukum"),
                        rs.getObject("berlaku_mulai", LocalDate.class),
                        rs.getObject("berlaku_sampai", LocalDate.class),
                        rs.getBoolean("aktif"),
                        rs.getInt("versi"),
                        level))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Kompetensi", kode));
    }

    /** Rumpun jabatan (kode → nama) for the list filter. */
    public Map<String, String> rumpun() {
        return kamus.rumpun();
    }

    private static String pilihBaris() {
        return "SELECT k.kode, k.nama, k.jenis, k.rumpun_kode, r.nama AS rumpun_nama, k.berlaku_mulai, "
                + "k.berlaku_sampai, k.aktif" + DARI;
    }

    private static String syarat(FilterKompetensi f, Map<String, Object> param) {
        List<String> syarat = new ArrayList<>();
        if (f.q() != null) {
            syarat.add("(k.kode ILIKE :q ESCAPE '\\' OR k.nama ILIKE :q ESCAPE '\\')");
            param.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.jenis() != null) {
            syarat.add("k.jenis = :jenis");
            param.put("jenis", f.jenis().name());
        }
        if (f.rumpun() != null) {
            syarat.add("k.rumpun_kode = :rumpun");
            param.put("rumpun", f.rumpun());
        }
        if (f.status() == StatusKompetensi.AKTIF) {
            syarat.add("k.aktif");
        } else if (f.status() == StatusKompetensi.NONAKTIF) {
            syarat.add("NOT k.aktif");
        }
        return syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat);
    }

    private static KompetensiBaris baris(ResultSet rs, int i) throws SQLException {
        return new KompetensiBaris(
                rs.getString("kode"),
                rs.getString("nama"),
                JenisKompetensi.valueOf(rs.getString("jenis")),
                rs.getString("rumpun_kode"),
                rs.getString("rumpun_nama"),
                rs.getObject("berlaku_mulai", LocalDate.class),
                rs.getObject("berlaku_sampai", LocalDate.class),
                rs.getBoolean("aktif"));
    }
}
