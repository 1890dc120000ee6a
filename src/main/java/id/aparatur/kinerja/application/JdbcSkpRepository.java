package id.aparatur.kinerja.application;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.domain.CatatanPerilaku;
import id.aparatur.kinerja.domain.IndikatorRhk;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.KaskadeRhk;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.PenilaiNonPns;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.Rhk;
import id.aparatur.kinerja.domain.Skp;
import id.aparatur.kinerja.domain.SkpRepository;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link SkpRepository} on {@code kinerja.skp} and its parts ({@code rhk}, {@code indikator}, {@code perilaku}) with
 * plain SQL: the SKP row is written by one guarded {@code UPDATE … WHERE id = ? AND versi = ?}; RHK are updated in
 * place (an intervened RHK keeps its id), added or removed, their indicators replaced; perilaku rows are upserted. Only
 * the parts a transition changed are written, so a step never touches what it did not change (the parts of a FINAL SKP
 * are locked by triggers anyway).
 */
@Repository
class JdbcSkpRepository implements SkpRepository {

    private static final String KOLOM = """
            id, nip, tahun, periode_evaluasi, penilai_nip, penilai_nama, penilai_jabatan, opd_id, unit_id, jabatan_id, status, rating_hasil_kerja,
            rating_perilaku, predikat, versi, dibuat_oleh, dibuat_pada, diubah_oleh, diubah_pada, disetujui_pada,
            dinilai_pada, difinalkan_pada""";

    private final JdbcClient jdbc;

    JdbcSkpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Skp> muat(long id) {
        return baca(id, false);
    }

    @Override
    public Skp muatUntukDiubah(long id, @Nullable Integer versiDilihat) {
        Skp skp = baca(id, true).orElseThrow(() -> new DataTidakDitemukanException("SKP", id));
        if (versiDilihat != null && versiDilihat != skp.versi()) {
            throw usang(id);
        }
        return skp;
    }

    private Optional<Skp> baca(long id, boolean kunci) {
        record Baris(
                long id,
                String nip,
                int tahun,
                PeriodeEvaluasi periode,
                @Nullable String penilai,
                @Nullable PenilaiNonPns penilaiNonPns,
                Skp.Tempat tempat,
                StatusSkp status,
                @Nullable Ekspektasi hasil,
                @Nullable Ekspektasi perilaku,
                @Nullable PredikatKinerja predikat,
                int versi,
                Skp.Jejak jejak) {}
        Optional<Baris> baris = jdbc.sql(
                        "SELECT " + KOLOM + " FROM kinerja.skp WHERE id = ?" + (kunci ? " FOR UPDATE" : ""))
                .param(id)
                .query((rs, i) -> new Baris(
                        rs.getLong("id"),
                        rs.getString("nip"),
                        rs.getInt("tahun"),
                        PeriodeEvaluasi.valueOf(rs.getString("periode_evaluasi")),
                        rs.getString("penilai_nip"),
                        rs.getString("penilai_nama") == null
                                ? null
                                : new PenilaiNonPns(rs.getString("penilai_nama"), rs.getString("penilai_jabatan")),
                        new Skp.Tempat(
                                rs.getObject("opd_id", Long.class),
                                rs.getObject("unit_id", Long.class),
                                rs.getObject("jabatan_id", Long.class)),
                        StatusSkp.valueOf(rs.getString("status")),
                        ekspektasi(rs, "rating_hasil_kerja"),
                        ekspektasi(rs, "rating_perilaku"),
                        rs.getString("predikat") == null ? null : PredikatKinerja.valueOf(rs.getString("predikat")),
                        rs.getInt("versi"),
                        new Skp.Jejak(
                                rs.getString("dibuat_oleh"),
                                waktu(rs, "dibuat_pada"),
                                rs.getString("diubah_oleh"),
                                waktu(rs, "diubah_pada"),
                                rs.getObject("disetujui_pada", OffsetDateTime.class),
                                rs.getObject("dinilai_pada", OffsetDateTime.class),
                                rs.getObject("difinalkan_pada", OffsetDateTime.class))))
                .optional();
        return baris.map(b -> Skp.pulihkan(
                b.id(),
                b.nip(),
                b.tahun(),
                b.periode(),
                b.penilai(),
                b.penilaiNonPns(),
                b.tempat(),
                b.status(),
                new Skp.Penilaian(b.hasil(), b.perilaku(), b.predikat(), perilaku(id)),
                rhk(id),
                b.versi(),
                b.jejak()));
    }

    private List<Rhk> rhk(long skpId) {
        Map<Long, List<IndikatorRhk>> indikator = new HashMap<>();
        jdbc.sql("""
                        SELECT i.id, i.rhk_id, i.aspek, i.uraian, i.target FROM kinerja.indikator i
                        JOIN kinerja.rhk r ON r.id = i.rhk_id WHERE r.skp_id = ? ORDER BY i.id""").param(skpId).query(rs -> {
            indikator
                    .computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                    .add(new IndikatorRhk(
                            rs.getLong(1), AspekIndikator.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)));
        });
        return jdbc.sql("SELECT id, uraian, jenis, rhk_atasan_id FROM kinerja.rhk WHERE skp_id = ? ORDER BY urutan, id")
                .param(skpId)
                .query((rs, i) -> new Rhk(
                        rs.getLong(1),
                        rs.getString(2),
                        JenisRhk.valueOf(rs.getString(3)),
                        rs.getObject(4, Long.class),
                        indikator.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private Map<NilaiBerakhlak, CatatanPerilaku> perilaku(long skpId) {
        Map<NilaiBerakhlak, CatatanPerilaku> hasil = new EnumMap<>(NilaiBerakhlak.class);
        jdbc.sql("SELECT nilai, catatan, ekspektasi FROM kinerja.perilaku WHERE skp_id = ?")
                .param(skpId)
                .query(rs -> {
                    NilaiBerakhlak n = NilaiBerakhlak.valueOf(rs.getString(1));
                    hasil.put(n, new CatatanPerilaku(n, rs.getString(2), ekspektasi(rs, "ekspektasi")));
                });
        return hasil;
    }

    @Override
    public Optional<Skp> tambah(Skp skp) {
        Skp.Jejak j = skp.jejak();
        return jdbc.sql("""
                        INSERT INTO kinerja.skp (nip, tahun, periode_evaluasi, penilai_nip, penilai_nama,
                          penilai_jabatan, opd_id, unit_id, jabatan_id, dibuat_pada, dibuat_oleh, diubah_pada, diubah_oleh)
                        VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (nip, tahun) DO NOTHING RETURNING id, versi""")
                .params(
                        skp.nip(),
                        skp.tahun(),
                        skp.periodeEvaluasi().name(),
                        skp.penilaiNip(),
                        skp.penilaiNonPns() == null ? null : skp.penilaiNonPns().nama(),
                        skp.penilaiNonPns() == null ? null : skp.penilaiNonPns().jabatan(),
                        skp.tempat().opdId(),
                        skp.tempat().unitId(),
                        skp.tempat().jabatanId(),
                        j.dibuatPada(),
                        j.dibuatOleh(),
                        j.diubahPada(),
                        j.diubahOleh())
                .query((rs, i) -> skp.tersimpan(rs.getLong(1), rs.getInt(2), List.of()))
                .optional();
    }

    @Override
    public Skp simpan(Skp skp) {
        long id = Objects.requireNonNull(skp.id(), "SKP belum tersimpan");
        Skp.Jejak j = skp.jejak();
        Skp.Penilaian p = skp.penilaian();
        Integer versi = jdbc.sql("""
                        UPDATE kinerja.skp SET status = :status, rating_hasil_kerja = :hasil, rating_perilaku = :perilaku,
                          predikat = :predikat, diubah_oleh = :oleh, diubah_pada = :pada, disetujui_pada = :disetujui,
                          dinilai_pada = :dinilai, difinalkan_pada = :difinalkan, penilai_nip = :penilaiNip,
                          penilai_nama = :penilaiNama, penilai_jabatan = :penilaiJabatan, versi = versi + 1
                        WHERE id = :id AND versi = :versi RETURNING versi""")
                .param("status", skp.status().name())
                .param("hasil", nama(p.hasilKerja()))
                .param("perilaku", nama(p.perilakuKerja()))
                .param("predikat", nama(p.predikat()))
                .param("oleh", j.diubahOleh())
                .param("pada", j.diubahPada())
                .param("disetujui", j.disetujuiPada(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("dinilai", j.dinilaiPada(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("difinalkan", j.difinalkanPada(), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("penilaiNip", skp.penilaiNip(), java.sql.Types.CHAR)
                .param(
                        "penilaiNama",
                        skp.penilaiNonPns() == null ? null : skp.penilaiNonPns().nama(),
                        java.sql.Types.VARCHAR)
                .param(
                        "penilaiJabatan",
                        skp.penilaiNonPns() == null ? null : skp.penilaiNonPns().jabatan(),
                        java.sql.Types.VARCHAR)
                .param("id", id)
                .param("versi", skp.versi())
                .query(Integer.class)
                .optional()
                .orElseThrow(() -> usang(id));
        if (skp.bagianBerubah().contains(Skp.Bagian.PERILAKU)) {
            for (CatatanPerilaku c : p.perilaku().values()) {
                jdbc.sql("""
                                INSERT INTO kinerja.perilaku (skp_id, nilai, catatan, ekspektasi) VALUES (?,?,?,?)
                                ON CONFLICT (skp_id, nilai) DO UPDATE SET catatan = EXCLUDED.catatan,
                                  ekspektasi = EXCLUDED.ekspektasi""")
                        .params(id, c.nilai().name(), c.catatan(), nama(c.ekspektasi()))
                        .update();
            }
        }
        List<Rhk> rhk = skp.bagianBerubah().contains(Skp.Bagian.RHK) ? tulisRhk(id, skp.rhk()) : skp.rhk();
        return skp.tersimpan(id, versi, rhk);
    }

    /** Removes the RHK no longer listed, updates the kept ones in place, adds the new ones; replaces indicators. */
    private List<Rhk> tulisRhk(long skpId, List<Rhk> daftar) {
        Set<Long> lama = new HashSet<>(jdbc.sql("SELECT id FROM kinerja.rhk WHERE skp_id = ?")
                .param(skpId)
                .query(Long.class)
                .list());
        daftar.forEach(r -> lama.remove(r.id()));
        jdbc.sql("DELETE FROM kinerja.indikator WHERE rhk_id IN (SELECT id FROM kinerja.rhk WHERE skp_id = ?)")
                .param(skpId)
                .update();
        if (!lama.isEmpty()) {
            jdbc.sql("DELETE FROM kinerja.rhk WHERE id IN (:id)")
                    .param("id", lama)
                    .update();
        }
        List<Rhk> hasil = new ArrayList<>();
        for (int i = 0; i < daftar.size(); i++) {
            Rhk r = daftar.get(i);
            long rhkId;
            if (r.id() != null) {
                jdbc.sql("UPDATE kinerja.rhk SET urutan = ?, uraian = ?, jenis = ?, rhk_atasan_id = ? WHERE id = ?")
                        .params(i + 1, r.uraian(), r.jenis().name(), r.rhkAtasanId(), r.id())
                        .update();
                rhkId = r.id();
            } else {
                rhkId = jdbc.sql("""
                                INSERT INTO kinerja.rhk (skp_id, urutan, uraian, jenis, rhk_atasan_id) VALUES (?,?,?,?,?)
                                RETURNING id""")
                        .params(skpId, i + 1, r.uraian(), r.jenis().name(), r.rhkAtasanId())
                        .query(Long.class)
                        .single();
            }
            List<IndikatorRhk> indikator = new ArrayList<>();
            for (IndikatorRhk x : r.indikator()) {
                long indikatorId = jdbc.sql("""
                                INSERT INTO kinerja.indikator (rhk_id, aspek, uraian, target) VALUES (?,?,?,?)
                                RETURNING id""")
                        .params(rhkId, x.aspek().name(), x.uraian(), x.target())
                        .query(Long.class)
                        .single();
                indikator.add(new IndikatorRhk(indikatorId, x.aspek(), x.uraian(), x.target()));
            }
            hasil.add(new Rhk(rhkId, r.uraian(), r.jenis(), r.rhkAtasanId(), indikator));
        }
        return hasil;
    }

    @Override
    public Map<Long, KaskadeRhk.RhkAtasan> pemilikRhk(Set<Long> rhkId) {
        Map<Long, KaskadeRhk.RhkAtasan> hasil = new LinkedHashMap<>();
        if (rhkId.isEmpty()) {
            return hasil;
        }
        jdbc.sql(
                        "SELECT r.id, s.nip, s.tahun FROM kinerja.rhk r JOIN kinerja.skp s ON s.id = r.skp_id WHERE r.id IN (:id)")
                .param("id", rhkId)
                .query(rs -> {
                    hasil.put(
                            rs.getLong(1),
                            new KaskadeRhk.RhkAtasan(rs.getString(2).strip(), rs.getInt(3)));
                });
        return hasil;
    }

    @Override
    public Set<Long> diintervensi(Set<Long> rhkId) {
        if (rhkId.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT rhk_atasan_id FROM kinerja.rhk WHERE rhk_atasan_id IN (:id)")
                .param("id", rhkId)
                .query(Long.class)
                .list());
    }

    @Override
    public List<Long> dinilai(long opdId, int tahun) {
        return jdbc.sql("SELECT id FROM kinerja.skp WHERE opd_id = ? AND tahun = ? AND status = 'DINILAI' ORDER BY id")
                .params(opdId, tahun)
                .query(Long.class)
                .list();
    }

    private static KonflikException usang(long id) {
        return new KonflikException("skp.versi-usang", "SKP " + id + " telah diubah orang lain");
    }

    private static @Nullable String nama(@Nullable Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static OffsetDateTime waktu(ResultSet rs, String kolom) throws SQLException {
        return Objects.requireNonNull(rs.getObject(kolom, OffsetDateTime.class));
    }

    private static @Nullable Ekspektasi ekspektasi(ResultSet rs, String kolom) throws SQLException {
        String v = rs.getString(kolom);
        return v == null ? null : Ekspektasi.valueOf(v);
    }
}
