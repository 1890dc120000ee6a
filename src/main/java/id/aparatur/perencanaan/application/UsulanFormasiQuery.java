package id.aparatur.perencanaan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.perencanaan.domain.StatusUsulanFormasi;
import id.aparatur.shared.DataTidakDitemukanException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of the usulan formasi for BKD and the PPK: the list (with the cascade runs a proposal can start from, for
 * BKD), one proposal with its rows, trail and decision, and its documents' texts.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN_BKD', 'PPK')")
public class UsulanFormasiQuery {

    /** A proposal with its totals. */
    public record Ringkas(
            long id,
            int tahun,
            String judul,
            long kaskadeId,
            StatusUsulanFormasi status,
            int jumlahJabatan,
            int lowongan,
            int usulan,
            String dibuatOleh,
            OffsetDateTime dibuatPada,
            int versi) {}

    /** One row. */
    public record Baris(
            long id,
            long jabatanId,
            String jabatanKode,
            String jabatanNama,
            String tingkat,
            int kelas,
            long unitId,
            String unitNama,
            long opdId,
            String opdNama,
            @Nullable String pendidikan,
            int lowongan,
            int jumlahUsulan,
            JenisPengadaan jenisPengadaan,
            @Nullable String keterangan) {}

    /** One workflow step. */
    public record Jejak(
            @Nullable StatusUsulanFormasi dari,
            StatusUsulanFormasi ke,
            String oleh,
            OffsetDateTime pada,
            @Nullable String catatan) {}

    /** The whole proposal. */
    public record Rinci(
            Ringkas usulan,
            List<Baris> baris,
            List<Jejak> jejak,
            @Nullable String diajukanOleh,
            @Nullable OffsetDateTime diajukanPada,
            @Nullable String diputusOleh,
            @Nullable OffsetDateTime diputusPada,
            @Nullable String catatanPutusan) {}

    /** A cascade run that produced a formation, to start a proposal from. */
    public record KaskadeTersedia(long kaskadeId, int jabatan, int jumlah) {}

    /**
     * The list page: every proposal; for BKD also the runs to start one from and the default year (next year).
     *
     * @param bolehMembuat the user may start a proposal (ADMIN_BKD)
     */
    public record HalamanDaftar(
            List<Ringkas> daftar, boolean bolehMembuat, List<KaskadeTersedia> kaskadeTersedia, int tahunBawaan) {}

    /** A proposal with its document texts in the caller's language. */
    public record Dokumen(Rinci rinci, EksporUsulanFormasi.Teks teks) {}

    private final JdbcClient jdbc;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    UsulanFormasiQuery(JdbcClient jdbc, CakupanPengguna cakupan, MessageSource pesan, Clock clock) {
        this.jdbc = jdbc;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    public List<Ringkas> daftar() {
        return jdbc.sql(SELECT_RINGKAS + " GROUP BY u.id ORDER BY u.id DESC")
                .query(UsulanFormasiQuery::ringkas)
                .list();
    }

    public HalamanDaftar halamanDaftar() {
        boolean bkd = cakupan.saatIni().pengelola();
        return new HalamanDaftar(
                daftar(),
                bkd,
                bkd ? kaskadeTersedia() : List.of(),
                LocalDate.now(clock).getYear() + 1);
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<KaskadeTersedia> kaskadeTersedia() {
        return jdbc.sql("""
                        SELECT kaskade_id, count(*), sum(jumlah) FROM perencanaan.kaskade_formasi
                        GROUP BY kaskade_id ORDER BY kaskade_id DESC LIMIT 50""")
                .query((rs, i) -> new KaskadeTersedia(rs.getLong(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** @throws DataTidakDitemukanException when there is no such proposal */
    public Rinci rinci(long id) {
        Ringkas u = jdbc.sql(SELECT_RINGKAS + " WHERE u.id = ? GROUP BY u.id")
                .param(id)
                .query(UsulanFormasiQuery::ringkas)
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("UsulanFormasi", id));
        List<Baris> baris = jdbc.sql("""
                        SELECT id, jabatan_id, jabatan_kode, jabatan_nama, tingkat, kelas, unit_id, unit_nama, opd_id,
                               opd_nama, pendidikan, lowongan, jumlah_usulan, jenis_pengadaan, keterangan
                        FROM perencanaan.usulan_formasi_baris WHERE usulan_id = ?
                        ORDER BY opd_nama, unit_nama, kelas DESC, jabatan_nama, id""")
                .param(id)
                .query((rs, i) -> new Baris(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getLong(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getInt(12),
                        rs.getInt(13),
                        JenisPengadaan.valueOf(rs.getString(14)),
                        rs.getString(15)))
                .list();
        List<Jejak> jejak = jdbc.sql("""
                        SELECT dari_status, ke_status, oleh, pada, catatan FROM perencanaan.usulan_formasi_jejak
                        WHERE usulan_id = ? ORDER BY id""")
                .param(id)
                .query((rs, i) -> new Jejak(
                        rs.getString(1) == null ? null : StatusUsulanFormasi.valueOf(rs.getString(1)),
                        StatusUsulanFormasi.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)))
                .list();
        return jdbc.sql("""
                        SELECT diajukan_oleh, diajukan_pada, diputus_oleh, diputus_pada, catatan_putusan
                        FROM perencanaan.usulan_formasi WHERE id = ?""")
                .param(id)
                .query((rs, i) -> new Rinci(
                        u,
                        baris,
                        jejak,
                        rs.getString(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class),
                        rs.getString(5)))
                .single();
    }

    /** The proposal and its document texts (heading with the Pemda's name, columns, signature block). */
    public Dokumen dokumen(long id, Locale locale) {
        Rinci r = rinci(id);
        String pemda = jdbc.sql("SELECT nama FROM organisasi.v_pemda ORDER BY id LIMIT 1")
                .query(String.class)
                .optional()
                .orElse("");
        return new Dokumen(r, EksporUsulanFormasi.teks(r, locale, pesan, pemda));
    }

    private static final String SELECT_RINGKAS = """
            SELECT u.id, u.tahun, u.judul, u.kaskade_id, u.status, count(b.id), coalesce(sum(b.lowongan), 0),
                   coalesce(sum(b.jumlah_usulan), 0), u.dibuat_oleh, u.dibuat_pada, u.versi
            FROM perencanaan.usulan_formasi u LEFT JOIN perencanaan.usulan_formasi_baris b ON b.usulan_id = u.id
            """;

    private static Ringkas ringkas(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Ringkas(
                rs.getLong(1),
                rs.getInt(2),
                rs.getString(3),
                rs.getLong(4),
                StatusUsulanFormasi.valueOf(rs.getString(5)),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8),
                rs.getString(9),
                rs.getObject(10, OffsetDateTime.class),
                rs.getInt(11));
    }
}
