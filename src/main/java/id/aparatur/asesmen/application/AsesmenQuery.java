package id.aparatur.asesmen.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.asesmen.domain.Kesenjangan;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side: assessment history, current levels, gap/JPM against any jabatan — always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class AsesmenQuery {

    /** The current level of one competency and the measurement it comes from. */
    public record LevelTerkini(String kode, String nama, String jenis, int level, LocalDate tanggal, long asesmenId) {}

    /**
     * Gap of an employee against a jabatan (their own when none is given), on a reference date, with the registry
     * version of the JPM bands that categorised it.
     */
    public record HasilKesenjangan(
            PegawaiBaris pegawai,
            JabatanRingkas jabatan,
            boolean jabatanSendiri,
            Kesenjangan kesenjangan,
            Map<String, String> namaKompetensi,
            LocalDate tanggalAcuan,
            VersiAturan aturanJpm) {}

    private final JdbcClient jdbc;
    private final PegawaiQuery pegawai;
    private final StrukturOrganisasi organisasi;
    private final KamusKompetensi kamus;
    private final AturanJpm aturanJpm;
    private final Clock clock;

    AsesmenQuery(
            JdbcClient jdbc,
            PegawaiQuery pegawai,
            StrukturOrganisasi organisasi,
            KamusKompetensi kamus,
            AturanJpm aturanJpm,
            Clock clock) {
        this.jdbc = jdbc;
        this.pegawai = pegawai;
        this.organisasi = organisasi;
        this.kamus = kamus;
        this.aturanJpm = aturanJpm;
        this.clock = clock;
    }

    /** The JPM bands in force today. */
    public BatasJpm batas() {
        return aturanJpm.hariIni().batas();
    }

    /** Every measurement of the employee, newest first, cancelled ones included. */
    public List<Asesmen> riwayat(Cakupan c, String nip) {
        PegawaiBaris p = pegawai.detail(c, nip);
        Map<Long, Map<String, Integer>> level = new HashMap<>();
        jdbc.sql("""
                        SELECT l.asesmen_id, l.kompetensi_kode, l.level FROM asesmen.asesmen_level l
                        JOIN asesmen.asesmen a ON a.id = l.asesmen_id WHERE a.nip = ?""").param(p.nip()).query((java.sql.ResultSet rs) -> {
            level.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        return jdbc.sql("SELECT * FROM asesmen.asesmen WHERE nip = ? ORDER BY tanggal DESC, id DESC")
                .param(p.nip())
                .query((rs, i) -> new Asesmen(
                        rs.getLong("id"),
                        rs.getString("nip"),
                        rs.getObject("tanggal", LocalDate.class),
                        SumberAsesmen.valueOf(rs.getString("sumber")),
                        rs.getString("asesor"),
                        rs.getString("catatan"),
                        rs.getString("bukti"),
                        level.getOrDefault(rs.getLong("id"), Map.of()),
                        rs.getObject("dicatat_pada", OffsetDateTime.class),
                        rs.getString("dicatat_oleh"),
                        rs.getObject("dibatalkan_pada", OffsetDateTime.class),
                        rs.getString("dibatalkan_oleh"),
                        rs.getString("alasan_batal")))
                .list();
    }

    /** The current level per competency: the latest valid measurement. */
    public List<LevelTerkini> levelTerkini(Cakupan c, String nip) {
        PegawaiBaris p = pegawai.detail(c, nip);
        Map<String, KompetensiRingkas> k = kamus.semua();
        return jdbc.sql("SELECT kompetensi_kode, level, tanggal, asesmen_id FROM asesmen.level_terkini WHERE nip = ? "
                        + "ORDER BY kompetensi_kode")
                .param(p.nip())
                .query((rs, i) -> {
                    String kode = rs.getString(1);
                    KompetensiRingkas kr = k.get(kode);
                    return new LevelTerkini(
                            kode,
                            kr == null ? kode : kr.nama(),
                            kr == null ? "" : kr.jenis().name(),
                            rs.getInt(2),
                            rs.getObject(3, LocalDate.class),
                            rs.getLong(4));
                })
                .list();
    }

    /** Current levels without scope check, for use cases that already checked it. */
    Map<String, Integer> level(String nip) {
        Map<String, Integer> m = new HashMap<>();
        jdbc.sql("SELECT kompetensi_kode, level FROM asesmen.level_terkini WHERE nip = ?")
                .param(nip)
                .query((java.sql.ResultSet rs) -> {
                    m.put(rs.getString(1), rs.getInt(2));
                });
        return m;
    }

    /**
     * Gap and JPM of the employee against {@code jabatanId}, or against their current jabatan when null.
     *
     * @throws ValidasiException when no jabatan is given and the employee holds none
     */
    public HasilKesenjangan kesenjangan(Cakupan c, String nip, @Nullable Long jabatanId) {
        return kesenjangan(c, nip, jabatanId, null);
    }

    /**
     * Like {@link #kesenjangan(Cakupan, String, Long)} on a reference date (today when null): the JPM category uses
     * the bands in force on that date ({@link AturanJpm}), and the result names their version.
     */
    public HasilKesenjangan kesenjangan(
            Cakupan c, String nip, @Nullable Long jabatanId, @Nullable LocalDate tanggalAcuan) {
        LocalDate acuan = tanggalAcuan == null ? LocalDate.now(clock) : tanggalAcuan;
        AturanJpm.PitaBerlaku pita = aturanJpm.pada(acuan);
        PegawaiBaris p = pegawai.detail(c, nip);
        Long id = jabatanId != null ? jabatanId : p.jabatanId();
        if (id == null) {
            throw new ValidasiException("jabatan", "asesmen.kesenjangan.tanpa-jabatan");
        }
        JabatanRingkas j = organisasi.jabatan(id).orElseThrow(() -> new DataTidakDitemukanException("Jabatan", id));
        List<Kesenjangan.Standar> skj = organisasi.standarKompetensi(id).stream()
                .map(s -> new Kesenjangan.Standar(s.kode(), s.level(), s.bobot()))
                .toList();
        Map<String, String> nama = new LinkedHashMap<>();
        Map<String, KompetensiRingkas> k = kamus.semua();
        skj.forEach(s ->
                nama.put(s.kode(), k.containsKey(s.kode()) ? k.get(s.kode()).nama() : s.kode()));
        return new HasilKesenjangan(
                p,
                j,
                id.equals(p.jabatanId()),
                Kesenjangan.hitung(skj, level(p.nip()), pita.batas()),
                nama,
                acuan,
                pita.versi());
    }

    /** Scope-filtered employee NIPs for a list filter, used by the skill matrix (see {@link MatriksQuery}). */
    static String predikat(Cakupan c, Map<String, Object> param) {
        return PredikatCakupan.sql(c, "p", param);
    }

    static BigDecimal persen(long capaian, long standar) {
        return standar == 0
                ? new BigDecimal("100.00")
                : BigDecimal.valueOf(capaian * 100)
                        .divide(BigDecimal.valueOf(standar), 2, java.math.RoundingMode.HALF_UP);
    }
}
