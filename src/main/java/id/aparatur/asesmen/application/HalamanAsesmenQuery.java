package id.aparatur.asesmen.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.shared.DataTidakDitemukanException;
import java.util.HashMap;
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
    public record PegawaiAsesmen(String nip, String namaLengkap, @Nullable Long jabatanId, @Nullable String jabatanNama,
            @Nullable Integer kelas, @Nullable Long opdId, boolean aktif) {}

    /** An active position offered as the comparison jabatan of a gap analysis. */
    public record JabatanPilihan(long id, String kode, String nama, int kelas, @Nullable String unitNama,
            String opdNama) {}

    private final JdbcClient jdbc;

    HalamanAsesmenQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query((rs, i) -> new PegawaiAsesmen(rs.getString(1).trim(),
                        (rs.getString(3) == null ? "" : rs.getString(3) + " ") + rs.getString(2)
                                + (rs.getString(4) == null ? "" : ", " + rs.getString(4)),
                        rs.getObject(5, Long.class), rs.getString(6), rs.getObject(7, Integer.class),
                        rs.getObject(8, Long.class), rs.getBoolean(9)))
                .optional().orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
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
                .param("q", "%" + q.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("maks", maks)
                .query((rs, i) -> new JabatanPilihan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
