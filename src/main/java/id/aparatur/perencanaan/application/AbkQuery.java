package id.aparatur.perencanaan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.Bezetting;
import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AbkRepository;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.GradeEj;
import id.aparatur.perencanaan.domain.PerhitunganAbk;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.TugasAbk;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of the ABK: the list per OPD and year (every active jabatan, with or without an ABK) and one ABK with its
 * calculation and what the caller may do with it. Pemangku is the current bezetting ({@link Bezetting}); K is the
 * jabatan's kuota now. Scope: the OPD must be visible to the signed-in user ({@link Cakupan#melihatOpd}), otherwise
 * 404.
 */
@Service
@Transactional(readOnly = true)
public class AbkQuery {

    /**
     * One row of the list: a jabatan of the OPD and its ABK of the year, if any.
     *
     * @param abkId null when the jabatan has no ABK for the year (then the ABK fields are null too)
     * @param ej Σ beban ÷ (bezetting × WKE); null without ABK or without holders
     */
    public record BarisAbk(
            long jabatanId,
            String kodeJabatan,
            String namaJabatan,
            String unitNama,
            String jenisJabatan,
            int kelas,
            @Nullable Long abkId,
            @Nullable StatusAbk status,
            @Nullable Long totalBebanMenit,
            @Nullable Integer kebutuhan,
            int bezetting,
            int kuota,
            @Nullable BigDecimal ej,
            @Nullable GradeEj gradeEj) {}

    /** One task with its beban kerja. */
    public record TugasRinci(
            String uraian,
            @Nullable String hasilKerja,
            @Nullable String satuan,
            long volume,
            long normaWaktu,
            long bebanMenit) {}

    /**
     * One ABK with its calculation.
     *
     * @param kebutuhanTepat Σ beban ÷ WKE (four decimals)
     * @param pemangku current holders (bezetting)
     * @param kuota the jabatan's K now
     * @param ej null when the jabatan has no holder ("—")
     * @param idTahunBerikut the ABK of the next year, if one exists
     */
    public record AbkRinci(
            long id,
            long jabatanId,
            String kodeJabatan,
            String namaJabatan,
            long opdId,
            String opdNama,
            String unitNama,
            int tahun,
            StatusAbk status,
            int wkeMenit,
            LocalDate wkeBerlakuMulai,
            AturanPembulatan aturanPembulatan,
            long totalBebanMenit,
            BigDecimal kebutuhanTepat,
            int kebutuhan,
            int pemangku,
            int kuota,
            @Nullable BigDecimal ej,
            @Nullable GradeEj gradeEj,
            List<TugasRinci> tugas,
            @Nullable String catatanPengembalian,
            @Nullable String diajukanOleh,
            @Nullable OffsetDateTime diajukanPada,
            @Nullable String difinalkanOleh,
            @Nullable OffsetDateTime difinalkanPada,
            @Nullable String dikembalikanOleh,
            @Nullable OffsetDateTime dikembalikanPada,
            @Nullable Long idTahunBerikut,
            int versi) {}

    /**
     * What the signed-in user may do with one ABK (the buttons of the page).
     *
     * @param ubah edit the tasks (ADMIN_BKD or the OPD's head, while DRAF/DIKEMBALIKAN)
     * @param ajukan submit it (the OPD's head, when editable and not empty)
     * @param verifikasi finalise or return it (ADMIN_BKD, when submitted)
     * @param salin copy it to the next year (when that year has none)
     */
    public record Tindakan(boolean ubah, boolean ajukan, boolean verifikasi, boolean salin) {}

    /** One ABK with what the user may do. */
    public record HalamanRinci(AbkRinci abk, Tindakan tindakan) {}

    /**
     * The list page: the OPD the user may see, the chosen OPD (default: the user's, else the first) and year (default:
     * this year), its rows, and whether the user may create ABK there.
     */
    public record HalamanDaftar(
            List<OpdRingkas> daftarOpd, @Nullable Long opd, int tahun, List<BarisAbk> baris, boolean bolehMengisi) {}

    private final JdbcClient jdbc;
    private final AbkRepository repo;
    private final StrukturOrganisasi organisasi;
    private final Bezetting bezetting;
    private final PengaturanAbk pengaturan;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    AbkQuery(
            JdbcClient jdbc,
            AbkRepository repo,
            StrukturOrganisasi organisasi,
            Bezetting bezetting,
            PengaturanAbk pengaturan,
            CakupanPengguna cakupan,
            Clock clock) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.organisasi = organisasi;
        this.bezetting = bezetting;
        this.pengaturan = pengaturan;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    /** The list page; a year outside 2000–2100 falls back to this year. */
    public HalamanDaftar halamanDaftar(@Nullable Long opd, @Nullable Integer tahun) {
        Cakupan c = cakupan.saatIni();
        List<OpdRingkas> daftarOpd = organisasi.semuaOpd(c);
        Long o = opd != null
                ? opd
                : c.opdId() != null
                        ? c.opdId()
                        : daftarOpd.isEmpty() ? null : daftarOpd.get(0).id();
        int t = tahun != null && tahun >= AturanAbk.TAHUN_MIN && tahun <= AturanAbk.TAHUN_MAKS
                ? tahun
                : LocalDate.now(clock).getYear();
        return new HalamanDaftar(
                daftarOpd, o, t, o == null ? List.of() : daftar(c, o, t), o != null && AksesAbk.pengisi(c, o));
    }

    /**
     * The rows of one OPD and year for the API: the OPD defaults to the user's own, the year to this year.
     *
     * @throws ValidasiException when no OPD is given and the user has none, or the year is out of range
     */
    public List<BarisAbk> daftar(@Nullable Long opd, @Nullable Integer tahun) {
        Cakupan c = cakupan.saatIni();
        Long o = opd != null ? opd : c.opdId();
        if (o == null) {
            throw new ValidasiException("opd", "abk.opd.wajib");
        }
        int t = tahun != null ? tahun : LocalDate.now(clock).getYear();
        AturanAbk.periksaTahun(t);
        return daftar(c, o, t);
    }

    /** Every active jabatan of {@code opd} with its ABK of {@code tahun}, in unit order then kelas descending. */
    private List<BarisAbk> daftar(Cakupan c, long opd, int tahun) {
        if (!c.melihatOpd(opd)) {
            throw new DataTidakDitemukanException("OPD", opd);
        }
        Map<Long, Integer> b = bezetting.perJabatan(opd);
        List<BarisAbk> hasil = new ArrayList<>();
        jdbc.sql("""
                        SELECT j.id, j.kode, j.nama, u.nama, j.jenis_jabatan, j.kelas, j.kuota,
                               a.id, a.status, a.total_beban_menit, a.kebutuhan, a.wke_menit
                        FROM organisasi.v_jabatan j JOIN organisasi.v_unit u ON u.id = j.unit_id
                        LEFT JOIN perencanaan.abk a ON a.jabatan_id = j.id AND a.tahun = ?
                        WHERE j.opd_id = ? AND j.aktif
                        ORDER BY u.id, j.kelas DESC, j.nama, j.id""").params(tahun, opd).query((ResultSet rs) -> {
            long jabatanId = rs.getLong(1);
            int pemangku = b.getOrDefault(jabatanId, 0);
            Long abkId = rs.getObject(8, Long.class);
            BigDecimal ej = null;
            GradeEj grade = null;
            if (abkId != null && pemangku > 0) {
                ej = PerhitunganAbk.efektivitasJabatan(rs.getLong(10), pemangku, rs.getInt(12));
                grade = pengaturan.batasGradeEj().grade(ej);
            }
            hasil.add(new BarisAbk(
                    jabatanId,
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    abkId,
                    abkId == null ? null : StatusAbk.valueOf(rs.getString(9)),
                    abkId == null ? null : rs.getLong(10),
                    abkId == null ? null : rs.getInt(11),
                    pemangku,
                    rs.getInt(7),
                    ej,
                    grade));
        });
        return hasil;
    }

    /** The ABK of a jabatan and year, if it exists and is visible. */
    public Optional<Long> idUntuk(long jabatanId, int tahun) {
        Cakupan c = cakupan.saatIni();
        return repo.idUntuk(jabatanId, tahun)
                .filter(id -> repo.cari(id).map(a -> c.melihatOpd(a.opdId())).orElse(false));
    }

    /** One ABK with the buttons the user gets. */
    public HalamanRinci halamanRinci(long id) {
        Cakupan c = cakupan.saatIni();
        AbkRinci r = rinci(id);
        boolean pengisi = AksesAbk.pengisi(c, r.opdId());
        boolean pimpinan = AksesAbk.pimpinan(c, r.opdId());
        return new HalamanRinci(
                r,
                new Tindakan(
                        pengisi && r.status().dapatDiubah(),
                        pimpinan && r.status().dapatDiubah() && !r.tugas().isEmpty(),
                        c.pengelola() && r.status() == StatusAbk.DIAJUKAN,
                        pengisi && r.idTahunBerikut() == null && r.tahun() < AturanAbk.TAHUN_MAKS));
    }

    /**
     * The rules the typed rows break under the ABK's WKE and rounding rule, without saving (for a page whose other
     * fields could not even be read).
     */
    public List<ValidasiException.Galat> pelanggaranTugas(long id, List<AturanAbk.Isian> isian) {
        AbkRinci r = rinci(id);
        try {
            AturanAbk.periksa(isian, r.wkeMenit(), r.aturanPembulatan());
            return List.of();
        } catch (ValidasiException e) {
            return e.galat();
        }
    }

    /** @throws DataTidakDitemukanException when it does not exist or lies outside the caller's scope */
    public AbkRinci rinci(long id) {
        Cakupan c = cakupan.saatIni();
        Abk a = repo.cari(id)
                .filter(x -> c.melihatOpd(x.opdId()))
                .orElseThrow(() -> new DataTidakDitemukanException("ABK", id));
        int pemangku = bezetting.perJabatan(a.opdId()).getOrDefault(a.jabatanId(), 0);
        PerhitunganAbk.Hasil h = a.hitung(pemangku, pengaturan.batasGradeEj());
        List<TugasRinci> tugas = new ArrayList<>();
        for (int i = 0; i < a.tugas().size(); i++) {
            TugasAbk t = a.tugas().get(i);
            tugas.add(new TugasRinci(
                    t.uraian(),
                    t.hasilKerja(),
                    t.satuan(),
                    t.volume(),
                    t.normaWaktu(),
                    h.bebanPerTugas().get(i)));
        }
        Map<String, Object> info = jdbc.sql("""
                        SELECT j.kode, j.nama, j.kuota, u.nama AS unit, o.nama AS opd, a.catatan_pengembalian,
                               a.diajukan_oleh, a.diajukan_pada, a.difinalkan_oleh, a.difinalkan_pada,
                               a.dikembalikan_oleh, a.dikembalikan_pada,
                               (SELECT b.id FROM perencanaan.abk b WHERE b.jabatan_id = a.jabatan_id
                                  AND b.tahun = a.tahun + 1) AS berikut
                        FROM perencanaan.abk a JOIN organisasi.v_jabatan j ON j.id = a.jabatan_id
                        JOIN organisasi.v_unit u ON u.id = j.unit_id JOIN organisasi.v_opd o ON o.id = j.opd_id
                        WHERE a.id = ?""").param(id).query().singleRow();
        return new AbkRinci(
                id,
                a.jabatanId(),
                (String) info.get("kode"),
                (String) info.get("nama"),
                a.opdId(),
                (String) info.get("opd"),
                (String) info.get("unit"),
                a.tahun(),
                a.status(),
                a.wkeMenit(),
                a.wkeBerlakuMulai(),
                a.aturanPembulatan(),
                h.totalBebanMenit(),
                h.kebutuhanTepat(),
                h.kebutuhan(),
                pemangku,
                ((Number) info.get("kuota")).intValue(),
                h.ej(),
                h.gradeEj(),
                tugas,
                (String) info.get("catatan_pengembalian"),
                (String) info.get("diajukan_oleh"),
                waktu(info.get("diajukan_pada")),
                (String) info.get("difinalkan_oleh"),
                waktu(info.get("difinalkan_pada")),
                (String) info.get("dikembalikan_oleh"),
                waktu(info.get("dikembalikan_pada")),
                info.get("berikut") == null ? null : ((Number) info.get("berikut")).longValue(),
                a.versi());
    }

    private static @Nullable OffsetDateTime waktu(@Nullable Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t;
        }
        return ((java.sql.Timestamp) o).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
