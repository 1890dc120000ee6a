package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.kinerja.domain.AlurSkp.Pihak;
import id.aparatur.kinerja.domain.Ekspektasi;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.PredikatKinerja;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.shared.DataTidakDitemukanException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
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
 * Reads SKP within the user's scope: the owner, their atasan chain, the head of their OPD, BKD (and the Pemda-wide
 * readers) — plus the penilai recorded on the SKP. Anything else answers 404.
 */
@Service
@Transactional(readOnly = true)
public class SkpQuery {

    public record Indikator(AspekIndikator aspek, String uraian, String target) {}

    public record Rhk(long id, int urutan, String uraian, JenisRhk jenis, @Nullable Long rhkAtasanId,
            List<Indikator> indikator) {}

    public record Perilaku(NilaiBerakhlak nilai, String catatan) {}

    public record Skp(long id, String nip, String nama, int tahun, PeriodeEvaluasi periodeEvaluasi,
            @Nullable String penilaiNip, StatusSkp status, @Nullable Ekspektasi hasilKerja,
            @Nullable Ekspektasi perilakuKerja, @Nullable PredikatKinerja predikat, int versi, List<Rhk> rhk,
            List<Perilaku> perilaku) {}

    /** One year's result as other systems read it. */
    public record Kinerja(long skpId, int tahun, String periode, StatusSkp status, @Nullable Ekspektasi hasilKerja,
            @Nullable Ekspektasi perilakuKerja, @Nullable PredikatKinerja predikat) {}

    /** The header of an SKP with the capacities in which the user relates to it. */
    record Kepala(long id, String nip, int tahun, @Nullable String penilaiNip, StatusSkp status, int versi,
            @Nullable Long opdId, Set<Pihak> pihak) {}

    private final JdbcClient jdbc;
    private final PegawaiQuery pegawai;

    SkpQuery(JdbcClient jdbc, PegawaiQuery pegawai) {
        this.jdbc = jdbc;
        this.pegawai = pegawai;
    }

    Kepala kepala(Cakupan c, long id, boolean kunci) {
        Map<String, Object> param = new HashMap<>();
        String cakupan = PredikatCakupan.sql(c, "p", param);
        param.put("id", id);
        param.put("saya", c.nip() == null ? "" : c.nip());
        var baris = jdbc.sql("""
                        SELECT s.id, s.nip, s.tahun, s.penilai_nip, s.status, s.versi, p.opd_id FROM kinerja.skp s
                        JOIN pegawai.pegawai p ON p.nip = s.nip
                        WHERE s.id = :id AND (s.penilai_nip = :saya OR\s""" + cakupan + ")" + (kunci ? " FOR UPDATE OF s" : ""))
                .params(param).query((rs, i) -> {
                    String nip = rs.getString("nip").strip();
                    String penilai = rs.getString("penilai_nip") == null ? null : rs.getString("penilai_nip").strip();
                    Set<Pihak> pihak = EnumSet.noneOf(Pihak.class);
                    if (nip.equals(c.nip())) {
                        pihak.add(Pihak.PEMILIK);
                    }
                    if (penilai != null && penilai.equals(c.nip())) {
                        pihak.add(Pihak.PENILAI);
                    }
                    if (c.pengelola()) {
                        pihak.add(Pihak.BKD);
                    }
                    return new Kepala(rs.getLong("id"), nip, rs.getInt("tahun"), penilai,
                            StatusSkp.valueOf(rs.getString("status")), rs.getInt("versi"),
                            rs.getObject("opd_id", Long.class), pihak);
                }).optional();
        return baris.orElseThrow(() -> new DataTidakDitemukanException("SKP", id));
    }

    public Skp detail(Cakupan c, long id) {
        kepala(c, id, false);
        Map<Long, List<Indikator>> indikator = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT i.rhk_id, i.aspek, i.uraian, i.target FROM kinerja.indikator i
                        JOIN kinerja.rhk r ON r.id = i.rhk_id WHERE r.skp_id = ? ORDER BY i.id""").param(id)
                .query(rs -> {
                    indikator.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new Indikator(
                            AspekIndikator.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4)));
                });
        List<Rhk> rhk = jdbc.sql("SELECT id, urutan, uraian, jenis, rhk_atasan_id FROM kinerja.rhk WHERE skp_id = ?"
                        + " ORDER BY urutan, id").param(id)
                .query((rs, i) -> new Rhk(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        JenisRhk.valueOf(rs.getString(4)), rs.getObject(5, Long.class),
                        indikator.getOrDefault(rs.getLong(1), List.of()))).list();
        List<Perilaku> perilaku = jdbc.sql("SELECT nilai, catatan FROM kinerja.perilaku WHERE skp_id = ?").param(id)
                .query((rs, i) -> new Perilaku(NilaiBerakhlak.valueOf(rs.getString(1)), rs.getString(2))).list()
                .stream().sorted(java.util.Comparator.comparing(Perilaku::nilai)).toList();
        return jdbc.sql("""
                        SELECT s.*, p.nama FROM kinerja.skp s JOIN pegawai.pegawai p ON p.nip = s.nip WHERE s.id = ?""")
                .param(id).query((rs, i) -> new Skp(rs.getLong("id"), rs.getString("nip").strip(),
                        rs.getString("nama"), rs.getInt("tahun"),
                        PeriodeEvaluasi.valueOf(rs.getString("periode_evaluasi")),
                        rs.getString("penilai_nip") == null ? null : rs.getString("penilai_nip").strip(),
                        StatusSkp.valueOf(rs.getString("status")), ekspektasi(rs, "rating_hasil_kerja"),
                        ekspektasi(rs, "rating_perilaku"),
                        rs.getString("predikat") == null ? null : PredikatKinerja.valueOf(rs.getString("predikat")),
                        rs.getInt("versi"), rhk, perilaku)).single();
    }

    private static @Nullable Ekspektasi ekspektasi(ResultSet rs, String kolom) throws SQLException {
        String v = rs.getString(kolom);
        return v == null ? null : Ekspektasi.valueOf(v);
    }

    /** Every SKP of an employee in scope, newest year first; ratings are empty until the penilai rates. */
    public List<Kinerja> kinerja(Cakupan c, String nip) {
        String n = pegawai.detail(c, nip).nip().strip();
        return jdbc.sql("""
                        SELECT id, tahun, status, rating_hasil_kerja, rating_perilaku, predikat FROM kinerja.skp
                        WHERE nip = ? ORDER BY tahun DESC""").param(n)
                .query((rs, i) -> new Kinerja(rs.getLong("id"), rs.getInt("tahun"), "TAHUNAN",
                        StatusSkp.valueOf(rs.getString("status")), ekspektasi(rs, "rating_hasil_kerja"),
                        ekspektasi(rs, "rating_perilaku"),
                        rs.getString("predikat") == null ? null : PredikatKinerja.valueOf(rs.getString("predikat"))))
                .list();
    }
}
