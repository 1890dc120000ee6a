package id.aparatur.penempatan.rest;

import id.aparatur.penempatan.application.OptimasiPenempatan;
import id.aparatur.penempatan.mesin.MasalahTidakValidException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stateless placement optimisation for scripts and other systems. The body is read from the stream by
 * {@link PembacaPermintaan} only after the caller is authorised, and the answer streamed by {@link PenulisHasil}, so a
 * 60,000-employee problem (~30 MB) needs neither a tree nor a string of the whole body.
 */
@RestController
@RequestMapping("/api/v1/penempatan")
@Tag(name = "Penempatan kembali", description = "Penempatan optimal terbukti (dengan sertifikat) menurut kompetensi")
class OptimasiRestController {

    /** How many faults a 400 lists; the total is in {@code jumlahGalat}. */
    static final int BATAS_GALAT = 1000;

    private final OptimasiPenempatan optimasi;
    private final MessageSource pesan;

    OptimasiRestController(OptimasiPenempatan optimasi, MessageSource pesan) {
        this.optimasi = optimasi;
        this.pesan = pesan;
    }

    @PostMapping("/optimasi")
    @Operation(
            summary = "Penempatan optimal seluruh pegawai dengan sertifikat optimalitas (hanya ADMIN_BKD)",
            description = """
                    Tanpa keadaan: masalah dikirim utuh, tidak ada yang dibaca dari atau ditulis ke basis data.
                    biaya(e,p) = Σ bobot SKJ × max(0, level SKJ − level pegawai) + selisihKelas × |kelas pegawai −
                    kelas jabatan| + diluarMinat × [punya minat dan rumpun jabatan di luarnya] + pindah × [bukan
                    jabatan saat ini]. Yang diminimalkan: Σ biaya + tidakDitempatkan × jumlah yang tidak ditempatkan;
                    hanya pasangan dengan jenjang yang sama. Sertifikat: potensial u_e dan v_p yang dapat diperiksa
                    siapa saja tanpa mempercayai pemecah. Pembanding: status quo dan pengisian serakah pada bobot yang
                    sama. Isian yang tidak dikenal diabaikan. Menerima sampai 60.000 pegawai (±30 MB).""",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = SkemaOptimasi.PermintaanOptimasi.class),
                                            examples =
                                                    @ExampleObject(
                                                            name = "contoh",
                                                            value = SkemaOptimasi.CONTOH_PERMINTAAN))),
            responses = {
                @ApiResponse(
                        responseCode = "200",
                        description = "Optimum, sertifikat, dan pembanding",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = SkemaOptimasi.JawabanOptimasi.class),
                                        examples =
                                                @ExampleObject(name = "contoh", value = SkemaOptimasi.CONTOH_JAWABAN))),
                @ApiResponse(
                        responseCode = "400",
                        description = "Permintaan tidak sah; setiap butir yang salah disebut",
                        content =
                                @Content(
                                        mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                        schema = @Schema(implementation = SkemaOptimasi.GalatOptimasi.class),
                                        examples =
                                                @ExampleObject(name = "contoh", value = SkemaOptimasi.CONTOH_GALAT))),
                @ApiResponse(
                        responseCode = "401",
                        description = "Tidak terautentikasi (HTTP Basic)",
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
                                        schema = @Schema(implementation = ProblemDetail.class)))
            })
    void optimasi(HttpServletRequest permintaan, HttpServletResponse jawaban) throws IOException {
        Locale l = LocaleContextHolder.getLocale();
        OptimasiPenempatan.Hasil hasil = optimasi.optimasi(() -> {
            try {
                return PembacaPermintaan.kompilasi(
                        permintaan.getInputStream(), kode -> pesan.getMessage(kode, null, kode, l));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        jawaban.setStatus(HttpStatus.OK.value());
        jawaban.setContentType(MediaType.APPLICATION_JSON_VALUE);
        jawaban.setCharacterEncoding("UTF-8");
        PenulisHasil.tulis(hasil, jawaban.getOutputStream());
    }

    @ExceptionHandler(MasalahTidakValidException.class)
    ProblemDetail tidakValid(MasalahTidakValidException e) {
        var semua = e.galat();
        List<Map<String, String>> galat = new ArrayList<>();
        List<Map<String, String>> errors = new ArrayList<>();
        for (var g : semua.subList(0, Math.min(BATAS_GALAT, semua.size()))) {
            galat.add(Map.of("lokasi", g.lokasi(), "kode", g.kode(), "pesan", g.pesan()));
            errors.add(Map.of("field", g.lokasi(), "message", g.pesan()));
        }
        Locale l = LocaleContextHolder.getLocale();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                pesan.getMessage("penempatan.optimasi.tidak-valid", new Object[] {semua.size()}, l));
        pd.setTitle(pesan.getMessage("galat.validasi.judul", null, l));
        pd.setType(URI.create("about:blank"));
        pd.setProperty("jumlahGalat", semua.size());
        pd.setProperty("galat", galat);
        pd.setProperty("errors", errors);
        return pd;
    }
}
