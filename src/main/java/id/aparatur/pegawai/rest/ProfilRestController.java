package id.aparatur.pegawai.rest;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.application.PengelolaanProfil;
import id.aparatur.pegawai.application.ProfilPegawai;
import id.aparatur.pegawai.application.ProfilPegawai.UsulanKoreksi;
import id.aparatur.pegawai.application.ProfilQuery;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.shared.ValidasiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
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

/** Profile parts of an employee: DRH fields, riwayat, minat, and correction proposals. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Profil pegawai", description = "DRH, riwayat, minat karier, dan usulan koreksi")
class ProfilRestController {

    /** DRH fields (BKD). Protected data (agama, statusPerkawinan, disabilitas) is never used for merit decisions. */
    record ProfilPermintaan(
            @Nullable @Size(max = 100) String tempatLahir,
            @Nullable String nik,
            @NotNull StatusKepegawaian statusKepegawaian,
            @Nullable String golongan,
            @Nullable LocalDate tmtGolongan,
            @Nullable LocalDate tmtJabatan,
            @Nullable TingkatPendidikan pendidikanTingkat,
            @Nullable @Size(max = 150) String pendidikanJurusan,
            @Nullable Integer pendidikanTahunLulus,
            @Nullable String agama,
            @Nullable String statusPerkawinan,
            @Nullable @Size(max = 200) String disabilitas,
            @NotNull Integer versi) {

        /**
         * The profile; an unknown golongan is added to {@code galat} (reported with the service's rules). For a PPPK
         * {@code golongan} is I–XVII.
         */
        DataProfil data(List<ValidasiException.Galat> galat) {
            return PengelolaanProfil.dataProfil(
                    tempatLahir,
                    nik,
                    statusKepegawaian,
                    golongan,
                    tmtGolongan,
                    tmtJabatan,
                    pendidikanTingkat,
                    pendidikanJurusan,
                    pendidikanTahunLulus,
                    new DataPribadi(agama, statusPerkawinan, disabilitas),
                    galat);
        }
    }

    record RiwayatPermintaan(
            @NotNull JenisRiwayat jenis,
            @NotBlank @Size(max = 300) String uraian,
            @Nullable @Size(max = 300) String keterangan,
            @Nullable String golongan,
            @Nullable Long jabatanId,
            @Nullable @Size(max = 20) String tingkat,
            @Nullable Integer jp,
            @Nullable @Size(max = 100) String nomorSk,
            @Nullable LocalDate tanggalSk,
            @NotNull LocalDate tmt,
            @Nullable LocalDate tmtSelesai) {}

    record Alasan(@NotBlank @Size(max = 500) String alasan) {}

    record Minat(List<String> rumpun, List<Long> jabatan) {}

    record KoreksiPermintaan(
            @NotBlank String isian,
            @NotBlank @Size(max = 300) String nilaiUsulan,
            @NotBlank @Size(max = 1000) String alasan) {}

    record Putusan(
            @NotNull Boolean setuju,
            @Nullable @Size(max = 1000) String alasan) {}

    private final ProfilQuery query;
    private final PengelolaanProfil pengelolaan;
    private final CakupanPengguna cakupan;

    ProfilRestController(ProfilQuery query, PengelolaanProfil pengelolaan, CakupanPengguna cakupan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.cakupan = cakupan;
    }

    @PutMapping("/pegawai/{nip}/profil")
    @Operation(summary = "Ubah data DRH pegawai (ADMIN_BKD); sertakan versi")
    ProfilPegawai ubahProfil(@PathVariable String nip, @Valid @RequestBody ProfilPermintaan req) {
        List<ValidasiException.Galat> galat = new java.util.ArrayList<>();
        pengelolaan.ubahProfil(nip, req.data(galat), req.versi(), galat);
        return query.profil(cakupan.saatIni(), nip);
    }

    @GetMapping("/pegawai/{nip}/riwayat")
    @Operation(summary = "Riwayat pegawai (hukuman disiplin hanya untuk BKD, pegawai ybs., dan pimpinan OPD-nya)")
    List<ProfilPegawai.Riwayat> riwayat(
            @PathVariable String nip, @RequestParam(required = false) @Nullable JenisRiwayat jenis) {
        ProfilPegawai p = query.profil(cakupan.saatIni(), nip);
        return jenis == null ? p.riwayat() : p.riwayat(jenis);
    }

    @PostMapping("/pegawai/{nip}/riwayat")
    @Operation(
            summary = "Catat riwayat (ADMIN_BKD): nomor/tanggal SK dan TMT; kenaikan pangkat terbaru menjadi golongan")
    ResponseEntity<Map<String, Long>> tambahRiwayat(@PathVariable String nip, @Valid @RequestBody RiwayatPermintaan r) {
        long id = pengelolaan.tambahRiwayat(
                nip,
                new PengelolaanProfil.RiwayatBaru(
                        r.jenis(),
                        r.uraian(),
                        r.keterangan(),
                        r.golongan(),
                        r.jabatanId(),
                        r.tingkat(),
                        r.jp(),
                        r.nomorSk(),
                        r.tanggalSk(),
                        r.tmt(),
                        r.tmtSelesai()));
        return ResponseEntity.created(URI.create("/api/v1/pegawai/" + nip + "/riwayat/" + id))
                .body(Map.of("id", id));
    }

    @PostMapping("/pegawai/{nip}/riwayat/{id}/batalkan")
    @Operation(summary = "Batalkan riwayat yang salah dengan alasan (ADMIN_BKD); riwayat tidak pernah dihapus")
    ResponseEntity<Void> batalkanRiwayat(
            @PathVariable String nip, @PathVariable long id, @Valid @RequestBody Alasan a) {
        pengelolaan.batalkanRiwayat(nip, id, a.alasan());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/pegawai/{nip}/minat")
    @Operation(summary = "Minat karier: rumpun dan jabatan sasaran (pegawai ybs. atau ADMIN_BKD)")
    Minat ubahMinat(@PathVariable String nip, @RequestBody Minat m) {
        query.profil(cakupan.saatIni(), nip);
        pengelolaan.ubahMinat(
                nip, m.rumpun() == null ? List.of() : m.rumpun(), m.jabatan() == null ? List.of() : m.jabatan());
        ProfilPegawai p = query.profil(cakupan.saatIni(), nip);
        return new Minat(
                p.minatRumpun(),
                p.minatJabatan().stream()
                        .map(ProfilPegawai.MinatJabatan::jabatanId)
                        .toList());
    }

    @PostMapping("/pegawai/{nip}/koreksi")
    @Operation(summary = "Usulkan koreksi satu isian profil (pegawai ybs. atau ADMIN_BKD)")
    ResponseEntity<Map<String, Long>> ajukanKoreksi(@PathVariable String nip, @Valid @RequestBody KoreksiPermintaan k) {
        query.profil(cakupan.saatIni(), nip);
        long id = pengelolaan.ajukanKoreksi(nip, k.isian(), k.nilaiUsulan(), k.alasan());
        return ResponseEntity.created(URI.create("/api/v1/koreksi/" + id)).body(Map.of("id", id));
    }

    @GetMapping("/koreksi")
    @Operation(summary = "Usulan koreksi yang menunggu keputusan BKD (ADMIN_BKD)")
    List<UsulanKoreksi> koreksiMenunggu() {
        return query.koreksiMenunggu(500);
    }

    @PostMapping("/koreksi/{id}/putusan")
    @Operation(summary = "Setujui (nilai diterapkan) atau tolak dengan alasan (ADMIN_BKD)")
    ResponseEntity<Void> putuskan(@PathVariable long id, @Valid @RequestBody Putusan p) {
        pengelolaan.putuskanKoreksi(id, p.setuju(), p.alasan());
        return ResponseEntity.noContent().build();
    }
}
