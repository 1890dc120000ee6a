package id.aparatur.aturan.rest;

import id.aparatur.aturan.RingkasanAturan;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.aturan.application.LayananAturan;
import id.aparatur.aturan.domain.UsulanVersi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** JSON API of the rule registry: read by everyone signed in, proposed by BKD, decided by the PPK. */
@RestController
@RequestMapping("/api/v1/aturan")
@Tag(
        name = "Aturan Berlaku",
        description = "Setiap tabel aturan (BUP, pita JPM, TPP, matriks predikat, gerbang kaskade, …) dengan versi "
                + "bertanggal dan dasar hukumnya; BKD mengusulkan versi baru, PPK menyetujui atau menolak")
class AturanRestController {

    /** A proposal: the table, from when, the legal basis, a note and the value. */
    record UsulanRequest(
            @Nullable String kode,
            @Nullable LocalDate berlakuMulai,
            @Nullable String dasarHukum,
            @Nullable String catatan,
            @Nullable JsonNode nilai,
            @Nullable Boolean belumDikonfirmasi) {}

    /** The PPK's decision on a proposal: the versi read, and for a rejection the reason. */
    record PutusanRequest(@Nullable Integer versi, @Nullable String alasan) {}

    private final LayananAturan layanan;

    AturanRestController(LayananAturan layanan) {
        this.layanan = layanan;
    }

    @GetMapping
    @Operation(summary = "Semua tabel aturan dengan seluruh versinya (terbaru dulu) dan versi yang berlaku hari ini")
    List<RingkasanAturan> daftar() {
        return layanan.daftar();
    }

    @GetMapping("/{kode}")
    @Operation(
            summary = "Satu tabel aturan",
            description = "Setiap versi dengan berlakuMulai, berlakuSampai (sehari sebelum versi disetujui "
                    + "berikutnya; null = terbuka), dasarHukum, nilai, status, nomor, catatan, belumDikonfirmasi")
    RingkasanAturan rinci(@PathVariable String kode) {
        return layanan.rinci(kode);
    }

    @GetMapping("/{kode}/berlaku")
    @Operation(summary = "Versi yang berlaku pada ?tanggal= (baku hari ini)")
    VersiAturan berlaku(
            @PathVariable String kode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate tanggal) {
        return layanan.berlaku(kode, tanggal == null ? layanan.hariIni() : tanggal);
    }

    @GetMapping("/{kode}/versi/{nomor}")
    @Operation(summary = "Satu versi tabel aturan")
    VersiAturan versi(@PathVariable String kode, @PathVariable int nomor) {
        return layanan.rinciVersi(kode, nomor);
    }

    @PostMapping
    @Operation(
            summary = "Usulkan versi baru (ADMIN_BKD)",
            description =
                    "berlakuMulai harus setelah hari ini dan setelah setiap versi yang disetujui; nilai diperiksa "
                            + "oleh modul pemilik tabel. 400 menyebut setiap isian yang salah, di dalam nilai dengan jalurnya "
                            + "(nilai.pita[0].batasBawah). Versi berlaku hanya setelah disetujui PPK.")
    ResponseEntity<VersiAturan> usulkan(@RequestBody UsulanRequest r) {
        VersiAturan v = layanan.usulkan(
                r.kode(),
                new UsulanVersi(
                        r.berlakuMulai(),
                        r.dasarHukum(),
                        r.catatan(),
                        r.nilai(),
                        Boolean.TRUE.equals(r.belumDikonfirmasi())));
        return ResponseEntity.created(URI.create("/api/v1/aturan/" + v.kode() + "/versi/" + v.nomor()))
                .body(v);
    }

    @PostMapping("/{kode}/versi/{nomor}/setujui")
    @Operation(
            summary = "Setujui usulan (PPK)",
            description = "Sertakan versi yang terakhir dibaca; versi usang, usulan yang sudah diputus, atau "
                    + "berlakuMulai yang sudah lewat dijawab 409.")
    VersiAturan setujui(@PathVariable String kode, @PathVariable int nomor, @RequestBody PutusanRequest r) {
        return layanan.setujui(kode, nomor, r.versi());
    }

    @PostMapping("/{kode}/versi/{nomor}/tolak")
    @Operation(summary = "Tolak usulan dengan alasan (PPK)", description = "Versi usang dijawab 409.")
    VersiAturan tolak(@PathVariable String kode, @PathVariable int nomor, @RequestBody PutusanRequest r) {
        return layanan.tolak(kode, nomor, r.versi(), r.alasan());
    }
}
