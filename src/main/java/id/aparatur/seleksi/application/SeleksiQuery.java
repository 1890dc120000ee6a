package id.aparatur.seleksi.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.aturan.AturanDipakai;
import id.aparatur.seleksi.domain.BobotPenilaian;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.NilaiPeserta;
import id.aparatur.seleksi.domain.PenilaianSeleksi;
import id.aparatur.seleksi.domain.PeranPansel;
import id.aparatur.seleksi.domain.Peringkat;
import id.aparatur.seleksi.domain.PesertaSeleksi;
import id.aparatur.seleksi.domain.SeleksiTerbuka;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.SyaratJptPratama.Petunjuk;
import id.aparatur.seleksi.domain.TahapSeleksi;
import id.aparatur.shared.DataTidakDitemukanException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Read model of the open selections, for BKD and the PPK (both see the whole Pemda; other roles get 403): the list,
 * one selection with its timeline, pansel, applicants with their scores, the live ranking, the eligibility hints, the
 * submitted three names and the PPK's decision; and the JPT positions a selection can be opened for.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN_BKD', 'PPK')")
public class SeleksiQuery {

    private final JdbcClient jdbc;
    private final PetunjukKelayakan kelayakan;
    private final CakupanPengguna cakupan;
    private final ObjectMapper json;
    private final Clock clock;

    SeleksiQuery(
            JdbcClient jdbc, PetunjukKelayakan kelayakan, CakupanPengguna cakupan, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.kelayakan = kelayakan;
        this.json = json;
        this.clock = clock;
    }

    public record SeleksiBaris(
            long id,
            String nama,
            long jabatanId,
            String jabatanNama,
            String jenisJabatan,
            String opdNama,
            StatusSeleksi status,
            long jumlahPeserta,
            String dibuatOleh,
            OffsetDateTime dibuatPada) {}

    public record JabatanJpt(
            long id,
            String kode,
            String nama,
            String jenisJabatan,
            String opdNama,
            long bezetting,
            int kuota,
            @Nullable Long seleksiBerjalan) {

        public boolean lowong() {
            return bezetting < kuota;
        }
    }

    public enum StatusTahap {
        BELUM,
        BERJALAN,
        SELESAI
    }

    public record TahapBaris(
            TahapSeleksi tahap,
            @Nullable LocalDate tanggalMulai,
            @Nullable LocalDate tanggalSelesai,
            StatusTahap status,
            @Nullable OffsetDateTime dimulaiPada,
            @Nullable String dimulaiOleh) {}

    public record AnggotaPansel(
            long id,
            String nama,
            PeranPansel peran,
            @Nullable String unsur,
            boolean aktif) {}

    public record PesertaBaris(
            long id,
            @Nullable String nip,
            String nama,
            String instansiAsal,
            @Nullable Boolean administrasiLulus,
            @Nullable String administrasiAlasan,
            @Nullable String mundurAlasan,
            Map<KomponenNilai, BigDecimal> nilai,
            @Nullable BigDecimal nilaiAkhir,
            @Nullable Integer peringkat,
            List<Petunjuk> petunjuk) {

        public boolean internal() {
            return nip != null;
        }

        public boolean dinilai() {
            return Boolean.TRUE.equals(administrasiLulus) && mundurAlasan == null;
        }
    }

    public record Usulan(
            List<Peringkat> calon,
            boolean kurangDariTiga,
            @Nullable String catatan,
            String diajukanOleh,
            OffsetDateTime diajukanPada) {}

    public record Keputusan(
            long pesertaId,
            String nama,
            int peringkat,
            @Nullable String alasan,
            String diputuskanOleh,
            OffsetDateTime diputuskanPada) {}

    public record SeleksiRinci(
            long id,
            String nama,
            JabatanJpt jabatan,
            StatusSeleksi status,
            BobotPenilaian bobot,
            List<TahapBaris> tahap,
            List<AnggotaPansel> pansel,
            List<PesertaBaris> peserta,
            List<Peringkat> peringkat,
            @Nullable Usulan usulan,
            @Nullable Keputusan keputusan,
            @Nullable String alasanBatal,
            @Nullable String dibatalkanOleh,
            @Nullable OffsetDateTime dibatalkanPada,
            String dibuatOleh,
            OffsetDateTime dibuatPada,
            @Nullable List<AturanDipakai> aturanDipakai) {}

    /**
     * A registry version the selection applies, on its reference date (the planned end of the announcement, else
     * today): {@code SYARAT_JPT_PRATAMA} for the eligibility hints.
     */

    /** One selection with the role of the signed-in user (the page shows BKD's and the PPK's forms). */
    public record HalamanRinci(SeleksiRinci seleksi, boolean bkd, boolean ppk) {}

    public HalamanRinci halamanRinci(long id) {
        Cakupan c = cakupan.saatIni();
        return new HalamanRinci(rinci(id), c.pengelola(), c.punya(Peran.PPK));
    }

    public List<SeleksiBaris> daftar() {
        return jdbc.sql("""
                        SELECT s.id, s.nama, s.jabatan_id, j.nama, j.jenis_jabatan, o.nama, s.status,
                          (SELECT count(*) FROM seleksi.peserta p WHERE p.seleksi_id = s.id AND p.mundur_pada IS NULL),
                          s.dibuat_oleh, s.dibuat_pada
                        FROM seleksi.seleksi s JOIN organisasi.v_jabatan j ON j.id = s.jabatan_id
                        LEFT JOIN organisasi.v_opd o ON o.id = j.opd_id
                        ORDER BY s.id DESC""")
                .query((rs, i) -> new SeleksiBaris(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        nn(rs.getString(6)),
                        StatusSeleksi.valueOf(rs.getString(7)),
                        rs.getLong(8),
                        rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    private static final String JABATAN_JPT = """
            SELECT j.id, j.kode, j.nama, j.jenis_jabatan, o.nama, j.kuota,
              (SELECT count(*) FROM pegawai.v_pegawai_aktif p WHERE p.jabatan_id = j.id) AS b,
              (SELECT min(s.id) FROM seleksi.seleksi s WHERE s.jabatan_id = j.id
                 AND s.status NOT IN ('DITETAPKAN', 'DIBATALKAN')) AS berjalan
            FROM organisasi.v_jabatan j LEFT JOIN organisasi.v_opd o ON o.id = j.opd_id
            """;

    /**
     * Active JPT positions ({@link SeleksiTerbuka#JENIS_JABATAN}): the vacant ones (B &lt; K) first, then the others
     * (BKD may still open a selection for a filled one explicitly, e.g. when the holder retires soon).
     */
    public List<JabatanJpt> jabatanJpt() {
        return jdbc.sql(JABATAN_JPT + """
                        WHERE j.jenis_jabatan IN (:jenis) AND j.aktif
                        ORDER BY (j.kuota > (SELECT count(*) FROM pegawai.v_pegawai_aktif p WHERE p.jabatan_id = j.id))
                          DESC, o.nama, j.nama""")
                .param(
                        "jenis",
                        SeleksiTerbuka.JENIS_JABATAN.stream()
                                .map(Enum::name)
                                .sorted()
                                .toList())
                .query((rs, i) -> jabatan(rs))
                .list();
    }

    /** The vacant JPT positions only (B &lt; K). */
    public List<JabatanJpt> jabatanJptLowong() {
        return jabatanJpt().stream().filter(JabatanJpt::lowong).toList();
    }

    private static JabatanJpt jabatan(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new JabatanJpt(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                nn(rs.getString(5)),
                rs.getLong(7),
                rs.getInt(6),
                (Long) rs.getObject(8));
    }

    public StatusSeleksi status(long id) {
        return jdbc.sql("SELECT status FROM seleksi.seleksi WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(StatusSeleksi::valueOf)
                .orElseThrow(() -> new DataTidakDitemukanException("Seleksi terbuka", id));
    }

    public SeleksiRinci rinci(long id) {
        record Kepala(
                String nama,
                long jabatanId,
                StatusSeleksi status,
                BobotPenilaian bobot,
                @Nullable String alasanBatal,
                @Nullable String batalOleh,
                @Nullable OffsetDateTime batalPada,
                String dibuatOleh,
                OffsetDateTime dibuatPada) {}
        Kepala k = jdbc.sql("""
                        SELECT nama, jabatan_id, status, bobot_makalah, bobot_kompetensi, bobot_wawancara,
                          bobot_rekam_jejak, alasan_batal, dibatalkan_oleh, dibatalkan_pada, dibuat_oleh, dibuat_pada
                        FROM seleksi.seleksi WHERE id = ?""")
                .param(id)
                .query((rs, i) -> new Kepala(
                        rs.getString(1),
                        rs.getLong(2),
                        StatusSeleksi.valueOf(rs.getString(3)),
                        new BobotPenilaian(
                                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7)),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getString(11),
                        rs.getObject(12, OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Seleksi terbuka", id));
        JabatanJpt jabatan = jdbc.sql(JABATAN_JPT + " WHERE j.id = ?")
                .param(k.jabatanId())
                .query((rs, i) -> jabatan(rs))
                .single();
        List<TahapBaris> tahap = tahap(id, k.status());
        List<AnggotaPansel> pansel = jdbc.sql("SELECT id, nama, peran, unsur, aktif FROM seleksi.pansel "
                        + "WHERE seleksi_id = ? ORDER BY aktif DESC, CASE peran WHEN 'KETUA' THEN 0 WHEN 'SEKRETARIS' "
                        + "THEN 1 ELSE 2 END, id")
                .param(id)
                .query((rs, i) -> new AnggotaPansel(
                        rs.getLong(1),
                        rs.getString(2),
                        PeranPansel.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();

        List<PesertaSeleksi> daftar = JdbcSeleksiRepository.peserta(jdbc, id);
        List<NilaiPeserta> dinilai = new ArrayList<>();
        for (PesertaSeleksi p : daftar) {
            if (Boolean.TRUE.equals(p.administrasiLulus()) && p.mundurAlasan() == null) {
                dinilai.add(new NilaiPeserta(Objects.requireNonNull(p.id()), p.nama(), p.nilai()));
            }
        }
        List<Peringkat> peringkat = PenilaianSeleksi.peringkat(k.bobot(), dinilai);
        Map<Long, Peringkat> perPeserta = new HashMap<>();
        peringkat.forEach(r -> perPeserta.put(r.pesertaId(), r));
        LocalDate acuan = acuan(tahap);
        PetunjukKelayakan.SyaratBerlaku syarat = kelayakan.syaratPada(acuan);
        Map<String, List<Petunjuk>> petunjuk = kelayakan.periksa(
                daftar.stream()
                        .map(PesertaSeleksi::nip)
                        .filter(Objects::nonNull)
                        .toList(),
                acuan,
                pelantikan(tahap, acuan),
                k.jabatanId(),
                syarat.syarat());
        List<PesertaBaris> peserta = daftar.stream()
                .map(p -> {
                    Peringkat r = perPeserta.get(p.id());
                    return new PesertaBaris(
                            Objects.requireNonNull(p.id()),
                            p.nip(),
                            p.nama(),
                            p.instansiAsal(),
                            p.administrasiLulus(),
                            p.administrasiAlasan(),
                            p.mundurAlasan(),
                            p.nilai(),
                            r == null ? null : r.nilaiAkhir(),
                            r == null ? null : r.urutan(),
                            p.nip() == null ? List.of() : petunjuk.getOrDefault(p.nip(), List.of()));
                })
                .toList();

        Usulan usulan = jdbc.sql("SELECT calon, kurang_dari_tiga, catatan, diajukan_oleh, diajukan_pada "
                        + "FROM seleksi.usulan_pansel WHERE seleksi_id = ?")
                .param(id)
                .query((rs, i) -> new Usulan(
                        JsonPeringkat.baca(json, rs.getString(1)),
                        rs.getBoolean(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .optional()
                .orElse(null);
        Keputusan keputusan = jdbc.sql("""
                        SELECT k.peserta_id, p.nama, k.peringkat, k.alasan, k.diputuskan_oleh, k.diputuskan_pada
                        FROM seleksi.keputusan_ppk k JOIN seleksi.peserta p ON p.id = k.peserta_id
                        WHERE k.seleksi_id = ?""")
                .param(id)
                .query((rs, i) -> new Keputusan(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class)))
                .optional()
                .orElse(null);
        return new SeleksiRinci(
                id,
                k.nama(),
                jabatan,
                k.status(),
                k.bobot(),
                tahap,
                pansel,
                peserta,
                peringkat,
                usulan,
                keputusan,
                k.alasanBatal(),
                k.batalOleh(),
                k.batalPada(),
                k.dibuatOleh(),
                k.dibuatPada(),
                List.of(AturanDipakai.dari(syarat.versi())));
    }

    private List<TahapBaris> tahap(long id, StatusSeleksi status) {
        TahapSeleksi kini = status.tahap();
        boolean semuaSelesai = status == StatusSeleksi.DITETAPKAN;
        return jdbc
                .sql("SELECT tahap, tanggal_mulai, tanggal_selesai, dimulai_pada, dimulai_oleh FROM seleksi.tahap "
                        + "WHERE seleksi_id = ?")
                .param(id)
                .query((rs, i) -> {
                    TahapSeleksi t = TahapSeleksi.valueOf(rs.getString(1));
                    StatusTahap st = semuaSelesai
                            ? StatusTahap.SELESAI
                            : kini == null
                                    ? (rs.getObject(4) != null ? StatusTahap.SELESAI : StatusTahap.BELUM)
                                    : t == kini
                                            ? StatusTahap.BERJALAN
                                            : t.ordinal() < kini.ordinal() ? StatusTahap.SELESAI : StatusTahap.BELUM;
                    return new TahapBaris(
                            t,
                            rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class),
                            st,
                            rs.getObject(4, OffsetDateTime.class),
                            rs.getString(5));
                })
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(TahapBaris::tahap))
                .toList();
    }

    /** Reference date of the eligibility hints: the planned end of the announcement, else today. */
    private LocalDate acuan(List<TahapBaris> tahap) {
        return tahap.stream()
                .filter(t -> t.tahap() == TahapSeleksi.PENGUMUMAN && t.tanggalSelesai() != null)
                .map(TahapBaris::tanggalSelesai)
                .findFirst()
                .orElse(LocalDate.now(clock));
    }

    /**
     * The planned inauguration date the age limit is checked at: the planned end of the PENETAPAN stage (the PPK's
     * choice, after which the inauguration follows), else the reference date.
     */
    private static LocalDate pelantikan(List<TahapBaris> tahap, LocalDate acuan) {
        return tahap.stream()
                .filter(t -> t.tahap() == TahapSeleksi.PENETAPAN && t.tanggalSelesai() != null)
                .map(TahapBaris::tanggalSelesai)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(acuan);
    }

    /** The hint configuration in force on a selection's reference date, for display on its page. */
    public id.aparatur.seleksi.domain.SyaratJptPratama syarat(SeleksiRinci s) {
        return kelayakan.syaratPada(acuan(s.tahap())).syarat();
    }

    private static String nn(@Nullable String s) {
        return s == null ? "" : s;
    }
}
