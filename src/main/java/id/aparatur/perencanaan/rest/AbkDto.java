package id.aparatur.perencanaan.rest;

import id.aparatur.perencanaan.domain.AturanAbk;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Request bodies of the ABK API. Numbers arrive as decimals so that every wrong value gets a precise error. */
final class AbkDto {

    private AbkDto() {}

    record PermintaanBuat(
            @Schema(description = "Jabatan", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Long jabatanId,

            @Schema(description = "Tahun ABK (2000–2100)", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable
            Integer tahun) {}

    record Tugas(
            @Schema(description = "Uraian tugas (wajib)") @Nullable
            String uraian,

            @Schema(description = "Hasil kerja") @Nullable String hasilKerja,

            @Schema(description = "Satuan hasil kerja") @Nullable
            String satuan,

            @Schema(description = "Volume per tahun, bilangan bulat 1–100.000.000") @Nullable
            BigDecimal volume,

            @Schema(description = "Norma waktu (menit per satuan), bilangan bulat 1–WKE") @Nullable
            BigDecimal normaWaktu) {

        AturanAbk.Isian keIsian() {
            return new AturanAbk.Isian(uraian, hasilKerja, satuan, volume, normaWaktu);
        }
    }

    record PermintaanTugas(
            @Schema(
                    description = "Versi ABK yang diubah (penguncian optimistis)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @Nullable
            Integer versi,

            @Schema(description = "Daftar uraian tugas pengganti (boleh kosong)") @Nullable
            List<@Nullable Tugas> tugas) {}

    record PermintaanKembalikan(
            @Schema(description = "Catatan pengembalian (wajib)") @Nullable
            String catatan) {}

    record PermintaanWke(
            @Schema(description = "Berlaku mulai") @Nullable LocalDate berlakuMulai,

            @Schema(description = "Menit per tahun (1–525.600)") @Nullable
            BigDecimal menitPerTahun,

            @Schema(description = "Dasar hukum atau catatan") @Nullable
            String dasarHukum) {}
}
