package id.aparatur.kinerja.rest;

import id.aparatur.kinerja.application.DasborKinerjaQuery;
import id.aparatur.kinerja.application.DasborKinerjaQuery.Dasbor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The numbers behind the performance dashboard's charts. */
@RestController
@Tag(
        name = "Dasbor kinerja",
        description = "Distribusi predikat OPD terhadap aturan predikat organisasi, predikat per "
                + "unit, jam kerja efektif per unit per bulan, kesesuaian jabatan per unit, sinyal penempatan")
class DasborKinerjaRestController {

    private final DasborKinerjaQuery query;

    DasborKinerjaRestController(DasborKinerjaQuery query) {
        this.query = query;
    }

    @GetMapping("/api/v1/kinerja/dasbor")
    @Operation(
            summary = "Dasbor kinerja seluruh Pemda atau satu OPD untuk satu tahun (bulan: periode kesesuaian dan "
                    + "sinyal, tanpa bulan = setahun; tanpa tahun = tahun terakhir yang sudah dinilai). ADMIN_BKD/PPK: tanpa opd "
                    + "seluruh Pemda (baris per OPD), atau OPD mana pun; PIMPINAN_OPD: OPD sendiri; ATASAN: subpohon unit "
                    + "sendiri; OPD lain 403.")
    Dasbor dasbor(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Integer tahun,
            @RequestParam(required = false) @Nullable Integer bulan) {
        return query.dasbor(opd, tahun, bulan);
    }
}
