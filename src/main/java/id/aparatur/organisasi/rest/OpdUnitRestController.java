package id.aparatur.organisasi.rest;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.JenisUnit;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.organisasi.application.PengelolaanOrganisasi;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "OPD dan unit", description = "Perangkat daerah dan pohon unit organisasi")
class OpdUnitRestController {

    record OpdRespons(
            long id,
            String kode,
            String nama,
            @Nullable String singkatan,
            JenisOpd jenis,
            boolean aktif,
            int versi,
            List<OrganisasiQuery.SasaranOpdView> sasaran) {}

    record OpdPermintaan(
            @NotBlank @Size(max = 20) String kode,
            @NotBlank @Size(max = 200) String nama,
            @Nullable @Size(max = 40) String singkatan,
            @NotNull JenisOpd jenis,
            @Nullable Boolean aktif,
            @Nullable Integer versi) {}

    record UnitRespons(
            long id,
            long opdId,
            @Nullable Long indukId,
            String kode,
            String nama,
            JenisUnit jenis,
            @Nullable Long jabatanKepalaId,
            int urutan,
            boolean aktif,
            int versi) {}

    record UnitPermintaan(
            @NotNull Long opdId,
            @Nullable Long indukId,
            @NotBlank @Size(max = 30) String kode,
            @NotBlank @Size(max = 200) String nama,
            @NotNull JenisUnit jenis,
            @Nullable Long jabatanKepalaId,
            @Nullable @Min(0) Integer urutan,
            @Nullable Boolean aktif,
            @Nullable Integer versi) {

        PengelolaanOrganisasi.DataUnit data() {
            return new PengelolaanOrganisasi.DataUnit(
                    opdId,
                    indukId,
                    kode.trim(),
                    nama.trim(),
                    jenis,
                    jabatanKepalaId,
                    urutan == null ? 0 : urutan,
                    aktif == null || aktif);
        }
    }

    private final OrganisasiQuery query;
    private final PengelolaanOrganisasi pengelolaan;
    private final CakupanPengguna cakupan;

    OpdUnitRestController(OrganisasiQuery query, PengelolaanOrganisasi pengelolaan, CakupanPengguna cakupan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.cakupan = cakupan;
    }

    @GetMapping("/api/v1/opd")
    @Operation(summary = "Daftar OPD dalam cakupan pengguna")
    Halaman<OpdRingkas> daftarOpd(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable JenisOpd jenis,
            @RequestParam(required = false) @Nullable Boolean aktif,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return query.daftarOpd(cakupan.saatIni(), q, jenis, aktif, Permintaan.dari(page, size));
    }

    @GetMapping("/api/v1/opd/{id}")
    @Operation(summary = "Detail OPD beserta sasaran dan kaitannya dengan sasaran Pemda")
    OpdRespons opd(@PathVariable long id) {
        var d = query.opd(cakupan.saatIni(), id);
        return new OpdRespons(
                d.opd().id(),
                d.opd().kode(),
                d.opd().nama(),
                d.opd().singkatan(),
                d.opd().jenis(),
                d.opd().aktif(),
                d.versi(),
                d.sasaran());
    }

    @PostMapping("/api/v1/opd")
    @Operation(summary = "Buat OPD (ADMIN_BKD)")
    ResponseEntity<OpdRespons> buatOpd(@Valid @RequestBody OpdPermintaan req) {
        OpdRingkas o = pengelolaan.buatOpd(new PengelolaanOrganisasi.DataOpd(
                req.kode().trim(), req.nama().trim(), req.singkatan(), req.jenis(), true));
        return ResponseEntity.created(URI.create("/api/v1/opd/" + o.id())).body(opd(o.id()));
    }

    @PutMapping("/api/v1/opd/{id}")
    @Operation(summary = "Ubah OPD (ADMIN_BKD); sertakan versi; aktif=false menonaktifkan")
    OpdRespons ubahOpd(@PathVariable long id, @Valid @RequestBody OpdPermintaan req) {
        if (req.versi() == null) {
            throw new id.aparatur.shared.ValidasiException("versi", "NotNull");
        }
        pengelolaan.ubahOpd(
                id,
                new PengelolaanOrganisasi.DataOpd(
                        req.kode().trim(),
                        req.nama().trim(),
                        req.singkatan(),
                        req.jenis(),
                        req.aktif() == null || req.aktif()),
                req.versi());
        return opd(id);
    }

    @GetMapping("/api/v1/unit")
    @Operation(summary = "Daftar unit organisasi (filter ?opd=, ?jenis=, ?q=)")
    Halaman<UnitRingkas> daftarUnit(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable JenisUnit jenis,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return query.daftarUnit(
                cakupan.saatIni(), new OrganisasiQuery.UnitFilter(opd, jenis, q), Permintaan.dari(page, size));
    }

    @GetMapping("/api/v1/unit/{id}")
    @Operation(summary = "Detail unit")
    UnitRespons unit(@PathVariable long id) {
        UnitRingkas u = query.unit(cakupan.saatIni(), id);
        return new UnitRespons(
                u.id(),
                u.opdId(),
                u.indukId(),
                u.kode(),
                u.nama(),
                u.jenis(),
                u.jabatanKepalaId(),
                u.urutan(),
                u.aktif(),
                pengelolaan.versiUnit(id));
    }

    @PostMapping("/api/v1/unit")
    @Operation(summary = "Buat unit (ADMIN_BKD)")
    ResponseEntity<UnitRespons> buatUnit(@Valid @RequestBody UnitPermintaan req) {
        UnitRingkas u = pengelolaan.buatUnit(req.data());
        return ResponseEntity.created(URI.create("/api/v1/unit/" + u.id())).body(unit(u.id()));
    }

    @PutMapping("/api/v1/unit/{id}")
    @Operation(summary = "Ubah unit (ADMIN_BKD); sertakan versi")
    UnitRespons ubahUnit(@PathVariable long id, @Valid @RequestBody UnitPermintaan req) {
        if (req.versi() == null) {
            throw new id.aparatur.shared.ValidasiException("versi", "NotNull");
        }
        pengelolaan.ubahUnit(id, req.data(), req.versi());
        return unit(id);
    }
}
