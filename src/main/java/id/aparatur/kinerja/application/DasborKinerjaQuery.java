package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.PredikatKinerja;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.RekapKinerja;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of the performance dashboard (/kinerja/dasbor, GET /api/v1/kinerja/dasbor): loads the rows of one OPD
 * (or of the caller's unit subtree) for a year — units, active employees, SKP predikat of the year, the monthly
 * activity summary kept by triggers (V24) — and hands them to {@link RekapKinerja}. Who sees what: ADMIN_BKD and the
 * PPK any OPD; PIMPINAN_OPD their own OPD; ATASAN the subtree of their own unit; anyone else 403. Another OPD than
 * one's own answers 403.
 */
@Service
@Transactional(readOnly = true)
public class DasborKinerjaQuery {

    public record Opd(long id, String nama) {}

    /** Which part of the Pemda a dashboard covers: an OPD, or within it a unit subtree (unitAkar). */
    public record Lingkup(long opdId, String opdNama, @Nullable Long unitAkar, @Nullable String unitAkarNama) {}

    public record Dasbor(Lingkup lingkup, int tahun, @Nullable Integer bulan, List<Opd> pilihanOpd,
            BigDecimal ambangPersen, RekapKinerja.Hasil rekap, Map<Long, String> namaJabatan) {}

    private final JdbcClient jdbc;
    private final CakupanPengguna cakupan;
    private final Clock clock;
    private final BigDecimal ambang;

    DasborKinerjaQuery(JdbcClient jdbc, CakupanPengguna cakupan, Clock clock,
            @Value("${aparatur.kinerja.aktivitas.ambang-kesesuaian:30}") BigDecimal ambang) {
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.clock = clock;
        this.ambang = ambang;
    }

    /** Whether the caller may open a dashboard at all (for the page link and the 403). */
    public boolean bolehMelihat() {
        Cakupan c = cakupan.saatIni();
        return c.punya(Peran.ADMIN_BKD) || c.punya(Peran.PPK) || c.punya(Peran.PIMPINAN_OPD)
                || c.punya(Peran.ATASAN);
    }

    /**
     * @param opd the OPD (null: the caller's own, or for BKD/PPK the first by name)
     * @param tahun the year (null: this year)
     * @param bulan the month of the fit and the signals (null: the whole year)
     */
    public Dasbor dasbor(@Nullable Long opd, @Nullable Integer tahun, @Nullable Integer bulan) {
        Cakupan c = cakupan.saatIni();
        int t = tahun == null ? LocalDate.now(clock).getYear() : tahun;
        if (t < 2000 || t > 2100) {
            throw new ValidasiException("tahun", "dasbor.tahun.rentang");
        }
        if (bulan != null && (bulan < 1 || bulan > 12)) {
            throw new ValidasiException("bulan", "dasbor.bulan.rentang");
        }
        boolean semua = c.punya(Peran.ADMIN_BKD) || c.punya(Peran.PPK);
        List<Opd> pilihan = semua ? jdbc.sql("SELECT id, nama FROM organisasi.opd ORDER BY nama")
                .query((rs, i) -> new Opd(rs.getLong(1), rs.getString(2))).list() : List.of();
        Lingkup lingkup = lingkup(c, semua, opd, pilihan);

        Map<String, Object> p = new HashMap<>();
        p.put("opd", lingkup.opdId());
        p.put("tahun", t);
        p.put("awal", LocalDate.of(t, 1, 1));
        p.put("akhir", LocalDate.of(t, 12, 1));
        String unitUnit;
        String unitPegawai;
        String unitSkp;
        if (lingkup.unitAkar() == null) {
            unitUnit = "u.opd_id = :opd";
            unitPegawai = "true";
            unitSkp = "true";
        } else {
            p.put("akar", lingkup.unitAkar());
            String subtree = """
                    (WITH RECURSIVE sub AS (SELECT id FROM organisasi.unit WHERE id = :akar
                      UNION SELECT u2.id FROM organisasi.unit u2 JOIN sub ON u2.induk_id = sub.id) SELECT id FROM sub)""";
            unitUnit = "u.id IN " + subtree;
            unitPegawai = "p.unit_id IN " + subtree;
            unitSkp = "s.unit_id IN " + subtree;
        }
        List<RekapKinerja.Unit> unit = jdbc.sql("SELECT u.id, u.nama FROM organisasi.unit u WHERE " + unitUnit
                + " ORDER BY u.urutan, u.nama, u.id").params(p)
                .query((rs, i) -> new RekapKinerja.Unit(rs.getLong(1), rs.getString(2))).list();
        List<RekapKinerja.Pegawai> pegawai = jdbc.sql("""
                SELECT p.nip, p.nama, p.unit_id FROM pegawai.pegawai p
                WHERE p.aktif AND p.opd_id = :opd AND p.unit_id IS NOT NULL AND\s""" + unitPegawai).params(p)
                .query((rs, i) -> new RekapKinerja.Pegawai(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        List<RekapKinerja.Penilaian> penilaian = jdbc.sql("""
                SELECT s.nip, s.unit_id, s.predikat FROM kinerja.skp s
                WHERE s.opd_id = :opd AND s.tahun = :tahun AND s.status IN ('DINILAI', 'FINAL')
                  AND s.predikat IS NOT NULL AND\s""" + unitSkp).params(p)
                .query((rs, i) -> new RekapKinerja.Penilaian(rs.getString(1), rs.getObject(2, Long.class),
                        PredikatKinerja.valueOf(rs.getString(3)))).list();
        // Summed per unit and month in SQL (a year of the biggest OPD: ~576,000 employee-months). With the parameters
        // known the planner picks a (parallel) hash join and hash aggregate; the connection's generic plans (ADR 0002)
        // guess a few rows and sort instead: 530 ms against 230 ms at 48,000 employees × 11 months.
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        List<RekapKinerja.RekapUnitBulan> rekapUnit = jdbc.sql("""
                SELECT p.unit_id, extract(month FROM r.bulan)::int, sum(r.menit_efektif), sum(r.menit_sendiri),
                  sum(r.menit_jabatan_lain), sum(r.menit_tanpa_tugas)
                FROM kinerja.rekap_aktivitas_bulan r JOIN pegawai.pegawai p ON p.nip = r.nip
                WHERE p.aktif AND p.opd_id = :opd AND p.unit_id IS NOT NULL AND r.bulan BETWEEN :awal AND :akhir
                  AND\s""" + unitPegawai + " GROUP BY 1, 2").params(p)
                .query((rs, i) -> new RekapKinerja.RekapUnitBulan(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6))).list();
        // per employee only for those with minutes on another jabatan (the re-placement signal)
        List<RekapKinerja.RekapBulan> rekapPegawai = jdbc.sql("""
                SELECT r.nip, extract(month FROM r.bulan)::int, r.menit_efektif, r.menit_sendiri, r.menit_jabatan_lain,
                  r.menit_tanpa_tugas, r.jumlah, r.menit_terverifikasi
                FROM kinerja.rekap_aktivitas_bulan r JOIN pegawai.pegawai p ON p.nip = r.nip
                WHERE p.aktif AND p.opd_id = :opd AND r.bulan BETWEEN :awal AND :akhir
                  AND r.nip IN (SELECT l.nip FROM kinerja.rekap_aktivitas_jabatan_lain l
                                WHERE l.bulan BETWEEN :awal AND :akhir) AND\s""" + unitPegawai)
                .params(p).query((rs, i) -> new RekapKinerja.RekapBulan(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))).list();
        List<RekapKinerja.MenitJabatanLain> lain = jdbc.sql("""
                SELECT r.nip, extract(month FROM r.bulan)::int, r.jabatan_id, r.menit
                FROM kinerja.rekap_aktivitas_jabatan_lain r JOIN pegawai.pegawai p ON p.nip = r.nip
                WHERE p.aktif AND p.opd_id = :opd AND r.bulan BETWEEN :awal AND :akhir AND\s""" + unitPegawai)
                .params(p).query((rs, i) -> new RekapKinerja.MenitJabatanLain(rs.getString(1), rs.getInt(2),
                        rs.getLong(3), rs.getInt(4))).list();
        PredikatOrganisasi org = jdbc.sql("""
                SELECT predikat FROM kinerja.predikat_organisasi WHERE opd_id = :opd AND tahun = :tahun
                ORDER BY id DESC LIMIT 1""").params(p).query(String.class).optional()
                .map(PredikatOrganisasi::valueOf).orElse(null);
        AturanDistribusi aturan = aturan(LocalDate.of(t, 12, 31));
        RekapKinerja.Hasil hasil = RekapKinerja.hitung(unit, pegawai, penilaian, rekapUnit, rekapPegawai, lain, bulan,
                org, aturan, ambang);
        Set<Long> jabatan = new LinkedHashSet<>();
        hasil.sinyal().forEach(s -> jabatan.add(s.jabatanLainId()));
        Map<Long, String> namaJabatan = new LinkedHashMap<>();
        if (!jabatan.isEmpty()) {
            jdbc.sql("SELECT id, nama FROM organisasi.jabatan WHERE id IN (:id)").param("id", jabatan)
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                    .forEach(e -> namaJabatan.put(e.getKey(), e.getValue()));
        }
        return new Dasbor(lingkup, t, bulan, pilihan, ambang, hasil, namaJabatan);
    }

    private Lingkup lingkup(Cakupan c, boolean semua, @Nullable Long opd, List<Opd> pilihan) {
        if (semua) {
            long id = opd != null ? opd : pilihan.isEmpty() ? -1 : pilihan.get(0).id();
            String nama = pilihan.stream().filter(o -> o.id() == id).map(Opd::nama).findFirst()
                    .orElseThrow(() -> new DataTidakDitemukanException("OPD", id));
            return new Lingkup(id, nama, null, null);
        }
        if (c.opdId() == null || (opd != null && !opd.equals(c.opdId()))) {
            throw new AccessDeniedException("Dasbor kinerja hanya untuk OPD sendiri");
        }
        String nama = jdbc.sql("SELECT nama FROM organisasi.opd WHERE id = ?").param(c.opdId()).query(String.class)
                .single();
        if (c.punya(Peran.PIMPINAN_OPD)) {
            return new Lingkup(c.opdId(), nama, null, null);
        }
        if (c.punya(Peran.ATASAN) && c.nip() != null) {
            var unit = jdbc.sql("""
                    SELECT u.id, u.nama FROM pegawai.pegawai p JOIN organisasi.unit u ON u.id = p.unit_id
                    WHERE p.nip = ? AND p.opd_id = ?""").params(c.nip(), c.opdId())
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).optional()
                    .orElseThrow(() -> new AccessDeniedException("Atasan tanpa unit"));
            return new Lingkup(c.opdId(), nama, unit.getKey(), unit.getValue());
        }
        throw new AccessDeniedException("Dasbor kinerja untuk BKD, PPK, pimpinan OPD dan atasan");
    }

    /** The distribution table in force on {@code tanggal} from kinerja.aturan_distribusi (null when none). */
    private @Nullable AturanDistribusi aturan(LocalDate tanggal) {
        record Baris(LocalDate mulai, PredikatOrganisasi org, AturanDistribusi.Jenis jenis, Set<PredikatKinerja> p,
                int persen) {}
        List<Baris> baris = jdbc.sql("""
                SELECT berlaku_mulai, predikat_organisasi, jenis, predikat, persen FROM kinerja.aturan_distribusi
                WHERE berlaku_mulai = (SELECT max(berlaku_mulai) FROM kinerja.aturan_distribusi
                                       WHERE berlaku_mulai <= :tanggal)
                ORDER BY id""").param("tanggal", tanggal).query((rs, i) -> {
                    Set<PredikatKinerja> ps = EnumSet.noneOf(PredikatKinerja.class);
                    for (Object o : (Object[]) rs.getArray(4).getArray()) {
                        ps.add(PredikatKinerja.valueOf(o.toString()));
                    }
                    return new Baris(rs.getObject(1, LocalDate.class), PredikatOrganisasi.valueOf(rs.getString(2)),
                            AturanDistribusi.Jenis.valueOf(rs.getString(3)), ps, rs.getInt(5));
                }).list();
        if (baris.isEmpty()) {
            return null;
        }
        Map<PredikatOrganisasi, List<AturanDistribusi.Batas>> m = new EnumMap<>(PredikatOrganisasi.class);
        for (Baris b : baris) {
            m.computeIfAbsent(b.org(), k -> new ArrayList<>()).add(new AturanDistribusi.Batas(b.jenis(), b.p(),
                    b.persen()));
        }
        return new AturanDistribusi(baris.get(0).mulai(), new TreeMap<>(m));
    }
}
