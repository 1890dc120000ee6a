package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.SkpQuery.Kepala;
import id.aparatur.kinerja.domain.AlurSkp;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.Skp;
import id.aparatur.kinerja.domain.SkpRepository;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.shared.DataTidakDitemukanException;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of the SKP pages: the list of SKP in the user's scope (same visibility as {@link SkpQuery}), the
 * identity of pegawai and penilai, the steps {@link AlurSkp} allows the user, the atasan RHK an RHK may intervene, the
 * per-value ekspektasi of the BerAKHLAK rating, and the MPPH of a unit.
 */
@Service
@Transactional(readOnly = true)
public class SkpHalamanQuery {

    /** Most rows a list shows; the filters narrow it. */
    public static final int BATAS = 300;

    public record Baris(
            long id,
            String nip,
            String nama,
            @Nullable String jabatan,
            @Nullable String opd,
            int tahun,
            StatusSkp status,
            @Nullable PredikatKinerja predikat,
            @Nullable String penilai,
            boolean milikSaya) {}

    public record Opd(long id, String nama) {}

    /** The signed-in employee's profile as the "buat SKP" form shows it, with the years they already have. */
    public record Profil(
            String nip,
            String nama,
            @Nullable String jabatan,
            @Nullable String atasan,
            List<Integer> tahunAda) {}

    /** Identity of a person on the SKP document. */
    public record Orang(
            String nip,
            String nama,
            @Nullable String pangkat,
            @Nullable String jabatan,
            @Nullable String unit,
            @Nullable String opd) {}

    /** An RHK of the atasan chain an RHK of this SKP may intervene. */
    public record RhkAtasan(long id, String uraian, String pemilik, String pemilikNip) {}

    /** One cell of the MPPH: the subordinate's RHK intervening the row's RHK. */
    public record Sel(long rhkId, String uraian) {}

    public record BarisMpph(long rhkId, String uraian, String pemilik, Map<String, List<Sel>> sel) {}

    /** A feedback note on the SKP (the penilai's return notes and continuous feedback), newest first. */
    public record UmpanBalik(String isi, String oleh, java.time.OffsetDateTime pada) {}

    public record Kolom(String nip, String nama, @Nullable String jabatan) {}

    public record Mpph(long unitId, String unit, String opd, int tahun, List<Kolom> kolom, List<BarisMpph> baris) {}

    /** What the SKP list page shows: the list, the OPD filter, the "buat SKP" form and this year. */
    public record HalamanDaftar(
            List<Baris> daftar,
            List<Opd> pilihanOpd,
            @Nullable Profil profil,
            int tahunIni) {}

    /**
     * What the page of one SKP shows: the SKP, pegawai and penilai, the steps the user may take, the RHK the RHK may
     * intervene and those they intervene, the per-value ekspektasi and the feedback notes.
     */
    public record HalamanSkp(
            SkpQuery.Skp skp,
            @Nullable Orang pegawai,
            @Nullable Orang penilai,
            Set<Aksi> aksi,
            List<RhkAtasan> pilihanRhkAtasan,
            Map<Long, RhkAtasan> rhkTerkait,
            Map<NilaiBerakhlak, Ekspektasi> ekspektasiPerilaku,
            List<UmpanBalik> umpanBalik) {}

    /** The MPPH page: the year, the units the user may open and the MPPH of the chosen one (null: no unit). */
    public record HalamanMpph(
            int tahun, List<Unit> pilihanUnit, @Nullable Mpph mpph) {}

    private final JdbcClient jdbc;
    private final SkpQuery skp;
    private final SkpRepository repository;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    SkpHalamanQuery(JdbcClient jdbc, SkpQuery skp, SkpRepository repository, CakupanPengguna cakupan, Clock clock) {
        this.jdbc = jdbc;
        this.skp = skp;
        this.repository = repository;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    /** The list page of the signed-in user. */
    public HalamanDaftar halamanDaftar(@Nullable Long opdId, @Nullable Integer tahun, @Nullable StatusSkp status) {
        Cakupan c = cakupan.saatIni();
        return new HalamanDaftar(
                daftar(c, opdId, tahun, status),
                pilihanOpd(c),
                profil(c),
                Year.now(clock).getValue());
    }

    /** The page of one SKP for the signed-in user (404 when out of scope). */
    public HalamanSkp halaman(long id) {
        Cakupan c = cakupan.saatIni();
        Kepala k = skp.kepala(c, id);
        Skp agregat = repository.muat(id).orElseThrow(() -> new DataTidakDitemukanException("SKP", id));
        SkpQuery.Skp detail = SkpQuery.tampilan(agregat, k.nama()).denganAturan(skp.aturanDipakai(id));
        List<@Nullable Orang> orang = orang(id);
        Map<NilaiBerakhlak, Ekspektasi> ekspektasi = new EnumMap<>(NilaiBerakhlak.class);
        agregat.penilaian().perilaku().values().forEach(p -> {
            if (p.ekspektasi() != null) {
                ekspektasi.put(p.nilai(), p.ekspektasi());
            }
        });
        return new HalamanSkp(
                detail,
                orang.get(0),
                orang.get(1),
                agregat.langkahBoleh(k.pihak()),
                pilihanRhkAtasan(k),
                rhkTerkait(detail.rhk().stream()
                        .map(SkpQuery.Rhk::rhkAtasanId)
                        .filter(java.util.Objects::nonNull)
                        .toList()),
                ekspektasi,
                umpanBalikSkp(id));
    }

    /** The MPPH page: the unit (default: the user's own) for the year (default: this year). */
    public HalamanMpph halamanMpph(@Nullable Long unitId, @Nullable Integer tahun) {
        Cakupan c = cakupan.saatIni();
        Long u = unitId != null ? unitId : unitSaya(c);
        int t = tahun != null ? tahun : Year.now(clock).getValue();
        return new HalamanMpph(t, pilihanUnit(c), u == null ? null : mpph(c, u, t));
    }

    /** The SKP the user may see, newest year first; {@code opdId} filters by the OPD of the SKP. */
    private List<Baris> daftar(Cakupan c, @Nullable Long opdId, @Nullable Integer tahun, @Nullable StatusSkp status) {
        Map<String, Object> param = new HashMap<>();
        String cakupan = PredikatCakupan.sql(c, "p", param);
        param.put("saya", c.nip() == null ? "" : c.nip());
        StringBuilder where = new StringBuilder("(s.penilai_nip = :saya OR " + cakupan + ")");
        if (opdId != null) {
            where.append(" AND coalesce(s.opd_id, p.opd_id) = :opd");
            param.put("opd", opdId);
        }
        if (tahun != null) {
            where.append(" AND s.tahun = :tahun");
            param.put("tahun", tahun);
        }
        if (status != null) {
            where.append(" AND s.status = :status");
            param.put("status", status.name());
        }
        param.put("batas", BATAS);
        return jdbc.sql("""
                        SELECT s.id, s.nip, p.nama, j.nama AS jabatan, o.nama AS opd, s.tahun, s.status, s.predikat,
                          pn.nama AS penilai
                        FROM kinerja.skp s JOIN pegawai.v_pegawai p ON p.nip = s.nip
                        LEFT JOIN organisasi.v_jabatan j ON j.id = coalesce(s.jabatan_id, p.jabatan_id)
                        LEFT JOIN organisasi.v_opd o ON o.id = coalesce(s.opd_id, p.opd_id)
                        LEFT JOIN pegawai.v_pegawai pn ON pn.nip = s.penilai_nip
                        WHERE\s""" + where + " ORDER BY (s.nip = :saya) DESC, s.tahun DESC, p.nama, s.id LIMIT :batas")
                .params(param)
                .query((rs, i) -> new Baris(
                        rs.getLong("id"),
                        rs.getString("nip").strip(),
                        rs.getString("nama"),
                        rs.getString("jabatan"),
                        rs.getString("opd"),
                        rs.getInt("tahun"),
                        StatusSkp.valueOf(rs.getString("status")),
                        rs.getString("predikat") == null ? null : PredikatKinerja.valueOf(rs.getString("predikat")),
                        rs.getString("penilai"),
                        rs.getString("nip").strip().equals(c.nip())))
                .list();
    }

    /** The OPD the user may filter by: all for the Pemda-wide readers, else their own. */
    private List<Opd> pilihanOpd(Cakupan c) {
        if (c.semuaOpd()) {
            return jdbc.sql("SELECT id, nama FROM organisasi.v_opd ORDER BY nama")
                    .query((rs, i) -> new Opd(rs.getLong(1), rs.getString(2)))
                    .list();
        }
        return List.of();
    }

    private @Nullable Profil profil(Cakupan c) {
        if (c.nip() == null) {
            return null;
        }
        return jdbc.sql("""
                        SELECT p.nip, p.nama, j.nama AS jabatan, a.nama AS atasan FROM pegawai.v_pegawai p
                        LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        LEFT JOIN pegawai.v_pegawai a ON a.nip = p.atasan_nip
                        WHERE p.nip = ? AND p.aktif""")
                .param(c.nip())
                .query((rs, i) -> new Profil(
                        rs.getString("nip").strip(),
                        rs.getString("nama"),
                        rs.getString("jabatan"),
                        rs.getString("atasan"),
                        jdbc.sql("SELECT tahun FROM kinerja.skp WHERE nip = ? ORDER BY tahun DESC")
                                .param(c.nip())
                                .query(Integer.class)
                                .list()))
                .optional()
                .orElse(null);
    }

    /** The pegawai (as placed on the SKP) and the penilai, for the page and the documents (404 when out of scope). */
    List<@Nullable Orang> pihak(Cakupan c, long id) {
        skp.kepala(c, id);
        return orang(id);
    }

    private List<@Nullable Orang> orang(long id) {
        var baris = jdbc.sql("""
                        SELECT s.nip, s.penilai_nip, coalesce(s.jabatan_id, p.jabatan_id) AS jab,
                          coalesce(s.unit_id, p.unit_id) AS unit, coalesce(s.opd_id, p.opd_id) AS opd
                        FROM kinerja.skp s JOIN pegawai.v_pegawai p ON p.nip = s.nip WHERE s.id = ?""").param(id).query().singleRow();
        List<@Nullable Orang> hasil = new ArrayList<>();
        hasil.add(orang(
                (String) baris.get("nip"), (Long) baris.get("jab"), (Long) baris.get("unit"), (Long) baris.get("opd")));
        hasil.add(baris.get("penilai_nip") == null ? null : orang((String) baris.get("penilai_nip"), null, null, null));
        return hasil;
    }

    private @Nullable Orang orang(String nip, @Nullable Long jabatan, @Nullable Long unit, @Nullable Long opd) {
        return jdbc.sql("""
                        SELECT p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.golongan, j.nama AS jabatan,
                          u.nama AS unit, o.nama AS opd
                        FROM pegawai.v_pegawai p
                        LEFT JOIN organisasi.v_jabatan j ON j.id = coalesce(:jab, p.jabatan_id)
                        LEFT JOIN organisasi.v_unit u ON u.id = coalesce(:unit, p.unit_id)
                        LEFT JOIN organisasi.v_opd o ON o.id = coalesce(:opd, p.opd_id)
                        WHERE p.nip = :nip""")
                .param("jab", jabatan, java.sql.Types.BIGINT)
                .param("unit", unit, java.sql.Types.BIGINT)
                .param("opd", opd, java.sql.Types.BIGINT)
                .param("nip", nip)
                .query((rs, i) -> {
                    String gd = rs.getString("gelar_depan");
                    String gb = rs.getString("gelar_belakang");
                    String nama = (gd == null || gd.isBlank() ? "" : gd + " ")
                            + rs.getString("nama")
                            + (gb == null || gb.isBlank() ? "" : ", " + gb);
                    return new Orang(
                            rs.getString("nip").strip(),
                            nama,
                            rs.getString("golongan"),
                            rs.getString("jabatan"),
                            rs.getString("unit"),
                            rs.getString("opd"));
                })
                .optional()
                .orElse(null);
    }

    /**
     * The RHK an RHK of this SKP may intervene: RHK of same-year SKP of the owner's atasan chain, nearest first (the
     * same rule {@code KaskadeRhk} enforces when saving).
     */
    private List<RhkAtasan> pilihanRhkAtasan(Kepala k) {
        return jdbc.sql(SkpQuery.RANTAI_ATASAN + """
                        SELECT r.id, r.uraian, a.nama, a.nip FROM naik n JOIN kinerja.skp s ON s.nip = n.nip
                          AND s.tahun = :tahun
                        JOIN kinerja.rhk r ON r.skp_id = s.id JOIN pegawai.v_pegawai a ON a.nip = s.nip
                        ORDER BY n.tingkat, r.urutan, r.id""")
                .param("nip", k.nip())
                .param("tahun", k.tahun())
                .query((rs, i) -> new RhkAtasan(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4).strip()))
                .list();
    }

    /** The uraian of RHK by id (for the intervened RHK shown next to each RHK). */
    private Map<Long, RhkAtasan> rhkTerkait(List<Long> id) {
        Map<Long, RhkAtasan> hasil = new LinkedHashMap<>();
        if (id.isEmpty()) {
            return hasil;
        }
        jdbc.sql("""
                        SELECT r.id, r.uraian, a.nama, a.nip FROM kinerja.rhk r JOIN kinerja.skp s ON s.id = r.skp_id
                        JOIN pegawai.v_pegawai a ON a.nip = s.nip WHERE r.id IN (:id)""")
                .param("id", id)
                .query((rs, i) -> new RhkAtasan(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4).strip()))
                .list()
                .forEach(r -> hasil.put(r.id(), r));
        return hasil;
    }

    /** The per-value ekspektasi of the BerAKHLAK rating (absent before rating). */
    Map<NilaiBerakhlak, Ekspektasi> ekspektasiPerilaku(Cakupan c, long id) {
        skp.kepala(c, id);
        Map<NilaiBerakhlak, Ekspektasi> hasil = new EnumMap<>(NilaiBerakhlak.class);
        jdbc.sql("SELECT nilai, ekspektasi FROM kinerja.perilaku WHERE skp_id = ? AND ekspektasi IS NOT NULL")
                .param(id)
                .query(rs -> {
                    hasil.put(NilaiBerakhlak.valueOf(rs.getString(1)), Ekspektasi.valueOf(rs.getString(2)));
                });
        return hasil;
    }

    /**
     * The MPPH of a unit for a year: rows are the RHK of the atasan of the unit's employees (and any RHK a unit
     * employee intervenes), columns the unit's employees with an SKP that year, cells the RHK intervening the row.
     * Visible to the Pemda-wide readers and to the heads and atasan of the unit's OPD; otherwise 404.
     */
    private Mpph mpph(Cakupan c, long unitId, int tahun) {
        var unit = jdbc.sql("""
                        SELECT u.id, u.nama, u.opd_id, o.nama AS opd FROM organisasi.v_unit u
                        JOIN organisasi.v_opd o ON o.id = u.opd_id WHERE u.id = ?""").param(unitId).query().listOfRows().stream()
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Unit", unitId));
        long opd = ((Number) unit.get("opd_id")).longValue();
        boolean boleh = c.semuaOpd()
                || (c.opdId() != null && c.opdId() == opd && (c.punya(Peran.PIMPINAN_OPD) || c.punya(Peran.ATASAN)));
        if (!boleh) {
            throw new DataTidakDitemukanException("Unit", unitId);
        }
        List<Kolom> kolom = jdbc.sql("""
                        SELECT p.nip, p.nama, j.nama AS jabatan FROM kinerja.skp s JOIN pegawai.v_pegawai p ON p.nip = s.nip
                        LEFT JOIN organisasi.v_jabatan j ON j.id = coalesce(s.jabatan_id, p.jabatan_id)
                        WHERE coalesce(s.unit_id, p.unit_id) = :unit AND s.tahun = :tahun
                        ORDER BY j.kelas DESC NULLS LAST, p.nama LIMIT 200""")
                .param("unit", unitId)
                .param("tahun", tahun)
                .query((rs, i) -> new Kolom(rs.getString(1).strip(), rs.getString(2), rs.getString(3)))
                .list();
        Map<Long, BarisMpph> baris = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.id, r.uraian, a.nama FROM kinerja.rhk r JOIN kinerja.skp s ON s.id = r.skp_id
                        JOIN pegawai.v_pegawai a ON a.nip = s.nip
                        WHERE s.tahun = :tahun AND (s.nip IN (
                            SELECT p.atasan_nip FROM pegawai.v_pegawai p JOIN kinerja.skp sb ON sb.nip = p.nip
                            WHERE coalesce(sb.unit_id, p.unit_id) = :unit AND sb.tahun = :tahun)
                          OR r.id IN (SELECT rb.rhk_atasan_id FROM kinerja.rhk rb JOIN kinerja.skp sb ON sb.id = rb.skp_id
                            JOIN pegawai.v_pegawai p ON p.nip = sb.nip
                            WHERE coalesce(sb.unit_id, p.unit_id) = :unit AND sb.tahun = :tahun))
                        ORDER BY a.nama, r.urutan, r.id""")
                .param("unit", unitId)
                .param("tahun", tahun)
                .query((rs, i) -> new BarisMpph(rs.getLong(1), rs.getString(2), rs.getString(3), new LinkedHashMap<>()))
                .list()
                .forEach(b -> baris.put(b.rhkId(), b));
        jdbc.sql("""
                        SELECT rb.rhk_atasan_id, sb.nip, rb.id, rb.uraian FROM kinerja.rhk rb
                        JOIN kinerja.skp sb ON sb.id = rb.skp_id JOIN pegawai.v_pegawai p ON p.nip = sb.nip
                        WHERE coalesce(sb.unit_id, p.unit_id) = :unit AND sb.tahun = :tahun
                          AND rb.rhk_atasan_id IS NOT NULL ORDER BY rb.urutan, rb.id""").param("unit", unitId).param("tahun", tahun).query(rs -> {
            BarisMpph b = baris.get(rs.getLong(1));
            if (b != null) {
                b.sel()
                        .computeIfAbsent(rs.getString(2).strip(), n -> new ArrayList<>())
                        .add(new Sel(rs.getLong(3), rs.getString(4)));
            }
        });
        return new Mpph(
                unitId, (String) unit.get("nama"), (String) unit.get("opd"), tahun, kolom, List.copyOf(baris.values()));
    }

    /** The feedback notes on the whole SKP (not on one RHK), newest first (404 when out of scope). */
    private List<UmpanBalik> umpanBalikSkp(long id) {
        return jdbc.sql("""
                        SELECT u.isi, coalesce(p.nama, u.oleh) AS oleh, u.dibuat_pada FROM kinerja.umpan_balik u
                        LEFT JOIN pegawai.v_pegawai p ON p.nip = u.oleh_nip
                        WHERE u.skp_id = ? AND u.rhk_id IS NULL ORDER BY u.id DESC LIMIT 50""")
                .param(id)
                .query((rs, i) -> new UmpanBalik(
                        rs.getString(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class)))
                .list();
    }

    public record Unit(long id, String nama, String opd) {}

    /** The units whose MPPH the user may open: all for the Pemda-wide readers, those of their OPD for its heads and atasan. */
    private List<Unit> pilihanUnit(Cakupan c) {
        if (!c.semuaOpd() && (c.opdId() == null || !(c.punya(Peran.PIMPINAN_OPD) || c.punya(Peran.ATASAN)))) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT u.id, u.nama, o.nama FROM organisasi.v_unit u JOIN organisasi.v_opd o ON o.id = u.opd_id
                        WHERE :semua OR u.opd_id = :opd ORDER BY o.nama, u.nama""")
                .param("semua", c.semuaOpd())
                .param("opd", c.opdId() == null ? -1L : c.opdId())
                .query((rs, i) -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The unit of the signed-in employee (default of the MPPH page), or null. */
    private @Nullable Long unitSaya(Cakupan c) {
        if (c.nip() == null) {
            return null;
        }
        return jdbc.sql("SELECT unit_id FROM pegawai.v_pegawai WHERE nip = ?")
                .param(c.nip())
                .query(Long.class)
                .optional()
                .orElse(null);
    }
}
