package id.aparatur.kinerja.rest;

import id.aparatur.kinerja.application.LayananSkp;
import id.aparatur.kinerja.application.SkpQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kinerja (SKP)")
class SkpKembalikanRestController {

    /** {@code catatan}: why the SKP goes back to the owner, 5–2000 characters. */
    record Pengembalian(@Nullable String catatan) {}

    private final LayananSkp layanan;

    SkpKembalikanRestController(LayananSkp layanan) {
        this.layanan = layanan;
    }

    @PostMapping("/kinerja/skp/{id}/kembalikan")
    @Operation(
            summary = "Penilai atau BKD mengembalikan SKP DRAF/DISETUJUI (belum dinilai) kepada pegawai untuk "
                    + "diperbaiki; menjadi DRAF, catatan wajib disimpan sebagai umpan balik")
    SkpQuery.Skp kembalikan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer versi,
            @RequestBody Pengembalian p) {
        return layanan.kembalikan(id, versi, p.catatan());
    }
}
