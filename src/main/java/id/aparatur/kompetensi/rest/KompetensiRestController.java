package id.aparatur.kompetensi.rest;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.FilterKompetensi;
import id.aparatur.kompetensi.application.KompetensiQuery;
import id.aparatur.kompetensi.application.PengelolaanKompetensi;
import id.aparatur.kompetensi.application.StatusKompetensi;
import id.aparatur.kompetensi.domain.KompetensiTidakSahException;
import id.aparatur.kompetensi.domain.LevelKompetensi;
import id.aparatur.kompetensi.domain.RincianKompetensi;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** JSON API of the kamus kompetensi. */
@RestController
@RequestMapping("/api/v1/kompetensi")
@Tag(
        name = "Kamus Kompetensi",
        description = "Kamus kompetensi manajerial, sosial kultural, dan teknis "
                + "(PermenPANRB 38/2017) beserta deskripsi dan indikator perilaku level 1–5")
class KompetensiRestController {

    private final KompetensiQuery query;
    private final PengelolaanKompetensi pengelolaan;
    private final MessageSource pesan;

    KompetensiRestController(KompetensiQuery query, PengelolaanKompetensi pengelolaan, MessageSource pesan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.pesan = pesan;
    }

    @GetMapping
    @Operation(
            summary = "Daftar kompetensi",
            description = "Daftar kompetensi berhalaman dengan pencarian pada kode "
                    + "dan nama, serta saringan jenis, rumpun, dan status aktif. Tanpa parameter aktif, kompetensi aktif dan "
                    + "nonaktif ditampilkan.")
    Halaman<KompetensiRingkasResponse> daftar(
            @Parameter(description = "Nomor halaman, mulai 0") @RequestParam(required = false) @Nullable Integer page,
            @Parameter(description = "Ukuran halaman (1–200, baku 25)") @RequestParam(required = false) @Nullable
                    Integer size,
            @Parameter(description = "Teks yang dicari pada kode dan nama") @RequestParam(required = false) @Nullable
                    String q,
            @Parameter(description = "Jenis kompetensi") @RequestParam(required = false) @Nullable
                    JenisKompetensi jenis,
            @Parameter(description = "Kode rumpun jabatan") @RequestParam(required = false) @Nullable String rumpun,
            @Parameter(description = "true: hanya aktif; false: hanya nonaktif")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean aktif) {
        StatusKompetensi status =
                aktif == null ? StatusKompetensi.SEMUA : aktif ? StatusKompetensi.AKTIF : StatusKompetensi.NONAKTIF;
        return query.cari(new FilterKompetensi(q, jenis, rumpun, status), Permintaan.dari(page, size))
                .map(KompetensiRingkasResponse::dari);
    }

    @GetMapping("/{kode}")
    @Operation(
            summary = "Rincian kompetensi",
            description = "Satu kompetensi beserta kelima levelnya; kompetensi " + "nonaktif tetap dapat dibaca.")
    KompetensiResponse rinci(@PathVariable String kode) {
        return KompetensiResponse.dari(query.rinci(kode));
    }

    @PostMapping
    @Operation(
            summary = "Tambah kompetensi",
            description = "Hanya ADMIN_BKD. Kode harus unik dan berpola seperti " + "M.01, SK.01, atau T.KEU.03.")
    ResponseEntity<KompetensiResponse> buat(@Valid @RequestBody KompetensiRequest r) {
        String kode = pengelolaan.buat(
                r.kode(),
                new RincianKompetensi(
                        r.nama(),
                        r.jenis(),
                        r.rumpunKode(),
                        r.definisi(),
                        r.dasarHukum(),
                        r.berlakuMulai(),
                        r.berlakuSampai(),
                        level(r.level())));
        URI lokasi = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{kode}")
                .buildAndExpand(kode)
                .toUri();
        return ResponseEntity.created(lokasi).body(KompetensiResponse.dari(query.rinci(kode)));
    }

    @PutMapping("/{kode}")
    @Operation(
            summary = "Ubah kompetensi",
            description = "Hanya ADMIN_BKD. Sertakan versi yang terakhir dibaca; " + "versi usang dijawab 409.")
    KompetensiResponse ubah(@PathVariable String kode, @Valid @RequestBody KompetensiUbahRequest r) {
        pengelolaan.ubah(
                kode,
                r.versi(),
                new RincianKompetensi(
                        r.nama(),
                        r.jenis(),
                        r.rumpunKode(),
                        r.definisi(),
                        r.dasarHukum(),
                        r.berlakuMulai(),
                        r.berlakuSampai(),
                        level(r.level())));
        return KompetensiResponse.dari(query.rinci(kode));
    }

    @PostMapping("/{kode}/nonaktifkan")
    @Operation(
            summary = "Nonaktifkan kompetensi",
            description = "Hanya ADMIN_BKD. Kompetensi tidak dihapus: "
                    + "berlaku sampai tanggal yang diberikan (baku hari ini), alasan dicatat di jejak audit.")
    KompetensiResponse nonaktifkan(@PathVariable String kode, @Valid @RequestBody NonaktifkanRequest r) {
        pengelolaan.nonaktifkan(kode, r.tanggal(), r.alasan());
        return KompetensiResponse.dari(query.rinci(kode));
    }

    /** Every broken domain rule as one {@code {field, message}} entry. */
    @ExceptionHandler(KompetensiTidakSahException.class)
    ProblemDetail tidakSah(KompetensiTidakSahException e) {
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = e.daftarPelanggaran().stream()
                .map(p -> Map.of(
                        "field", p.field(), "message", pesan.getMessage(p.kodePesan(), null, p.kodePesan(), locale)))
                .toList();
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, pesan.getMessage("galat.validasi.detail", null, locale));
        pd.setTitle(pesan.getMessage("galat.validasi.judul", null, locale));
        pd.setProperty("errors", errors);
        return pd;
    }

    private static List<LevelKompetensi> level(List<LevelPayload> daftar) {
        return daftar.stream()
                .sorted(java.util.Comparator.comparingInt(LevelPayload::level))
                .map(l -> new LevelKompetensi(l.level(), l.deskripsi(), l.indikator()))
                .toList();
    }
}
