package id.aparatur.kinerja.rest;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.DistribusiDilanggarException;
import id.aparatur.kinerja.application.EvaluasiQuery;
import id.aparatur.kinerja.application.LayananDistribusi;
import id.aparatur.kinerja.application.LayananEvaluasi;
import id.aparatur.kinerja.application.LayananSkp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@RequestMapping("/api/v1/kinerja")
@Tag(
        name = "Kinerja (evaluasi SKP)",
        description =
                "Realisasi dan bukti, umpan balik berkelanjutan, evaluasi periodik, "
                        + "tinjauan atasan penilai, predikat organisasi, distribusi predikat, finalisasi per OPD, tindak lanjut")
class EvaluasiRestController {

    /**
     * {@code predikat}: ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG; {@code dasar}: e.g. the SAKIP result;
     * {@code unitId} (optional): a unit kerja of the OPD whose own predikat this is (set by its head, or BKD/PPK).
     */
    record PredikatOrganisasiBaru(
            @Nullable Long opdId,
            @Nullable Long unitId,
            @Nullable Integer tahun,
            @Nullable String predikat,
            @Nullable String dasar) {}

    /** {@code bukti}: an http(s) link to the evidence (optional); a description belongs in {@code catatan}. */
    record RealisasiBaru(
            @Nullable Long indikatorId,
            @Nullable Integer periodeKe,
            @Nullable String realisasi,
            @Nullable String bukti,
            @Nullable String catatan) {}

    record UmpanBalikBaru(
            @Nullable Integer periodeKe,
            @Nullable Long rhkId,
            @Nullable String isi) {}

    /** {@code hasilKerja}, {@code perilakuKerja}: DI_BAWAH, SESUAI or DI_ATAS. */
    record EvaluasiPeriode(
            @Nullable String hasilKerja,
            @Nullable String perilakuKerja,
            @Nullable String catatan) {}

    /** {@code keputusan}: SETUJU or KEBERATAN. */
    record TinjauanBaru(
            @Nullable String keputusan, @Nullable String catatan) {}

    /** {@code status}: BERJALAN or SELESAI (only forward); {@code rencana} needed to start, {@code hasil} to finish. */
    record UbahTindakLanjut(
            @Nullable Integer versi,
            @Nullable String status,
            @Nullable String rencana,
            @Nullable String hasil) {}

    /** The cause of the low predikat, recorded by the atasan before acting. */
    record PenyebabTindakLanjut(
            @Nullable Integer versi, @Nullable String penyebab) {}

    record Dibuat(long id) {}

    record HasilEvaluasi(long skpId, int periodeKe, PredikatKinerja predikat) {}

    record Distribusi(
            LayananDistribusi.Distribusi distribusi, String kebijakan, List<Map<String, Object>> pelanggaran) {}

    record FinalisasiOpd(long opdId, int tahun, List<Long> difinalkan, List<Map<String, Object>> peringatan) {}

    private final LayananEvaluasi layanan;
    private final LayananSkp skp;
    private final EvaluasiQuery query;
    private final MessageSource pesan;

    EvaluasiRestController(LayananEvaluasi layanan, LayananSkp skp, EvaluasiQuery query, MessageSource pesan) {
        this.layanan = layanan;
        this.skp = skp;
        this.query = query;
        this.pesan = pesan;
    }

    @PostMapping("/predikat-organisasi")
    @Operation(
            summary = "BKD atau PPK menetapkan predikat organisasi OPD untuk satu tahun (yang terakhir berlaku; "
                    + "diaudit)")
    ResponseEntity<Dibuat> tetapkanPredikatOrganisasi(@RequestBody PredikatOrganisasiBaru p) {
        long id = layanan.tetapkanPredikatOrganisasi(p.opdId(), p.unitId(), p.tahun(), p.predikat(), p.dasar());
        return ResponseEntity.created(
                        URI.create("/api/v1/kinerja/predikat-organisasi?opdId=" + p.opdId() + "&tahun=" + p.tahun()))
                .body(new Dibuat(id));
    }

    @GetMapping("/predikat-organisasi")
    @Operation(
            summary = "Riwayat predikat organisasi OPD dan unit kerjanya untuk satu tahun (unitId null = OPD), yang "
                    + "berlaku lebih dulu")
    List<EvaluasiQuery.PredikatOrganisasiTercatat> predikatOrganisasi(
            @RequestParam long opdId, @RequestParam int tahun) {
        return query.predikatOrganisasi(opdId, tahun);
    }

    @GetMapping("/distribusi")
    @Operation(
            summary = "Distribusi predikat pegawai OPD (SKP dinilai dan final, menurut OPD pada SKP) dibanding "
                    + "aturan predikat organisasinya yang berlaku 31 Desember tahun itu; dengan unitId: kelompok unit "
                    + "itu (unit dengan predikatnya sendiri, selain itu kelompok OPD)")
    Distribusi distribusi(
            @RequestParam long opdId, @RequestParam int tahun, @RequestParam(required = false) @Nullable Long unitId) {
        var d = query.distribusi(opdId, unitId, tahun);
        return new Distribusi(
                d.distribusi(),
                d.kebijakan().name(),
                ProblemDistribusi.uraian(d.distribusi().pelanggaran(), pesan));
    }

    @PostMapping("/opd/{opdId}/tahun/{tahun}/finalkan")
    @Operation(
            summary = "BKD memfinalkan semua SKP yang sudah dinilai di satu OPD dan tahun sekaligus (predikat "
                    + "organisasi wajib; distribusi diperiksa sekali; kebijakan BLOKIR menolak dengan 409)")
    FinalisasiOpd finalkanOpd(@PathVariable long opdId, @PathVariable int tahun) {
        var h = skp.finalkanOpd(opdId, tahun);
        return new FinalisasiOpd(h.opdId(), h.tahun(), h.difinalkan(), ProblemDistribusi.uraian(h.peringatan(), pesan));
    }

    @GetMapping("/skp/{id}/pelaksanaan")
    @Operation(
            summary = "Realisasi, umpan balik, evaluasi periodik, tinjauan dan tindak lanjut satu SKP, serta "
                    + "langkah yang boleh diambil pengguna")
    EvaluasiQuery.Pelaksanaan pelaksanaan(@PathVariable long id) {
        return query.pelaksanaan(id);
    }

    @PostMapping("/skp/{id}/realisasi")
    @Operation(
            summary = "Pemilik mencatat realisasi satu indikator pada satu periode beserta tautan bukti (http/https), "
                    + "selama SKP DISETUJUI")
    ResponseEntity<Dibuat> realisasi(@PathVariable long id, @RequestBody RealisasiBaru r) {
        long baru = layanan.catatRealisasi(id, r.indikatorId(), r.periodeKe(), r.realisasi(), r.bukti(), r.catatan());
        return ResponseEntity.created(URI.create("/api/v1/kinerja/skp/" + id + "/pelaksanaan"))
                .body(new Dibuat(baru));
    }

    @PostMapping("/skp/{id}/umpan-balik")
    @Operation(summary = "Catatan umpan balik berkelanjutan dari penilai, atau balasan pemilik (SKP DISETUJUI/DINILAI)")
    ResponseEntity<Dibuat> umpanBalik(@PathVariable long id, @RequestBody UmpanBalikBaru u) {
        long baru = layanan.umpanBalik(id, u.periodeKe(), u.rhkId(), u.isi());
        return ResponseEntity.created(URI.create("/api/v1/kinerja/skp/" + id + "/pelaksanaan"))
                .body(new Dibuat(baru));
    }

    @PutMapping("/skp/{id}/evaluasi/{periodeKe}")
    @Operation(
            summary = "Penilai (atau BKD) menilai hasil kerja dan perilaku kerja satu periode (1–4 triwulan atau "
                    + "1–12 bulan); predikat periodik dari matriks 3×3")
    HasilEvaluasi evaluasi(@PathVariable long id, @PathVariable int periodeKe, @RequestBody EvaluasiPeriode e) {
        return new HasilEvaluasi(
                id, periodeKe, layanan.evaluasiPeriodik(id, periodeKe, e.hasilKerja(), e.perilakuKerja(), e.catatan()));
    }

    @PostMapping("/skp/{id}/tinjauan")
    @Operation(
            summary = "Atasan pejabat penilai meninjau penilaian (SKP DINILAI): SETUJU atau KEBERATAN dengan catatan")
    ResponseEntity<Dibuat> tinjauan(@PathVariable long id, @RequestBody TinjauanBaru t) {
        long baru = layanan.tinjau(id, t.keputusan(), t.catatan());
        return ResponseEntity.created(URI.create("/api/v1/kinerja/skp/" + id + "/pelaksanaan"))
                .body(new Dibuat(baru));
    }

    @GetMapping("/tindak-lanjut")
    @Operation(
            summary = "Tindak lanjut (pembinaan/pengembangan) yang ditangani atau terlihat oleh pengguna; BKD "
                    + "semua, dapat disaring per OPD, tahun dan status")
    List<EvaluasiQuery.TindakLanjut> daftarTindakLanjut(
            @RequestParam(required = false) @Nullable Long opdId,
            @RequestParam(required = false) @Nullable Integer tahun,
            @RequestParam(required = false) @Nullable String status) {
        return query.daftarTindakLanjut(opdId, tahun, status);
    }

    @PostMapping("/tindak-lanjut/{id}/status")
    @Operation(
            summary = "Atasan atau BKD memajukan status tindak lanjut (TERBUKA → BERJALAN → SELESAI, tidak mundur) "
                    + "dengan rencana dan hasil")
    ResponseEntity<Void> ubahTindakLanjut(@PathVariable long id, @RequestBody UbahTindakLanjut u) {
        layanan.ubahTindakLanjut(id, u.versi(), u.status(), u.rencana(), u.hasil());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tindak-lanjut/{id}/penyebab")
    @Operation(
            summary = "Atasan atau BKD mencatat penyebab predikat rendah lebih dulu (evaluasi penyebab, lalu "
                    + "tindakan); hanya selama TERBUKA")
    ResponseEntity<Void> catatPenyebab(@PathVariable long id, @RequestBody PenyebabTindakLanjut p) {
        layanan.catatPenyebab(id, p.versi(), p.penyebab());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/rhk/{id}/jejak")
    @Operation(
            summary = "Jejak RHK ke atas: RHK atasan yang diintervensi, sasaran OPD, sasaran/tujuan Pemda, misi, "
                    + "visi (sejauh datanya ada)")
    List<EvaluasiQuery.Jejak> jejak(@PathVariable long id) {
        return query.jejak(id);
    }

    @ExceptionHandler(DistribusiDilanggarException.class)
    ProblemDetail distribusiDilanggar(DistribusiDilanggarException e) {
        return ProblemDistribusi.dari(e, pesan);
    }
}
