package id.aparatur.petajabatan.rest;

import id.aparatur.petajabatan.application.PetaKebutuhanQuery;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.BarisKebutuhan;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.Proyeksi;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.TahunProyeksi;
import id.aparatur.petajabatan.domain.RekapKebutuhan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The peta jabatan as data for other systems: B, K and ± per position (contract fields {@code jabatanId},
 * {@code bezetting}, {@code kebutuhan}, {@code selisih} are fixed), today or after a placement scenario, and the
 * five-year projection at BUP.
 */
@RestController
@RequestMapping("/api/v1/peta-jabatan")
@Tag(name = "Peta jabatan", description = "Bezetting, kebutuhan dan selisih per jabatan; proyeksi lima tahun")
class PetaJabatanRestController {

    /** One position. The first four fields are the contract relied on by other systems. */
    @Schema(description = "Satu jabatan aktif: B (bezetting), K (kebutuhan = kuota) dan selisih B − K")
    record BarisPeta(
            @Schema(description = "ID jabatan") long jabatanId,

            @Schema(description = "B: jumlah pemangku (saat ini atau sesudah skenario)")
            int bezetting,

            @Schema(description = "K: kebutuhan = kuota jabatan")
            int kebutuhan,

            @Schema(description = "B − K: negatif = kekurangan, positif = kelebihan")
            int selisih,

            String kode,
            String nama,
            long opdId,
            long unitId,
            String unitNama,

            @Schema(description = "JPT_UTAMA, JPT_MADYA, JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA, FUNGSIONAL")
            String jenisJabatan,

            @Schema(description = "Jenjang jabatan fungsional, null untuk jabatan lain") @Nullable
            String jenjang,

            int kelas,
            String rumpun) {

        static BarisPeta dari(BarisKebutuhan b) {
            return new BarisPeta(
                    b.jabatanId(),
                    b.b(),
                    b.k(),
                    b.selisih(),
                    b.kode(),
                    b.nama(),
                    b.opdId(),
                    b.unitId(),
                    b.unitNama(),
                    b.jenisJabatan(),
                    b.jenjang(),
                    b.kelas(),
                    b.rumpun());
        }
    }

    /** B, K and the per-position sums kurang and lebih of a group. */
    record Rekap(long bezetting, long kebutuhan, long selisih, long kurang, long lebih, int jumlahJabatan) {

        static Rekap dari(RekapKebutuhan r) {
            return new Rekap(r.b(), r.k(), r.selisih(), r.kurang(), r.lebih(), r.jumlahJabatan());
        }
    }

    record Tahun(int tahun, long bezetting, long kebutuhan, long selisih, long kurang, long lebih, int pensiun) {

        static Tahun dari(TahunProyeksi t) {
            RekapKebutuhan r = t.rekap();
            return new Tahun(t.tahun(), r.b(), r.k(), r.selisih(), r.kurang(), r.lebih(), t.pensiun());
        }

        static List<Tahun> dari(List<TahunProyeksi> t) {
            return t.stream().map(Tahun::dari).toList();
        }
    }

    record ProyeksiOpd(long opdId, String kode, String nama, Rekap saatIni, List<Tahun> tahun) {}

    record ProyeksiJenis(String jenisJabatan, Rekap saatIni, List<Tahun> tahun) {}

    record Pensiun(
            String nip,
            String nama,
            long jabatanId,
            String jabatanNama,
            String unitNama,
            long opdId,
            String opdNama,
            int bup,
            LocalDate tmtPensiun,
            int tahun) {}

    record Skenario(
            long id, String nama, String status, @Nullable OffsetDateTime tanggal) {}

    record ProyeksiRespons(
            @Schema(description = "Tahun berjalan; proyeksi untuk tahun berikutnya sampai lima tahun ke depan")
            int tahunDasar,

            @Nullable Long opdId,
            @Nullable Long skenarioId,
            Rekap saatIni,

            @Schema(description = "Jumlah dalam cakupan (Pemda atau OPD) per tahun")
            List<Tahun> total,

            List<ProyeksiOpd> opd,
            List<ProyeksiJenis> jenisJabatan,

            @Schema(description = "Pemangku yang pensiun (hanya ADMIN_BKD dan PPK; kosong untuk peran lain)")
            List<Pensiun> pensiun) {}

    private final PetaKebutuhanQuery query;

    PetaJabatanRestController(PetaKebutuhanQuery query) {
        this.query = query;
    }

    @GetMapping
    @Operation(
            summary = "Peta jabatan per jabatan: bezetting, kebutuhan, selisih",
            description = "Tanpa opd: seluruh Pemda dalam cakupan pengguna. unit: unit beserta sub-unitnya. skenario: "
                    + "bezetting sesudah usulan skenario penempatan (status SELESAI, DISETUJUI atau DITETAPKAN); "
                    + "pegawai DITEMPATKAN menduduki jabatan usulan, TIDAK_DITEMPATKAN tidak menduduki jabatan, "
                    + "lainnya tetap di jabatan saat ini. Hanya jabatan aktif.")
    @ApiResponse(responseCode = "200", description = "Daftar jabatan")
    @ApiResponse(
            responseCode = "400",
            description = "Parameter tidak sah, unit di luar OPD, atau skenario yang tidak dapat dipilih")
    @ApiResponse(responseCode = "404", description = "OPD, unit atau skenario tidak ada atau di luar cakupan")
    List<BarisPeta> peta(
            @Parameter(description = "ID OPD") @RequestParam(required = false) @Nullable Long opd,
            @Parameter(description = "ID unit (beserta sub-unit)") @RequestParam(required = false) @Nullable Long unit,
            @Parameter(description = "ID skenario penempatan") @RequestParam(required = false) @Nullable
                    Long skenario) {
        return query.jabatan(opd, unit, skenario).jabatan().stream()
                .map(BarisPeta::dari)
                .toList();
    }

    @GetMapping("/proyeksi")
    @Operation(
            summary = "Proyeksi lima tahun: bezetting akhir tahun bila tidak ada rekrutmen dan pensiun pada BUP",
            description =
                    "Per tahun (tahun berjalan + 1 … + 5): bezetting pada 31 Desember, kebutuhan (kuota saat ini), "
                            + "kurang dan lebih (dijumlahkan per jabatan) dan jumlah pensiun; per OPD, per jenis jabatan dan "
                            + "total. Daftar pensiun (NIP, nama, jabatan, TMT pensiun) hanya untuk ADMIN_BKD dan PPK.")
    @ApiResponse(responseCode = "400", description = "Parameter tidak sah atau skenario yang tidak dapat dipilih")
    @ApiResponse(responseCode = "404", description = "OPD atau skenario tidak ada atau OPD di luar cakupan")
    ProyeksiRespons proyeksi(
            @Parameter(description = "ID OPD") @RequestParam(required = false) @Nullable Long opd,
            @Parameter(description = "ID skenario penempatan") @RequestParam(required = false) @Nullable
                    Long skenario) {
        Proyeksi p = query.proyeksi(opd, skenario);
        return new ProyeksiRespons(
                p.tahunDasar(),
                opd,
                skenario,
                Rekap.dari(p.saatIni()),
                Tahun.dari(p.total()),
                p.opd().stream()
                        .map(o -> new ProyeksiOpd(
                                o.opdId(), o.kode(), o.nama(), Rekap.dari(o.saatIni()), Tahun.dari(o.tahun())))
                        .toList(),
                p.jenis().stream()
                        .map(j -> new ProyeksiJenis(j.jenisJabatan(), Rekap.dari(j.saatIni()), Tahun.dari(j.tahun())))
                        .toList(),
                p.pensiun().stream()
                        .map(x -> new Pensiun(
                                x.nip(),
                                x.nama(),
                                x.jabatanId(),
                                x.jabatanNama(),
                                x.unitNama(),
                                x.opdId(),
                                x.opdNama(),
                                x.bup(),
                                x.tmtPensiun(),
                                x.tahun()))
                        .toList());
    }

    @GetMapping("/skenario")
    @Operation(summary = "Skenario penempatan yang dapat dipilih (SELESAI, DISETUJUI, DITETAPKAN; tidak diarsipkan)")
    List<Skenario> skenario() {
        return query.skenarioPilihan().stream()
                .map(s -> new Skenario(s.id(), s.nama(), s.status().name(), s.tanggal()))
                .toList();
    }
}
