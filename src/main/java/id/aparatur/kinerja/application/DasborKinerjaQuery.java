package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.RekapKinerja;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
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

    /**
     * Which part of the Pemda a dashboard covers: the whole Pemda (BKD and PPK; its rows are then the OPD), an OPD, or
     * within it a unit subtree (unitAkar).
     *
     * @param opdId the OPD (null for the whole Pemda)
     * @param opdNama the OPD's name, or the Pemda's
     */
    public record Lingkup(
            boolean seluruhPemda,
            @Nullable Long opdId,
            String opdNama,
            @Nullable Long unitAkar,
            @Nullable String unitAkarNama) {}

    /** An OPD whose predikat distribution breaks the rule of its organisational predikat (whole-Pemda view). */
    public record OpdMelanggar(
            long opdId,
            String nama,
            PredikatOrganisasi predikatOrganisasi,
            List<AturanDistribusi.Pelanggaran> pelanggaran) {}

    /**
     * @param pilihanTahun the years with rated SKP in the scope, this year and the shown one, newest first
     * @param adaAktivitas whether activities were logged in the scope in that year (hours, fit and signals)
     * @param aktivitasTerakhir when there were none: the latest month with activities in the scope (null: never)
     * @param opdMelanggar whole Pemda only: the OPD whose distribution breaks their rule (empty otherwise)
     */
    public record Dasbor(
            Lingkup lingkup,
            int tahun,
            @Nullable Integer bulan,
            List<Opd> pilihanOpd,
            List<Integer> pilihanTahun,
            BigDecimal ambangPersen,
            RekapKinerja.Hasil rekap,
            Map<Long, String> namaJabatan,
            boolean adaAktivitas,
            @Nullable YearMonth aktivitasTerakhir,
            List<OpdMelanggar> opdMelanggar) {}

    /** SKP that count for the dashboard: rated (DINILAI) or final, with a predikat. */
    private static final String SKP_DINILAI = "s.status IN ('DINILAI', 'FINAL') AND s.predikat IS NOT NULL";

    private final JdbcClient jdbc;
    private final CakupanPengguna cakupan;
    private final Clock clock;
    private final BigDecimal ambang;
    private final LayananDistribusi distribusi;

    DasborKinerjaQuery(
            JdbcClient jdbc,
            CakupanPengguna cakupan,
            Clock clock,
            PengaturanKinerja pengaturan,
            LayananDistribusi distribusi) {
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.clock = clock;
        this.ambang = pengaturan.ambangKesesuaian();
        this.distribusi = distribusi;
    }

    /** Whether the caller may open a dashboard at all (for the page link and the 403). */
    public boolean bolehMelihat() {
        Cakupan c = cakupan.saatIni();
        return c.punya(Peran.ADMIN_BKD) || c.punya(Peran.PPK) || c.punya(Peran.PIMPINAN_OPD) || c.punya(Peran.ATASAN);
    }

    /**
     * The SQL of one scope: which rows of organisasi.v_unit (alias u), pegawai.v_pegawai (p) and kinerja.skp (s) it
     * covers, and what groups them (the unit, or for the whole Pemda the OPD).
     */
    private record Saring(String unit, String pegawai, String skp, String kelompokPegawai, String kelompokSkp) {}

    /**
     * Opens on data: without a year, the latest year (not after this one) that has rated SKP in the caller's scope;
     * without an OPD, BKD and the PPK see the whole Pemda.
     *
     * @param opd the OPD (null: the caller's own, or for BKD/PPK the whole Pemda)
     * @param tahun the year (null: the latest with ratings, else this year)
     * @param bulan the month of the fit and the signals (null: the whole year)
     */
    public Dasbor dasbor(@Nullable Long opd, @Nullable Integer tahun, @Nullable Integer bulan) {
        Cakupan c = cakupan.saatIni();
        int tahunIni = LocalDate.now(clock).getYear();
        if (tahun != null && (tahun < 2000 || tahun > 2100)) {
            throw new ValidasiException("tahun", "dasbor.tahun.rentang");
        }
        if (bulan != null && (bulan < 1 || bulan > 12)) {
            throw new ValidasiException("bulan", "dasbor.bulan.rentang");
        }
        boolean semua = c.punya(Peran.ADMIN_BKD) || c.punya(Peran.PPK);
        List<Opd> pilihan = semua
                ? jdbc.sql("SELECT id, nama FROM organisasi.v_opd ORDER BY nama")
                        .query((rs, i) -> new Opd(rs.getLong(1), rs.getString(2)))
                        .list()
                : List.of();
        Lingkup lingkup = lingkup(c, semua, opd, pilihan);

        Map<String, Object> p = new HashMap<>();
        Saring saring = saring(lingkup, p);
        p.put("tahunIni", tahunIni);
        List<Integer> tahunDinilai = jdbc.sql("SELECT DISTINCT s.tahun FROM kinerja.skp s WHERE " + SKP_DINILAI
                        + " AND " + saring.skp() + " ORDER BY 1 DESC")
                .params(p)
                .query(Integer.class)
                .list();
        int t = tahun != null
                ? tahun
                : tahunDinilai.stream().filter(x -> x <= tahunIni).findFirst().orElse(tahunIni);
        java.util.TreeSet<Integer> pilihanTahun = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        pilihanTahun.addAll(tahunDinilai);
        pilihanTahun.add(tahunIni);
        pilihanTahun.add(t);

        p.put("tahun", t);
        p.put("awal", LocalDate.of(t, 1, 1));
        p.put("akhir", LocalDate.of(t, 12, 1));
        List<RekapKinerja.Unit> kelompok = lingkup.seluruhPemda()
                ? pilihan.stream()
                        .map(o -> new RekapKinerja.Unit(o.id(), o.nama()))
                        .toList()
                : jdbc.sql("SELECT u.id, u.nama FROM organisasi.v_unit u WHERE " + saring.unit()
                                + " ORDER BY u.urutan, u.nama, u.id")
                        .params(p)
                        .query((rs, i) -> new RekapKinerja.Unit(rs.getLong(1), rs.getString(2)))
                        .list();
        // Counted per group in SQL: the whole Pemda is 60,000 employees, its biggest OPD 48,000.
        String pegawaiAktif = "p.aktif AND p.unit_id IS NOT NULL AND p.opd_id IS NOT NULL AND " + saring.pegawai();
        Map<Long, Integer> jumlahPegawai = new HashMap<>();
        jdbc.sql("SELECT " + saring.kelompokPegawai() + ", count(*) FROM pegawai.v_pegawai p WHERE " + pegawaiAktif
                        + " GROUP BY 1")
                .params(p)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .forEach(e -> jumlahPegawai.put(e.getKey(), e.getValue()));
        List<RekapKinerja.PredikatKelompok> predikat = jdbc.sql("SELECT " + saring.kelompokSkp()
                        + ", s.predikat, count(*) FROM kinerja.skp s WHERE s.tahun = :tahun AND " + SKP_DINILAI
                        + " AND "
                        + saring.skp() + " GROUP BY 1, 2")
                .params(p)
                .query((rs, i) -> new RekapKinerja.PredikatKelompok(
                        rs.getObject(1, Long.class), PredikatKinerja.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
        Map<Long, Integer> dinilaiSekarang = new HashMap<>();
        jdbc.sql("SELECT " + saring.kelompokPegawai() + ", count(*) FROM kinerja.skp s JOIN pegawai.v_pegawai p "
                        + "ON p.nip = s.nip WHERE s.tahun = :tahun AND " + SKP_DINILAI + " AND " + saring.skp()
                        + " AND "
                        + pegawaiAktif + " GROUP BY 1")
                .params(p)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getInt(2)))
                .list()
                .forEach(e -> dinilaiSekarang.put(e.getKey(), e.getValue()));
        // Summed per group and month in SQL (a year of the biggest OPD: ~576,000 employee-months). With the parameters
        // known the planner picks a (parallel) hash join and hash aggregate; the connection's generic plans (ADR 0002)
        // guess a few rows and sort instead: 530 ms against 230 ms at 48,000 employees × 11 months.
        jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
        List<RekapKinerja.RekapUnitBulan> rekapUnit = jdbc.sql(
                        "SELECT " + saring.kelompokPegawai() + """
                , extract(month FROM r.bulan)::int, sum(r.menit_efektif), sum(r.menit_sendiri),
                  sum(r.menit_jabatan_lain), sum(r.menit_tanpa_tugas)
                FROM kinerja.rekap_aktivitas_bulan r JOIN pegawai.v_pegawai p ON p.nip = r.nip
                WHERE r.bulan BETWEEN :awal AND :akhir AND\s""" + pegawaiAktif + " GROUP BY 1, 2")
                .params(p)
                .query((rs, i) -> new RekapKinerja.RekapUnitBulan(
                        rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
        // Ratings are of last year, activities of this one: where the year has none, say where the latest are.
        p.put("hariIni", LocalDate.now(clock));
        LocalDate terakhir = rekapUnit.isEmpty()
                ? jdbc.sql("SELECT max(r.bulan) FROM kinerja.rekap_aktivitas_bulan r "
                                + "JOIN pegawai.v_pegawai p ON p.nip = r.nip WHERE r.bulan <= :hariIni AND "
                                + pegawaiAktif)
                        .params(p)
                        .query((rs, i) -> rs.getObject(1, LocalDate.class))
                        .list()
                        .get(0)
                : null;
        // Rows per employee only for those with minutes on another jabatan (the re-placement signal).
        String calon = " AND p.nip IN (SELECT l.nip FROM kinerja.rekap_aktivitas_jabatan_lain l "
                + "WHERE l.bulan BETWEEN :awal AND :akhir)";
        List<RekapKinerja.Pegawai> calonSinyal = jdbc.sql("SELECT p.nip, p.nama, " + saring.kelompokPegawai()
                        + " FROM pegawai.v_pegawai p WHERE " + pegawaiAktif + calon)
                .params(p)
                .query((rs, i) -> new RekapKinerja.Pegawai(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        List<RekapKinerja.RekapBulan> rekapPegawai = jdbc.sql("""
                SELECT r.nip, extract(month FROM r.bulan)::int, r.menit_efektif, r.menit_sendiri, r.menit_jabatan_lain,
                  r.menit_tanpa_tugas, r.jumlah, r.menit_terverifikasi
                FROM kinerja.rekap_aktivitas_bulan r JOIN pegawai.v_pegawai p ON p.nip = r.nip
                WHERE r.bulan BETWEEN :awal AND :akhir AND\s""" + pegawaiAktif + calon)
                .params(p)
                .query((rs, i) -> new RekapKinerja.RekapBulan(
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8)))
                .list();
        List<RekapKinerja.MenitJabatanLain> lain = jdbc.sql("""
                SELECT r.nip, extract(month FROM r.bulan)::int, r.jabatan_id, r.menit
                FROM kinerja.rekap_aktivitas_jabatan_lain r JOIN pegawai.v_pegawai p ON p.nip = r.nip
                WHERE r.bulan BETWEEN :awal AND :akhir AND\s""" + pegawaiAktif)
                .params(p)
                .query((rs, i) ->
                        new RekapKinerja.MenitJabatanLain(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4)))
                .list();
        Map<Long, PredikatOrganisasi> predikatOrganisasi = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT ON (opd_id) opd_id, predikat FROM kinerja.predikat_organisasi
                WHERE tahun = :tahun AND unit_id IS NULL AND (CAST(:opd AS bigint) IS NULL OR opd_id = :opd)
                ORDER BY opd_id, id DESC""")
                .params(p)
                .query((rs, i) -> Map.entry(rs.getLong(1), PredikatOrganisasi.valueOf(rs.getString(2))))
                .list()
                .forEach(e -> predikatOrganisasi.put(e.getKey(), e.getValue()));
        AturanDistribusi aturan = distribusi.aturanTahun(t).orElse(null);
        RekapKinerja.Hasil hasil = RekapKinerja.hitung(
                kelompok,
                new RekapKinerja.Jumlah(jumlahPegawai, predikat, dinilaiSekarang),
                rekapUnit,
                calonSinyal,
                rekapPegawai,
                lain,
                bulan,
                lingkup.seluruhPemda() ? null : predikatOrganisasi.get(lingkup.opdId()),
                aturan,
                ambang);
        Set<Long> jabatan = new LinkedHashSet<>();
        hasil.sinyal().forEach(s -> jabatan.add(s.jabatanLainId()));
        Map<Long, String> namaJabatan = new LinkedHashMap<>();
        if (!jabatan.isEmpty()) {
            jdbc.sql("SELECT id, nama FROM organisasi.v_jabatan WHERE id IN (:id)")
                    .param("id", jabatan)
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> namaJabatan.put(e.getKey(), e.getValue()));
        }
        return new Dasbor(
                lingkup,
                t,
                bulan,
                pilihan,
                List.copyOf(pilihanTahun),
                ambang,
                hasil,
                namaJabatan,
                !rekapUnit.isEmpty(),
                terakhir == null ? null : YearMonth.from(terakhir),
                lingkup.seluruhPemda() ? melanggar(hasil, predikatOrganisasi, aturan) : List.of());
    }

    /** Per OPD of the whole-Pemda view: its counts against the rule of its organisational predikat. */
    private static List<OpdMelanggar> melanggar(
            RekapKinerja.Hasil hasil, Map<Long, PredikatOrganisasi> org, @Nullable AturanDistribusi aturan) {
        List<OpdMelanggar> m = new ArrayList<>();
        for (RekapKinerja.KinerjaUnit o : hasil.unit()) {
            PredikatOrganisasi po = org.get(o.unitId());
            if (po != null && aturan != null) {
                var v = aturan.periksa(po, o.jumlah());
                if (!v.isEmpty()) {
                    m.add(new OpdMelanggar(o.unitId(), o.nama(), po, v));
                }
            }
        }
        return List.copyOf(m);
    }

    private static Saring saring(Lingkup l, Map<String, Object> p) {
        p.put("opd", l.opdId());
        if (l.seluruhPemda()) {
            return new Saring("true", "true", "true", "p.opd_id", "s.opd_id");
        }
        if (l.unitAkar() == null) {
            return new Saring("u.opd_id = :opd", "p.opd_id = :opd", "s.opd_id = :opd", "p.unit_id", "s.unit_id");
        }
        p.put("akar", l.unitAkar());
        String subtree = """
                (WITH RECURSIVE sub AS (SELECT id FROM organisasi.v_unit WHERE id = :akar
                  UNION SELECT u2.id FROM organisasi.v_unit u2 JOIN sub ON u2.induk_id = sub.id) SELECT id FROM sub)""";
        return new Saring(
                "u.id IN " + subtree,
                "p.opd_id = :opd AND p.unit_id IN " + subtree,
                "s.opd_id = :opd AND s.unit_id IN " + subtree,
                "p.unit_id",
                "s.unit_id");
    }

    private Lingkup lingkup(Cakupan c, boolean semua, @Nullable Long opd, List<Opd> pilihan) {
        if (semua) {
            if (opd == null) {
                String pemda = jdbc.sql("SELECT nama FROM organisasi.v_pemda ORDER BY id LIMIT 1")
                        .query(String.class)
                        .optional()
                        .orElse("");
                return new Lingkup(true, null, pemda, null, null);
            }
            String nama = pilihan.stream()
                    .filter(o -> o.id() == opd)
                    .map(Opd::nama)
                    .findFirst()
                    .orElseThrow(() -> new DataTidakDitemukanException("OPD", opd));
            return new Lingkup(false, opd, nama, null, null);
        }
        if (c.opdId() == null || (opd != null && !opd.equals(c.opdId()))) {
            throw new AccessDeniedException("Dasbor kinerja hanya untuk OPD sendiri");
        }
        String nama = jdbc.sql("SELECT nama FROM organisasi.v_opd WHERE id = ?")
                .param(c.opdId())
                .query(String.class)
                .single();
        if (c.punya(Peran.PIMPINAN_OPD)) {
            return new Lingkup(false, c.opdId(), nama, null, null);
        }
        if (c.punya(Peran.ATASAN) && c.nip() != null) {
            var unit = jdbc.sql("""
                    SELECT u.id, u.nama FROM pegawai.v_pegawai p JOIN organisasi.v_unit u ON u.id = p.unit_id
                    WHERE p.nip = ? AND p.opd_id = ?""")
                    .params(c.nip(), c.opdId())
                    .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .optional()
                    .orElseThrow(() -> new AccessDeniedException("Atasan tanpa unit"));
            return new Lingkup(false, c.opdId(), nama, unit.getKey(), unit.getValue());
        }
        throw new AccessDeniedException("Dasbor kinerja untuk BKD, PPK, pimpinan OPD dan atasan");
    }
}
