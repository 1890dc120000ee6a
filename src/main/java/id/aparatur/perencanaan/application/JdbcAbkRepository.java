package id.aparatur.perencanaan.application;

import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AbkRepository;
import id.aparatur.perencanaan.domain.AturanPembulatan;
import id.aparatur.perencanaan.domain.StatusAbk;
import id.aparatur.perencanaan.domain.TugasAbk;
import id.aparatur.sistem.Transisi;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link AbkRepository} on {@code perencanaan.abk} and {@code perencanaan.tugas_abk}. The tasks are value objects of
 * the editable version: rewritten as a whole when they change (the audit keeps the previous list), frozen from the
 * submission on.
 */
@Repository
class JdbcAbkRepository implements AbkRepository {

    private final JdbcClient jdbc;

    JdbcAbkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Abk> cari(long id) {
        List<TugasAbk> tugas = jdbc.sql("SELECT uraian, hasil_kerja, satuan, volume, norma_waktu "
                        + "FROM perencanaan.tugas_abk WHERE abk_id = ? ORDER BY urutan")
                .param(id)
                .query((rs, i) ->
                        new TugasAbk(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
        return jdbc.sql("""
                        SELECT jabatan_id, opd_id, tahun, status, wke_menit, wke_berlaku_mulai, aturan_pembulatan,
                               catatan_pengembalian, versi
                        FROM perencanaan.abk WHERE id = ?""")
                .param(id)
                .query((rs, i) -> Abk.pulihkan(
                        id,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        StatusAbk.valueOf(rs.getString(4)),
                        rs.getInt(5),
                        rs.getObject(6, LocalDate.class),
                        AturanPembulatan.valueOf(rs.getString(7)),
                        tugas,
                        rs.getString(8),
                        rs.getInt(9)))
                .optional();
    }

    @Override
    public Optional<Long> idUntuk(long jabatanId, int tahun) {
        return jdbc.sql("SELECT id FROM perencanaan.abk WHERE jabatan_id = ? AND tahun = ?")
                .params(jabatanId, tahun)
                .query(Long.class)
                .optional();
    }

    @Override
    public boolean adaFinalSesudah(long jabatanId, int tahun) {
        return jdbc.sql("SELECT count(*) FROM perencanaan.abk WHERE jabatan_id = ? AND tahun > ? AND status = 'FINAL'")
                        .params(jabatanId, tahun)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public long tambah(Abk a, String oleh, Instant pada) {
        long id = jdbc.sql("""
                        INSERT INTO perencanaan.abk (jabatan_id, opd_id, tahun, status, wke_menit, wke_berlaku_mulai,
                          aturan_pembulatan, total_beban_menit, kebutuhan, disalin_dari_id, dibuat_oleh, dibuat_pada,
                          diubah_oleh, diubah_pada, versi)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) RETURNING id""")
                .params(
                        a.jabatanId(),
                        a.opdId(),
                        a.tahun(),
                        a.status().name(),
                        a.wkeMenit(),
                        a.wkeBerlakuMulai(),
                        a.aturanPembulatan().name(),
                        a.totalBebanMenit(),
                        a.kebutuhan(),
                        a.disalinDariId(),
                        oleh,
                        Timestamp.from(pada),
                        oleh,
                        Timestamp.from(pada))
                .query(Long.class)
                .single();
        tulisTugas(id, a.tugas());
        return id;
    }

    @Override
    public void simpan(Abk a, String oleh, Instant pada) {
        long id = Objects.requireNonNull(a.id(), "ABK belum disimpan");
        Abk.Langkah l = a.langkah();
        StringBuilder set = new StringBuilder("diubah_oleh = :oleh, diubah_pada = :pada, versi = versi + 1");
        Transisi t = Transisi.ubah(jdbc, "perencanaan.abk", id)
                .versi(a.versi())
                .param("oleh", oleh)
                .param("pada", Timestamp.from(pada));
        if (a.tugasDiubah()) {
            set.append(", wke_menit = :wke, wke_berlaku_mulai = :wkeMulai, aturan_pembulatan = :aturan, "
                    + "total_beban_menit = :total, kebutuhan = :kebutuhan");
            t.param("wke", a.wkeMenit())
                    .param("wkeMulai", a.wkeBerlakuMulai())
                    .param("aturan", a.aturanPembulatan().name())
                    .param("total", a.totalBebanMenit())
                    .param("kebutuhan", a.kebutuhan());
        }
        if (l != null) {
            String pelaku = switch (l.ke()) {
                case DIAJUKAN -> "diajukan";
                case FINAL -> "difinalkan";
                case DIKEMBALIKAN -> "dikembalikan";
                case DRAF -> throw new IllegalStateException("ABK tidak kembali ke DRAF");
            };
            set.append(", status = :status, ")
                    .append(pelaku)
                    .append("_oleh = :oleh, ")
                    .append(pelaku)
                    .append("_pada = :pada, catatan_pengembalian = COALESCE(:catatan, catatan_pengembalian)");
            t.param("status", l.ke().name()).param("catatan", l.catatan());
        }
        t.set(set.toString()).jalankan("ABK", Abk.VERSI_USANG, "ABK " + id + " versi " + a.versi() + " usang");
        if (a.tugasDiubah()) {
            jdbc.sql("DELETE FROM perencanaan.tugas_abk WHERE abk_id = ?")
                    .param(id)
                    .update();
            tulisTugas(id, a.tugas());
        }
    }

    private void tulisTugas(long id, List<TugasAbk> tugas) {
        int u = 0;
        for (TugasAbk t : tugas) {
            jdbc.sql("""
                            INSERT INTO perencanaan.tugas_abk (abk_id, urutan, uraian, hasil_kerja, satuan, volume,
                              norma_waktu, beban_menit) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, u++, t.uraian(), t.hasilKerja(), t.satuan(), t.volume(), t.normaWaktu(), t.bebanMenit())
                    .update();
        }
    }
}
