package id.aparatur.penempatan.rest;

import id.aparatur.penempatan.application.SkenarioQuery;
import id.aparatur.penempatan.application.SkenarioQuery.SkenarioBaris;
import id.aparatur.penempatan.application.SkenarioQuery.SkenarioRinci;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only view of the placement scenarios for scripts (ADMIN_BKD only; others get 403). */
@RestController
@RequestMapping("/api/v1/penempatan/skenario")
@Tag(
        name = "Skenario penempatan",
        description = "Skenario penempatan kembali: pengaturan, status, ringkasan hasil, "
                + "sertifikat optimalitas dan SK (hanya ADMIN_BKD)")
class SkenarioRestController {

    private final SkenarioQuery query;

    SkenarioRestController(SkenarioQuery query) {
        this.query = query;
    }

    @GetMapping
    @Operation(summary = "Daftar skenario (terbaru dahulu); arsip=true untuk yang diarsipkan")
    List<SkenarioBaris> daftar(@RequestParam(defaultValue = "false") boolean arsip) {
        return query.daftar(arsip);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu skenario: pengaturan, status, ringkasan, statistik mesin, persetujuan dan SK")
    SkenarioRinci rinci(@PathVariable long id) {
        return query.rinci(id);
    }
}
