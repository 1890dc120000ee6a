package id.aparatur.pegawai.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.Peran;
import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.ProfilPegawai.MinatJabatan;
import id.aparatur.pegawai.application.ProfilPegawai.Riwayat;
import id.aparatur.pegawai.application.ProfilPegawai.UsulanKoreksi;
import id.aparatur.pegawai.domain.AturanPegawai;
import id.aparatur.pegawai.domain.AturanPensiun;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.GolonganPppk;
import id.aparatur.shared.NomorIndukPegawai;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the full profile within the caller's scope (404 outside it), hiding what the caller's roles may not see. */
@Service
@Transactional(readOnly = true)
public class ProfilQuery {

    private final JdbcClient jdbc;
    private final PegawaiQuery pegawai;
    private final BupBerlaku pensiun;
    private final java.time.Clock clock;

    ProfilQuery(JdbcClient jdbc, PegawaiQuery pegawai, BupBerlaku pensiun, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.pegawai = pegawai;
        this.pensiun = pensiun;
        this.clock = clock;
    }

    /** Whether the caller may see protected personal data (agama, perkawinan, disabilitas, NIK) of {@code nip}. */
    public static boolean bolehLihatPribadi(Cakupan c, String nip) {
        return c.pengelola() || nip.equals(c.nip());
    }

    /** Hukuman disiplin: BKD, the employee, and the head of the employee's OPD (the scope already checked the OPD). */
    public static boolean bolehLihatDisiplin(Cakupan c, PegawaiBaris p) {
        return c.pengelola()
                || p.nip().equals(c.nip())
                || (c.punya(Peran.PIMPINAN_OPD)
                        && c.opdId() != null
                        && c.opdId().equals(p.opdId()));
    }

    public ProfilPegawai profil(Cakupan c, String nip) {
        PegawaiBaris inti = pegawai.detail(c, nip);
        boolean pribadi = bolehLihatPribadi(c, inti.nip());
        boolean disiplin = bolehLihatDisiplin(c, inti);
        var data = jdbc.sql("""
                        SELECT p.tempat_lahir, p.nik, p.status_kepegawaian, p.golongan, p.tmt_golongan, p.tmt_jabatan,
                               p.pendidikan_tingkat, p.pendidikan_jurusan, p.pendidikan_tahun_lulus, p.agama,
                               p.status_perkawinan, p.disabilitas, j.jenis_jabatan, j.jenjang, j.rumpun_kode,
                               j.kode_jf, p.golongan_pppk
                        FROM pegawai.pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id WHERE p.nip = ?""")
                .param(inti.nip())
                .query((rs, i) -> new Object[] {
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class),
                    rs.getObject(6, LocalDate.class),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getObject(9, Integer.class),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14),
                    rs.getString(15),
                    rs.getString(16),
                    rs.getString(17)
                })
                .single();
        String jenis = (String) data[12];
        String jenjang = (String) data[13];
        String kodeJf = (String) data[15];
        StatusKepegawaian status = StatusKepegawaian.valueOf((String) data[2]);
        int bup = pensiun.pada(LocalDate.now(clock)).bup(jenis, jenjang, kodeJf);
        List<Riwayat> riwayat = riwayat(inti.nip()).stream()
                .filter(r -> disiplin || !r.jenis().terbatas())
                .toList();
        List<String> minatRumpun = jdbc.sql("SELECT rumpun_kode FROM pegawai.minat_rumpun WHERE nip = ? ORDER BY 1")
                .param(inti.nip())
                .query(String.class)
                .list();
        List<MinatJabatan> minatJabatan = jdbc.sql("""
                        SELECT j.id, j.nama, o.nama, j.kelas FROM pegawai.minat_jabatan m
                        JOIN organisasi.v_jabatan j ON j.id = m.jabatan_id LEFT JOIN organisasi.v_opd o ON o.id = j.opd_id
                        WHERE m.nip = ? ORDER BY j.nama""")
                .param(inti.nip())
                .query((rs, i) -> new MinatJabatan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
        List<UsulanKoreksi> koreksi = pribadi ? koreksi(inti.nip()) : List.of();
        return new ProfilPegawai(
                inti,
                (String) data[0],
                pribadi ? (String) data[1] : null,
                status,
                data[3] == null ? null : Golongan.dari((String) data[3]).orElse(null),
                (LocalDate) data[4],
                (LocalDate) data[5],
                data[6] == null ? null : TingkatPendidikan.valueOf((String) data[6]),
                (String) data[7],
                (Integer) data[8],
                pribadi ? new DataPribadi((String) data[9], (String) data[10], (String) data[11]) : null,
                jenis,
                jenjang,
                (String) data[14],
                bup,
                AturanPensiun.tmtPensiun(inti.tanggalLahir(), bup),
                AturanPegawai.ketidaksesuaianNip(
                        NomorIndukPegawai.tersimpan(inti.nip(), status == StatusKepegawaian.PPPK),
                        inti.tanggalLahir(),
                        inti.tmtCpns(),
                        inti.jenisKelamin()),
                riwayat,
                minatRumpun,
                minatJabatan,
                koreksi,
                disiplin,
                pribadi,
                kodeJf,
                data[16] == null ? null : GolonganPppk.dari((String) data[16]).orElse(null));
    }

    List<Riwayat> riwayat(String nip) {
        return jdbc.sql("SELECT * FROM pegawai.riwayat WHERE nip = ? ORDER BY jenis, tmt DESC, id DESC")
                .param(nip)
                .query((rs, i) -> new Riwayat(
                        rs.getLong("id"),
                        JenisRiwayat.valueOf(rs.getString("jenis")),
                        rs.getString("uraian"),
                        rs.getString("keterangan"),
                        rs.getString("golongan"),
                        rs.getObject("jabatan_id", Long.class),
                        rs.getString("tingkat"),
                        rs.getObject("jp", Integer.class),
                        rs.getString("nomor_sk"),
                        rs.getObject("tanggal_sk", LocalDate.class),
                        rs.getObject("tmt", LocalDate.class),
                        rs.getObject("tmt_selesai", LocalDate.class),
                        rs.getObject("dicatat_pada", OffsetDateTime.class),
                        rs.getString("dicatat_oleh"),
                        rs.getObject("dibatalkan_pada", OffsetDateTime.class),
                        rs.getString("dibatalkan_oleh"),
                        rs.getString("alasan_batal")))
                .list();
    }

    List<UsulanKoreksi> koreksi(String nip) {
        return jdbc.sql("SELECT * FROM pegawai.usulan_koreksi WHERE nip = ? ORDER BY diajukan_pada DESC, id DESC")
                .param(nip)
                .query(ProfilQuery::usulan)
                .list();
    }

    /** Corrections waiting for BKD's decision, oldest first (BKD worklist). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<UsulanKoreksi> koreksiMenunggu(int batas) {
        return jdbc.sql(
                        "SELECT * FROM pegawai.usulan_koreksi WHERE status = 'DIAJUKAN' ORDER BY diajukan_pada, id LIMIT ?")
                .param(batas)
                .query(ProfilQuery::usulan)
                .list();
    }

    /** A waiting correction with the employee it concerns (BKD worklist). */
    public record KoreksiMenunggu(
            String nip, String namaLengkap, @Nullable String opdNama, UsulanKoreksi usulan) {}

    /** Like {@link #koreksiMenunggu(int)}, with the employee's NIP, full name and OPD. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<KoreksiMenunggu> antrianKoreksi(int batas) {
        return jdbc.sql("""
                        SELECT k.*, p.nama, p.gelar_depan, p.gelar_belakang, o.nama AS opd_nama
                        FROM pegawai.usulan_koreksi k JOIN pegawai.pegawai p ON p.nip = k.nip
                        LEFT JOIN organisasi.v_opd o ON o.id = p.opd_id
                        WHERE k.status = 'DIAJUKAN' ORDER BY k.diajukan_pada, k.id LIMIT ?""")
                .param(batas)
                .query((rs, i) -> {
                    String gd = rs.getString("gelar_depan");
                    String gb = rs.getString("gelar_belakang");
                    String lengkap = (gd == null || gd.isBlank() ? "" : gd + " ")
                            + rs.getString("nama")
                            + (gb == null || gb.isBlank() ? "" : ", " + gb);
                    return new KoreksiMenunggu(
                            rs.getString("nip").trim(), lengkap, rs.getString("opd_nama"), usulan(rs, i));
                })
                .list();
    }

    /**
     * Active positions of the Pemda whose name contains {@code q} (case-insensitive; all when blank), by name, at most
     * {@code batas}: the choices of target positions (minat jabatan).
     */
    public List<MinatJabatan> cariJabatanAktif(@Nullable String q, int batas) {
        String pola = q == null || q.isBlank()
                ? "%"
                : "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                        SELECT j.id, j.nama, o.nama, j.kelas FROM organisasi.v_jabatan j
                        LEFT JOIN organisasi.v_opd o ON o.id = j.opd_id
                        WHERE j.aktif AND j.nama ILIKE ? ORDER BY j.nama, o.nama, j.id LIMIT ?""")
                .params(pola, batas)
                .query((rs, i) -> new MinatJabatan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    /** NIP of a correction (for authority checks). */
    java.util.Optional<UsulanKoreksiBaris> usulan(long id) {
        return jdbc.sql("SELECT * FROM pegawai.usulan_koreksi WHERE id = ?")
                .param(id)
                .query((rs, i) -> new UsulanKoreksiBaris(rs.getString("nip").trim(), usulan(rs, i)))
                .optional();
    }

    record UsulanKoreksiBaris(String nip, UsulanKoreksi usulan) {}

    private static UsulanKoreksi usulan(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new UsulanKoreksi(
                rs.getLong("id"),
                rs.getString("isian"),
                rs.getString("nilai_lama"),
                rs.getString("nilai_usulan"),
                rs.getString("alasan"),
                rs.getString("status"),
                rs.getString("diajukan_oleh"),
                rs.getObject("diajukan_pada", OffsetDateTime.class),
                rs.getString("diputus_oleh"),
                rs.getObject("diputus_pada", OffsetDateTime.class),
                rs.getString("alasan_putusan"));
    }
}
