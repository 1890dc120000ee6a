package id.aparatur.pegawai.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.Peran;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.pegawai.domain.PegawaiRepository;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of employee data, always within the caller's scope: ADMIN_BKD/ASESOR all, PIMPINAN_OPD their OPD, ATASAN
 * themself and their direct and indirect subordinates, PEGAWAI themself. Out-of-scope records are never listed and
 * answer 404.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("query")
public class PegawaiQuery {

    /** A list row, with the names of jabatan, unit, OPD and atasan resolved. */
    @org.springframework.modulith.NamedInterface("query")
    public record PegawaiBaris(
            String nip,
            String nama,
            String namaLengkap,
            char jenisKelamin,
            LocalDate tanggalLahir,
            @Nullable YearMonth tmtCpns,
            @Nullable Long jabatanId,
            @Nullable String jabatanNama,
            @Nullable Integer kelas,
            @Nullable Long unitId,
            @Nullable String unitNama,
            @Nullable Long opdId,
            @Nullable String opdNama,
            @Nullable String atasanNip,
            @Nullable String atasanNama,
            boolean aktif,
            int versi) {}

    @org.springframework.modulith.NamedInterface("query")
    public record Filter(
            @Nullable String q,
            @Nullable Long opd,
            @Nullable Long unit,
            @Nullable Long jabatan,
            @Nullable String atasan,
            @Nullable Boolean aktif) {}

    static final String SELECT = """
            SELECT p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jenis_kelamin, p.tanggal_lahir, p.tmt_cpns,
                   p.jabatan_id, j.nama AS jabatan_nama, j.kelas, p.unit_id, u.nama AS unit_nama, p.opd_id,
                   o.nama AS opd_nama, p.atasan_nip, a.nama AS atasan_nama, p.aktif, p.alasan_nonaktif, p.versi
            FROM pegawai.pegawai p
            LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
            LEFT JOIN organisasi.v_unit u ON u.id = p.unit_id
            LEFT JOIN organisasi.v_opd o ON o.id = p.opd_id
            LEFT JOIN pegawai.pegawai a ON a.nip = p.atasan_nip""";

    /**
     * Shortest query (characters) searched by word similarity as well as by substring. Shorter queries ("Siti", "Sri")
     * would be "similar" to thousands of names: they are matched as a substring only.
     */
    public static final int PANJANG_MIRIP = 5;

    /**
     * A picker's search among the active employees the user may see: all digits = a NIP prefix; otherwise every word
     * matches the name, or the OPD, unit or jabatan the employee sits in.
     *
     * @param opd only employees of these OPD (empty: all)
     * @param jenis only holders of a position of these jenis (empty: all)
     * @param jenjang with {@code jenis}: only these jenjang of a jabatan fungsional (empty: all)
     * @param kecuali these employees are not offered
     * @param bukanBawahanDari this employee and everyone below them are not offered (the choices of their atasan)
     */
    @org.springframework.modulith.NamedInterface("query")
    public record PencarianPegawai(
            id.aparatur.sistem.KataCari kata,
            java.util.Set<Long> opd,
            java.util.Set<id.aparatur.organisasi.JenisJabatan> jenis,
            java.util.Set<id.aparatur.organisasi.Jenjang> jenjang,
            java.util.Set<String> kecuali,
            @Nullable String bukanBawahanDari) {

        public PencarianPegawai {
            opd = java.util.Set.copyOf(opd);
            jenis = java.util.Set.copyOf(jenis);
            jenjang = java.util.Set.copyOf(jenjang);
            kecuali = java.util.Set.copyOf(kecuali);
        }

        public static PencarianPegawai semua(id.aparatur.sistem.KataCari kata) {
            return new PencarianPegawai(
                    kata, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), null);
        }
    }

    private final JdbcClient jdbc;
    private final id.aparatur.organisasi.StrukturOrganisasi organisasi;
    private final PegawaiRepository repo;

    PegawaiQuery(JdbcClient jdbc, id.aparatur.organisasi.StrukturOrganisasi organisasi, PegawaiRepository repo) {
        this.jdbc = jdbc;
        this.organisasi = organisasi;
        this.repo = repo;
    }

    /**
     * Best first: the name starts with the first word, then by name. Empty when nothing was typed. Where an employee
     * sits is matched through the organisation's facade.
     */
    public List<PegawaiBaris> pilihan(Cakupan c, PencarianPegawai k, int batas) {
        if (k.kata().kosong()) {
            return List.of();
        }
        List<String> syarat = new ArrayList<>(List.of("p.aktif"));
        Map<String, Object> param = new HashMap<>();
        cakupan(c, syarat, param);
        if (!k.opd().isEmpty()) {
            syarat.add("p.opd_id = ANY (:popd)");
            param.put("popd", k.opd().toArray(Long[]::new));
        }
        if (!k.jenis().isEmpty()) {
            syarat.add("p.jabatan_id = ANY (:pjab)");
            param.put(
                    "pjab",
                    organisasi.idJabatan(k.opd(), k.jenis(), k.jenjang()).toArray(Long[]::new));
        }
        if (!k.kecuali().isEmpty()) {
            syarat.add("p.nip <> ALL (:pkecuali)");
            param.put("pkecuali", k.kecuali().toArray(String[]::new));
        }
        if (k.bukanBawahanDari() != null) {
            syarat.add("p.nip <> :atas AND p.nip NOT IN (SELECT b.nip FROM pegawai.bawahan(:atas) b)");
            param.put("atas", k.bukanBawahanDari());
        }
        String angka = k.kata().angka();
        if (angka != null && angka.length() >= 3) {
            String awal = angka.length() > 18 ? angka.substring(0, 18) : angka;
            syarat.add("p.nip BETWEEN :nipDari AND :nipSampai");
            param.put("nipDari", (awal + "000000000000000000").substring(0, 18));
            param.put("nipSampai", (awal + "999999999999999999").substring(0, 18));
        } else {
            for (int i = 0; i < k.kata().kata().size(); i++) {
                var cocok = organisasi.cocok(k.kata().pola(i));
                syarat.add(("(p.nama ILIKE :w%1$d OR p.opd_id = ANY (:wo%1$d) OR p.unit_id = ANY (:wu%1$d) "
                                + "OR p.jabatan_id = ANY (:wj%1$d))")
                        .formatted(i));
                param.put("w" + i, k.kata().pola(i));
                param.put("wo" + i, cocok.opd().toArray(Long[]::new));
                param.put("wu" + i, cocok.unit().toArray(Long[]::new));
                param.put("wj" + i, cocok.jabatan().toArray(Long[]::new));
            }
        }
        param.put("awal", k.kata().awalan());
        param.put("batas", batas);
        return jdbc.sql(SELECT + " WHERE " + String.join(" AND ", syarat)
                        + " ORDER BY (p.nama ILIKE :awal) DESC, p.nama, p.nip LIMIT :batas")
                .params(param)
                .query(PegawaiQuery::baris)
                .list();
    }

    public Halaman<PegawaiBaris> daftar(Cakupan c, Filter f, Permintaan p) {
        Map<String, Object> param = new HashMap<>();
        List<String> syarat = syaratDaftar(c, f, param);
        String where = syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat);
        if (f.q() != null && !f.q().isBlank()) {
            return cari(where, param, p);
        }
        long total = hitungCepat(c, f)
                .orElseGet(() -> jdbc.sql("SELECT count(*) FROM pegawai.pegawai p" + where)
                        .params(param)
                        .query(Long.class)
                        .single());
        List<PegawaiBaris> isi = jdbc.sql(SELECT + where + " ORDER BY p.nama, p.nip LIMIT :lim OFFSET :off")
                .params(param)
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query(PegawaiQuery::baris)
                .list();
        return Halaman.of(isi, p.nomor(), p.ukuran(), total);
    }

    /**
     * Every row of the list (all pages, in the list's order) to {@code tujuan}, streamed: the list's spreadsheet.
     */
    public void semuaBaris(Cakupan c, Filter f, java.util.function.Consumer<PegawaiBaris> tujuan) {
        Map<String, Object> param = new HashMap<>();
        List<String> syarat = syaratDaftar(c, f, param);
        String urutan = param.containsKey("qKata")
                ? "(CASE WHEN p.nama ILIKE :q THEN 1 ELSE 0 END) + word_similarity(:qKata, p.nama) DESC, p.nama, p.nip"
                : "p.nama, p.nip";
        jdbc.sql(SELECT + (syarat.isEmpty() ? "" : " WHERE " + String.join(" AND ", syarat)) + " ORDER BY " + urutan)
                .params(param)
                .query((ResultSet rs) -> {
                    tujuan.accept(baris(rs, 0));
                });
    }

    /**
     * The rows of the employee list: the caller's scope and every filter of {@link Filter}, as predicates on
     * {@code pegawai.pegawai p} joined by AND (none: every row). The one home of the list's selection: the export
     * ({@link EksporPegawai}) selects exactly these rows.
     */
    static List<String> syaratDaftar(Cakupan c, Filter f, Map<String, Object> param) {
        List<String> syarat = new ArrayList<>();
        cakupan(c, syarat, param);
        if (f.q() != null && !f.q().isBlank()) {
            String q = f.q().trim().replace(" ", "");
            if (q.matches("[0-9]{3,18}")) {
                // A NIP prefix as a key range, so the primary key index serves it in a generic (cached) plan too.
                syarat.add("p.nip BETWEEN :nipDari AND :nipSampai");
                param.put("nipDari", (q + "000000000000000000").substring(0, 18));
                param.put("nipSampai", (q + "999999999999999999").substring(0, 18));
            } else {
                // Typo-tolerant: a substring match, or a word of the name similar to the query (pg_trgm word
                // similarity, served by the trigram index).
                param.put("q", "%" + f.q().trim() + "%");
                if (f.q().trim().length() >= PANJANG_MIRIP) {
                    syarat.add("(p.nama ILIKE :q OR :qKata <% p.nama)");
                    param.put("qKata", f.q().trim());
                } else {
                    syarat.add("p.nama ILIKE :q");
                }
            }
        }
        if (f.opd() != null) {
            syarat.add("p.opd_id = :fopd");
            param.put("fopd", f.opd());
        }
        if (f.unit() != null) {
            syarat.add("p.unit_id = :funit");
            param.put("funit", f.unit());
        }
        if (f.jabatan() != null) {
            syarat.add("p.jabatan_id = :fjab");
            param.put("fjab", f.jabatan());
        }
        if (f.atasan() != null && !f.atasan().isBlank()) {
            syarat.add("p.atasan_nip = :fatasan");
            param.put("fatasan", f.atasan());
        }
        if (f.aktif() != null) {
            syarat.add("p.aktif = :aktif");
            param.put("aktif", f.aktif());
        }
        return syarat;
    }

    /**
     * Search: the matching rows are found once (trigram index on the name, or the NIP prefix), then counted and the
     * requested page taken from them. Without this shape PostgreSQL walks the name index in order and filters, which
     * for a common name like "Siti" reads most of the table before it has a page.
     */
    private Halaman<PegawaiBaris> cari(String where, Map<String, Object> param, Permintaan p) {
        List<long[]> total = new ArrayList<>(List.of(new long[] {0}));
        // Best matches first: names containing the query, then by word similarity, then alphabetically.
        String skor = param.containsKey("qKata")
                ? "(CASE WHEN p.nama ILIKE :q THEN 1 ELSE 0 END) + word_similarity(:qKata, p.nama)"
                : "0";
        List<PegawaiBaris> isi = jdbc.sql("WITH hit AS MATERIALIZED (SELECT p.nip, p.nama, " + skor
                        + " AS skor FROM pegawai.pegawai p" + where
                        + "), halaman AS (SELECT nip, skor FROM hit ORDER BY skor DESC, nama, nip LIMIT :lim OFFSET :off) "
                        + SELECT.replace("SELECT p.nip,", "SELECT (SELECT count(*) FROM hit) AS total, p.nip,")
                                .replace(
                                        "FROM pegawai.pegawai p",
                                        "FROM pegawai.pegawai p JOIN halaman h ON h.nip = p.nip")
                        + " ORDER BY h.skor DESC, p.nama, p.nip")
                .params(param)
                .param("lim", p.ukuran())
                .param("off", p.offset())
                .query((rs, i) -> {
                    total.get(0)[0] = rs.getLong("total");
                    return baris(rs, i);
                })
                .list();
        long jumlah = isi.isEmpty()
                ? jdbc.sql("SELECT count(*) FROM pegawai.pegawai p" + where)
                        .params(param)
                        .query(Long.class)
                        .single()
                : total.get(0)[0];
        return Halaman.of(isi, p.nomor(), p.ukuran(), jumlah);
    }

    /**
     * The total from the per-OPD counts read model when the list is filtered by nothing but OPD and status and the
     * caller sees every OPD; empty otherwise (then the list is counted).
     */
    private Optional<Long> hitungCepat(Cakupan c, Filter f) {
        boolean sederhana = c.semuaOpd()
                && (f.q() == null || f.q().isBlank())
                && f.unit() == null
                && f.jabatan() == null
                && (f.atasan() == null || f.atasan().isBlank());
        if (!sederhana) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT coalesce(sum(jumlah), 0) FROM pegawai.jumlah_per_opd "
                        + "WHERE (CAST(:opd AS bigint) IS NULL OR opd_id = :opd) "
                        + "AND (CAST(:aktif AS boolean) IS NULL OR aktif = :aktif)")
                .param("opd", f.opd())
                .param("aktif", f.aktif())
                .query(Long.class)
                .single());
    }

    public PegawaiBaris detail(Cakupan c, String nip) {
        List<String> syarat = new ArrayList<>();
        Map<String, Object> param = new HashMap<>();
        cakupan(c, syarat, param);
        syarat.add("p.nip = :dnip");
        param.put("dnip", nip);
        return jdbc.sql(SELECT + " WHERE " + String.join(" AND ", syarat))
                .params(param)
                .query(PegawaiQuery::baris)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
    }

    /** The stored record, ignoring scope (for use cases that already checked authority). */
    public Optional<Pegawai> muat(String nip) {
        return repo.muat(nip);
    }

    /** For {@link id.aparatur.pegawai.PredikatCakupan}. */
    public static void cakupanPublik(Cakupan c, List<String> syarat, Map<String, Object> param) {
        cakupan(c, syarat, param);
    }

    /** Adds the scope predicate; the union of what each of the user's roles grants. */
    static void cakupan(Cakupan c, List<String> syarat, Map<String, Object> param) {
        if (c.semuaOpd()) {
            return;
        }
        List<String> atau = new ArrayList<>();
        if (c.punya(Peran.PIMPINAN_OPD) && c.opdId() != null) {
            atau.add("p.opd_id = :cOpd");
            param.put("cOpd", c.opdId());
        }
        if (c.nip() != null && (c.punya(Peran.ATASAN) || c.punya(Peran.PEGAWAI) || c.punya(Peran.PIMPINAN_OPD))) {
            atau.add("p.nip = :cNip");
            param.put("cNip", c.nip());
        }
        if (c.nip() != null && c.punya(Peran.ATASAN)) {
            atau.add("p.nip IN (SELECT b.nip FROM pegawai.bawahan(:cNip) b)");
        }
        syarat.add(atau.isEmpty() ? "false" : "(" + String.join(" OR ", atau) + ")");
    }

    static PegawaiBaris baris(ResultSet rs, int i) throws SQLException {
        String gd = rs.getString("gelar_depan");
        String gb = rs.getString("gelar_belakang");
        String nama = rs.getString("nama");
        String lengkap =
                (gd == null || gd.isBlank() ? "" : gd + " ") + nama + (gb == null || gb.isBlank() ? "" : ", " + gb);
        return new PegawaiBaris(
                rs.getString("nip"),
                nama,
                lengkap,
                rs.getString("jenis_kelamin").charAt(0),
                rs.getObject("tanggal_lahir", LocalDate.class),
                rs.getObject("tmt_cpns", LocalDate.class) == null
                        ? null
                        : YearMonth.from(rs.getObject("tmt_cpns", LocalDate.class)),
                rs.getObject("jabatan_id", Long.class),
                rs.getString("jabatan_nama"),
                rs.getObject("kelas", Integer.class),
                rs.getObject("unit_id", Long.class),
                rs.getString("unit_nama"),
                rs.getObject("opd_id", Long.class),
                rs.getString("opd_nama"),
                rs.getString("atasan_nip"),
                rs.getString("atasan_nama"),
                rs.getBoolean("aktif"),
                rs.getInt("versi"));
    }
}
