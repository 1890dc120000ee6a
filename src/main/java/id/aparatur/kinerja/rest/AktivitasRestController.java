package id.aparatur.kinerja.rest;

import id.aparatur.kinerja.application.AktivitasQuery;
import id.aparatur.kinerja.application.AktivitasQuery.AktivitasBaris;
import id.aparatur.kinerja.application.AktivitasQuery.Ringkasan;
import id.aparatur.kinerja.application.PencatatanAktivitas;
import id.aparatur.kinerja.application.PencatatanAktivitas.AktivitasBaru;
import id.aparatur.shared.ValidasiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Laporan aktivitas harian for scripts and mobile clients: log (one object or an array, all or nothing), list, verify,
 * reject, and the month's summary (effective hours, fit to the jabatan). Errors are ProblemDetail; a bad item answers
 * 400 with {@code errors[field: "[index].field", message]}.
 */
@RestController
@Tag(
        name = "Aktivitas harian",
        description = "Laporan aktivitas harian per jam, verifikasi atasan langsung, "
                + "jam kerja efektif dan kesesuaian dengan uraian tugas jabatan")
class AktivitasRestController {

    private final PencatatanAktivitas pencatatan;
    private final AktivitasQuery query;

    AktivitasRestController(PencatatanAktivitas pencatatan, AktivitasQuery query) {
        this.pencatatan = pencatatan;
        this.query = query;
    }

    record Dicatat(List<Long> id) {}

    record AlasanRequest(@Nullable String alasan) {}

    @PostMapping("/api/v1/kinerja/aktivitas")
    @Operation(
            summary = "Catat satu aktivitas atau daftar aktivitas (paling banyak 200) milik sendiri; ADMIN_BKD "
                    + "boleh untuk siapa saja (nip). Item: nip?, tanggal (yyyy-MM-dd), mulai, selesai (HH:mm, hari yang sama), "
                    + "uraian (3–1000), keluaran?, uraianTugasKe? (baris ke-n uraian tugas jabatan sendiri, atau jabatanId "
                    + "lain), rhkId?. Tidak di masa depan, paling lama 7 hari ke belakang, tidak tumpang tindih.")
    ResponseEntity<Dicatat> catat(@RequestBody List<AktivitasBaru> daftar) {
        // One object is read as a list of one; a bad item is named [index].field by the body reader or the service.
        return ResponseEntity.status(HttpStatus.CREATED).body(new Dicatat(pencatatan.catat(daftar)));
    }

    @GetMapping("/api/v1/kinerja/aktivitas")
    @Operation(
            summary = "Aktivitas seorang pegawai dalam rentang tanggal (paling lama 92 hari); tanpa nip = milik "
                    + "sendiri, tanpa tanggal = hari ini. Pegawai di luar cakupan dijawab 404.")
    List<AktivitasBaris> daftar(
            @RequestParam(required = false) @Nullable String nip,
            @RequestParam(required = false) @Nullable LocalDate dari,
            @RequestParam(required = false) @Nullable LocalDate sampai) {
        return query.daftar(nip, dari, sampai);
    }

    @PostMapping("/api/v1/kinerja/aktivitas/{id}/verifikasi")
    @Operation(summary = "Atasan langsung (atau ADMIN_BKD) memverifikasi aktivitas berstatus DICATAT")
    ResponseEntity<Void> verifikasi(@PathVariable long id) {
        pencatatan.verifikasi(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/kinerja/aktivitas/{id}/tolak")
    @Operation(
            summary = "Atasan langsung (atau ADMIN_BKD) menolak aktivitas berstatus DICATAT dengan alasan "
                    + "(5–500 karakter); slot waktunya dapat dicatat ulang")
    ResponseEntity<Void> tolak(@PathVariable long id, @RequestBody AlasanRequest r) {
        pencatatan.tolak(id, r.alasan());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/pegawai/{nip}/aktivitas/ringkasan")
    @Operation(
            summary = "Ringkasan bulanan: jam efektif per hari dan total (aktivitas yang tidak ditolak), menit "
                    + "terverifikasi, persen kesesuaian dengan uraian tugas jabatan sendiri, dan jabatan lain dengan porsi "
                    + "terbesar (sinyal penempatan bila melebihi ambang)")
    Ringkasan ringkasan(@PathVariable String nip, @RequestParam String bulan) {
        YearMonth b;
        try {
            b = YearMonth.parse(bulan);
        } catch (DateTimeParseException e) {
            throw new ValidasiException("bulan", "aktivitas.bulan.format");
        }
        return query.ringkasan(nip, b);
    }
}
