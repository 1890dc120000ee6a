package id.aparatur.organisasi.rest;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.domain.AturanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** JSON shapes of the jabatan resource. */
final class JabatanDto {

    private JabatanDto() {}

    record Skj(
            @NotBlank String kode,
            @NotNull @Min(1) @Max(5) Integer level,

            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100")
            BigDecimal bobot) {}

    record HasilKerja(
            @NotBlank @Size(max = 300) String produk,
            @NotBlank @Size(max = 60) String satuan) {}

    record StandarKinerja(@Nullable String produk, @Nullable String perilaku) {}

    record Korelasi(
            @NotNull Long jabatanId,
            @NotNull Jabatan.JenisKorelasi jenis,
            boolean keluaranMenjadiMasukan,
            @Nullable @Size(max = 300) String keterangan) {}

    record Syarat(
            @Nullable @Size(max = 200) String pendidikan,
            @Nullable String pangkatMinimal,
            @Nullable @Size(max = 300) String pengalaman) {}

    /** Create/update request; {@code versi} is required on update (optimistic locking). */
    record Permintaan(
            @NotNull Long opdId,
            @NotNull Long unitId,
            @NotBlank @Size(max = 40) String kode,
            @NotBlank @Size(max = 200) String nama,
            @NotNull JenisJabatan jenisJabatan,
            @Nullable Jenjang jenjang,

            @NotNull @Min(AturanJabatan.KELAS_TERENDAH) @Max(AturanJabatan.KELAS_TERTINGGI)
            Integer kelas,

            @NotBlank String rumpun,
            @NotNull @PositiveOrZero Integer kuota,
            @Nullable String ikhtisar,
            @Nullable List<String> uraianTugas,
            @Nullable List<@Valid HasilKerja> hasilKerja,
            @Nullable StandarKinerja standarKinerja,
            @Nullable List<@Valid Korelasi> korelasi,
            @Nullable Long sasaranOpdId,
            @Nullable Syarat syarat,
            @NotEmpty List<@Valid Skj> standarKompetensi,
            @Nullable Integer versi,
            @Nullable @Size(max = 40) String kodeJf) {

        Jabatan keDomain() {
            Syarat s = syarat == null ? new Syarat(null, null, null) : syarat;
            StandarKinerja sk = standarKinerja == null ? new StandarKinerja(null, null) : standarKinerja;
            return new Jabatan(
                    null,
                    opdId,
                    unitId,
                    kode.trim(),
                    nama.trim(),
                    jenisJabatan,
                    jenjang,
                    kelas,
                    rumpun,
                    kuota,
                    ikhtisar,
                    uraianTugas == null ? List.of() : uraianTugas,
                    hasilKerja == null
                            ? List.of()
                            : hasilKerja.stream()
                                    .map(h -> new Jabatan.HasilKerja(h.produk(), h.satuan()))
                                    .toList(),
                    sk.produk(),
                    sk.perilaku(),
                    korelasi == null
                            ? List.of()
                            : korelasi.stream()
                                    .map(k -> new Jabatan.Korelasi(
                                            k.jabatanId(), k.jenis(), k.keluaranMenjadiMasukan(), k.keterangan()))
                                    .toList(),
                    sasaranOpdId,
                    s.pendidikan(),
                    s.pangkatMinimal(),
                    s.pengalaman(),
                    keSkj(standarKompetensi),
                    true,
                    versi == null ? 0 : versi,
                    kodeJf == null || kodeJf.isBlank() ? null : kodeJf.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    record PermintaanSkj(@NotNull Integer versi, @NotEmpty List<@Valid Skj> standarKompetensi) {}

    record PermintaanNonaktif(
            @NotBlank @Size(max = 300) String alasan,
            @NotNull Integer versi) {}

    record Respons(
            long id,
            long opdId,
            long unitId,
            String kode,
            String nama,
            JenisJabatan jenisJabatan,
            @Nullable Jenjang jenjang,
            int kelas,
            String rumpun,
            int kuota,
            @Nullable String ikhtisar,
            List<String> uraianTugas,
            List<HasilKerja> hasilKerja,
            StandarKinerja standarKinerja,
            List<Korelasi> korelasi,
            @Nullable Long sasaranOpdId,
            Syarat syarat,
            List<Skj> standarKompetensi,
            boolean aktif,
            int versi,
            @Nullable String kodeJf) {

        static Respons dari(Jabatan j) {
            return new Respons(
                    j.id(),
                    j.opdId(),
                    j.unitId(),
                    j.kode(),
                    j.nama(),
                    j.jenisJabatan(),
                    j.jenjang(),
                    j.kelas(),
                    j.rumpun(),
                    j.kuota(),
                    j.ikhtisar(),
                    j.uraianTugas(),
                    j.hasilKerja().stream()
                            .map(h -> new HasilKerja(h.produk(), h.satuan()))
                            .toList(),
                    new StandarKinerja(j.standarKinerjaProduk(), j.standarKinerjaPerilaku()),
                    j.korelasi().stream()
                            .map(k ->
                                    new Korelasi(k.jabatanId(), k.jenis(), k.keluaranMenjadiMasukan(), k.keterangan()))
                            .toList(),
                    j.sasaranOpdId(),
                    new Syarat(j.syaratPendidikan(), j.syaratPangkatMinimal(), j.syaratPengalaman()),
                    j.standarKompetensi().stream()
                            .map(s -> new Skj(s.kode(), s.level(), s.bobot()))
                            .toList(),
                    j.aktif(),
                    j.versi(),
                    j.kodeJf());
        }
    }

    static List<Jabatan.StandarKompetensi> keSkj(List<Skj> skj) {
        return skj.stream()
                .map(s -> new Jabatan.StandarKompetensi(s.kode().trim(), s.level(), s.bobot()))
                .toList();
    }
}
