package id.aparatur.perencanaan.rest;

import id.aparatur.perencanaan.application.EksporUsulanFormasi;
import id.aparatur.perencanaan.application.PengelolaanUsulanFormasi;
import id.aparatur.perencanaan.application.UsulanFormasiQuery;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Rinci;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Ringkas;
import id.aparatur.perencanaan.domain.UsulanFormasi.UbahBaris;
import id.aparatur.shared.ValidasiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Usulan formasi: create from a cascade run, change rows, submit (ADMIN_BKD), approve or return (PPK), documents. */
@RestController
@RequestMapping("/api/v1/perencanaan/usulan-formasi")
@Tag(
        name = "Usulan formasi",
        description = "Usulan kebutuhan ASN (formasi CPNS/PPPK) dari hasil kaskade: draf → "
                + "diajukan (BKD) → disetujui/dikembalikan (PPK), dengan jejak dan dokumen XLSX/PDF")
class UsulanFormasiRestController {

    /** Create request. */
    record Buat(
            @Nullable Long kaskadeId,
            @Nullable Integer tahun,
            @Nullable String judul) {}

    /** Row changes with the version last read. */
    record Ubah(@Nullable Integer versi, @Nullable List<UbahBaris> baris) {}

    /** A decision (catatan mandatory when returning). */
    record Putusan(@Nullable Integer versi, @Nullable String catatan) {}

    private final PengelolaanUsulanFormasi layanan;
    private final UsulanFormasiQuery query;

    UsulanFormasiRestController(PengelolaanUsulanFormasi layanan, UsulanFormasiQuery query) {
        this.layanan = layanan;
        this.query = query;
    }

    @GetMapping
    @Operation(summary = "Daftar usulan formasi (ADMIN_BKD, PPK)")
    List<Ringkas> daftar() {
        return query.daftar();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Satu usulan formasi: baris per jabatan (lowongan hasil kaskade, jumlah usulan, jenis "
                    + "pengadaan), jejak alur kerja, putusan PPK")
    Rinci rinci(@PathVariable long id) {
        return query.rinci(id);
    }

    @PostMapping
    @Operation(summary = "Buat usulan formasi dari formasi satu hasil kaskade (ADMIN_BKD)")
    ResponseEntity<Rinci> buat(@RequestBody Buat b) {
        if (b.kaskadeId() == null || b.tahun() == null || b.judul() == null) {
            throw new ValidasiException(
                    b.kaskadeId() == null ? "kaskadeId" : b.tahun() == null ? "tahun" : "judul", "formasi.galat.wajib");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(layanan.buat(b.kaskadeId(), b.tahun(), b.judul()));
    }

    @PutMapping("/{id}/baris")
    @Operation(
            summary = "Ubah jumlah usulan (0 … lowongan), jenis pengadaan (CPNS/PPPK) dan keterangan baris; hanya "
                    + "selama draf atau dikembalikan; sertakan versi (ADMIN_BKD)")
    Rinci ubah(@PathVariable long id, @RequestBody Ubah u) {
        return layanan.ubahBaris(id, u.baris() == null ? List.of() : u.baris(), versi(u.versi()));
    }

    @PostMapping("/{id}/ajukan")
    @Operation(summary = "Ajukan kepada PPK (ADMIN_BKD)")
    Rinci ajukan(@PathVariable long id, @RequestBody Putusan p) {
        return layanan.ajukan(id, versi(p.versi()));
    }

    @PostMapping("/{id}/setujui")
    @Operation(summary = "Setujui (PPK); final")
    Rinci setujui(@PathVariable long id, @RequestBody Putusan p) {
        return layanan.setujui(id, versi(p.versi()), p.catatan());
    }

    @PostMapping("/{id}/kembalikan")
    @Operation(summary = "Kembalikan kepada BKD dengan catatan wajib (PPK)")
    Rinci kembalikan(@PathVariable long id, @RequestBody Putusan p) {
        return layanan.kembalikan(id, versi(p.versi()), p.catatan());
    }

    @GetMapping("/{id}/dokumen.xlsx")
    @Operation(summary = "Dokumen usulan formasi (XLSX)")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long id, Locale locale) {
        return EksporUsulanFormasi.unduhXlsx(query.dokumen(id, locale));
    }

    @GetMapping("/{id}/dokumen.pdf")
    @Operation(summary = "Dokumen usulan formasi (PDF)")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id, Locale locale) {
        return EksporUsulanFormasi.unduhPdf(query.dokumen(id, locale));
    }

    private static int versi(@Nullable Integer v) {
        if (v == null) {
            throw new ValidasiException("versi", "formasi.galat.wajib");
        }
        return v;
    }
}
