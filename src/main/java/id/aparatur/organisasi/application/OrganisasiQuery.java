package id.aparatur.organisasi.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.JenisUnit;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of organisation data. Every method takes the caller's {@link Cakupan}: outside ADMIN_BKD/ASESOR only the
 * user's own OPD is visible; other records are never listed and answer 404.
 */
@Service
@Transactional(readOnly = true)
public class OrganisasiQuery {

    public record SasaranView(
            long id, String kode, String uraian, @Nullable String indikator) {}

    public record TujuanView(String kode, String uraian, List<SasaranView> sasaran) {}

    public record MisiView(int nomor, String uraian, List<TujuanView> tujuan) {}

    public record PemdaProfil(
            String nama,
            String jenis,
            @Nullable String ibuKota,
            String visi,
            String periodeRpjmd,
            List<MisiView> misi) {}

    public record SasaranOpdView(
            long id,
            String kode,
            String uraian,
            @Nullable String indikator,
            String tujuanOpd,
            String sasaranPemdaKode,
            String sasaranPemda) {}

    public record OpdDetail(OpdRingkas opd, int versi, List<SasaranOpdView> sasaran) {}

    /** The chain from a position up to the Pemda's vision (seed: keterkaitan jabatan dengan visi, misi, tujuan). */
    public record JejakVisi(
            String sasaranOpdKode,
            String sasaranOpd,
            String tujuanOpd,
            String sasaranPemdaKode,
            String sasaranPemda,
            String tujuanPemdaKode,
            String tujuanPemda,
            int misiNomor,
            String misi,
            String visi) {}

    public record JabatanFilter(
            @Nullable Long opd,
            @Nullable Long unit,
            @Nullable JenisJabatan jenis,
            @Nullable Jenjang jenjang,
            @Nullable Integer kelas,
            @Nullable String rumpun,
            @Nullable String q,
            @Nullable Boolean aktif) {

        public static JabatanFilter semua() {
            return new JabatanFilter(null, null, null, null, null, null, null, null);
        }
    }

    public record UnitFilter(
            @Nullable Long opd,
            @Nullable JenisUnit jenis,
            @Nullable String q) {}

    private final JdbcClient jdbc;
    private final JabatanRepository jabatan;

    OrganisasiQuery(JdbcClient jdbc, JabatanRepository jabatan) {
        this.jdbc = jdbc;
        this.jabatan = jabatan;
    }

    public @Nullable PemdaProfil pemda() {
        var pemda = jdbc.sql(
                        "SELECT id, nama, jenis, ibu_kota, visi, periode_rpjmd FROM organisasi.pemda ORDER BY id LIMIT 1")
                .query((rs, i) -> new Object[] {
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                })
                .optional()
                .orElse(null);
        if (pemda == null) {
            return null;
        }
        Map<Long, List<SasaranView>> sasaran = new HashMap<>();
        jdbc.sql("SELECT tujuan_id, id, kode, uraian, indikator FROM organisasi.sasaran_pemda ORDER BY kode")
                .query((ResultSet rs) -> {
                    sasaran.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SasaranView(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                });
        Map<Long, List<TujuanView>> tujuan = new HashMap<>();
        jdbc.sql("SELECT misi_id, id, kode, uraian FROM organisasi.tujuan_pemda ORDER BY kode")
                .query((ResultSet rs) -> {
                    tujuan.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new TujuanView(
                                    rs.getString(3), rs.getString(4), sasaran.getOrDefault(rs.getLong(2), List.of())));
                });
        List<MisiView> misi = jdbc.sql(
                        "SELECT id, nomor, uraian FROM organisasi.misi WHERE pemda_id = ? ORDER BY nomor")
                .param(pemda[0])
                .query((rs, i) ->
                        new MisiView(rs.getInt(2), rs.getString(3), tujuan.getOrDefault(rs.getLong(1), List.of())))
                .list();
        return new PemdaProfil(
                (String) pemda[1], (String) pemda[2], (String) pemda[3], (String) pemda[4], (String) pemda[5], misi);
    }

    public Halaman<OpdRingkas> daftarOpd(
            Cakupan c, @Nullable String q, @Nullable JenisOpd jenis, @Nullable Boolean aktif, Permintaan p) {
        Sql sql = new Sql();
        cakupanOpd(c, sql, "id");
        if (q != null && !q.isBlank()) {
            sql.where("(nama ILIKE :q OR kode ILIKE :q OR singkatan ILIKE :q)").param("q", "%" + q.trim() + "%");
        }
        if (jenis != null) {
            sql.where("jenis = :jenis").param("jenis", jenis.name());
        }
        if (aktif != null) {
            sql.where("aktif = :aktif").param("aktif", aktif);
        }
        long total = jdbc.sql("SELECT count(*) FROM organisasi.opd" + sql.where())
                .params(sql.param)
                .query(Long.class)
                .single();
        List<OpdRingkas> isi = jdbc.sql("SELECT id, kode, nama, singkatan, jenis, aktif FROM organisasi.opd"
                        + sql.where() + " ORDER BY kode LIMIT :lim OFFSET :off")
                .params(sql.param)
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query(OrganisasiQuery::opd)
                .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), total);
    }

    /** The OPD page: the OPD with its sasaran and its unit tree. */
    public record HalamanOpd(OpdDetail detail, List<UnitRingkas> unit) {}

    public HalamanOpd halamanOpd(Cakupan c, long id) {
        return new HalamanOpd(opd(c, id), unitOpd(c, id));
    }

    public OpdDetail opd(Cakupan c, long id) {
        if (!c.melihatOpd(id)) {
            throw new DataTidakDitemukanException("OPD", id);
        }
        var opd = jdbc.sql("SELECT id, kode, nama, singkatan, jenis, aktif FROM organisasi.opd WHERE id = ?")
                .param(id)
                .query(OrganisasiQuery::opd)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("OPD", id));
        int versi = jdbc.sql("SELECT versi FROM organisasi.opd WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        List<SasaranOpdView> sasaran = jdbc.sql("""
                        SELECT s.id, s.kode, s.uraian, s.indikator, t.uraian AS tujuan, sp.kode AS sp_kode, sp.uraian AS sp
                        FROM organisasi.sasaran_opd s
                        JOIN organisasi.tujuan_opd t ON t.id = s.tujuan_opd_id
                        JOIN organisasi.sasaran_pemda sp ON sp.id = s.sasaran_pemda_id
                        WHERE s.opd_id = ? ORDER BY s.kode""")
                .param(id)
                .query((rs, i) -> new SasaranOpdView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
        return new OpdDetail(opd, versi, sasaran);
    }

    /** All units of one OPD in tree order (parents before children). */
    public List<UnitRingkas> unitOpd(Cakupan c, long opdId) {
        if (!c.melihatOpd(opdId)) {
            throw new DataTidakDitemukanException("OPD", opdId);
        }
        return jdbc.sql("""
                        WITH RECURSIVE pohon AS (
                          SELECT u.*, ARRAY[u.urutan, u.id::int] AS jalur FROM organisasi.unit u
                          WHERE u.opd_id = :opd AND u.induk_id IS NULL
                          UNION ALL
                          SELECT u.*, p.jalur || ARRAY[u.urutan, u.id::int] FROM organisasi.unit u
                          JOIN pohon p ON u.induk_id = p.id)
                        SELECT id, opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan, aktif FROM pohon
                        ORDER BY jalur""").param("opd", opdId).query(OrganisasiQuery::unit).list();
    }

    public Halaman<UnitRingkas> daftarUnit(Cakupan c, UnitFilter f, Permintaan p) {
        Sql sql = new Sql();
        cakupanOpd(c, sql, "opd_id");
        if (f.opd() != null) {
            sql.where("opd_id = :fopd").param("fopd", f.opd());
        }
        if (f.jenis() != null) {
            sql.where("jenis = :jenis").param("jenis", f.jenis().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.where("(nama ILIKE :q OR kode ILIKE :q)").param("q", "%" + f.q().trim() + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM organisasi.unit" + sql.where())
                .params(sql.param)
                .query(Long.class)
                .single();
        List<UnitRingkas> isi = jdbc.sql(
                        "SELECT id, opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan, aktif "
                                + "FROM organisasi.unit" + sql.where()
                                + " ORDER BY opd_id, kode LIMIT :lim OFFSET :off")
                .params(sql.param)
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query(OrganisasiQuery::unit)
                .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), total);
    }

    public UnitRingkas unit(Cakupan c, long id) {
        UnitRingkas u = jdbc.sql("SELECT id, opd_id, induk_id, kode, nama, jenis, jabatan_kepala_id, urutan, aktif "
                        + "FROM organisasi.unit WHERE id = ?")
                .param(id)
                .query(OrganisasiQuery::unit)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Unit", id));
        if (!c.melihatOpd(u.opdId())) {
            throw new DataTidakDitemukanException("Unit", id);
        }
        return u;
    }

    private static Sql filterJabatan(Cakupan c, JabatanFilter f) {
        Sql sql = new Sql();
        cakupanOpd(c, sql, "opd_id");
        if (f.opd() != null) {
            sql.where("opd_id = :fopd").param("fopd", f.opd());
        }
        if (f.unit() != null) {
            sql.where("unit_id = :unit").param("unit", f.unit());
        }
        if (f.jenis() != null) {
            sql.where("jenis_jabatan = :jenis").param("jenis", f.jenis().name());
        }
        if (f.jenjang() != null) {
            sql.where("jenjang = :jenjang").param("jenjang", f.jenjang().name());
        }
        if (f.kelas() != null) {
            sql.where("kelas = :kelas").param("kelas", f.kelas());
        }
        if (f.rumpun() != null && !f.rumpun().isBlank()) {
            sql.where("rumpun_kode = :rumpun").param("rumpun", f.rumpun());
        }
        if (f.q() != null && !f.q().isBlank()) {
            // A code (has a dot or a digit) is matched on kode by prefix; words on the name (trigram index).
            String q = f.q().trim();
            if (q.matches(".*[.0-9].*")) {
                sql.where("kode ILIKE :q").param("q", q.replace("%", "") + "%");
            } else {
                sql.where("nama ILIKE :q").param("q", "%" + q + "%");
            }
        }
        if (f.aktif() != null) {
            sql.where("aktif = :aktif").param("aktif", f.aktif());
        }
        return sql;
    }

    /**
     * A lighter list for pages: only the columns a list row shows, no SKJ.
     */
    public Halaman<id.aparatur.organisasi.JabatanRingkas> daftarJabatanRingkas(
            Cakupan c, JabatanFilter f, Permintaan p) {
        HalamanId h = halamanId(filterJabatan(c, f), f.q() != null && !f.q().isBlank(), p);
        List<id.aparatur.organisasi.JabatanRingkas> isi = h.ids().isEmpty()
                ? List.of()
                : jdbc.sql(
                                "SELECT id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, aktif "
                                        + "FROM organisasi.jabatan WHERE id IN (:ids) ORDER BY opd_id, kode")
                        .param("ids", h.ids())
                        .query((rs, i) -> {
                            String jenjang = rs.getString("jenjang");
                            return new id.aparatur.organisasi.JabatanRingkas(
                                    rs.getLong("id"),
                                    rs.getLong("opd_id"),
                                    rs.getLong("unit_id"),
                                    rs.getString("kode"),
                                    rs.getString("nama"),
                                    JenisJabatan.valueOf(rs.getString("jenis_jabatan")),
                                    jenjang == null ? null : Jenjang.valueOf(jenjang),
                                    rs.getInt("kelas"),
                                    rs.getString("rumpun_kode"),
                                    rs.getInt("kuota"),
                                    rs.getBoolean("aktif"));
                        })
                        .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), h.total());
    }

    /** The ids of one page of positions, in list order, and the total. */
    private record HalamanId(List<Long> ids, long total) {}

    /**
     * A search (name or code) finds its matches once and takes both the page and the total from them; a plain list
     * walks the (opd_id, kode) index for the page and counts separately.
     */
    private HalamanId halamanId(Sql sql, boolean cari, Permintaan p) {
        if (cari) {
            long[] total = {-1};
            List<Long> ids = jdbc.sql("WITH hit AS MATERIALIZED (SELECT id, opd_id, kode FROM organisasi.jabatan"
                            + sql.where() + ") SELECT h.id, (SELECT count(*) FROM hit) AS total FROM "
                            + "(SELECT id, opd_id, kode FROM hit ORDER BY opd_id, kode LIMIT :lim OFFSET :off) h "
                            + "ORDER BY h.opd_id, h.kode")
                    .params(sql.param)
                    .param("lim", p.ukuran())
                    .param("off", p.offset())
                    .query((rs, i) -> {
                        total[0] = rs.getLong("total");
                        return rs.getLong("id");
                    })
                    .list();
            return new HalamanId(ids, total[0] >= 0 ? total[0] : hitungJabatan(sql));
        }
        List<Long> ids = jdbc.sql("SELECT id FROM organisasi.jabatan" + sql.where()
                        + " ORDER BY opd_id, kode LIMIT :lim OFFSET :off")
                .params(sql.param)
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query(Long.class)
                .list();
        return new HalamanId(ids, hitungJabatan(sql));
    }

    private long hitungJabatan(Sql sql) {
        return jdbc.sql("SELECT count(*) FROM organisasi.jabatan" + sql.where())
                .params(sql.param)
                .query(Long.class)
                .single();
    }

    public Halaman<Jabatan> daftarJabatan(Cakupan c, JabatanFilter f, Permintaan p) {
        Sql sql = filterJabatan(c, f);
        HalamanId h = halamanId(sql, f.q() != null && !f.q().isBlank(), p);
        List<Jabatan> isi = h.ids().isEmpty()
                ? List.of()
                : jdbc.sql(JabatanRepository.KOLOM + " WHERE id IN (:ids) ORDER BY opd_id, kode")
                        .param("ids", h.ids())
                        .query(JabatanRepository::baris)
                        .list();
        // Lists carry the SKJ; hasil kerja and korelasi are on the detail.
        var skj = jabatan.skj(isi.stream().map(Jabatan::id).toList());
        return Halaman.of(
                isi.stream()
                        .map(j -> j.denganSkj(skj.getOrDefault(j.id(), List.of())))
                        .toList(),
                p.nomor(),
                p.ukuran(),
                h.total());
    }

    public Jabatan jabatan(Cakupan c, long id) {
        Jabatan j = jabatan.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Jabatan", id));
        if (!c.melihatOpd(j.opdId())) {
            throw new DataTidakDitemukanException("Jabatan", id);
        }
        return j;
    }

    public @Nullable JejakVisi jejakVisi(@Nullable Long sasaranOpdId) {
        if (sasaranOpdId == null) {
            return null;
        }
        return jdbc.sql("""
                        SELECT so.kode, so.uraian, t.uraian, sp.kode, sp.uraian, tp.kode, tp.uraian, m.nomor, m.uraian, p.visi
                        FROM organisasi.sasaran_opd so
                        JOIN organisasi.tujuan_opd t ON t.id = so.tujuan_opd_id
                        JOIN organisasi.sasaran_pemda sp ON sp.id = so.sasaran_pemda_id
                        JOIN organisasi.tujuan_pemda tp ON tp.id = sp.tujuan_id
                        JOIN organisasi.misi m ON m.id = tp.misi_id
                        JOIN organisasi.pemda p ON p.id = m.pemda_id
                        WHERE so.id = ?""")
                .param(sasaranOpdId)
                .query((rs, i) -> new JejakVisi(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getString(10)))
                .optional()
                .orElse(null);
    }

    /** id → nama for the given positions (e.g. to show korelasi names). */
    public Map<Long, String> namaJabatan(List<Long> ids) {
        Map<Long, String> hasil = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT id, nama FROM organisasi.jabatan WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query((ResultSet rs) -> {
                        hasil.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return hasil;
    }

    /** Options for filter drop-downs: the OPD the caller may see. */
    public List<OpdRingkas> opdTerlihat(Cakupan c) {
        Sql sql = new Sql();
        cakupanOpd(c, sql, "id");
        return jdbc.sql("SELECT id, kode, nama, singkatan, jenis, aktif FROM organisasi.opd" + sql.where()
                        + " ORDER BY nama")
                .params(sql.param)
                .query(OrganisasiQuery::opd)
                .list();
    }

    private static void cakupanOpd(Cakupan c, Sql sql, String kolom) {
        if (!c.semuaOpd()) {
            sql.where(kolom + " = :cakupanOpd").param("cakupanOpd", c.opdId() == null ? -1L : c.opdId());
        }
    }

    static OpdRingkas opd(ResultSet rs, int i) throws SQLException {
        return new OpdRingkas(
                rs.getLong("id"),
                rs.getString("kode"),
                rs.getString("nama"),
                rs.getString("singkatan"),
                JenisOpd.valueOf(rs.getString("jenis")),
                rs.getBoolean("aktif"));
    }

    static UnitRingkas unit(ResultSet rs, int i) throws SQLException {
        return new UnitRingkas(
                rs.getLong("id"),
                rs.getLong("opd_id"),
                rs.getObject("induk_id", Long.class),
                rs.getString("kode"),
                rs.getString("nama"),
                JenisUnit.valueOf(rs.getString("jenis")),
                rs.getObject("jabatan_kepala_id", Long.class),
                rs.getInt("urutan"),
                rs.getBoolean("aktif"));
    }

    /** Small WHERE-clause builder. */
    static final class Sql {
        private final List<String> syarat = new ArrayList<>();
        final Map<String, Object> param = new HashMap<>();

        Sql where(String s) {
            syarat.add(s);
            return this;
        }

        Sql param(String k, Object v) {
            param.put(k, v);
            return this;
        }

        String where() {
            return syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat);
        }
    }
}
