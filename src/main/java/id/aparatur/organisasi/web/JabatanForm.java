package id.aparatur.organisasi.web;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.domain.AturanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Form backing object of the jabatan editor. Uraian tugas is one task per line; hasil kerja one product per line as
 * {@code produk | satuan}. The SKJ and the korelasi are kept as they are (the SKJ has its own editor).
 */
public class JabatanForm {

    private @Nullable Long opdId;

    @NotNull
    private @Nullable Long unitId;

    @NotBlank
    @Size(max = 40)
    private String kode = "";

    @NotBlank
    @Size(max = 200)
    private String nama = "";

    @NotNull
    private @Nullable JenisJabatan jenisJabatan;

    private @Nullable Jenjang jenjang;

    @Size(max = 40)
    private @Nullable String kodeJf;

    @NotNull
    @Min(AturanJabatan.KELAS_TERENDAH)
    @Max(AturanJabatan.KELAS_TERTINGGI)
    private @Nullable Integer kelas;

    @NotBlank
    private String rumpun = "";

    @NotNull
    @PositiveOrZero
    private @Nullable Integer kuota;

    private @Nullable String ikhtisar;
    private @Nullable String uraianTugas;
    private @Nullable String hasilKerja;
    private @Nullable String standarKinerjaProduk;
    private @Nullable String standarKinerjaPerilaku;
    private @Nullable Long sasaranOpdId;

    @Size(max = 200)
    private @Nullable String syaratPendidikan;

    private @Nullable String syaratPangkatMinimal;

    @Size(max = 300)
    private @Nullable String syaratPengalaman;

    private int versi;

    static JabatanForm dari(Jabatan j) {
        JabatanForm f = new JabatanForm();
        f.opdId = j.opdId();
        f.unitId = j.unitId();
        f.kode = j.kode();
        f.nama = j.nama();
        f.jenisJabatan = j.jenisJabatan();
        f.jenjang = j.jenjang();
        f.kodeJf = j.kodeJf();
        f.kelas = j.kelas();
        f.rumpun = j.rumpun();
        f.kuota = j.kuota();
        f.ikhtisar = j.ikhtisar();
        f.uraianTugas = String.join("\n", j.uraianTugas());
        f.hasilKerja = String.join(
                "\n",
                j.hasilKerja().stream()
                        .map(h -> h.produk() + " | " + h.satuan())
                        .toList());
        f.standarKinerjaProduk = j.standarKinerjaProduk();
        f.standarKinerjaPerilaku = j.standarKinerjaPerilaku();
        f.sasaranOpdId = j.sasaranOpdId();
        f.syaratPendidikan = j.syaratPendidikan();
        f.syaratPangkatMinimal = j.syaratPangkatMinimal();
        f.syaratPengalaman = j.syaratPengalaman();
        f.versi = j.versi();
        return f;
    }

    /** The position described by the form, keeping {@code skj} and {@code korelasi} of the existing one. */
    Jabatan keDomain(long opd, List<Jabatan.StandarKompetensi> skj, List<Jabatan.Korelasi> korelasi) {
        return new Jabatan(
                null,
                opd,
                unitId == null ? -1 : unitId,
                kode.trim(),
                nama.trim(),
                jenisJabatan,
                jenjang,
                kelas == null ? 0 : kelas,
                rumpun,
                kuota == null ? 0 : kuota,
                kosong(ikhtisar),
                baris(uraianTugas),
                hasil(),
                kosong(standarKinerjaProduk),
                kosong(standarKinerjaPerilaku),
                korelasi,
                sasaranOpdId,
                kosong(syaratPendidikan),
                kosong(syaratPangkatMinimal),
                kosong(syaratPengalaman),
                skj,
                true,
                versi,
                kodeJfBaku(kodeJf));
    }

    /** A hasil kerja line without "produk | satuan" gets an empty unit, which {@code AturanJabatan} rejects. */
    private List<Jabatan.HasilKerja> hasil() {
        List<Jabatan.HasilKerja> h = new ArrayList<>();
        for (String b : baris(hasilKerja)) {
            int i = b.lastIndexOf('|');
            h.add(
                    i < 0
                            ? new Jabatan.HasilKerja(b.trim(), "")
                            : new Jabatan.HasilKerja(
                                    b.substring(0, i).trim(), b.substring(i + 1).trim()));
        }
        return h;
    }

    private static List<String> baris(@Nullable String teks) {
        return teks == null
                ? List.of()
                : Arrays.stream(teks.split("\\R"))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static @Nullable String kodeJfBaku(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim().toUpperCase(java.util.Locale.ROOT);
    }

    private static @Nullable String kosong(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // Accessors for data binding (form objects are the one place with setters, see style §8.5).
    public @Nullable Long getOpdId() {
        return opdId;
    }

    public void setOpdId(@Nullable Long v) {
        opdId = v;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public void setUnitId(@Nullable Long v) {
        unitId = v;
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String v) {
        kode = v == null ? "" : v;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String v) {
        nama = v == null ? "" : v;
    }

    public @Nullable JenisJabatan getJenisJabatan() {
        return jenisJabatan;
    }

    public void setJenisJabatan(@Nullable JenisJabatan v) {
        jenisJabatan = v;
    }

    public @Nullable String getKodeJf() {
        return kodeJf;
    }

    public void setKodeJf(@Nullable String v) {
        kodeJf = v;
    }

    public @Nullable Jenjang getJenjang() {
        return jenjang;
    }

    public void setJenjang(@Nullable Jenjang v) {
        jenjang = v;
    }

    public @Nullable Integer getKelas() {
        return kelas;
    }

    public void setKelas(@Nullable Integer v) {
        kelas = v;
    }

    public String getRumpun() {
        return rumpun;
    }

    public void setRumpun(String v) {
        rumpun = v == null ? "" : v;
    }

    public @Nullable Integer getKuota() {
        return kuota;
    }

    public void setKuota(@Nullable Integer v) {
        kuota = v;
    }

    public @Nullable String getIkhtisar() {
        return ikhtisar;
    }

    public void setIkhtisar(@Nullable String v) {
        ikhtisar = v;
    }

    public @Nullable String getUraianTugas() {
        return uraianTugas;
    }

    public void setUraianTugas(@Nullable String v) {
        uraianTugas = v;
    }

    public @Nullable String getHasilKerja() {
        return hasilKerja;
    }

    public void setHasilKerja(@Nullable String v) {
        hasilKerja = v;
    }

    public @Nullable String getStandarKinerjaProduk() {
        return standarKinerjaProduk;
    }

    public void setStandarKinerjaProduk(@Nullable String v) {
        standarKinerjaProduk = v;
    }

    public @Nullable String getStandarKinerjaPerilaku() {
        return standarKinerjaPerilaku;
    }

    public void setStandarKinerjaPerilaku(@Nullable String v) {
        standarKinerjaPerilaku = v;
    }

    public @Nullable Long getSasaranOpdId() {
        return sasaranOpdId;
    }

    public void setSasaranOpdId(@Nullable Long v) {
        sasaranOpdId = v;
    }

    public @Nullable String getSyaratPendidikan() {
        return syaratPendidikan;
    }

    public void setSyaratPendidikan(@Nullable String v) {
        syaratPendidikan = v;
    }

    public @Nullable String getSyaratPangkatMinimal() {
        return syaratPangkatMinimal;
    }

    public void setSyaratPangkatMinimal(@Nullable String v) {
        syaratPangkatMinimal = v;
    }

    public @Nullable String getSyaratPengalaman() {
        return syaratPengalaman;
    }

    public void setSyaratPengalaman(@Nullable String v) {
        syaratPengalaman = v;
    }

    public int getVersi() {
        return versi;
    }

    public void setVersi(int v) {
        versi = v;
    }
}
