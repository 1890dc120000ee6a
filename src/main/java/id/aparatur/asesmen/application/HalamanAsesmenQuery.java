package id.aparatur.asesmen.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.shared.DataTidakDitemukanException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the assessment pages need besides the assessments themselves: the employee (within the caller's scope, through
 * the public {@link PredikatCakupan}, so the web layer needs no type of the pegawai module) and a name search over
 * active positions to compare an employee against.
 */
@Service
@Transactional(readOnly = true)
public class HalamanAsesmenQuery {

    /** The employee as the assessment pages show them. */
    public record PegawaiAsesmen(
            String nip,
            String namaLengkap,
            @Nullable Long jabatanId,
            @Nullable String jabatanNama,
            @Nullable Integer kelas,
            @Nullable Long opdId,
            boolean aktif) {}

    /** An active position offered as the comparison jabatan of a gap analysis. */
    public record JabatanPilihan(
            long id,
            String kode,
            String nama,
            int kelas,
            @Nullable String unitNama,
            String opdNama) {}

    /**
     * The Kompetensi tab: the employee, the user's rights, every assessment (newest first), the current levels, the
     * kamus, and — for a user who may record — the SKJ levels of the employee's jabatan and the competencies in force.
     */
    public record TabKompetensi(
            PegawaiAsesmen pegawai,
            PencatatanAsesmen.Hak hak,
            List<Asesmen> riwayat,
            List<AsesmenQuery.LevelTerkini> levelTerkini,
            Map<String, KompetensiRingkas> kamus,
            Map<String, Integer> standar,
            List<KompetensiRingkas> kompetensiBerlaku,
            LocalDate hariIni) {}

    /** The Kesenjangan tab: the employee, the JPM bands and the gap (null when no jabatan is held or chosen). */
    public record TabKesenjangan(
            PegawaiAsesmen pegawai, BatasJpm batas, AsesmenQuery.@Nullable HasilKesenjangan hasil) {}

    /** The comparison positions found for a gap analysis of the employee. */
    public record PilihanPembanding(PegawaiAsesmen pegawai, List<JabatanPilihan> jabatan) {}

    /** Shortest search for a comparison position. */
    public static final int PANJANG_CARI_MIN = 2;

    private final JdbcClient jdbc;
    private final AsesmenQuery asesmen;
    private final KamusKompetensi kamus;
    private final StrukturOrganisasi organisasi;
    private final Clock clock;

    HalamanAsesmenQuery(
            JdbcClient jdbc, AsesmenQuery asesmen, KamusKompetensi kamus, StrukturOrganisasi organisasi, Clock clock) {
        this.jdbc = jdbc;
        this.asesmen = asesmen;
        this.kamus = kamus;
        this.organisasi = organisasi;
        this.clock = clock;
    }

    public TabKompetensi tabKompetensi(Cakupan c, String nip) {
        PegawaiAsesmen p = pegawai(c, nip);
        PencatatanAsesmen.Hak hak = PencatatanAsesmen.hak(c, p.nip());
        LocalDate hariIni = LocalDate.now(clock);
        Map<String, Integer> standar = new LinkedHashMap<>();
        if (hak.catat() && p.jabatanId() != null) {
            organisasi.standarKompetensi(p.jabatanId()).forEach(s -> standar.put(s.kode(), s.level()));
        }
        return new TabKompetensi(
                p,
                hak,
                asesmen.riwayat(c, p.nip()),
                asesmen.levelTerkini(c, p.nip()),
                kamus.semua(),
                standar,
                hak.catat() ? kamus.berlaku(hariIni) : List.of(),
                hariIni);
    }

    public TabKesenjangan tabKesenjangan(Cakupan c, String nip, @Nullable Long jabatan) {
        PegawaiAsesmen p = pegawai(c, nip);
        // No jabatan held and none chosen: the tab offers the search only.
        return new TabKesenjangan(
                p,
                asesmen.batas(),
                jabatan == null && p.jabatanId() == null ? null : asesmen.kesenjangan(c, p.nip(), jabatan));
    }

    /**
     * Positions to compare the employee with (see {@link #cariJabatan}); nothing for fewer than
     * {@link #PANJANG_CARI_MIN} characters.
     */
    public PilihanPembanding cariPembanding(Cakupan c, String nip, @Nullable String q, int maks) {
        PegawaiAsesmen p = pegawai(c, nip);
        return new PilihanPembanding(
                p, q == null || q.trim().length() < PANJANG_CARI_MIN ? List.of() : cariJabatan(q, maks));
    }

    /**
     * @throws DataTidakDitemukanException when the employee does not exist or is outside the caller's scope
     */
    public PegawaiAsesmen pegawai(Cakupan c, String nip) {
        Map<String, Object> param = new HashMap<>();
        String cakupan = PredikatCakupan.sql(c, "p", param);
        param.put("hNip", nip);
        return jdbc.sql("""
                        SELECT p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jabatan_id, j.nama, j.kelas, p.opd_id,
                               p.aktif
                        FROM pegawai.v_pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        WHERE p.nip = :hNip AND\s""" + cakupan)
                .params(param)
                .query((rs, i) -> new PegawaiAsesmen(
                        rs.getString(1).trim(),
                        (rs.getString(3) == null ? "" : rs.getString(3) + " ")
                                + rs.getString(2)
                                + (rs.getString(4) == null ? "" : ", " + rs.getString(4)),
                        rs.getObject(5, Long.class),
                        rs.getString(6),
                        rs.getObject(7, Integer.class),
                        rs.getObject(8, Long.class),
                        rs.getBoolean(9)))
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
    }

    /**
     * Up to {@code maks} active positions of the whole Pemda whose name contains {@code q} (trigram index on the name),
     * by name. Positions are not personal data: an employee may compare themself with any position (career planning).
     */
    public List<JabatanPilihan> cariJabatan(@Nullable String q, int maks) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        WITH hit AS (SELECT id, kode, nama, kelas, unit_id, opd_id FROM organisasi.v_jabatan
                                     WHERE aktif AND nama ILIKE :q ORDER BY nama, opd_id, kode LIMIT :maks)
                        SELECT h.id, h.kode, h.nama, h.kelas, u.nama, o.nama FROM hit h
                        JOIN organisasi.v_opd o ON o.id = h.opd_id LEFT JOIN organisasi.v_unit u ON u.id = h.unit_id
                        ORDER BY h.nama, o.nama, h.kode""")
                .param(
                        "q",
                        "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("maks", maks)
                .query((rs, i) -> new JabatanPilihan(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getString(6)))
                .list();
    }
}
