package id.aparatur.perencanaan.application;

import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.TugasAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persistence of the {@link Abk} aggregate (the row and its tasks) and of the WKE table. */
@Repository
class AbkRepository {

    private final JdbcClient jdbc;

    AbkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Abk> cari(long id) {
        return jdbc.sql("""
                        SELECT id, jabatan_id, opd_id, tahun, status, wke_menit, wke_berlaku_mulai, aturan_pembulatan,
                               catatan_pengembalian, versi
                        FROM perencanaan.abk WHERE id = ?""").param(id)
                .query((rs, i) -> new Abk(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        StatusAbk.valueOf(rs.getString(5)), rs.getInt(6), rs.getObject(7, java.time.LocalDate.class),
                        AturanPembulatan.valueOf(rs.getString(8)), tugas(id), rs.getString(9), rs.getInt(10)))
                .optional();
    }

    List<TugasAbk> tugas(long abkId) {
        return jdbc.sql("SELECT uraian, hasil_kerja, satuan, volume, norma_waktu FROM perencanaan.tugas_abk "
                        + "WHERE abk_id = ? ORDER BY urutan").param(abkId)
                .query((rs, i) -> new TugasAbk(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }

    Optional<Long> idUntuk(long jabatanId, int tahun) {
        return jdbc.sql("SELECT id FROM perencanaan.abk WHERE jabatan_id = ? AND tahun = ?").params(jabatanId, tahun)
                .query(Long.class).optional();
    }

    long tambah(Abk a, long totalBeban, int kebutuhan, @Nullable Long salinDari, String oleh, Instant kini) {
        long id = jdbc.sql("""
                        INSERT INTO perencanaan.abk (jabatan_id, opd_id, tahun, status, wke_menit, wke_berlaku_mulai,
                          aturan_pembulatan, total_beban_menit, kebutuhan, disalin_dari_id, dibuat_oleh, dibuat_pada,
                          diubah_oleh, diubah_pada, versi)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id""")
                .params(a.jabatanId(), a.opdId(), a.tahun(), a.status().name(), a.wkeMenit(), a.wkeBerlakuMulai(),
                        a.aturanPembulatan().name(), totalBeban, kebutuhan, salinDari, oleh, Timestamp.from(kini), oleh,
                        Timestamp.from(kini))
                .query(Long.class).single();
        simpanTugas(id, a.tugas());
        return id;
    }

    /**
     * Writes the calculation basis, the totals and the tasks if {@code versi} still matches.
     *
     * @throws OptimisticLockingFailureException when somebody saved in between
     */
    void ubahIsi(Abk a, long totalBeban, int kebutuhan, String oleh, Instant kini) {
        int n = jdbc.sql("""
                        UPDATE perencanaan.abk SET wke_menit = ?, wke_berlaku_mulai = ?, aturan_pembulatan = ?,
                          total_beban_menit = ?, kebutuhan = ?, diubah_oleh = ?, diubah_pada = ?, versi = versi + 1
                        WHERE id = ? AND versi = ?""")
                .params(a.wkeMenit(), a.wkeBerlakuMulai(), a.aturanPembulatan().name(), totalBeban, kebutuhan, oleh,
                        Timestamp.from(kini), a.id(), a.versi())
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("ABK " + a.id() + " versi " + a.versi() + " usang");
        }
        // Tasks are value objects of the editable draft (rewritten on save); the audit keeps the previous list.
        jdbc.sql("DELETE FROM perencanaan.tugas_abk WHERE abk_id = ?").param(a.id()).update();
        simpanTugas(a.id(), a.tugas());
    }

    /** Moves the status; {@code kolom} is the actor column prefix ({@code diajukan}, {@code difinalkan}, …). */
    void ubahStatus(long id, int versi, StatusAbk status, String kolom, @Nullable String catatan, String oleh,
            Instant kini) {
        int n = jdbc.sql("UPDATE perencanaan.abk SET status = ?, " + kolom + "_oleh = ?, " + kolom + "_pada = ?, "
                        + "catatan_pengembalian = COALESCE(?, catatan_pengembalian), diubah_oleh = ?, diubah_pada = ?, "
                        + "versi = versi + 1 WHERE id = ? AND versi = ?")
                .params(status.name(), oleh, Timestamp.from(kini), catatan, oleh, Timestamp.from(kini), id, versi)
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("ABK " + id + " versi " + versi + " usang");
        }
    }

    /** Whether a later year of the same jabatan is already final (then that one keeps deciding the kuota). */
    boolean adaFinalSesudah(long jabatanId, int tahun) {
        return jdbc.sql("SELECT count(*) FROM perencanaan.abk WHERE jabatan_id = ? AND tahun > ? AND status = 'FINAL'")
                .params(jabatanId, tahun).query(Long.class).single() > 0;
    }

    private void simpanTugas(long id, List<TugasAbk> tugas) {
        int u = 0;
        for (TugasAbk t : tugas) {
            jdbc.sql("""
                            INSERT INTO perencanaan.tugas_abk (abk_id, urutan, uraian, hasil_kerja, satuan, volume,
                              norma_waktu, beban_menit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, u++, t.uraian(), t.hasilKerja(), t.satuan(), t.volume(), t.normaWaktu(), t.bebanMenit())
                    .update();
        }
    }

    List<WaktuKerjaEfektif> semuaWke() {
        return jdbc.sql("SELECT berlaku_mulai, menit_per_tahun, dasar_hukum FROM perencanaan.waktu_kerja_efektif "
                        + "ORDER BY berlaku_mulai")
                .query((rs, i) -> new WaktuKerjaEfektif(rs.getObject(1, java.time.LocalDate.class), rs.getInt(2),
                        rs.getString(3)))
                .list();
    }

    boolean adaWke(java.time.LocalDate berlakuMulai) {
        return jdbc.sql("SELECT count(*) FROM perencanaan.waktu_kerja_efektif WHERE berlaku_mulai = ?")
                .param(berlakuMulai).query(Long.class).single() > 0;
    }

    void tambahWke(WaktuKerjaEfektif w, String oleh, Instant kini) {
        jdbc.sql("""
                        INSERT INTO perencanaan.waktu_kerja_efektif (berlaku_mulai, menit_per_tahun, dasar_hukum,
                          dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?)""")
                .params(w.berlakuMulai(), w.menitPerTahun(), w.dasarHukum(), oleh, Timestamp.from(kini)).update();
    }
}
