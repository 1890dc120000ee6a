package id.aparatur.kinerja.rest;

import id.aparatur.kinerja.application.DokumenSkp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kinerja (SKP)")
class SkpDokumenRestController {

    private final DokumenSkp dokumen;

    SkpDokumenRestController(DokumenSkp dokumen) {
        this.dokumen = dokumen;
    }

    @GetMapping("/kinerja/skp/{id}/dokumen")
    @Operation(
            summary = "Dokumen SKP (jenis=SKP, bawaan) atau dokumen evaluasi kinerja tahunan (jenis=EVALUASI) "
                    + "sebagai PDF dalam format lampiran PermenPANRB 6/2022; cakupan sama dengan SKP (selain itu 404)")
    ResponseEntity<byte[]> dokumen(
            @PathVariable long id, @RequestParam(required = false) @Nullable String jenis, Locale locale) {
        boolean evaluasi = "EVALUASI".equalsIgnoreCase(jenis == null ? "" : jenis.strip());
        byte[] isi = evaluasi ? dokumen.evaluasi(id, locale) : dokumen.skp(id, locale);
        String nama = (evaluasi ? "evaluasi-skp-" : "skp-") + id + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(nama).build().toString())
                .body(isi);
    }
}
