package id.aparatur.organisasi.rest;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.organisasi.application.OrganisasiQuery.JabatanFilter;
import id.aparatur.organisasi.application.PengelolaanJabatan;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jabatan")
@Tag(name = "Jabatan", description = "Katalog jabatan (Anjab) dan Standar Kompetensi Jabatan")
class JabatanRestController {

    private final OrganisasiQuery query;
    private final PengelolaanJabatan pengelolaan;
    private final CakupanPengguna cakupan;

    JabatanRestController(OrganisasiQuery query, PengelolaanJabatan pengelolaan, CakupanPengguna cakupan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.cakupan = cakupan;
    }

    @GetMapping
    @Operation(summary = "Daftar jabatan (berhalaman) dalam cakupan pengguna")
    Halaman<JabatanDto.Respons> daftar(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable JenisJabatan jenis,
            @RequestParam(required = false) @Nullable Jenjang jenjang,
            @RequestParam(required = false) @Nullable Integer kelas,
            @RequestParam(required = false) @Nullable String rumpun,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Boolean aktif,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return query.daftarJabatan(
                        cakupan.saatIni(),
                        new JabatanFilter(opd, unit, jenis, jenjang, kelas, rumpun, q, aktif),
                        Permintaan.dari(page, size))
                .map(JabatanDto.Respons::dari);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Detail jabatan beserta SKJ")
    JabatanDto.Respons detail(@PathVariable long id) {
        return JabatanDto.Respons.dari(query.jabatan(cakupan.saatIni(), id));
    }

    @PostMapping
    @Operation(summary = "Buat jabatan (ADMIN_BKD)")
    ResponseEntity<JabatanDto.Respons> buat(@Valid @RequestBody JabatanDto.Permintaan req) {
        var j = pengelolaan.buat(req.keDomain());
        return ResponseEntity.created(URI.create("/api/v1/jabatan/" + j.id())).body(JabatanDto.Respons.dari(j));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Ubah jabatan (ADMIN_BKD); sertakan versi")
    JabatanDto.Respons ubah(@PathVariable long id, @Valid @RequestBody JabatanDto.Permintaan req) {
        if (req.versi() == null) {
            throw new id.aparatur.shared.ValidasiException("versi", "NotNull");
        }
        return JabatanDto.Respons.dari(pengelolaan.ubah(id, req.keDomain()));
    }

    @PutMapping("/{id}/standar-kompetensi")
    @Operation(summary = "Ganti SKJ jabatan (ADMIN_BKD)")
    JabatanDto.Respons ubahSkj(@PathVariable long id, @Valid @RequestBody JabatanDto.PermintaanSkj req) {
        return JabatanDto.Respons.dari(pengelolaan.ubahSkj(id, JabatanDto.keSkj(req.standarKompetensi()), req.versi()));
    }

    @PostMapping("/{id}/nonaktifkan")
    @Operation(summary = "Nonaktifkan jabatan dengan alasan (ADMIN_BKD)")
    JabatanDto.Respons nonaktifkan(@PathVariable long id, @Valid @RequestBody JabatanDto.PermintaanNonaktif req) {
        return JabatanDto.Respons.dari(pengelolaan.nonaktifkan(id, req.alasan(), req.versi()));
    }
}
