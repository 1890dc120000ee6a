package id.aparatur.organisasi;

import id.aparatur.akses.Cakupan;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.sistem.KataCari;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade for other modules: read-only views of OPD, units and positions. */
@Component
@Transactional(readOnly = true)
public class StrukturOrganisasi {

    private final JdbcClient jdbc;
    private final OrganisasiQuery query;

    StrukturOrganisasi(JdbcClient jdbc, OrganisasiQuery query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    private static final String JABATAN_RINGKAS =
            "SELECT id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, aktif "
                    + "FROM organisasi.jabatan";

    private static JabatanRingkas jabatanRingkas(java.sql.ResultSet rs, int baris) throws java.sql.SQLException {
        return new JabatanRingkas(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                JenisJabatan.valueOf(rs.getString(6)),
                rs.getString(7) == null ? null : Jenjang.valueOf(rs.getString(7)),
                rs.getInt(8),
                rs.getString(9),
                rs.getInt(10),
                rs.getBoolean(11));
    }

    public Optional<JabatanRingkas> jabatan(long id) {
        return jdbc.sql(JABATAN_RINGKAS + " WHERE id = ?")
                .param(id)
                .query(StrukturOrganisasi::jabatanRingkas)
                .optional();
    }

    /** Units of one OPD in tree order; empty when out of scope is impossible here (caller checks scope). */
    public List<UnitRingkas> unitOpd(Cakupan c, long opdId) {
        return query.unitOpd(c, opdId);
    }

    /** Positions of one OPD (without details). */
    public List<JabatanRingkas> jabatanOpd(Cakupan c, long opdId) {
        if (!c.melihatOpd(opdId)) {
            throw new id.aparatur.shared.DataTidakDitemukanException("OPD", opdId);
        }
        return jdbc.sql(JABATAN_RINGKAS + " WHERE opd_id = ? ORDER BY unit_id, kelas DESC, nama")
                .param(opdId)
                .query(StrukturOrganisasi::jabatanRingkas)
                .list();
    }

    /** Per OPD: number of positions and sum of kuota of the active ones. */
    public record JumlahJabatan(long opdId, int jumlahJabatan, int kuota) {}

    public List<JumlahJabatan> jumlahJabatanPerOpd() {
        return jdbc.sql("SELECT opd_id, count(*), coalesce(sum(kuota) FILTER (WHERE aktif), 0) FROM organisasi.jabatan "
                        + "GROUP BY opd_id")
                .query((rs, i) -> new JumlahJabatan(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    public OpdRingkas opd(Cakupan c, long opdId) {
        return query.opd(c, opdId).opd();
    }

    public List<OpdRingkas> semuaOpd(Cakupan c) {
        return query.opdTerlihat(c);
    }

    /** The SKJ of a position, by competency code. */
    public List<StandarKompetensiJabatan> standarKompetensi(long jabatanId) {
        return jdbc.sql("SELECT kompetensi_kode, level, bobot FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ? "
                        + "ORDER BY kompetensi_kode")
                .param(jabatanId)
                .query((rs, i) -> new StandarKompetensiJabatan(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
    }

    /** A position as a picker offers it: what will be chosen, and where it sits. */
    public record JabatanPilihan(
            long id,
            String kode,
            String nama,
            JenisJabatan jenisJabatan,
            @Nullable Jenjang jenjang,
            int kelas,
            int kuota,
            long unitId,
            String unitNama,
            long opdId,
            String opdNama) {}

    /**
     * A picker's search: every word matches the name, kode, unit or OPD (name or singkatan) of an active position the
     * user may see.
     *
     * @param opd only these OPD (empty: every OPD the user may see)
     * @param jenis only these jenis jabatan (empty: all)
     * @param jenjang only these jenjang for a jabatan fungsional (empty: all; positions without jenjang pass)
     * @param kecuali positions never offered
     */
    public record PencarianJabatan(
            KataCari kata, Set<Long> opd, Set<JenisJabatan> jenis, Set<Jenjang> jenjang, Set<Long> kecuali) {

        public PencarianJabatan {
            opd = Set.copyOf(opd);
            jenis = Set.copyOf(jenis);
            jenjang = Set.copyOf(jenjang);
            kecuali = Set.copyOf(kecuali);
        }

        public static PencarianJabatan semua(KataCari kata) {
            return new PencarianJabatan(kata, Set.of(), Set.of(), Set.of(), Set.of());
        }
    }

    /**
     * Best first: the name starts with the first word, then contains it, then by name. Empty when nothing was typed: a
     * picker lists nothing rather than an arbitrary first page.
     */
    public List<JabatanPilihan> cariJabatan(Cakupan c, PencarianJabatan p, int batas) {
        if (p.kata().kosong()) {
            return List.of();
        }
        List<String> syarat = new ArrayList<>(List.of("j.aktif"));
        Map<String, Object> param = new HashMap<>();
        if (!c.semuaOpd()) {
            syarat.add("j.opd_id = :cakupanOpd");
            param.put("cakupanOpd", c.opdId() == null ? -1L : c.opdId());
        }
        tempatDanRagam(p.opd(), p.jenis(), p.jenjang(), syarat, param);
        if (!p.kecuali().isEmpty()) {
            syarat.add("j.id <> ALL (:kecuali)");
            param.put("kecuali", p.kecuali().toArray(Long[]::new));
        }
        for (int i = 0; i < p.kata().kata().size(); i++) {
            syarat.add(("(j.nama ILIKE :k%1$d OR j.kode ILIKE :k%1$d OR u.nama ILIKE :k%1$d OR o.nama ILIKE :k%1$d "
                            + "OR coalesce(o.singkatan, '') ILIKE :k%1$d)")
                    .formatted(i));
            param.put("k" + i, p.kata().pola(i));
        }
        param.put("awal", p.kata().awalan());
        param.put("batas", batas);
        return jdbc.sql("""
                        SELECT j.id, j.kode, j.nama, j.jenis_jabatan, j.jenjang, j.kelas, j.kuota, j.unit_id, u.nama,
                          j.opd_id, o.nama
                        FROM organisasi.jabatan j JOIN organisasi.unit u ON u.id = j.unit_id
                        JOIN organisasi.opd o ON o.id = j.opd_id
                        WHERE\s""" + String.join(" AND ", syarat) + """
                        \sORDER BY (j.nama ILIKE :awal) DESC, (j.nama ILIKE :k0) DESC, j.nama, o.nama, j.id
                        LIMIT :batas""")
                .params(param)
                .query((rs, i) -> new JabatanPilihan(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        JenisJabatan.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : Jenjang.valueOf(rs.getString(5)),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getLong(10),
                        rs.getString(11)))
                .list();
    }

    /**
     * Ids of the positions (active or not) of these OPD, jenis and jenjang (each empty: no limit), e.g. to find the
     * employees who hold a position of a given jenjang.
     */
    public List<Long> idJabatan(Set<Long> opd, Set<JenisJabatan> jenis, Set<Jenjang> jenjang) {
        List<String> syarat = new ArrayList<>(List.of("true"));
        Map<String, Object> param = new HashMap<>();
        tempatDanRagam(opd, jenis, jenjang, syarat, param);
        return jdbc.sql("SELECT j.id FROM organisasi.jabatan j WHERE " + String.join(" AND ", syarat))
                .params(param)
                .query(Long.class)
                .list();
    }

    private static void tempatDanRagam(
            Set<Long> opd,
            Set<JenisJabatan> jenis,
            Set<Jenjang> jenjang,
            List<String> syarat,
            Map<String, Object> param) {
        if (!opd.isEmpty()) {
            syarat.add("j.opd_id = ANY (:opd)");
            param.put("opd", opd.toArray(Long[]::new));
        }
        if (!jenis.isEmpty()) {
            syarat.add("j.jenis_jabatan = ANY (:jenis)");
            param.put("jenis", jenis.stream().map(Enum::name).toArray(String[]::new));
        }
        if (!jenjang.isEmpty()) {
            syarat.add("(j.jenjang IS NULL OR j.jenjang = ANY (:jenjang))");
            param.put("jenjang", jenjang.stream().map(Enum::name).toArray(String[]::new));
        }
    }

    /** Ids of the OPD, units and positions whose names (or OPD singkatan, jabatan kode) contain a word. */
    public record IdCocok(List<Long> opd, List<Long> unit, List<Long> jabatan) {}

    /**
     * For searches in other modules that find their rows by where they sit ("guru smp 3"): what the word names in
     * the organisation.
     *
     * @param pola an ILIKE pattern ({@link KataCari#pola(int)})
     */
    public IdCocok cocok(String pola) {
        return new IdCocok(
                jdbc.sql("SELECT id FROM organisasi.opd WHERE nama ILIKE :p OR coalesce(singkatan, '') ILIKE :p")
                        .param("p", pola)
                        .query(Long.class)
                        .list(),
                jdbc.sql("SELECT id FROM organisasi.unit WHERE nama ILIKE :p")
                        .param("p", pola)
                        .query(Long.class)
                        .list(),
                jdbc.sql("SELECT id FROM organisasi.jabatan WHERE nama ILIKE :p OR kode ILIKE :p")
                        .param("p", pola)
                        .query(Long.class)
                        .list());
    }
}
