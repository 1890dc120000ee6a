package id.aparatur.sistem;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Tabular import over the API: synchronous, all or nothing; template download. ADMIN_BKD only ({@link LayananImpor}). */
@RestController
@RequestMapping("/api/v1/impor")
@Tag(name = "Impor", description = "Impor tabel XLSX/CSV (semua atau tidak sama sekali) dan templatnya")
class ImporRestController {

    private final LayananImpor layanan;
    private final MessageSource pesan;

    ImporRestController(LayananImpor layanan, MessageSource pesan) {
        this.layanan = layanan;
        this.pesan = pesan;
    }

    @PostMapping(path = "/{jenis}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Impor berkas XLSX atau CSV",
            description = "Memeriksa seluruh baris lebih dulu; bila ada satu galat, tidak ada yang disimpan dan "
                    + "jawabannya 422 dengan errors [{baris, kolom, nilai, pesan}] (paling banyak 1.000) dan jumlahGalat. "
                    + "Baris judul harus memuat kolom templat (GET /api/v1/impor/{jenis}/templat).")
    @ApiResponse(responseCode = "200", description = "Diterima dan disimpan")
    @ApiResponse(responseCode = "404", description = "Jenis impor tidak dikenal")
    @ApiResponse(responseCode = "413", description = "Berkas melebihi aparatur.impor.ukuran-maksimal")
    @ApiResponse(responseCode = "422", description = "Berkas ditolak; tidak ada data yang disimpan")
    HasilImpor impor(
            @Parameter(description = "Jenis tabel, misalnya pegawai atau asesmen") @PathVariable String jenis,
            @RequestPart("file") MultipartFile file) {
        return layanan.imporSekarang(jenis, file);
    }

    @GetMapping("/{jenis}/templat")
    @Operation(
            summary = "Unduh templat impor",
            description =
                    "XLSX: baris judul, satu baris contoh dan lembar Petunjuk. CSV: baris judul dan baris contoh.")
    ResponseEntity<StreamingResponseBody> templat(
            @PathVariable String jenis,
            @Parameter(description = "xlsx atau csv") @RequestParam(defaultValue = "xlsx") String format,
            Locale locale) {
        return TemplatImpor.unduh(FormatBerkas.dari(format), layanan.pengimpor(jenis), pesan, locale);
    }
}
