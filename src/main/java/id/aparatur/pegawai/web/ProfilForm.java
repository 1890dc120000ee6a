package id.aparatur.pegawai.web;

import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.application.PengelolaanProfil;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.shared.ValidasiException;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** Form backing object of "Ubah data DRH" (BKD): every DRH field of {@link DataProfil} plus the version read. */
public class ProfilForm {

    @Size(max = 100)
    private @Nullable String tempatLahir;

    private @Nullable String nik;

    @NotNull
    private @Nullable StatusKepegawaian statusKepegawaian = StatusKepegawaian.PNS;

    private @Nullable String golongan;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tmtGolongan;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tmtJabatan;

    private @Nullable TingkatPendidikan pendidikanTingkat;

    @Size(max = 150)
    private @Nullable String pendidikanJurusan;

    private @Nullable Integer pendidikanTahunLulus;
    private @Nullable String agama;
    private @Nullable String statusPerkawinan;

    @Size(max = 200)
    private @Nullable String disabilitas;

    private int versi;

    static ProfilForm dari(DataProfil d, int versi) {
        ProfilForm f = new ProfilForm();
        f.tempatLahir = d.tempatLahir();
        f.nik = d.nik();
        f.statusKepegawaian = d.statusKepegawaian();
        f.golongan = d.golongan() != null
                ? d.golongan().kode()
                : d.golonganPppk() == null ? null : d.golonganPppk().kode();
        f.tmtGolongan = d.tmtGolongan();
        f.tmtJabatan = d.tmtJabatan();
        f.pendidikanTingkat = d.pendidikanTingkat();
        f.pendidikanJurusan = d.pendidikanJurusan();
        f.pendidikanTahunLulus = d.pendidikanTahunLulus();
        f.agama = d.pribadi().agama();
        f.statusPerkawinan = d.pribadi().statusPerkawinan();
        f.disabilitas = d.pribadi().disabilitas();
        f.versi = versi;
        return f;
    }

    /** Blank inputs become null; the NIK may be typed with spaces. An unknown golongan is added to {@code galat}. */
    DataProfil keDomain(List<ValidasiException.Galat> galat) {
        String n = kosong(nik);
        return PengelolaanProfil.dataProfil(
                kosong(tempatLahir),
                n == null ? null : n.replace(" ", ""),
                statusKepegawaian == null ? StatusKepegawaian.PNS : statusKepegawaian,
                golongan,
                tmtGolongan,
                tmtJabatan,
                pendidikanTingkat,
                kosong(pendidikanJurusan),
                pendidikanTahunLulus,
                new DataPribadi(kosong(agama), kosong(statusPerkawinan), kosong(disabilitas)),
                galat);
    }

    private static @Nullable String kosong(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public @Nullable String getTempatLahir() {
        return tempatLahir;
    }

    public void setTempatLahir(@Nullable String v) {
        tempatLahir = v;
    }

    public @Nullable String getNik() {
        return nik;
    }

    public void setNik(@Nullable String v) {
        nik = v;
    }

    public @Nullable StatusKepegawaian getStatusKepegawaian() {
        return statusKepegawaian;
    }

    public void setStatusKepegawaian(@Nullable StatusKepegawaian v) {
        statusKepegawaian = v;
    }

    public @Nullable String getGolongan() {
        return golongan;
    }

    public void setGolongan(@Nullable String v) {
        golongan = v;
    }

    public @Nullable LocalDate getTmtGolongan() {
        return tmtGolongan;
    }

    public void setTmtGolongan(@Nullable LocalDate v) {
        tmtGolongan = v;
    }

    public @Nullable LocalDate getTmtJabatan() {
        return tmtJabatan;
    }

    public void setTmtJabatan(@Nullable LocalDate v) {
        tmtJabatan = v;
    }

    public @Nullable TingkatPendidikan getPendidikanTingkat() {
        return pendidikanTingkat;
    }

    public void setPendidikanTingkat(@Nullable TingkatPendidikan v) {
        pendidikanTingkat = v;
    }

    public @Nullable String getPendidikanJurusan() {
        return pendidikanJurusan;
    }

    public void setPendidikanJurusan(@Nullable String v) {
        pendidikanJurusan = v;
    }

    public @Nullable Integer getPendidikanTahunLulus() {
        return pendidikanTahunLulus;
    }

    public void setPendidikanTahunLulus(@Nullable Integer v) {
        pendidikanTahunLulus = v;
    }

    public @Nullable String getAgama() {
        return agama;
    }

    public void setAgama(@Nullable String v) {
        agama = v;
    }

    public @Nullable String getStatusPerkawinan() {
        return statusPerkawinan;
    }

    public void setStatusPerkawinan(@Nullable String v) {
        statusPerkawinan = v;
    }

    public @Nullable String getDisabilitas() {
        return disabilitas;
    }

    public void setDisabilitas(@Nullable String v) {
        disabilitas = v;
    }

    public int getVersi() {
        return versi;
    }

    public void setVersi(int v) {
        versi = v;
    }
}
