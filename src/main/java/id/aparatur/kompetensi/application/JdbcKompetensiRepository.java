package id.aparatur.kompetensi.application;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.domain.Kompetensi;
import id.aparatur.kompetensi.domain.KompetensiRepository;
import id.aparatur.kompetensi.domain.LevelKompetensi;
import id.aparatur.kompetensi.domain.RincianKompetensi;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link KompetensiRepository} on {@code kompetensi.kompetensi} and {@code kompetensi.kompetensi_level}. */
@Repository
class JdbcKompetensiRepository implements KompetensiRepository {

    private final JdbcClient jdbc;

    JdbcKompetensiRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Kompetensi> findByKode(String kode) {
        List<LevelKompetensi> level = jdbc.sql("SELECT level, deskripsi, indikator FROM kompetensi.kompetensi_level "
                        + "WHERE kompetensi_kode = ? ORDER BY level")
                .param(kode)
                .query((rs, i) -> new LevelKompetensi(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("SELECT * FROM kompetensi.kompetensi WHERE kode = ?")
                .param(kode)
                .query((rs, i) -> Kompetensi.pulihkan(
                        rs.getString("kode"),
                        new RincianKompetensi(
                                rs.getString("nama"),
                                JenisKompetensi.valueOf(rs.getString("jenis")),
                                rs.getString("rumpun_kode"),
                                rs.getString("definisi"),
                                rs.getString("dasar_hukum"),
                                rs.getObject("berlaku_mulai", LocalDate.class),
                                rs.getObject("berlaku_sampai", LocalDate.class),
                                level),
                        rs.getBoolean("aktif"),
                        rs.getInt("versi")))
                .optional();
    }

    @Override
    public boolean existsByKode(String kode) {
        return jdbc.sql("SELECT count(*) FROM kompetensi.kompetensi WHERE kode = ?")
                        .param(kode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public boolean rumpunAda(String rumpunKode) {
        return jdbc.sql("SELECT count(*) FROM kompetensi.rumpun WHERE kode = ?")
                        .param(rumpunKode)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void insert(Kompetensi k) {
        jdbc.sql("""
                INSERT INTO kompetensi.kompetensi (kode, nama, jenis, rumpun_kode, definisi, dasar_hukum, berlaku_mulai,
                    berlaku_sampai, aktif, versi)
                VALUES (:kode, :nama, :jenis, :rumpun, :definisi, :dasar, :mulai, :sampai, :aktif, 0)""").params(kolom(k)).update();
        tulisLevel(k);
    }

    @Override
    public int update(Kompetensi k) {
        int baris = jdbc.sql("""
                UPDATE kompetensi.kompetensi SET nama = :nama, jenis = :jenis, rumpun_kode = :rumpun,
                    definisi = :definisi, dasar_hukum = :dasar, berlaku_mulai = :mulai, berlaku_sampai = :sampai,
                    aktif = :aktif, versi = versi + 1
                WHERE kode = :kode AND versi = :versi""").params(kolom(k)).param("versi", k.versi()).update();
        if (baris == 0) {
            throw new OptimisticLockingFailureException("Kompetensi " + k.kode() + " versi " + k.versi() + " usang");
        }
        tulisLevel(k);
        return k.versi() + 1;
    }

    private void tulisLevel(Kompetensi k) {
        for (LevelKompetensi l : k.daftarLevel()) {
            jdbc.sql("INSERT INTO kompetensi.kompetensi_level (kompetensi_kode, level, deskripsi, indikator) "
                            + "VALUES (?, ?, ?, ?) ON CONFLICT (kompetensi_kode, level) "
                            + "DO UPDATE SET deskripsi = EXCLUDED.deskripsi, indikator = EXCLUDED.indikator")
                    .params(k.kode(), l.level(), l.deskripsi(), l.indikator())
                    .update();
        }
    }

    private static java.util.Map<String, Object> kolom(Kompetensi k) {
        var m = new java.util.HashMap<String, Object>();
        m.put("kode", k.kode());
        m.put("nama", k.nama());
        m.put("jenis", k.jenis().name());
        m.put("rumpun", k.rumpunKode());
        m.put("definisi", k.definisi());
        m.put("dasar", k.dasarHukum());
        m.put("mulai", k.berlakuMulai());
        m.put("sampai", k.berlakuSampai());
        m.put("aktif", k.aktif());
        return m;
    }
}
