package id.aparatur.pegawai.web;

import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.application.PengelolaanProfil.RiwayatBaru;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Form backing object of "Tambah riwayat" (BKD). Which inputs count depends on the jenis: golongan for PANGKAT, the
 * education level for PENDIDIKAN, the JP for PELATIHAN, the penalty level for HUKUMAN_DISIPLIN; the others are ignored.
 */
public class RiwayatForm {

    @NotNull
    private @Nullable JenisRiwayat jenis;

    @Size(max = 300)
    private @Nullable String uraian;

    @Size(max = 300)
    private @Nullable String keterangan;

    private @Nullable String golongan;
    private @Nullable String tingkatPendidikan;
    private @Nullable String tingkatHukuman;
    private @Nullable Integer jp;

    @Size(max = 100)
    private @Nullable String nomorSk;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tanggalSk;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tmt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tmtSelesai;

    RiwayatBaru keDomain() {
        JenisRiwayat j = jenis == null ? JenisRiwayat.PANGKAT : jenis;
        String tingkat = switch (j) {
            case PENDIDIKAN -> kosong(tingkatPendidikan);
            case HUKUMAN_DISIPLIN -> kosong(tingkatHukuman);
            default -> null;
        };
        return new RiwayatBaru(
                j,
                uraian == null ? "" : uraian.trim(),
                kosong(keterangan),
                j == JenisRiwayat.PANGKAT ? kosong(golongan) : null,
                null,
                tingkat,
                j == JenisRiwayat.PELATIHAN ? jp : null,
                kosong(nomorSk),
                tanggalSk,
                tmt,
                tmtSelesai);
    }

    /** The form field a rule on {@link RiwayatBaru} concerns. */
    static String isian(String field) {
        return switch (field) {
            case "tingkat" -> "tingkatHukuman";
            case "uraian", "golongan", "jp", "tanggalSk", "tmt", "tmtSelesai", "keterangan", "nomorSk" -> field;
            default -> "";
        };
    }

    private static @Nullable String kosong(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public @Nullable JenisRiwayat getJenis() {
        return jenis;
    }

    public void setJenis(@Nullable JenisRiwayat v) {
        jenis = v;
    }

    public @Nullable String getUraian() {
        return uraian;
    }

    public void setUraian(@Nullable String v) {
        uraian = v;
    }

    public @Nullable String getKeterangan() {
        return keterangan;
    }

    public void setKeterangan(@Nullable String v) {
        keterangan = v;
    }

    public @Nullable String getGolongan() {
        return golongan;
    }

    public void setGolongan(@Nullable String v) {
        golongan = v;
    }

    public @Nullable String getTingkatPendidikan() {
        return tingkatPendidikan;
    }

    public void setTingkatPendidikan(@Nullable String v) {
        tingkatPendidikan = v;
    }

    public @Nullable String getTingkatHukuman() {
        return tingkatHukuman;
    }

    public void setTingkatHukuman(@Nullable String v) {
        tingkatHukuman = v;
    }

    public @Nullable Integer getJp() {
        return jp;
    }

    public void setJp(@Nullable Integer v) {
        jp = v;
    }

    public @Nullable String getNomorSk() {
        return nomorSk;
    }

    public void setNomorSk(@Nullable String v) {
        nomorSk = v;
    }

    public @Nullable LocalDate getTanggalSk() {
        return tanggalSk;
    }

    public void setTanggalSk(@Nullable LocalDate v) {
        tanggalSk = v;
    }

    public @Nullable LocalDate getTmt() {
        return tmt;
    }

    public void setTmt(@Nullable LocalDate v) {
        tmt = v;
    }

    public @Nullable LocalDate getTmtSelesai() {
        return tmtSelesai;
    }

    public void setTmtSelesai(@Nullable LocalDate v) {
        tmtSelesai = v;
    }
}
