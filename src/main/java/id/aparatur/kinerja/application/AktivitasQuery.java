package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kinerja.domain.JamEfektif;
import id.aparatur.kinerja.domain.KesesuaianJabatan;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the laporan aktivitas harian within the caller's scope (self, the atasan chain, the OPD head, BKD; the same
 * rule as every employee page): an employee outside it answers 404.
 */
@Service
@Transactional(readOnly = true)
public class AktivitasQuery {

    /** Longest period one list request may cover, in days. */
    public static final int BATAS_RENTANG_HARI = 92;

    public record AktivitasBaris(
            long id,
            String nip,
            LocalDate tanggal,
            LocalTime mulai,
            LocalTime selesai,
            int menit,
            String uraian,
            @Nullable String keluaran,
            @Nullable Long jabatanId,
            @Nullable String jabatanNama,
            @Nullable Integer uraianTugasKe,
            @Nullable String uraianTugas,
            @Nullable Long rhkId,
            String status,
            @Nullable String diverifikasiOleh,
            @Nullable OffsetDateTime diverifikasiPada,
            @Nullable String alasanTolak,
            String dicatatOleh,
            OffsetDateTime dicatatPada) {}

    public record JamHarian(LocalDate tanggal, int menit, BigDecimal jam) {}

    public record JabatanLain(long id, String nama, BigDecimal persen) {}

    /**
     * A month's summary of one employee: effective hours per day and in total (not rejected activities), the verified
     * part, the fit to the own jabatan and the other jabatan signal.
     */
    public record Ringkasan(
            String nip,
            String nama,
            YearMonth bulan,
            List<JamHarian> perHari,
            int totalMenit,
            BigDecimal totalJam,
            int menitTerverifikasi,
            int menitSendiri,
            int menitJabatanLain,
            int menitTanpaTugas,
            @Nullable BigDecimal persenSesuai,
            @Nullable JabatanLain jabatanLain,
            boolean sinyalPenempatan,
            BigDecimal ambangPersen) {}

    private final JdbcClient jdbc;
    private final CakupanPengguna cakupan;
    private final Clock clock;
    private final BigDecimal ambang;

    AktivitasQuery(JdbcClient jdbc, CakupanPengguna cakupan, Clock clock, PengaturanKinerja pengaturan) {
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.clock = clock;
        this.ambang = pengaturan.ambangKesesuaian();
    }

    /**
     * The employee's own day page: whether the caller is an employee, the task lines and RHK an activity may name,
     * and the day's activities.
     */
    public record HalamanHari(
            boolean punyaNip,
            List<PilihanTugas> pilihanTugas,
            List<PilihanRhk> pilihanRhk,
            List<AktivitasBaris> daftar) {}

    /** The atasan's verification page of one day. */
    public record HalamanVerifikasi(boolean punyaNip, List<AktivitasBawahan> daftar) {}

    public HalamanHari halamanHari(LocalDate tanggal) {
        boolean punyaNip = cakupan.saatIni().nip() != null;
        return new HalamanHari(
                punyaNip,
                pilihanTugas(),
                rhkSendiri(tanggal.getYear()),
                punyaNip ? daftar(null, tanggal, tanggal) : List.of());
    }

    public HalamanVerifikasi halamanVerifikasi(LocalDate tanggal) {
        return new HalamanVerifikasi(cakupan.saatIni().nip() != null, bawahan(tanggal));
    }

    /**
     * @param nip whose activities (null: the caller's own)
     * @param dari first day (null: today)
     * @param sampai last day (null: {@code dari})
     */
    public List<AktivitasBaris> daftar(@Nullable String nip, @Nullable LocalDate dari, @Nullable LocalDate sampai) {
        Cakupan c = cakupan.saatIni();
        String n = nipTerlihat(c, nip);
        LocalDate d = dari == null ? LocalDate.now(clock) : dari;
        LocalDate s = sampai == null ? d : sampai;
        if (s.isBefore(d)) {
            throw new ValidasiException("sampai", "aktivitas.rentang.terbalik");
        }
        if (ChronoUnit.DAYS.between(d, s) >= BATAS_RENTANG_HARI) {
            throw new ValidasiException("sampai", "aktivitas.rentang.terlalu-panjang");
        }
        return jdbc.sql("""
                SELECT a.*, j.nama AS jabatan_nama, j.uraian_tugas FROM kinerja.aktivitas a
                LEFT JOIN organisasi.v_jabatan j ON j.id = a.jabatan_id
                WHERE a.nip = :nip AND a.tanggal BETWEEN :dari AND :sampai ORDER BY a.tanggal, a.mulai, a.id""")
                .param("nip", n)
                .param("dari", d)
                .param("sampai", s)
                .query((rs, i) -> baris(rs))
                .list();
    }

    /** An activity of a direct subordinate, with the subordinate's name, for the atasan's verification page. */
    public record AktivitasBawahan(String nama, AktivitasBaris aktivitas) {}

    /**
     * The activities logged on {@code tanggal} by the caller's direct subordinates (pegawai.atasan_nip = the caller),
     * those still waiting for verification first.
     */
    public List<AktivitasBawahan> bawahan(LocalDate tanggal) {
        String nip = cakupan.saatIni().nip();
        if (nip == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT a.*, j.nama AS jabatan_nama, j.uraian_tugas, p.nama AS nama_pegawai FROM kinerja.aktivitas a
                JOIN pegawai.v_pegawai p ON p.nip = a.nip
                LEFT JOIN organisasi.v_jabatan j ON j.id = a.jabatan_id
                WHERE p.atasan_nip = :atasan AND p.aktif AND a.tanggal = :tanggal
                ORDER BY a.status <> 'DICATAT', p.nama, a.nip, a.mulai, a.id""")
                .param("atasan", nip)
                .param("tanggal", tanggal)
                .query((rs, i) -> new AktivitasBawahan(rs.getString("nama_pegawai"), baris(rs)))
                .list();
    }

    /** One jabatan whose uraian tugas an activity may name: the caller's own first, then others of the same OPD. */
    public record PilihanTugas(long jabatanId, String jabatanNama, boolean sendiri, List<String> butir) {}

    /**
     * The task lines the caller may link an activity to: those of their own jabatan and, for work that really belongs
     * to another position (the re-placement signal), those of the other active jabatan of the same OPD.
     */
    public List<PilihanTugas> pilihanTugas() {
        String nip = cakupan.saatIni().nip();
        if (nip == null) {
            return List.of();
        }
        return jdbc
                .sql("""
                SELECT j.id, j.nama, j.id = p.jabatan_id AS sendiri, j.uraian_tugas
                FROM pegawai.v_pegawai p JOIN organisasi.v_jabatan j ON j.opd_id = p.opd_id
                WHERE p.nip = ? AND (j.id = p.jabatan_id OR (j.aktif AND j.uraian_tugas IS NOT NULL))
                ORDER BY j.id <> p.jabatan_id, j.nama, j.id""")
                .param(nip)
                .query((rs, i) -> new PilihanTugas(
                        rs.getLong(1), rs.getString(2), rs.getBoolean(3), ButirTugas.pisah(rs.getString(4))))
                .list()
                .stream()
                .filter(t -> t.sendiri() || !t.butir().isEmpty())
                .toList();
    }

    /** An RHK of the caller's own SKP, to link an activity to. */
    public record PilihanRhk(long id, String uraian) {}

    /** The RHK of the caller's SKP of {@code tahun}, in order (empty without one). */
    public List<PilihanRhk> rhkSendiri(int tahun) {
        String nip = cakupan.saatIni().nip();
        if (nip == null) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT r.id, r.uraian FROM kinerja.rhk r JOIN kinerja.skp s ON s.id = r.skp_id
                WHERE s.nip = ? AND s.tahun = ? ORDER BY r.jenis, r.urutan, r.id""")
                .params(nip, tahun)
                .query((rs, i) -> new PilihanRhk(rs.getLong(1), rs.getString(2)))
                .list();
    }

    private static AktivitasBaris baris(java.sql.ResultSet rs) throws java.sql.SQLException {
        LocalTime m = rs.getObject("mulai", LocalTime.class);
        LocalTime e = rs.getObject("selesai", LocalTime.class);
        Integer ke = rs.getObject("uraian_tugas_ke", Integer.class);
        List<String> butir = ButirTugas.pisah(rs.getString("uraian_tugas"));
        return new AktivitasBaris(
                rs.getLong("id"),
                rs.getString("nip"),
                rs.getObject("tanggal", LocalDate.class),
                m,
                e,
                (int) Duration.between(m, e).toMinutes(),
                rs.getString("uraian"),
                rs.getString("keluaran"),
                rs.getObject("jabatan_id", Long.class),
                rs.getString("jabatan_nama"),
                ke,
                ke != null && ke >= 1 && ke <= butir.size() ? butir.get(ke - 1) : null,
                rs.getObject("rhk_id", Long.class),
                rs.getString("status"),
                rs.getString("diverifikasi_oleh"),
                rs.getObject("diverifikasi_pada", OffsetDateTime.class),
                rs.getString("alasan_tolak"),
                rs.getString("dicatat_oleh"),
                rs.getObject("dicatat_pada", OffsetDateTime.class));
    }

    public Ringkasan ringkasan(@Nullable String nip, YearMonth bulan) {
        Cakupan c = cakupan.saatIni();
        String n = nipTerlihat(c, nip);
        String nama = jdbc.sql("SELECT nama FROM pegawai.v_pegawai WHERE nip = ?")
                .param(n)
                .query(String.class)
                .single();
        record Baris(
                LocalDate tanggal,
                LocalTime mulai,
                LocalTime selesai,
                @Nullable Long jp,
                @Nullable Long jt,
                boolean terverifikasi) {}
        List<Baris> baris = jdbc.sql("""
                SELECT tanggal, mulai, selesai, jabatan_pegawai_id, jabatan_id, status = 'DIVERIFIKASI'
                FROM kinerja.aktivitas WHERE nip = :nip AND tanggal BETWEEN :dari AND :sampai AND status <> 'DITOLAK'""")
                .param("nip", n)
                .param("dari", bulan.atDay(1))
                .param("sampai", bulan.atEndOfMonth())
                .query((rs, i) -> new Baris(
                        rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalTime.class),
                        rs.getObject(3, LocalTime.class),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class),
                        rs.getBoolean(6)))
                .list();
        List<JamEfektif.Selang> semua = new ArrayList<>();
        List<JamEfektif.Selang> verif = new ArrayList<>();
        List<KesesuaianJabatan.Butir> butir = new ArrayList<>();
        for (Baris b : baris) {
            var s = new JamEfektif.Selang(b.tanggal(), b.mulai(), b.selesai());
            semua.add(s);
            if (b.terverifikasi()) {
                verif.add(s);
            }
            butir.add(new KesesuaianJabatan.Butir(b.jp(), b.jt(), (int)
                    Duration.between(b.mulai(), b.selesai()).toMinutes()));
        }
        JamEfektif.Hasil jam = JamEfektif.hitung(semua);
        KesesuaianJabatan.Hasil fit = KesesuaianJabatan.hitung(butir, ambang);
        List<JamHarian> perHari = new ArrayList<>();
        jam.menitPerHari().forEach((t, m) -> perHari.add(new JamHarian(t, m, jamDari(m))));
        JabatanLain lain = null;
        if (fit.jabatanLainId() != null) {
            String namaJabatan = jdbc.sql("SELECT nama FROM organisasi.v_jabatan WHERE id = ?")
                    .param(fit.jabatanLainId())
                    .query(String.class)
                    .single();
            lain = new JabatanLain(fit.jabatanLainId(), namaJabatan, fit.persenJabatanLain());
        }
        return new Ringkasan(
                n,
                nama,
                bulan,
                perHari,
                jam.totalMenit(),
                jamDari(jam.totalMenit()),
                JamEfektif.hitung(verif).totalMenit(),
                fit.menitSendiri(),
                fit.menitJabatanLain(),
                fit.menitTanpaTugas(),
                fit.persenSesuai(),
                lain,
                fit.sinyalPenempatan(),
                ambang);
    }

    /** The lines of the caller's own jabatan's uraian tugas (numbered from 1), empty without a jabatan. */
    public List<String> butirTugasSendiri() {
        String nip = cakupan.saatIni().nip();
        if (nip == null) {
            return List.of();
        }
        return ButirTugas.pisah(
                jdbc.sql("""
                SELECT j.uraian_tugas FROM pegawai.v_pegawai p JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                WHERE p.nip = ?""").param(nip).query(String.class).optional().orElse(null));
    }

    private static BigDecimal jamDari(int menit) {
        return BigDecimal.valueOf(menit).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** The NIP asked for (or the caller's own) when the caller may see that employee; 404 otherwise. */
    private String nipTerlihat(Cakupan c, @Nullable String nip) {
        String n = nip == null || nip.isBlank() ? c.nip() : nip.trim();
        if (n == null) {
            throw new ValidasiException("nip", "aktivitas.nip.wajib");
        }
        Map<String, Object> param = new HashMap<>();
        param.put("nip", n);
        String lingkup = PredikatCakupan.sql(c, "p", param);
        boolean ada = jdbc.sql("SELECT count(*) > 0 FROM pegawai.v_pegawai p WHERE p.nip = :nip AND\s" + lingkup)
                .params(param)
                .query(Boolean.class)
                .single();
        if (!ada) {
            throw new DataTidakDitemukanException("Pegawai", n);
        }
        return n;
    }
}
