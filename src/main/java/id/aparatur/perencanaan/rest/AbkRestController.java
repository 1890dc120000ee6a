package id.aparatur.perencanaan.rest;

import id.aparatur.perencanaan.application.AbkQuery;
import id.aparatur.perencanaan.application.AbkQuery.AbkRinci;
import id.aparatur.perencanaan.application.AbkQuery.BarisAbk;
import id.aparatur.perencanaan.application.PengelolaanAbk;
import id.aparatur.perencanaan.application.PengelolaanWke;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.perencanaan.domain.WaktuKerjaEfektif;
import id.aparatur.shared.ValidasiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ABK (analisis beban kerja, PermenPANRB 1/2020) per jabatan and year, and the waktu kerja efektif table. Errors are
 * ProblemDetail: 400 with {@code errors[{field, message}]} naming the row ({@code tugas[1].volume}), 404 outside the
 * caller's scope, 409 for a duplicate ABK, a stale version or a transition the status does not allow.
 */
@RestController
@RequestMapping("/api/v1/abk")
@Tag(
        name = "ABK",
        description =
                "Analisis beban kerja per jabatan dan tahun: uraian tugas, beban kerja, kebutuhan "
                        + "pegawai, efektivitas jabatan, alur DRAF → DIAJUKAN → FINAL/DIKEMBALIKAN, dan waktu kerja efektif (WKE)")
class AbkRestController {

    private final AbkQuery query;
    private final PengelolaanAbk pengelolaan;
    private final PengelolaanWke wke;

    AbkRestController(AbkQuery query, PengelolaanAbk pengelolaan, PengelolaanWke wke) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.wke = wke;
    }

    @GetMapping
    @Operation(
            summary = "Daftar jabatan aktif satu OPD dengan ABK tahunnya (status, Σ beban, kebutuhan, B, K, EJ); "
                    + "opd baku = OPD pengguna, tahun baku = tahun berjalan")
    List<BarisAbk> daftar(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Integer tahun) {
        return query.daftar(opd, tahun);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Satu ABK dengan uraian tugas, beban per tugas, kebutuhan (tepat dan dibulatkan), pemangku, EJ")
    AbkRinci rinci(@PathVariable long id) {
        return query.rinci(id);
    }

    @PostMapping
    @Operation(
            summary =
                    "Buat DRAF ABK untuk jabatan dan tahun (PIMPINAN_OPD untuk OPD-nya, ADMIN_BKD); 409 bila sudah ada")
    ResponseEntity<AbkRinci> buat(@RequestBody AbkDto.PermintaanBuat req) {
        List<ValidasiException.Galat> galat = new ArrayList<>();
        if (req.jabatanId() == null) {
            galat.add(new ValidasiException.Galat("jabatanId", "abk.jabatan.wajib"));
        }
        if (req.tahun() == null) {
            galat.add(new ValidasiException.Galat("tahun", "abk.tahun.wajib"));
        }
        if (!galat.isEmpty() || req.jabatanId() == null || req.tahun() == null) {
            throw new ValidasiException(galat);
        }
        return dibuat(pengelolaan.buat(req.jabatanId(), req.tahun()));
    }

    @PutMapping("/{id}/tugas")
    @Operation(
            summary = "Ganti seluruh uraian tugas ABK yang masih DRAF/DIKEMBALIKAN; sertakan versi. Semua atau "
                    + "tidak sama sekali: satu baris salah menolak seluruh daftar")
    AbkRinci ubahTugas(@PathVariable long id, @RequestBody AbkDto.PermintaanTugas req) {
        List<ValidasiException.Galat> galat = new ArrayList<>();
        if (req.versi() == null) {
            galat.add(new ValidasiException.Galat("versi", "abk.versi.wajib"));
        }
        if (req.tugas() == null) {
            galat.add(new ValidasiException.Galat("tugas", "abk.tugas.wajib"));
        }
        if (!galat.isEmpty() || req.versi() == null || req.tugas() == null) {
            throw new ValidasiException(galat);
        }
        List<AturanAbk.Isian> isian = req.tugas().stream()
                .map(t -> t == null ? new AturanAbk.Isian(null, null, null, null, null) : t.keIsian())
                .toList();
        return pengelolaan.simpanTugas(id, isian, req.versi());
    }

    @PostMapping("/{id}/ajukan")
    @Operation(summary = "Ajukan ABK (PIMPINAN_OPD): DRAF/DIKEMBALIKAN → DIAJUKAN")
    AbkRinci ajukan(@PathVariable long id) {
        return pengelolaan.ajukan(id);
    }

    @PostMapping("/{id}/finalkan")
    @Operation(summary = "Finalkan ABK (ADMIN_BKD): DIAJUKAN → FINAL; kebutuhan menjadi kuota (K) jabatan")
    AbkRinci finalkan(@PathVariable long id) {
        return pengelolaan.finalkan(id);
    }

    @PostMapping("/{id}/kembalikan")
    @Operation(summary = "Kembalikan ABK dengan catatan wajib (ADMIN_BKD): DIAJUKAN → DIKEMBALIKAN")
    AbkRinci kembalikan(@PathVariable long id, @RequestBody AbkDto.PermintaanKembalikan req) {
        return pengelolaan.kembalikan(id, req.catatan());
    }

    @PostMapping("/{id}/salin")
    @Operation(summary = "Salin uraian tugas ke DRAF tahun berikutnya; 409 bila ABK tahun berikutnya sudah ada")
    ResponseEntity<AbkRinci> salin(@PathVariable long id) {
        return dibuat(pengelolaan.salin(id));
    }

    private static ResponseEntity<AbkRinci> dibuat(AbkRinci r) {
        return ResponseEntity.created(URI.create("/api/v1/abk/" + r.id())).body(r);
    }

    @GetMapping("/wke")
    @Operation(
            summary = "Tabel waktu kerja efektif (WKE) bertanggal berlaku; ABK tahun Y memakai baris yang berlaku "
                    + "pada 1 Januari Y")
    List<WaktuKerjaEfektif> daftarWke() {
        return wke.semua();
    }

    @PostMapping("/wke")
    @Operation(summary = "Tambah WKE berlaku mulai tanggal tertentu (ADMIN_BKD); 409 bila tanggal itu sudah ada")
    ResponseEntity<WaktuKerjaEfektif> tambahWke(@RequestBody AbkDto.PermintaanWke req) {
        WaktuKerjaEfektif w = wke.tambah(
                req.berlakuMulai(),
                req.menitPerTahun() == null ? null : req.menitPerTahun().toPlainString(),
                req.dasarHukum());
        return ResponseEntity.status(HttpStatus.CREATED).body(w);
    }
}
