package id.aparatur.kinerja.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.DistribusiDilanggarException;
import id.aparatur.kinerja.application.LayananSkp;
import id.aparatur.kinerja.application.SkpQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Kinerja (SKP)", description = "SKP tahunan: RHK berjenjang, persetujuan, penilaian BerAKHLAK, predikat")
class SkpRestController {

    /** {@code periodeEvaluasi}: BULANAN, TRIWULANAN (default) or SEMESTERAN. */
    record SkpBaru(
            @NotNull @Min(2000) @Max(2100) Integer tahun,
            @Nullable String periodeEvaluasi) {}

    record UbahRhk(@NotNull Integer versi, @NotNull List<LayananSkp.RhkMasuk> rhk) {}

    /**
     * {@code hasilKerja}, {@code perilakuKerja}: DI_BAWAH, SESUAI or DI_ATAS; {@code perilaku}: feedback per BerAKHLAK
     * value (BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF), all seven required.
     */
    record Penilaian(
            @Nullable String hasilKerja,
            @Nullable String perilakuKerja,
            @Nullable Map<String, String> perilaku) {}

    record HasilPenilaian(long id, PredikatKinerja predikat) {}

    /** A non-PNS penilai (the kepala daerah): name and jabatan, no NIP; {@code versi} optional. */
    record PenilaiBaru(
            @Nullable Integer versi,
            @Nullable String nama,
            @Nullable String jabatan) {}

    /** The final SKP, plus the distribution rules the OPD breaks (policy PERINGATAN). */
    record SkpFinal(@JsonUnwrapped SkpQuery.Skp skp, List<Map<String, Object>> peringatan) {}

    private final SkpQuery query;
    private final LayananSkp layanan;
    private final MessageSource pesan;

    SkpRestController(SkpQuery query, LayananSkp layanan, MessageSource pesan) {
        this.query = query;
        this.layanan = layanan;
        this.pesan = pesan;
    }

    @PostMapping("/kinerja/skp")
    @Operation(summary = "Susun SKP sendiri untuk satu tahun (penilai = atasan langsung saat ini); 409 bila sudah ada")
    ResponseEntity<SkpQuery.Skp> buat(@Valid @RequestBody SkpBaru s) {
        SkpQuery.Skp skp = layanan.buat(s.tahun(), s.periodeEvaluasi());
        return ResponseEntity.created(URI.create("/api/v1/kinerja/skp/" + skp.id()))
                .body(skp);
    }

    @GetMapping("/kinerja/skp/{id}")
    @Operation(
            summary = "SKP dengan RHK, indikator, penilaian dan catatan BerAKHLAK (pemilik, rantai atasan, "
                    + "pimpinan OPD, BKD; selain itu 404)")
    SkpQuery.Skp detail(@PathVariable long id) {
        return query.detail(id);
    }

    @PutMapping("/kinerja/skp/{id}/rhk")
    @Operation(
            summary = "Ganti daftar RHK beserta indikatornya (pemilik atau BKD, hanya DRAF; versi wajib sama). "
                    + "rhkAtasanId harus RHK SKP tahun yang sama milik atasan dalam rantai atasan")
    SkpQuery.Skp ubahRhk(@PathVariable long id, @Valid @RequestBody UbahRhk u) {
        return layanan.ubahRhk(id, u.versi(), u.rhk());
    }

    @PutMapping("/kinerja/skp/{id}/penilai")
    @Operation(
            summary = "BKD mencatat penilai non-PNS (kepala daerah: nama dan jabatan, tanpa NIP) pada SKP DRAF; "
                    + "langkah penilai lalu diambil akun PPK, atau BKD atas namanya")
    SkpQuery.Skp penilai(@PathVariable long id, @RequestBody PenilaiBaru p) {
        return layanan.tetapkanPenilaiNonPns(id, p.versi(), p.nama(), p.jabatan());
    }

    @PostMapping("/kinerja/skp/{id}/setujui")
    @Operation(
            summary = "Penilai (atasan langsung tercatat) atau BKD menyetujui SKP DRAF. Untuk setiap langkah SKP, "
                    + "versi (opsional) = versi yang dilihat; bila SKP sudah berubah, 409")
    SkpQuery.Skp setujui(@PathVariable long id, @RequestParam(required = false) @Nullable Integer versi) {
        return layanan.setujui(id, versi);
    }

    @PostMapping("/kinerja/skp/{id}/nilai")
    @Operation(
            summary = "Penilai atau BKD menilai hasil kerja dan perilaku kerja (catatan untuk ketujuh nilai "
                    + "BerAKHLAK wajib); predikat dari matriks 3×3")
    HasilPenilaian nilai(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Integer versi,
            @Valid @RequestBody Penilaian p) {
        return new HasilPenilaian(
                id,
                layanan.nilai(
                        id,
                        versi,
                        p.hasilKerja(),
                        p.perilakuKerja(),
                        p.perilaku() == null ? Map.of() : p.perilaku(),
                        null));
    }

    @PostMapping("/kinerja/skp/{id}/finalkan")
    @Operation(
            summary = "Penilai atau BKD memfinalkan SKP yang sudah dinilai; setelah itu terkunci. Predikat "
                    + "organisasi OPD tahun itu wajib sudah ditetapkan (409). Distribusi predikat OPD diperiksa: kebijakan "
                    + "PERINGATAN mengembalikan pelanggaran di 'peringatan', BLOKIR menolak dengan 409 dan 'pelanggaran'. "
                    + "Predikat Butuh Perbaikan/Kurang/Sangat Kurang membuka tindak lanjut")
    SkpFinal finalkan(@PathVariable long id, @RequestParam(required = false) @Nullable Integer versi) {
        var hasil = layanan.finalkan(id, versi);
        return new SkpFinal(hasil.skp(), ProblemDistribusi.uraian(hasil.peringatan(), pesan));
    }

    @ExceptionHandler(DistribusiDilanggarException.class)
    ProblemDetail distribusiDilanggar(DistribusiDilanggarException e) {
        return ProblemDistribusi.dari(e, pesan);
    }

    @GetMapping("/pegawai/{nip}/kinerja")
    @Operation(
            summary = "Hasil kinerja per tahun (periode TAHUNAN) diikuti evaluasi periodiknya (TRIWULAN_n/BULAN_n): "
                    + "hasilKerja, perilakuKerja, predikat (kosong sebelum dinilai), tppPersen (tabel aparatur.kinerja.tpp.*), "
                    + "angkaKredit (hanya jabatan fungsional), layakPenghargaan (hanya SKP FINAL Sangat Baik)")
    List<SkpQuery.Kinerja> kinerja(@PathVariable String nip) {
        return query.kinerja(nip);
    }
}
