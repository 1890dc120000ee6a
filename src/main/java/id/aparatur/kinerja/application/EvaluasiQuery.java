package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.SkpQuery.Kepala;
import id.aparatur.kinerja.domain.AlurSkp;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.shared.DataTidakDitemukanException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the SKP cycle after agreement, within the same scope as {@link SkpQuery} (404 outside it). */
@Service
@Transactional(readOnly = true)
public class EvaluasiQuery {

    public record Realisasi(
            long id,
            long indikatorId,
            int periodeKe,
            String realisasi,
            @Nullable String bukti,
            @Nullable String catatan,
            String dicatatOleh,
            OffsetDateTime dicatatPada) {}

    public record UmpanBalik(
            long id,
            @Nullable Integer periodeKe,
            @Nullable Long rhkId,
            String isi,
            String oleh,
            @Nullable String olehNip,
            OffsetDateTime dibuatPada) {}

    public record Evaluasi(
            int periodeKe,
            String periode,
            Ekspektasi hasilKerja,
            Ekspektasi perilakuKerja,
            PredikatKinerja predikat,
            @Nullable String catatan,
            String dinilaiOleh,
            OffsetDateTime dinilaiPada) {}

    public record Tinjauan(
            long id,
            @Nullable String peninjauNip,
            String keputusan,
            String catatan,
            String dibuatOleh,
            OffsetDateTime dibuatPada) {}

    public record TindakLanjut(
            long id,
            long skpId,
            String nip,
            String nama,
            int tahun,
            PredikatKinerja predikat,
            String jenis,
            @Nullable String atasanNip,
            String status,
            @Nullable String rencana,
            @Nullable String hasil,
            int versi,
            OffsetDateTime dibukaPada,
            @Nullable OffsetDateTime diselesaikanPada,
            boolean periksaDisiplin,
            @Nullable String penyebab,
            @Nullable OffsetDateTime penyebabDicatatPada) {}

    /** An indicator of the SKP with its id (for recording realisation). */
    public record IndikatorSkp(long id, long rhkId, String rhk, String aspek, String uraian, String target) {}

    /** Everything recorded on an SKP after agreement, and the steps the user may take now. */
    public record Pelaksanaan(
            long skpId,
            StatusSkp status,
            PeriodeEvaluasi periodeEvaluasi,
            Set<Aksi> bolehSaya,
            List<IndikatorSkp> indikator,
            List<Realisasi> realisasi,
            List<UmpanBalik> umpanBalik,
            List<Evaluasi> evaluasi,
            List<Tinjauan> tinjauan,
            @Nullable TindakLanjut tindakLanjut) {}

    public record PredikatOrganisasiTercatat(
            long id,
            long opdId,
            int tahun,
            PredikatOrganisasi predikat,
            String dasar,
            String ditetapkanOleh,
            OffsetDateTime ditetapkanPada,
            @Nullable Long unitId) {}

    /** One step of an RHK's trace upwards: RHK, SASARAN_OPD, SASARAN_PEMDA, TUJUAN_PEMDA, MISI, VISI. */
    public record Jejak(
            String tingkat,
            @Nullable Long id,
            @Nullable String kode,
            String uraian,
            @Nullable String nip,
            @Nullable String nama) {}

    /** The evaluation page of one SKP: the SKP, everything recorded after agreement, and the follow-up form. */
    public record HalamanEvaluasi(SkpQuery.Skp skp, Pelaksanaan pelaksanaan, boolean bolehTindakLanjut) {}

    /** The distribution of an OPD and year and what finalising does when it breaks the rules. */
    public record DistribusiOpd(LayananDistribusi.Distribusi distribusi, KebijakanDistribusi kebijakan) {}

    /**
     * The organisational predikat page: the OPD the user may choose, the chosen OPD (default: their own, else the
     * first) and year (default: last year), what the user may do there, and, for a chosen OPD, its history and
     * distribution.
     */
    public record HalamanPredikatOrganisasi(
            List<OpdPilihan> daftarOpd,
            @Nullable Long opdId,
            int tahun,
            boolean bolehTetapkan,
            boolean bolehFinalkan,
            List<PredikatOrganisasiTercatat> riwayat,
            @Nullable DistribusiOpd distribusi) {}

    private final JdbcClient jdbc;
    private final SkpQuery skp;
    private final LayananDistribusi distribusi;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    EvaluasiQuery(JdbcClient jdbc, SkpQuery skp, LayananDistribusi distribusi, CakupanPengguna cakupan, Clock clock) {
        this.jdbc = jdbc;
        this.skp = skp;
        this.distribusi = distribusi;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    /** The evaluation page of an SKP for the signed-in user (404 outside their scope). */
    public HalamanEvaluasi halaman(long skpId) {
        Cakupan c = cakupan.saatIni();
        Pelaksanaan p = pelaksanaan(c, skpId);
        TindakLanjut tl = p.tindakLanjut();
        return new HalamanEvaluasi(
                skp.detail(c, skpId),
                p,
                tl != null && !"SELESAI".equals(tl.status()) && TindakLanjutSkp.berhak(c, tl.atasanNip()));
    }

    public Pelaksanaan pelaksanaan(long skpId) {
        return pelaksanaan(cakupan.saatIni(), skpId);
    }

    /** The organisational predikat page for the signed-in user. */
    public HalamanPredikatOrganisasi halamanPredikatOrganisasi(@Nullable Long opdId, @Nullable Integer tahun) {
        Cakupan c = cakupan.saatIni();
        List<OpdPilihan> opd = opdTerlihat(c);
        Long dipilih = opdId != null
                ? opdId
                : c.opdId() != null
                        ? c.opdId()
                        : opd.isEmpty() ? null : opd.get(0).id();
        int t = tahun != null ? tahun : Year.now(clock).getValue() - 1;
        return new HalamanPredikatOrganisasi(
                opd,
                dipilih,
                t,
                LayananEvaluasi.bolehMenetapkanPredikatOrganisasi(c),
                LayananSkp.bolehMemfinalkanOpd(c),
                dipilih == null ? List.of() : predikatOrganisasi(c, dipilih, t),
                dipilih == null ? null : new DistribusiOpd(distribusi.periksa(dipilih, t), distribusi.kebijakan()));
    }

    /** The distribution of an OPD and year (404 outside the user's OPD scope). */
    public DistribusiOpd distribusi(long opdId, int tahun) {
        return distribusi(opdId, null, tahun);
    }

    /** The distribution of the group of {@code unitId} (null: the OPD's group) in an OPD and year. */
    public DistribusiOpd distribusi(long opdId, @Nullable Long unitId, int tahun) {
        if (!cakupan.saatIni().melihatOpd(opdId)) {
            throw new DataTidakDitemukanException("OPD", opdId);
        }
        return new DistribusiOpd(distribusi.periksaUnit(opdId, unitId, tahun), distribusi.kebijakan());
    }

    Pelaksanaan pelaksanaan(Cakupan c, long skpId) {
        Kepala k = skp.kepala(c, skpId);
        Set<Aksi> boleh = AlurSkp.boleh(k.status(), k.pihak());
        List<IndikatorSkp> indikator = jdbc.sql("""
                        SELECT i.id, r.id, r.uraian, i.aspek, i.uraian, i.target FROM kinerja.indikator i
                        JOIN kinerja.rhk r ON r.id = i.rhk_id WHERE r.skp_id = ? ORDER BY r.urutan, r.id, i.id""")
                .param(skpId)
                .query((rs, i) -> new IndikatorSkp(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
        List<Realisasi> realisasi = jdbc.sql("""
                        SELECT id, indikator_id, periode_ke, realisasi, bukti, catatan, dicatat_oleh, dicatat_pada
                        FROM kinerja.realisasi WHERE skp_id = ? ORDER BY periode_ke, indikator_id, id""")
                .param(skpId)
                .query((rs, i) -> new Realisasi(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
        List<UmpanBalik> umpanBalik = jdbc.sql("""
                        SELECT id, periode_ke, rhk_id, isi, oleh, oleh_nip, dibuat_pada FROM kinerja.umpan_balik
                        WHERE skp_id = ? ORDER BY id""")
                .param(skpId)
                .query((rs, i) -> new UmpanBalik(
                        rs.getLong(1),
                        rs.getObject(2, Integer.class),
                        rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6) == null ? null : rs.getString(6).strip(),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
        List<Evaluasi> evaluasi = jdbc.sql("""
                        SELECT periode_ke, rating_hasil_kerja, rating_perilaku, predikat, catatan, dinilai_oleh,
                          dinilai_pada FROM kinerja.evaluasi WHERE skp_id = ? ORDER BY periode_ke""")
                .param(skpId)
                .query((rs, i) -> new Evaluasi(
                        rs.getInt(1),
                        k.periodeEvaluasi().nama(rs.getInt(1)),
                        Ekspektasi.valueOf(rs.getString(2)),
                        Ekspektasi.valueOf(rs.getString(3)),
                        PredikatKinerja.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
        List<Tinjauan> tinjauan = jdbc.sql("""
                        SELECT id, peninjau_nip, keputusan, catatan, dibuat_oleh, dibuat_pada FROM kinerja.tinjauan
                        WHERE skp_id = ? ORDER BY id""")
                .param(skpId)
                .query((rs, i) -> new Tinjauan(
                        rs.getLong(1),
                        rs.getString(2) == null ? null : rs.getString(2).strip(),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class)))
                .list();
        List<TindakLanjut> tl = tindakLanjut("t.skp_id = :skp", Map.of("skp", skpId));
        return new Pelaksanaan(
                skpId,
                k.status(),
                k.periodeEvaluasi(),
                boleh,
                indikator,
                realisasi,
                umpanBalik,
                evaluasi,
                tinjauan,
                tl.isEmpty() ? null : tl.get(0));
    }

    /**
     * Follow-ups the user handles or oversees: the ones they are the atasan of, plus for BKD all (optionally of one
     * OPD and year), newest first, at most 500.
     */
    public List<TindakLanjut> daftarTindakLanjut(
            @Nullable Long opdId, @Nullable Integer tahun, @Nullable String status) {
        Cakupan c = cakupan.saatIni();
        Map<String, Object> param = new HashMap<>();
        List<String> syarat = new ArrayList<>();
        if (c.semuaOpd()) {
            syarat.add("true");
        } else {
            param.put("saya", c.nip() == null ? "" : c.nip());
            syarat.add("(t.atasan_nip = :saya OR " + PredikatCakupan.sql(c, "p", param) + ")");
        }
        if (opdId != null) {
            syarat.add("s.opd_id = :opd");
            param.put("opd", opdId);
        }
        if (tahun != null) {
            syarat.add("t.tahun = :tahun");
            param.put("tahun", tahun);
        }
        if (status != null && !status.isBlank()) {
            syarat.add("t.status = :status");
            param.put("status", status.strip());
        }
        return tindakLanjut(String.join(" AND ", syarat), param);
    }

    private List<TindakLanjut> tindakLanjut(String where, Map<String, Object> param) {
        return jdbc.sql("""
                        SELECT t.*, p.nama FROM kinerja.tindak_lanjut t JOIN pegawai.v_pegawai p ON p.nip = t.nip
                        JOIN kinerja.skp s ON s.id = t.skp_id
                        WHERE\s""" + where + " ORDER BY t.id DESC LIMIT 500")
                .params(param)
                .query((rs, i) -> new TindakLanjut(
                        rs.getLong("id"),
                        rs.getLong("skp_id"),
                        rs.getString("nip").strip(),
                        rs.getString("nama"),
                        rs.getInt("tahun"),
                        PredikatKinerja.valueOf(rs.getString("predikat")),
                        rs.getString("jenis"),
                        rs.getString("atasan_nip") == null
                                ? null
                                : rs.getString("atasan_nip").strip(),
                        rs.getString("status"),
                        rs.getString("rencana"),
                        rs.getString("hasil"),
                        rs.getInt("versi"),
                        rs.getObject("dibuka_pada", OffsetDateTime.class),
                        rs.getObject("diselesaikan_pada", OffsetDateTime.class),
                        rs.getBoolean("periksa_disiplin"),
                        rs.getString("penyebab"),
                        rs.getObject("penyebab_dicatat_pada", OffsetDateTime.class)))
                .list();
    }

    /** The organisational predikat set for an OPD and year, newest (in force) first; 404 outside the OPD scope. */
    public List<PredikatOrganisasiTercatat> predikatOrganisasi(long opdId, int tahun) {
        return predikatOrganisasi(cakupan.saatIni(), opdId, tahun);
    }

    private List<PredikatOrganisasiTercatat> predikatOrganisasi(Cakupan c, long opdId, int tahun) {
        if (!c.melihatOpd(opdId)) {
            throw new DataTidakDitemukanException("OPD", opdId);
        }
        return jdbc.sql("""
                        SELECT id, opd_id, tahun, predikat, dasar, ditetapkan_oleh, ditetapkan_pada, unit_id
                        FROM kinerja.predikat_organisasi WHERE opd_id = ? AND tahun = ?
                        ORDER BY unit_id NULLS FIRST, id DESC""")
                .params(opdId, tahun)
                .query((rs, i) -> new PredikatOrganisasiTercatat(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        PredikatOrganisasi.valueOf(rs.getString(4)),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8, Long.class)))
                .list();
    }

    /**
     * The trace of an RHK upwards: the RHK, the atasan's RHK it intervenes (and so on up), then the OPD sasaran named
     * on the highest RHK that names one (else the sasaran of the top owner's jabatan), its Pemda sasaran, tujuan, misi
     * and the Pemda's visi, as far as data exists.
     */
    public List<Jejak> jejak(long rhkId) {
        Cakupan c = cakupan.saatIni();
        Long skpId = jdbc.sql("SELECT skp_id FROM kinerja.rhk WHERE id = ?")
                .param(rhkId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("RHK", rhkId));
        skp.kepala(c, skpId);
        List<Jejak> hasil = new ArrayList<>();
        Long[] sasaran = {null};
        Long[] jabatanPuncak = {null};
        jdbc.sql("""
                        WITH RECURSIVE naik(id, tingkat) AS (
                          SELECT ?::bigint, 0
                          UNION ALL SELECT r.rhk_atasan_id, n.tingkat + 1 FROM kinerja.rhk r JOIN naik n ON r.id = n.id
                          WHERE r.rhk_atasan_id IS NOT NULL AND n.tingkat < 30)
                        SELECT r.id, r.uraian, r.sasaran_opd_id, s.nip, p.nama, j.sasaran_opd_id FROM naik n
                        JOIN kinerja.rhk r ON r.id = n.id JOIN kinerja.skp s ON s.id = r.skp_id
                        JOIN pegawai.v_pegawai p ON p.nip = s.nip
                        LEFT JOIN organisasi.v_jabatan j ON j.id = s.jabatan_id ORDER BY n.tingkat""").param(rhkId).query(rs -> {
            hasil.add(new Jejak(
                    "RHK", rs.getLong(1), null, rs.getString(2), rs.getString(4).strip(), rs.getString(5)));
            Long so = rs.getObject(3, Long.class);
            if (so != null) {
                sasaran[0] = so;
            }
            jabatanPuncak[0] = rs.getObject(6, Long.class);
        });
        if (sasaran[0] == null) {
            // no RHK names an OPD sasaran: the sasaran of the top RHK owner's jabatan (from the Anjab), if any
            sasaran[0] = jabatanPuncak[0];
        }
        if (sasaran[0] != null) {
            jdbc.sql("""
                            SELECT sasaran_opd_id, sasaran_opd_kode, sasaran_opd_uraian, sasaran_pemda_id,
                              sasaran_pemda_kode, sasaran_pemda_uraian, tujuan_pemda_id, tujuan_pemda_kode,
                              tujuan_pemda_uraian, misi_id, misi_nomor, misi_uraian, pemda_id, visi
                            FROM organisasi.v_jejak_sasaran_opd WHERE sasaran_opd_id = ?
                              AND pemda_id IS NOT NULL""").param(sasaran[0]).query(rs -> {
                hasil.add(new Jejak("SASARAN_OPD", rs.getLong(1), rs.getString(2), rs.getString(3), null, null));
                hasil.add(new Jejak("SASARAN_PEMDA", rs.getLong(4), rs.getString(5), rs.getString(6), null, null));
                hasil.add(new Jejak("TUJUAN_PEMDA", rs.getLong(7), rs.getString(8), rs.getString(9), null, null));
                hasil.add(
                        new Jejak("MISI", rs.getLong(10), String.valueOf(rs.getInt(11)), rs.getString(12), null, null));
                hasil.add(new Jejak("VISI", rs.getLong(13), null, rs.getString(14), null, null));
            });
        }
        return hasil;
    }

    public record OpdPilihan(long id, String nama) {}

    /** The active OPD the user may see (all for the Pemda-wide readers), by name. */
    private List<OpdPilihan> opdTerlihat(Cakupan c) {
        return jdbc.sql("SELECT id, nama FROM organisasi.v_opd WHERE aktif AND (? OR id = ?) ORDER BY nama")
                .params(c.semuaOpd(), c.opdId() == null ? -1L : c.opdId())
                .query((rs, i) -> new OpdPilihan(rs.getLong(1), rs.getString(2)))
                .list();
    }
}
