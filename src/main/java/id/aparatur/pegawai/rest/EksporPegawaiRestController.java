package id.aparatur.pegawai.rest;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.pegawai.application.EksporPegawai;
import id.aparatur.pegawai.application.PegawaiQuery;
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
@Tag(name = "Pegawai")
class EksporPegawaiRestController {

    private final EksporPegawai ekspor;
    private final CakupanPengguna cakupan;
    private final Clock clock;

    EksporPegawaiRestController(EksporPegawai ekspor, CakupanPengguna cakupan, Clock clock) {
        this.ekspor = ekspor;
        this.cakupan = cakupan;
        this.clock = clock;
    }

    /** The list in the import format: export → import (POST /api/v1/impor/pegawai) is a lossless round trip. */
    @GetMapping("/api/v1/ekspor/pegawai")
    @Operation(summary = "Ekspor daftar pegawai (filter daftar, cakupan pengguna) dalam format impor; format=csv|xlsx")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan,
            @RequestParam(required = false) @Nullable String atasan,
            @RequestParam(required = false) @Nullable Boolean aktif) {
        var c = cakupan.saatIni();
        List<List<?>> baris = new ArrayList<>();
        ekspor.baris(c, new PegawaiQuery.Filter(q, opd, unit, jabatan, atasan, aktif), baris::add);
        List<String> kepala = ekspor.kepala(c);
        LocalDate hariIni = LocalDate.now(clock);
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> CsvEkspor.unduh("pegawai", hariIni, "Pegawai", kepala, baris);
            case "xlsx" -> ExcelEkspor.unduh("pegawai", hariIni, "Pegawai", kepala, baris);
            default -> throw new id.aparatur.shared.ValidasiException("format", "ekspor.format");
        };
    }
}
