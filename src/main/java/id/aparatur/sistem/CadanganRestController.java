package id.aparatur.sistem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Backups over the API, for scripts and monitoring: state and "back up now". ADMIN_BKD only ({@link LayananCadangan}). */
@RestController
@RequestMapping("/api/v1/sistem/cadangan")
@Tag(name = "Cadangan", description = "Cadangan basis data: keadaan, daftar berkas, catatan, dan cadangkan sekarang")
class CadanganRestController {

    private final LayananCadangan layanan;

    CadanganRestController(LayananCadangan layanan) {
        this.layanan = layanan;
    }

    @GetMapping
    @Operation(summary = "Keadaan cadangan: terakhir, jadwal, peringatan terlambat, berkas yang disimpan, catatan")
    KeadaanCadangan keadaan() {
        return layanan.keadaan();
    }

    @PostMapping
    @Operation(
            summary = "Cadangkan sekarang",
            description = "Salinan konsisten seluruh basis data saat Aparatur berjalan, ke folder cadangan. "
                    + "Menunggu sampai selesai; jawabannya catatan cadangan (berkas, ukuran, durasi, checksum).")
    @ApiResponse(responseCode = "201", description = "Cadangan dibuat")
    @ApiResponse(responseCode = "409", description = "Pencadangan lain sedang berjalan")
    @ApiResponse(responseCode = "500", description = "Pencadangan gagal; alasannya di detail dan di catatan")
    ResponseEntity<CatatanCadangan> cadangkan(Principal pengguna) {
        CatatanCadangan c = layanan.cadangkanSekarang(pengguna.getName());
        if (!c.berhasil()) {
            ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                    HttpStatus.INTERNAL_SERVER_ERROR, "Pencadangan gagal: " + c.pesan());
            pd.setTitle("Pencadangan gagal");
            pd.setProperty("catatan", c);
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, pd, null);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(c);
    }
}
