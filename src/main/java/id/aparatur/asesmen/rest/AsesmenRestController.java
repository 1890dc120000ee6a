package id.aparatur.asesmen.rest;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.asesmen.application.Asesmen;
import id.aparatur.asesmen.application.AsesmenQuery;
import id.aparatur.asesmen.application.MatriksQuery;
import id.aparatur.asesmen.application.PencatatanAsesmen;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.shared.Permintaan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Asesmen kompetensi", description = "Hasil pengukuran kompetensi (tidak pernah ditimpa), kesenjangan, JPM")
class AsesmenRestController {

    record AsesmenPermintaan(
            @NotNull LocalDate tanggal,
            @NotNull SumberAsesmen sumber,
            @NotBlank @Size(max = 200) String asesor,
            @Nullable @Size(max = 4000) String catatan,
            @Nullable @Size(max = 500) String bukti,
            @NotEmpty Map<String, Integer> level) {}

    record Alasan(@NotBlank @Size(max = 500) String alasan) {}

    /** One competency of the gap analysis. {@code selisih = levelSaatIni − levelStandar}. */
    record BarisKesenjangan(
            String kode,
            String nama,
            int levelStandar,
            int levelSaatIni,
            boolean pernahDiukur,
            int selisih,
            int kesenjangan,
            BigDecimal bobot,
            BigDecimal kesenjanganTertimbang) {}

    record KesenjanganRespons(
            String nip,
            long jabatanId,
            String jabatanNama,
            boolean jabatanSaatIni,
            List<BarisKesenjangan> kompetensi,
            BigDecimal jpm,
            KategoriJpm kategori,
            int totalKesenjangan,
            BigDecimal totalKesenjanganTertimbang,
            LocalDate tanggalAcuan,
            AturanDipakai aturanJpm) {}

    /** The registry version a decision used: table, version number, in force from, legal basis. */
    record AturanDipakai(String kode, int nomor, LocalDate berlakuMulai, String dasarHukum) {}

    private final AsesmenQuery query;
    private final MatriksQuery matriks;
    private final PencatatanAsesmen pencatatan;
    private final CakupanPengguna cakupan;

    AsesmenRestController(
            AsesmenQuery query, MatriksQuery matriks, PencatatanAsesmen pencatatan, CakupanPengguna cakupan) {
        this.query = query;
        this.matriks = matriks;
        this.pencatatan = pencatatan;
        this.cakupan = cakupan;
    }

    @GetMapping("/pegawai/{nip}/asesmen")
    @Operation(summary = "Semua asesmen pegawai, terbaru dulu, termasuk yang dibatalkan (dengan alasannya)")
    List<Asesmen> daftar(@PathVariable String nip) {
        return query.riwayat(cakupan.saatIni(), nip);
    }

    @PostMapping("/pegawai/{nip}/asesmen")
    @Operation(summary = "Catat asesmen baru (ADMIN_BKD/ASESOR; ATASAN hanya PENILAIAN_ATASAN bawahannya)")
    ResponseEntity<Asesmen> catat(@PathVariable String nip, @Valid @RequestBody AsesmenPermintaan a) {
        long id = pencatatan.catat(
                nip,
                new PencatatanAsesmen.AsesmenBaru(
                        a.tanggal(), a.sumber(), a.asesor(), a.catatan(), a.bukti(), a.level()));
        Asesmen hasil = query.riwayat(cakupan.saatIni(), nip).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/pegawai/" + nip + "/asesmen/" + id))
                .body(hasil);
    }

    @PostMapping("/pegawai/{nip}/asesmen/{id}/batalkan")
    @Operation(summary = "Batalkan asesmen yang salah dengan alasan (ADMIN_BKD atau asesor pencatat); tidak dihapus")
    ResponseEntity<Void> batalkan(@PathVariable String nip, @PathVariable long id, @Valid @RequestBody Alasan a) {
        pencatatan.batalkan(nip, id, a.alasan());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/pegawai/{nip}/kompetensi")
    @Operation(summary = "Level kompetensi saat ini (asesmen berlaku terakhir per kompetensi)")
    List<AsesmenQuery.LevelTerkini> levelTerkini(@PathVariable String nip) {
        return query.levelTerkini(cakupan.saatIni(), nip);
    }

    @GetMapping("/pegawai/{nip}/kesenjangan")
    @Operation(
            summary = "Kesenjangan kompetensi dan JPM terhadap jabatan saat ini atau ?jabatan={id}",
            description = "Kategori JPM memakai pita yang berlaku pada ?tanggal= (baku hari ini); aturanJpm menyebut "
                    + "versi pita yang dipakai")
    KesenjanganRespons kesenjangan(
            @PathVariable String nip,
            @RequestParam(required = false) @Nullable Long jabatan,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate tanggal) {
        var h = query.kesenjangan(cakupan.saatIni(), nip, jabatan, tanggal);
        var k = h.kesenjangan();
        return new KesenjanganRespons(
                h.pegawai().nip(),
                h.jabatan().id(),
                h.jabatan().nama(),
                h.jabatanSendiri(),
                k.baris().stream()
                        .map(b -> new BarisKesenjangan(
                                b.kode(),
                                h.namaKompetensi().get(b.kode()),
                                b.levelStandar(),
                                b.levelSaatIni() == null ? 0 : b.levelSaatIni(),
                                b.levelSaatIni() != null,
                                b.selisih(),
                                b.kesenjangan(),
                                b.bobot(),
                                b.kesenjanganTertimbang()))
                        .toList(),
                k.jpm(),
                k.kategori(),
                k.totalKesenjangan(),
                k.totalKesenjanganTertimbang(),
                h.tanggalAcuan(),
                new AturanDipakai(
                        h.aturanJpm().kode(),
                        h.aturanJpm().nomor(),
                        h.aturanJpm().berlakuMulai(),
                        h.aturanJpm().dasarHukum()));
    }

    @GetMapping("/matriks-kompetensi")
    @Operation(
            summary = "Matriks kompetensi (pegawai × kompetensi) per ?opd=, ?unit= atau ?jabatan=, berhalaman; "
                    + "bukan untuk peran PEGAWAI saja; tanpa pilihan: OPD sendiri, atau 400 bila melihat semua OPD")
    MatriksQuery.Matriks matriks(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return matriks.matriks(
                cakupan.saatIni(), new MatriksQuery.Filter(opd, unit, jabatan), Permintaan.dari(page, size));
    }
}
