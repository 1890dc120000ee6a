package id.aparatur.kompetensi.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.kompetensi.domain.AturanStandarLevel;
import id.aparatur.kompetensi.domain.KompetensiTidakSahException;
import id.aparatur.kompetensi.domain.Pelanggaran;
import id.aparatur.shared.KonflikException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The effective-dated table of default managerial and sosial-kultural levels per jenis and jenjang jabatan
 * (PermenPANRB 38/2017 Lampiran). Rows are only added, never edited: a new regulation gets a new row with its own
 * {@code berlakuMulai}, so that SKJ made under the old one keep their meaning.
 */
@Service
@Transactional
public class PengelolaanStandarLevel {

    static final String ENTITAS = "STANDAR_LEVEL";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PengelolaanStandarLevel(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<StandarLevelBaris> daftar() {
        return jdbc.sql("""
                        SELECT id, jenis_jabatan, jenjang, level_manajerial, level_sosial_kultural, berlaku_mulai, dasar_hukum
                        FROM kompetensi.standar_level_jenjang ORDER BY jenis_jabatan, jenjang, berlaku_mulai DESC""")
                .query((rs, i) -> new StandarLevelBaris(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .list();
    }

    /**
     * @return the id of the new row
     * @throws KonflikException when a row for the same jenis, jenjang and berlakuMulai exists
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long tambah(StandarLevelBaru baru) {
        String jenjang = baru.jenjang() == null || baru.jenjang().isBlank()
                ? AturanStandarLevel.TANPA_JENJANG
                : baru.jenjang().trim();
        List<Pelanggaran> pelanggaran = AturanStandarLevel.periksa(
                baru.jenisJabatan(), jenjang, baru.levelManajerial(), baru.levelSosialKultural());
        if (!pelanggaran.isEmpty()) {
            throw new KompetensiTidakSahException(pelanggaran);
        }
        boolean ada = jdbc.sql("""
                        SELECT count(*) FROM kompetensi.standar_level_jenjang
                        WHERE jenis_jabatan = ? AND jenjang = ? AND berlaku_mulai = ?""")
                        .params(baru.jenisJabatan(), jenjang, baru.berlakuMulai())
                        .query(Long.class)
                        .single()
                > 0;
        if (ada) {
            throw new KonflikException("standar-level.duplikat", "Standar level sudah ada");
        }
        long id = jdbc.sql("""
                        INSERT INTO kompetensi.standar_level_jenjang (jenis_jabatan, jenjang, level_manajerial,
                            level_sosial_kultural, berlaku_mulai, dasar_hukum)
                        VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        baru.jenisJabatan(),
                        jenjang,
                        baru.levelManajerial(),
                        baru.levelSosialKultural(),
                        baru.berlakuMulai(),
                        baru.dasarHukum().trim())
                .query(Long.class)
                .single();
        StandarLevelBaris sesudah = new StandarLevelBaris(
                id,
                baru.jenisJabatan(),
                jenjang,
                baru.levelManajerial(),
                baru.levelSosialKultural(),
                baru.berlakuMulai(),
                baru.dasarHukum().trim());
        events.publishEvent(new DataDiubah(
                ENTITAS,
                String.valueOf(id),
                "BUAT",
                null,
                "Standar level " + baru.jenisJabatan() + "/" + jenjang + " berlaku mulai " + baru.berlakuMulai()
                        + " ditambahkan",
                null,
                sesudah));
        return id;
    }
}
