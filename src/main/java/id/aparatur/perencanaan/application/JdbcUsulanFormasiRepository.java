package id.aparatur.perencanaan.application;

import id.aparatur.perencanaan.domain.BarisUsulanFormasi;
import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.perencanaan.domain.LangkahUsulanFormasi;
import id.aparatur.perencanaan.domain.StatusUsulanFormasi;
import id.aparatur.perencanaan.domain.UsulanFormasi;
import id.aparatur.perencanaan.domain.UsulanFormasiRepository;
import id.aparatur.sistem.Transisi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link UsulanFormasiRepository} on {@code perencanaan.usulan_formasi}, its rows and its append-only trail. The rows
 * are updated in place (the database refuses to delete them and to change them outside DRAF/DIKEMBALIKAN), never
 * rewritten; the jabatan, unit and OPD names of a new proposal come from organisasi's read contract.
 */
@Repository
class JdbcUsulanFormasiRepository implements UsulanFormasiRepository {

    private final JdbcClient jdbc;

    JdbcUsulanFormasiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UsulanFormasi> cari(long id) {
        List<BarisUsulanFormasi> baris = jdbc.sql("""
                        SELECT id, jabatan_id, lowongan, jumlah_usulan, jenis_pengadaan, keterangan
                        FROM perencanaan.usulan_formasi_baris WHERE usulan_id = ? ORDER BY id""")
                .param(id)
                .query((rs, i) -> new BarisUsulanFormasi(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        JenisPengadaan.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .list();
        return jdbc.sql("SELECT tahun, judul, kaskade_id, status, versi FROM perencanaan.usulan_formasi WHERE id = ?")
                .param(id)
                .query((rs, i) -> UsulanFormasi.pulihkan(
                        id,
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getLong(3),
                        StatusUsulanFormasi.valueOf(rs.getString(4)),
                        baris,
                        rs.getInt(5)))
                .optional();
    }

    @Override
    public int jumlahBarisFormasi(long kaskadeId) {
        return jdbc.sql("SELECT count(*) FROM perencanaan.kaskade_formasi WHERE kaskade_id = ? AND jumlah > 0")
                .param(kaskadeId)
                .query(Integer.class)
                .single();
    }

    @Override
    public long tambah(UsulanFormasi u) {
        LangkahUsulanFormasi awal = Objects.requireNonNull(u.langkah(), "usulan baru tanpa langkah awal");
        long id = jdbc.sql("""
                        INSERT INTO perencanaan.usulan_formasi (tahun, judul, kaskade_id, dibuat_oleh, dibuat_pada)
                        VALUES (?, ?, ?, ?, ?) RETURNING id""")
                .params(u.tahun(), u.judul(), u.kaskadeId(), awal.oleh(), awal.pada())
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO perencanaan.usulan_formasi_baris (usulan_id, jabatan_id, jabatan_kode, jabatan_nama,
                            tingkat, kelas, unit_id, unit_nama, opd_id, opd_nama, pendidikan, lowongan, jumlah_usulan)
                        SELECT ?, j.id, j.kode, j.nama,\s""" + PembangunMasalahKaskade.TINGKAT_SQL + """
                        , j.kelas, u.id, u.nama, o.id, o.nama, coalesce(f.pendidikan, j.syarat_pendidikan),
                               sum(f.jumlah), sum(f.jumlah)
                        FROM perencanaan.kaskade_formasi f
                        JOIN organisasi.v_jabatan j ON j.id = f.jabatan_id
                        JOIN organisasi.v_unit u ON u.id = j.unit_id
                        JOIN organisasi.v_opd o ON o.id = j.opd_id
                        WHERE f.kaskade_id = ? AND f.jumlah > 0
                        GROUP BY j.id, j.kode, j.nama, j.jenis_jabatan, j.jenjang, j.kelas, u.id, u.nama, o.id, o.nama,
                            coalesce(f.pendidikan, j.syarat_pendidikan)""")
                .params(id, u.kaskadeId())
                .update();
        jejak(id, awal);
        return id;
    }

    @Override
    public void simpan(UsulanFormasi u) {
        long id = Objects.requireNonNull(u.id(), "usulan belum disimpan");
        LangkahUsulanFormasi l = u.langkah();
        Transisi t = Transisi.ubah(jdbc, "perencanaan.usulan_formasi", id).versi(u.versi());
        if (l == null) {
            t.set("versi = versi + 1");
        } else if (l.ke() == StatusUsulanFormasi.DIAJUKAN) {
            t.set("""
                    status = :ke, diajukan_oleh = :oleh, diajukan_pada = :pada, diputus_oleh = NULL,
                    diputus_pada = NULL, catatan_putusan = NULL, versi = versi + 1""");
        } else {
            t.set("""
                    status = :ke, diputus_oleh = :oleh, diputus_pada = :pada, catatan_putusan = :catatan,
                    versi = versi + 1""").param("catatan", l.catatan());
        }
        if (l != null) {
            t.param("ke", l.ke().name()).param("oleh", l.oleh()).param("pada", l.pada());
        }
        t.jalankan("UsulanFormasi", UsulanFormasi.VERSI_USANG, "Usulan formasi " + id + " sudah berubah");
        for (UsulanFormasi.PerubahanBaris p : u.perubahan()) {
            BarisUsulanFormasi b = p.sesudah();
            jdbc.sql("""
                            UPDATE perencanaan.usulan_formasi_baris SET jumlah_usulan = ?, jenis_pengadaan = ?,
                                keterangan = ?
                            WHERE id = ? AND usulan_id = ?""")
                    .params(b.jumlahUsulan(), b.jenisPengadaan().name(), b.keterangan(), b.id(), id)
                    .update();
        }
        if (l != null) {
            jejak(id, l);
        }
    }

    private void jejak(long id, LangkahUsulanFormasi l) {
        jdbc.sql("""
                        INSERT INTO perencanaan.usulan_formasi_jejak (usulan_id, dari_status, ke_status, oleh, pada,
                            catatan)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, l.dari() == null ? null : l.dari().name(), l.ke().name(), l.oleh(), l.pada(), l.catatan())
                .update();
    }
}
