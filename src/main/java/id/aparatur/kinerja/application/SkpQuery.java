package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.aturan.AturanDipakai;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AlurSkp.Pihak;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.KaskadeRhk;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.PenilaiNonPns;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.SkpRepository;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.kinerja.domain.TabelAngkaKredit;
import id.aparatur.kinerja.domain.TabelTpp;
import id.aparatur.kinerja.domain.TindakLanjut;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.shared.DataTidakDitemukanException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads SKP within the user's scope: the owner, their atasan chain, the head of their OPD, BKD (and the Pemda-wide
 * readers) — plus the penilai recorded on the SKP. Anything else answers 404.
 */
@Service
@Transactional(readOnly = true)
public class SkpQuery {

    public record Indikator(AspekIndikator aspek, String uraian, String target) {}

    public record Rhk(
            long id,
            int urutan,
            String uraian,
            JenisRhk jenis,
            @Nullable Long rhkAtasanId,
            List<Indikator> indikator) {}

    public record Perilaku(NilaiBerakhlak nilai, String catatan) {}

    public record Skp(
            long id,
            String nip,
            String nama,
            int tahun,
            PeriodeEvaluasi periodeEvaluasi,
            @Nullable String penilaiNip,
            StatusSkp status,
            @Nullable Ekspektasi hasilKerja,
            @Nullable Ekspektasi perilakuKerja,
            @Nullable PredikatKinerja predikat,
            int versi,
            List<Rhk> rhk,
            List<Perilaku> perilaku,
            @Nullable PenilaiNonPns penilaiNonPns,
            List<AturanDipakai> aturanDipakai) {

        Skp denganAturan(List<AturanDipakai> aturan) {
            return new Skp(
                    id,
                    nip,
                    nama,
                    tahun,
                    periodeEvaluasi,
                    penilaiNip,
                    status,
                    hasilKerja,
                    perilakuKerja,
                    predikat,
                    versi,
                    rhk,
                    perilaku,
                    penilaiNonPns,
                    List.copyOf(aturan));
        }
    }

    /**
     * A rule-registry version the SKP's finalisation used (read at the year's reference date).
     *
     * @param kode the rule table, e.g. {@code MATRIKS_PREDIKAT}
     * @param nomor its version
     * @param berlakuMulai from when that version is in force
     */

    /**
     * One year's result (periode {@code TAHUNAN}) or one period's evaluation ({@code TRIWULAN_n} / {@code BULAN_n}) as
     * other systems read it: the TPP share of the predikat ({@code TPP_PERSEN} in force on the year's reference date), the angka kredit for a
     * jabatan fungsional (the year's, or the period's share), and award eligibility (only a final Sangat Baik year).
     */
    public record Kinerja(
            long skpId,
            int tahun,
            String periode,
            StatusSkp status,
            @Nullable Ekspektasi hasilKerja,
            @Nullable Ekspektasi perilakuKerja,
            @Nullable PredikatKinerja predikat,
            @Nullable Integer tppPersen,
            @Nullable BigDecimal angkaKredit,
            boolean layakPenghargaan) {}

    /**
     * The header of an SKP with the capacities in which the user relates to it; {@code opdId} is the employee's OPD
     * now, {@code skpOpdId} the OPD recorded on the SKP (distribution is checked per that one).
     */
    record Kepala(
            long id,
            String nip,
            int tahun,
            @Nullable String penilaiNip,
            StatusSkp status,
            int versi,
            @Nullable Long opdId,
            Set<Pihak> pihak,
            @Nullable Long skpOpdId,
            PeriodeEvaluasi periodeEvaluasi,
            String nama) {}

    /**
     * The atasan chain of {@code :nip} (its atasan langsung first, {@code tingkat} 1, up to 30 levels), as a CTE
     * {@code naik(nip, tingkat)}: where an RHK may cascade from ({@link KaskadeRhk}).
     */
    static final String RANTAI_ATASAN = """
            WITH RECURSIVE naik(nip, tingkat) AS (
              SELECT atasan_nip, 1 FROM pegawai.v_pegawai WHERE nip = :nip AND atasan_nip IS NOT NULL
              UNION SELECT p.atasan_nip, n.tingkat + 1 FROM pegawai.v_pegawai p JOIN naik n ON p.nip = n.nip
              WHERE p.atasan_nip IS NOT NULL AND n.tingkat < 30)
            """;

    private final JdbcClient jdbc;
    private final PegawaiQuery pegawai;
    private final AturanKinerja aturan;
    private final SkpRepository repository;
    private final CakupanPengguna cakupan;

    SkpQuery(
            JdbcClient jdbc,
            PegawaiQuery pegawai,
            AturanKinerja aturan,
            SkpRepository repository,
            CakupanPengguna cakupan) {
        this.cakupan = cakupan;
        this.jdbc = jdbc;
        this.pegawai = pegawai;
        this.aturan = aturan;
        this.repository = repository;
    }

    /** The SKP in the user's scope with the capacities in which the user relates to it; 404 otherwise. */
    Kepala kepala(Cakupan c, long id) {
        Map<String, Object> param = new HashMap<>();
        String cakupan = PredikatCakupan.sql(c, "p", param);
        param.put("id", id);
        param.put("saya", c.nip() == null ? "" : c.nip());
        var baris = jdbc.sql("""
                        SELECT s.id, s.nip, s.tahun, s.penilai_nip, s.status, s.versi, p.opd_id, s.opd_id AS skp_opd_id,
                          s.periode_evaluasi, ap.atasan_nip AS atasan_penilai, p.nama, s.penilai_nama FROM kinerja.skp s
                        JOIN pegawai.v_pegawai p ON p.nip = s.nip
                        LEFT JOIN pegawai.v_pegawai ap ON ap.nip = s.penilai_nip
                        WHERE s.id = :id AND (s.penilai_nip = :saya OR ap.atasan_nip = :saya OR\s""" + cakupan + ")")
                .params(param)
                .query((rs, i) -> {
                    String nip = rs.getString("nip").strip();
                    String penilai = rs.getString("penilai_nip") == null
                            ? null
                            : rs.getString("penilai_nip").strip();
                    Set<Pihak> pihak = EnumSet.noneOf(Pihak.class);
                    if (nip.equals(c.nip())) {
                        pihak.add(Pihak.PEMILIK);
                    }
                    if (penilai != null && penilai.equals(c.nip())) {
                        pihak.add(Pihak.PENILAI);
                    }
                    if (rs.getString("penilai_nama") != null && c.punya(Peran.PPK)) {
                        // a non-PNS penilai is the kepala daerah, who is the Pemda's PPK
                        pihak.add(Pihak.PENILAI);
                    }
                    String atasanPenilai = rs.getString("atasan_penilai");
                    if (atasanPenilai != null && atasanPenilai.strip().equals(c.nip())) {
                        pihak.add(Pihak.ATASAN_PENILAI);
                    }
                    if (c.pengelola()) {
                        pihak.add(Pihak.BKD);
                    }
                    return new Kepala(
                            rs.getLong("id"),
                            nip,
                            rs.getInt("tahun"),
                            penilai,
                            StatusSkp.valueOf(rs.getString("status")),
                            rs.getInt("versi"),
                            rs.getObject("opd_id", Long.class),
                            pihak,
                            rs.getObject("skp_opd_id", Long.class),
                            PeriodeEvaluasi.valueOf(rs.getString("periode_evaluasi")),
                            rs.getString("nama"));
                })
                .optional();
        return baris.orElseThrow(() -> new DataTidakDitemukanException("SKP", id));
    }

    /** The SKP for the signed-in user (404 outside their scope). */
    public Skp detail(long id) {
        return detail(cakupan.saatIni(), id);
    }

    Skp detail(Cakupan c, long id) {
        Kepala k = kepala(c, id);
        return tampilan(repository.muat(id).orElseThrow(() -> new DataTidakDitemukanException("SKP", id)), k.nama())
                .denganAturan(aturanDipakai(id));
    }

    /** The rule versions the finalisation of SKP {@code id} used, by kode; empty before it is final. */
    List<AturanDipakai> aturanDipakai(long id) {
        return jdbc.sql("SELECT kode, nomor, berlaku_mulai FROM kinerja.skp_aturan WHERE skp_id = ? ORDER BY kode")
                .param(id)
                .query((rs, n) ->
                        new AturanDipakai(rs.getString(1), rs.getInt(2), rs.getObject(3, java.time.LocalDate.class)))
                .list();
    }

    /** The SKP as the API and the audit show it. */
    static Skp tampilan(id.aparatur.kinerja.domain.Skp s, String nama) {
        List<Rhk> rhk = new java.util.ArrayList<>();
        for (int i = 0; i < s.rhk().size(); i++) {
            var r = s.rhk().get(i);
            rhk.add(new Rhk(
                    java.util.Objects.requireNonNull(r.id()),
                    i + 1,
                    r.uraian(),
                    r.jenis(),
                    r.rhkAtasanId(),
                    r.indikator().stream()
                            .map(x -> new Indikator(x.aspek(), x.uraian(), x.target()))
                            .toList()));
        }
        var p = s.penilaian();
        return new Skp(
                java.util.Objects.requireNonNull(s.id()),
                s.nip(),
                nama,
                s.tahun(),
                s.periodeEvaluasi(),
                s.penilaiNip(),
                s.status(),
                p.hasilKerja(),
                p.perilakuKerja(),
                p.predikat(),
                s.versi(),
                List.copyOf(rhk),
                p.perilaku().values().stream()
                        .map(x -> new Perilaku(x.nilai(), x.catatan()))
                        .toList(),
                s.penilaiNonPns(),
                List.of());
    }

    /** The NIPs of the atasan chain of {@code nip}, nearest first ({@link #RANTAI_ATASAN}). */
    List<String> rantaiAtasan(String nip) {
        return jdbc.sql(RANTAI_ATASAN + "SELECT nip FROM naik ORDER BY tingkat")
                .param("nip", nip)
                .query(String.class)
                .list();
    }

    private static @Nullable Ekspektasi ekspektasi(ResultSet rs, String kolom) throws SQLException {
        String v = rs.getString(kolom);
        return v == null ? null : Ekspektasi.valueOf(v);
    }

    /**
     * Every SKP of an employee in scope, newest year first, each year followed by its periodic evaluations; ratings
     * are empty until the penilai rates.
     */
    public List<Kinerja> kinerja(String nip) {
        String n = pegawai.detail(cakupan.saatIni(), nip).nip().strip();
        Map<Long, List<Kinerja>> periodik = new HashMap<>();
        Map<Integer, TabelTpp> tpp = new HashMap<>();
        Map<Integer, TabelAngkaKredit> ak = new HashMap<>();
        jdbc.sql("""
                        SELECT e.skp_id, s.tahun, s.periode_evaluasi, s.status, e.periode_ke, e.rating_hasil_kerja,
                          e.rating_perilaku, e.predikat, j.jenis_jabatan, j.jenjang
                        FROM kinerja.evaluasi e JOIN kinerja.skp s ON s.id = e.skp_id
                        LEFT JOIN organisasi.v_jabatan j ON j.id = s.jabatan_id
                        WHERE s.nip = ? ORDER BY e.periode_ke""").param(n).query(rs -> {
            PeriodeEvaluasi pe = PeriodeEvaluasi.valueOf(rs.getString("periode_evaluasi"));
            PredikatKinerja p = PredikatKinerja.valueOf(rs.getString("predikat"));
            periodik.computeIfAbsent(rs.getLong("skp_id"), k -> new java.util.ArrayList<>())
                    .add(new Kinerja(
                            rs.getLong("skp_id"),
                            rs.getInt("tahun"),
                            pe.nama(rs.getInt("periode_ke")),
                            StatusSkp.valueOf(rs.getString("status")),
                            ekspektasi(rs, "rating_hasil_kerja"),
                            ekspektasi(rs, "rating_perilaku"),
                            p,
                            tpp(tpp, rs.getInt("tahun")).persen().get(p),
                            angkaKredit(
                                    ak(ak, rs.getInt("tahun")),
                                    rs.getString("jenis_jabatan"),
                                    rs.getString("jenjang"),
                                    p,
                                    pe.bulan()),
                            false));
        });
        List<Kinerja> hasil = new java.util.ArrayList<>();
        jdbc.sql("""
                        SELECT s.id, s.tahun, s.status, s.rating_hasil_kerja, s.rating_perilaku, s.predikat,
                          j.jenis_jabatan, j.jenjang
                        FROM kinerja.skp s LEFT JOIN organisasi.v_jabatan j ON j.id = s.jabatan_id
                        WHERE s.nip = ? ORDER BY s.tahun DESC""").param(n).query(rs -> {
            StatusSkp status = StatusSkp.valueOf(rs.getString("status"));
            PredikatKinerja p =
                    rs.getString("predikat") == null ? null : PredikatKinerja.valueOf(rs.getString("predikat"));
            hasil.add(new Kinerja(
                    rs.getLong("id"),
                    rs.getInt("tahun"),
                    "TAHUNAN",
                    status,
                    ekspektasi(rs, "rating_hasil_kerja"),
                    ekspektasi(rs, "rating_perilaku"),
                    p,
                    p == null ? null : tpp(tpp, rs.getInt("tahun")).persen().get(p),
                    p == null
                            ? null
                            : angkaKredit(
                                    ak(ak, rs.getInt("tahun")),
                                    rs.getString("jenis_jabatan"),
                                    rs.getString("jenjang"),
                                    p,
                                    12),
                    p != null && TindakLanjut.layakPenghargaan(status, p)));
            hasil.addAll(periodik.getOrDefault(rs.getLong("id"), List.of()));
        });
        return hasil;
    }

    /** The TPP shares in force for {@code tahun} (registry), once per year and call. */
    private TabelTpp tpp(Map<Integer, TabelTpp> cache, int tahun) {
        return cache.computeIfAbsent(tahun, t -> aturan.tpp(t).aturan());
    }

    /** The angka kredit table in force for {@code tahun} (registry), once per year and call. */
    private TabelAngkaKredit ak(Map<Integer, TabelAngkaKredit> cache, int tahun) {
        return cache.computeIfAbsent(tahun, t -> aturan.angkaKredit(t).aturan());
    }

    /** Angka kredit only for a jabatan fungsional with a known jenjang. */
    private static @Nullable BigDecimal angkaKredit(
            TabelAngkaKredit tabel,
            @Nullable String jenisJabatan,
            @Nullable String jenjang,
            PredikatKinerja p,
            int bulan) {
        if (!"FUNGSIONAL".equals(jenisJabatan) || jenjang == null || !tabel.punya(jenjang)) {
            return null;
        }
        return tabel.angkaKredit(jenjang, p, bulan);
    }
}
