package id.aparatur.seleksi.rest;

import id.aparatur.seleksi.application.PengelolaanSeleksi;
import id.aparatur.seleksi.application.SeleksiQuery;
import id.aparatur.seleksi.application.SeleksiQuery.JabatanJpt;
import id.aparatur.seleksi.application.SeleksiQuery.SeleksiBaris;
import id.aparatur.seleksi.application.SeleksiQuery.SeleksiRinci;
import id.aparatur.seleksi.domain.JadwalTahap;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.PeranPansel;
import id.aparatur.seleksi.domain.Peringkat;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.TahapSeleksi;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

/**
 * Seleksi terbuka JPT for scripts: BKD manages (create, weights, schedule, pansel, applicants, administrasi, scores,
 * stages, the three names, cancellation), the PPK chooses; both read. Errors are ProblemDetail (400 with
 * {@code errors[field, message]}, 403, 404, 409).
 */
@RestController
@RequestMapping("/api/v1/seleksi-terbuka")
@Tag(
        name = "Seleksi terbuka JPT",
        description = "Seleksi terbuka jabatan pimpinan tinggi (PermenPANRB 15/2019): "
                + "tahapan, pansel, bobot, peserta, nilai, peringkat, tiga nama pansel dan pilihan PPK")
class SeleksiRestController {

    private final SeleksiQuery query;
    private final PengelolaanSeleksi pengelolaan;

    SeleksiRestController(SeleksiQuery query, PengelolaanSeleksi pengelolaan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
    }

    /** Weights in percent; all four or none (none = the configured defaults). */
    record BobotRequest(
            @Nullable BigDecimal makalah,
            @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal wawancara,
            @Nullable BigDecimal rekamJejak) {}

    record BuatRequest(
            @Nullable Long jabatanId,
            @Nullable String nama,
            @Nullable BobotRequest bobot) {}

    record PanselRequest(
            @Nullable String nama,
            @Nullable PeranPansel peran,
            @Nullable String unsur) {}

    /** Internal: {@code nip}; external: {@code nama} and {@code instansiAsal}. */
    record PesertaRequest(
            @Nullable String nip,
            @Nullable String nama,
            @Nullable String instansiAsal) {}

    record AdministrasiRequest(
            @Nullable Boolean lulus, @Nullable String alasan) {}

    /** Scores 0–100 (two decimals); only the components given are recorded. */
    record NilaiRequest(
            @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal makalah,
            @Nullable BigDecimal wawancara,
            @Nullable BigDecimal rekamJejak) {}

    record AlasanRequest(@Nullable String alasan) {}

    record AjukanRequest(@Nullable String catatan) {}

    record TetapkanRequest(
            @Nullable Long pesertaId, @Nullable String alasan) {}

    record Dibuat(long id) {}

    @GetMapping
    @Operation(summary = "Daftar seleksi terbuka (terbaru dahulu); ADMIN_BKD dan PPK")
    List<SeleksiBaris> daftar() {
        return query.daftar();
    }

    @GetMapping("/jabatan")
    @Operation(
            summary = "Jabatan JPT aktif dengan bezetting (B), kuota (K) dan seleksi yang sedang berjalan; "
                    + "lowong=true hanya yang B < K")
    List<JabatanJpt> jabatan(@RequestParam(defaultValue = "false") boolean lowong) {
        return lowong ? query.jabatanJptLowong() : query.jabatanJpt();
    }

    @PostMapping
    @Operation(summary = "Buka seleksi terbuka untuk jabatan JPT (ADMIN_BKD); bobot kosong = bobot baku konfigurasi")
    ResponseEntity<SeleksiRinci> buat(@RequestBody BuatRequest r) {
        BobotRequest b = r.bobot() == null ? new BobotRequest(null, null, null, null) : r.bobot();
        SeleksiRinci s =
                pengelolaan.buat(r.jabatanId(), r.nama(), b.makalah(), b.kompetensi(), b.wawancara(), b.rekamJejak());
        return ResponseEntity.created(URI.create("/api/v1/seleksi-terbuka/" + s.id()))
                .body(s);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Satu seleksi: jabatan, status, bobot, tahapan, pansel, peserta dengan nilai dan petunjuk "
                    + "kelayakan, peringkat berjalan, usulan tiga nama dan keputusan PPK")
    SeleksiRinci rinci(@PathVariable long id) {
        return query.rinci(id);
    }

    @PutMapping("/{id}/bobot")
    @Operation(
            summary =
                    "Ubah bobot (ADMIN_BKD; hanya sebelum tahap KOMPETENSI): tiap bobot dalam rentangnya; bobot relatif (nilai akhir dibagi jumlah bobot)")
    SeleksiRinci bobot(@PathVariable long id, @RequestBody BobotRequest r) {
        return pengelolaan.ubahBobot(id, r.makalah(), r.kompetensi(), r.wawancara(), r.rekamJejak());
    }

    @PutMapping("/{id}/jadwal")
    @Operation(
            summary = "Ubah jadwal tahapan (ADMIN_BKD): {\"PENGUMUMAN\": {\"mulai\": \"2025-01-02\", \"selesai\": …}}")
    SeleksiRinci jadwal(@PathVariable long id, @RequestBody Map<TahapSeleksi, JadwalTahap> r) {
        return pengelolaan.ubahJadwal(id, r);
    }

    @PostMapping("/{id}/pansel")
    @Operation(summary = "Tambah anggota pansel (ADMIN_BKD): satu KETUA, paling banyak satu SEKRETARIS, ANGGOTA")
    SeleksiRinci pansel(@PathVariable long id, @RequestBody PanselRequest r) {
        return pengelolaan.tambahPansel(id, r.nama(), r.peran(), r.unsur());
    }

    @PostMapping("/{id}/pansel/{anggotaId}/nonaktifkan")
    @Operation(summary = "Nonaktifkan anggota pansel (ADMIN_BKD); tidak dihapus")
    SeleksiRinci nonaktifkanPansel(@PathVariable long id, @PathVariable long anggotaId) {
        return pengelolaan.nonaktifkanPansel(id, anggotaId);
    }

    @PostMapping("/{id}/lanjutkan")
    @Operation(
            summary = "Tutup tahap berjalan dan mulai tahap berikutnya (ADMIN_BKD): DRAF → DIUMUMKAN → ADMINISTRASI "
                    + "→ KOMPETENSI → MAKALAH → WAWANCARA → REKAM_JEJAK. dari (opsional) = tahap yang ditutup; bila "
                    + "seleksi sudah di tahap lain, 409 (dua klik tidak melompati tahap)")
    SeleksiRinci lanjutkan(@PathVariable long id, @RequestParam(required = false) @Nullable StatusSeleksi dari) {
        return pengelolaan.lanjutkan(id, dari);
    }

    @PostMapping("/{id}/peserta")
    @Operation(summary = "Daftarkan peserta (ADMIN_BKD): internal dengan nip, eksternal dengan nama dan instansiAsal")
    ResponseEntity<Dibuat> peserta(@PathVariable long id, @RequestBody PesertaRequest r) {
        long p = pengelolaan.daftarkanPeserta(id, r.nip(), r.nama(), r.instansiAsal());
        return ResponseEntity.created(URI.create("/api/v1/seleksi-terbuka/" + id))
                .body(new Dibuat(p));
    }

    @PutMapping("/{id}/peserta/{pesertaId}/administrasi")
    @Operation(summary = "Hasil seleksi administrasi (ADMIN_BKD, tahap ADMINISTRASI); tidak lulus wajib beralasan")
    SeleksiRinci administrasi(@PathVariable long id, @PathVariable long pesertaId, @RequestBody AdministrasiRequest r) {
        return pengelolaan.catatAdministrasi(id, pesertaId, r.lulus(), r.alasan());
    }

    @PutMapping("/{id}/peserta/{pesertaId}/nilai")
    @Operation(
            summary = "Nilai 0–100 per komponen (ADMIN_BKD) untuk peserta yang lulus administrasi, sejak tahap "
                    + "komponennya dimulai sampai tiga nama diajukan")
    SeleksiRinci nilai(@PathVariable long id, @PathVariable long pesertaId, @RequestBody NilaiRequest r) {
        Map<KomponenNilai, BigDecimal> n = new EnumMap<>(KomponenNilai.class);
        if (r.kompetensi() != null) {
            n.put(KomponenNilai.KOMPETENSI, r.kompetensi());
        }
        if (r.makalah() != null) {
            n.put(KomponenNilai.MAKALAH, r.makalah());
        }
        if (r.wawancara() != null) {
            n.put(KomponenNilai.WAWANCARA, r.wawancara());
        }
        if (r.rekamJejak() != null) {
            n.put(KomponenNilai.REKAM_JEJAK, r.rekamJejak());
        }
        return pengelolaan.catatNilai(id, pesertaId, n);
    }

    @PostMapping("/{id}/peserta/{pesertaId}/mundur")
    @Operation(summary = "Peserta mengundurkan diri (ADMIN_BKD), dengan alasan")
    SeleksiRinci mundur(@PathVariable long id, @PathVariable long pesertaId, @RequestBody AlasanRequest r) {
        return pengelolaan.mundurkan(id, pesertaId, r.alasan());
    }

    @PostMapping("/{id}/ajukan")
    @Operation(
            summary = "Pansel mengajukan tiga nama terbaik kepada PPK (ADMIN_BKD, tahap REKAM_JEJAK); kurang dari "
                    + "tiga calon wajib dengan catatan")
    List<Peringkat> ajukan(@PathVariable long id, @RequestBody(required = false) @Nullable AjukanRequest r) {
        return pengelolaan.ajukan(id, r == null ? null : r.catatan());
    }

    @PostMapping("/{id}/tetapkan")
    @Operation(
            summary = "PPK memilih satu dari tiga nama (hanya PPK); bila bukan peringkat 1, alasan tertulis "
                    + "minimal 30 karakter wajib. Keputusan tidak dapat diubah.")
    SeleksiRinci tetapkan(@PathVariable long id, @RequestBody TetapkanRequest r) {
        return pengelolaan.tetapkan(id, r.pesertaId(), r.alasan());
    }

    @PostMapping("/{id}/batalkan")
    @Operation(summary = "Batalkan seleksi yang belum ditetapkan (ADMIN_BKD), dengan alasan")
    SeleksiRinci batalkan(@PathVariable long id, @RequestBody AlasanRequest r) {
        return pengelolaan.batalkan(id, r.alasan());
    }
}
