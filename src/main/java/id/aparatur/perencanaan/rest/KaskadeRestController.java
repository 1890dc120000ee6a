package id.aparatur.perencanaan.rest;

import id.aparatur.perencanaan.application.KaskadeLaporan;
import id.aparatur.perencanaan.application.KaskadeLayanan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The internal promotion cascade: run (ADMIN_BKD) and read the stored runs (ADMIN_BKD, PPK). */
@RestController
@RequestMapping("/api/v1/perencanaan/kaskade")
@Tag(
        name = "Kaskade promosi",
        description = "Kaskade promosi internal dari atas ke bawah dan formasi CPNS/PPPK yang "
                + "tersisa di jenjang awal (menjalankan: ADMIN_BKD; membaca: ADMIN_BKD dan PPK)")
class KaskadeRestController {

    private final KaskadeLayanan layanan;

    KaskadeRestController(KaskadeLayanan layanan) {
        this.layanan = layanan;
    }

    /**
     * The request body.
     *
     * @param skenarioId an approved (DISETUJUI/DITETAPKAN) placement scenario whose proposed seats to use; null = the
     *     current data
     * @param tahunRencana take out the employees whose TMT pensiun falls by 31 December of this year (this year to
     *     this year + 10); null = nobody
     */
    record PermintaanKaskade(
            @Nullable Long skenarioId, @Nullable Integer tahunRencana) {}

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Menjalankan kaskade promosi (hanya ADMIN_BKD); hasil disimpan dan tidak pernah dihapus",
            description = """
                    Lowongan diisi dari atas ke bawah, setiap tingkat dan kelas dengan penugasan optimal mesin
                    penempatan (kesenjangan terhadap SKJ jabatan tujuan, ditambah kinerja bila ada) di antara pegawai
                    yang lolos semua gerbang (rumpun sama, tingkat pengisi, masa di tingkat, pendidikan, pangkat, tanpa
                    hukuman disiplin sedang/berat aktif, PNS, kinerja). Setiap promosi membuka kursi di bawahnya.
                    Lowongan JPT menjadi seleksi terbuka; lowongan yang tersisa di tingkat awal menjadi formasi.
                    Jawaban: promosi (dengan penjelasan), rantai, surplus dan usulan redistribusi, formasi, seleksi
                    terbuka, lowongan tanpa calon, langkah optimasi, ringkasan dan statistik waktu.""",
            responses = {
                @ApiResponse(responseCode = "201", description = "Kaskade selesai dan disimpan"),
                @ApiResponse(
                        responseCode = "400",
                        description = "Tahun rencana di luar rentang atau JSON tidak sah",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "403",
                        description = "Bukan ADMIN_BKD",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "404",
                        description = "Skenario tidak ditemukan",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class))),
                @ApiResponse(
                        responseCode = "409",
                        description = "Skenario belum disetujui atau diarsipkan",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = ProblemDetail.class)))
            })
    ResponseEntity<KaskadeLaporan> jalankan(@RequestBody(required = false) @Nullable PermintaanKaskade permintaan) {
        PermintaanKaskade p = permintaan == null ? new PermintaanKaskade(null, null) : permintaan;
        KaskadeLaporan l = layanan.jalankan(new KaskadeLayanan.Opsi(p.skenarioId(), p.tahunRencana()));
        return ResponseEntity.created(URI.create("/api/v1/perencanaan/kaskade/" + l.id()))
                .body(l);
    }

    @GetMapping
    @Operation(summary = "Daftar kaskade yang pernah dijalankan (terbaru dahulu) dengan ringkasan dan statistik")
    List<KaskadeLayanan.Baris> daftar() {
        return layanan.daftar();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Satu kaskade yang tersimpan, lengkap")
    KaskadeLaporan rinci(@PathVariable long id) {
        return layanan.rinci(id);
    }
}
