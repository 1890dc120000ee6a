package id.aparatur.asesmen.rest;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.application.EksporAsesmen;
import id.aparatur.asesmen.application.FormatBerkasAsesmen;
import id.aparatur.sistem.CsvEkspor;
import id.aparatur.sistem.ExcelEkspor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Asesmen kompetensi")
class EksporAsesmenRestController {

    private final EksporAsesmen ekspor;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    EksporAsesmenRestController(EksporAsesmen ekspor, CakupanPengguna cakupan, Clock clock) {
        this.ekspor = ekspor;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    @GetMapping("/api/v1/ekspor/asesmen")
    @Operation(summary = "Ekspor asesmen berlaku (cakupan pengguna, ?opd=, ?nip=) dalam format impor; format=csv|xlsx")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable String nip) {
        List<List<?>> baris = new ArrayList<>();
        ekspor.baris(cakupan.saatIni(), opd, nip, baris::add);
        LocalDate hariIni = LocalDate.now(clock);
        if (!format.equalsIgnoreCase("csv") && baris.size() > 1_048_575) {
            throw new id.aparatur.shared.ValidasiException("format", "ekspor.xlsx-terlalu-besar");
        }
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> CsvEkspor.unduh("asesmen", hariIni, "Asesmen", FormatBerkasAsesmen.KOLOM, baris);
            case "xlsx" -> ExcelEkspor.unduh("asesmen", hariIni, "Asesmen", FormatBerkasAsesmen.KOLOM, baris);
            default -> throw new id.aparatur.shared.ValidasiException("format", "ekspor.format");
        };
    }
}
