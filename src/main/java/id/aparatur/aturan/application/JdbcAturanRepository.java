package id.aparatur.aturan.application;

import id.aparatur.aturan.StatusVersi;
import id.aparatur.aturan.domain.Aturan;
import id.aparatur.aturan.domain.AturanRepository;
import id.aparatur.aturan.domain.Versi;
import id.aparatur.sistem.Transisi;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** {@link AturanRepository} on {@code aturan.aturan} and {@code aturan.versi_aturan}. */
@Repository
class JdbcAturanRepository implements AturanRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcAturanRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<Aturan> muat(String kode, boolean kunci) {
        boolean ada = jdbc.sql("SELECT kode FROM aturan.aturan WHERE kode = ?" + (kunci ? " FOR UPDATE" : ""))
                .param(kode)
                .query(String.class)
                .optional()
                .isPresent();
        if (!ada) {
            return Optional.empty();
        }
        return Optional.of(Aturan.pulihkan(kode, false, versi(kode)));
    }

    List<Versi> versi(String kode) {
        return jdbc.sql("SELECT * FROM aturan.versi_aturan WHERE kode = ? ORDER BY nomor")
                .param(kode)
                .query((rs, i) -> new Versi(
                        rs.getInt("nomor"),
                        rs.getObject("berlaku_mulai", LocalDate.class),
                        rs.getString("dasar_hukum"),
                        rs.getString("catatan"),
                        json.readTree(rs.getString("nilai")),
                        rs.getBoolean("belum_dikonfirmasi"),
                        StatusVersi.valueOf(rs.getString("status")),
                        rs.getString("diusulkan_oleh"),
                        rs.getObject("diusulkan_pada", OffsetDateTime.class),
                        rs.getString("diputus_oleh"),
                        rs.getObject("diputus_pada", OffsetDateTime.class),
                        rs.getString("alasan_penolakan"),
                        rs.getInt("versi")))
                .list();
    }

    @Override
    public void daftarkan(String kode, String nama, String modul, String deskripsi, OffsetDateTime pada) {
        jdbc.sql("""
                INSERT INTO aturan.aturan (kode, nama, modul, deskripsi, dicatat_pada) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (kode) DO UPDATE SET nama = EXCLUDED.nama, modul = EXCLUDED.modul,
                    deskripsi = EXCLUDED.deskripsi""").params(kode, nama, modul, deskripsi, pada).update();
    }

    @Override
    public void tambahVersi(String kode, Versi v) {
        jdbc.sql("""
                INSERT INTO aturan.versi_aturan (kode, nomor, berlaku_mulai, dasar_hukum, catatan, nilai,
                    belum_dikonfirmasi, status, diusulkan_oleh, diusulkan_pada, diputus_oleh, diputus_pada, versi)
                VALUES (:kode, :nomor, :mulai, :dasar, :catatan, CAST(:nilai AS jsonb), :belum, :status, :oleh, :pada,
                    :diputusOleh, :diputusPada, 0)""")
                .param("kode", kode)
                .param("nomor", v.nomor())
                .param("mulai", v.berlakuMulai())
                .param("dasar", v.dasarHukum())
                .param("catatan", v.catatan())
                .param("nilai", json.writeValueAsString(v.nilai()))
                .param("belum", v.belumDikonfirmasi())
                .param("status", v.status().name())
                .param("oleh", v.diusulkanOleh())
                .param("pada", v.diusulkanPada())
                .param("diputusOleh", v.diputusOleh())
                .param("diputusPada", v.diputusPada())
                .update();
    }

    /** Version 1 unless the table has versions already (several instances may start at once). */
    boolean tambahVersiAwal(String kode, Versi v) {
        boolean kosong = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM aturan.versi_aturan WHERE kode = ?)")
                .param(kode)
                .query(Boolean.class)
                .single();
        if (!kosong) {
            return false;
        }
        tambahVersi(kode, v);
        return true;
    }

    @Override
    public void putuskan(String kode, Versi diputus) {
        Transisi.ubah(jdbc, "aturan.versi_aturan", "kode", kode)
                .set("status = :status, diputus_oleh = :oleh, diputus_pada = :pada, alasan_penolakan = :alasan, "
                        + "versi = versi + 1")
                .param("status", diputus.status().name())
                .param("oleh", diputus.diputusOleh())
                .param("pada", diputus.diputusPada())
                .param("alasan", diputus.alasanPenolakan())
                .syarat("nomor = :nomor")
                .param("nomor", diputus.nomor())
                .versi(diputus.versi())
                .dari(StatusVersi.DIUSULKAN)
                .jalankan("Versi aturan", "aturan.versi.usang", kode + " v" + diputus.nomor() + " sudah berubah");
    }
}
