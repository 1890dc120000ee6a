package id.aparatur.pegawai.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.PengelolaanPegawai;
import id.aparatur.pegawai.application.ProfilPegawai;
import id.aparatur.pegawai.application.ProfilQuery;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.NiPppk;
import id.aparatur.shared.Nip;
import id.aparatur.shared.Permintaan;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.DiperiksaSaatDibaca;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
@RequestMapping("/api/v1/pegawai")
@Tag(name = "Pegawai", description = "Data inti pegawai (NIP, jabatan, unit, OPD, atasan langsung)")
class PegawaiRestController {

    record Respons(
            String nip,
            String nama,
            String namaLengkap,
            String jenisKelamin,
            LocalDate tanggalLahir,
            @Nullable String tmtCpns,
            @Nullable Long jabatanId,
            @Nullable String jabatanNama,
            @Nullable Integer kelas,
            @Nullable Long unitId,
            @Nullable String unitNama,
            @Nullable Long opdId,
            @Nullable String opdNama,
            @Nullable String atasanNip,
            @Nullable String atasanNama,
            boolean aktif,
            int versi,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String statusKepegawaian,

            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Temuan> peringatan) {

        static Respons dari(PegawaiBaris p) {
            return dari(p, null, List.of());
        }

        /** With the status and the warnings of a registration (unconfirmed readings of an NI PPPK). */
        static Respons dari(PegawaiBaris p, @Nullable String status, List<Temuan> peringatan) {
            return new Respons(
                    p.nip(),
                    p.nama(),
                    p.namaLengkap(),
                    String.valueOf(p.jenisKelamin()),
                    p.tanggalLahir(),
                    p.tmtCpns() == null ? null : p.tmtCpns().toString(),
                    p.jabatanId(),
                    p.jabatanNama(),
                    p.kelas(),
                    p.unitId(),
                    p.unitNama(),
                    p.opdId(),
                    p.opdNama(),
                    p.atasanNip(),
                    p.atasanNama(),
                    p.aktif(),
                    p.versi(),
                    status,
                    peringatan);
        }
    }

    /** The full profile (DRH). Protected fields appear only for BKD and the employee; riwayat by kind. */
    record ProfilRespons(
            String nip,
            String nama,
            String namaLengkap,
            String jenisKelamin,
            LocalDate tanggalLahir,
            @Nullable String tempatLahir,
            String tmtCpns,
            String statusKepegawaian,
            @Nullable String nik,
            @Nullable String golongan,
            @Nullable String pangkat,
            @Nullable LocalDate tmtGolongan,
            @Nullable Long jabatanId,
            @Nullable String jabatanNama,
            @Nullable String jenisJabatan,
            @Nullable String jenjang,
            @Nullable Integer kelas,
            @Nullable String rumpun,
            @Nullable LocalDate tmtJabatan,
            @Nullable Long unitId,
            @Nullable String unitNama,
            @Nullable Long opdId,
            @Nullable String opdNama,
            @Nullable String atasanNip,
            @Nullable String atasanNama,
            Pendidikan pendidikanTerakhir,
            @Nullable String agama,
            @Nullable String statusPerkawinan,
            @Nullable String disabilitas,
            int bup,
            LocalDate tmtPensiun,
            List<Temuan> ketidaksesuaianNip,
            java.util.Map<String, List<ProfilPegawai.Riwayat>> riwayat,
            int totalJpPelatihan,
            Minat minat,
            @Nullable List<ProfilPegawai.UsulanKoreksi> usulanKoreksi,
            boolean aktif,
            int versi) {}

    record Pendidikan(
            @Nullable String tingkat,
            @Nullable String jurusan,
            @Nullable Integer tahunLulus) {}

    record Temuan(String kode, String pesan) {}

    record Minat(List<String> rumpun, List<ProfilPegawai.MinatJabatan> jabatan) {}

    /**
     * Create/update. {@code jenisKelamin} (L/P), {@code tanggalLahir} and {@code tmtCpns} (yyyy-MM) default to the NIP.
     * The NIP's structure and the month of {@code tmtCpns} ({@link #periksa}) are named with the other errors of a body
     * that is rejected anyway, else checked first by the handler. {@code statusKepegawaian} (PNS, CPNS, PPPK; PNS when
     * absent, used on create): a PPPK is registered with an NI PPPK in {@code nip} and without {@code tmtCpns}.
     */
    record Permintaan_(
            @NotBlank String nip,
            @NotBlank @Size(max = 200) String nama,
            @Nullable @Size(max = 40) String gelarDepan,
            @Nullable @Size(max = 60) String gelarBelakang,
            @Nullable @Pattern(regexp = "[LP]") String jenisKelamin,
            @Nullable LocalDate tanggalLahir,
            @Nullable @Pattern(regexp = "[0-9]{4}-[0-9]{2}") String tmtCpns,
            @Nullable Long jabatanId,
            @Nullable Long unitId,
            @Nullable Long opdId,
            @Nullable @Size(max = 30) String atasanNip,
            @Nullable Integer versi,
            @Nullable @Pattern(regexp = "PNS|CPNS|PPPK") String statusKepegawaian)
            implements DiperiksaSaatDibaca {

        StatusKepegawaian status() {
            return statusKepegawaian == null || !statusKepegawaian.matches("PNS|CPNS|PPPK")
                    ? StatusKepegawaian.PNS
                    : StatusKepegawaian.valueOf(statusKepegawaian);
        }

        @Override
        public List<ValidasiException.Galat> periksa() {
            List<ValidasiException.Galat> g = new ArrayList<>();
            // On update (versi given) the NIP must equal the stored one, whose status decides how it is read.
            if (nip != null && !nip.isBlank() && versi == null) {
                String n = nip.replace(" ", "");
                (status() == StatusKepegawaian.PPPK ? NiPppk.periksa(n) : Nip.periksa(n))
                        .forEach(k -> g.add(new ValidasiException.Galat("nip", k)));
            }
            if (status() == StatusKepegawaian.PPPK && tmtCpns != null) {
                g.add(new ValidasiException.Galat("tmtCpns", "pegawai.tmt-cpns.pppk"));
            }
            if (tmtCpns != null && tmtCpns.matches("[0-9]{4}-[0-9]{2}")) {
                try {
                    YearMonth.parse(tmtCpns);
                } catch (DateTimeParseException e) {
                    g.add(new ValidasiException.Galat("tmtCpns", "validasi.tmt-cpns.format"));
                }
            }
            return g;
        }

        PengelolaanPegawai.DataPegawai data() {
            return new PengelolaanPegawai.DataPegawai(
                    nip,
                    nama,
                    gelarDepan,
                    gelarBelakang,
                    jenisKelamin == null ? null : jenisKelamin.charAt(0),
                    tanggalLahir,
                    tmtCpns == null ? null : YearMonth.parse(tmtCpns),
                    jabatanId,
                    atasanNip,
                    unitId,
                    opdId,
                    status());
        }
    }

    record Nonaktif(
            @NotBlank @Size(max = 300) String alasan,
            @NotNull Integer versi) {}

    private final PegawaiQuery query;
    private final PengelolaanPegawai pengelolaan;
    private final CakupanPengguna cakupan;
    private final ProfilQuery profil;
    private final org.springframework.context.MessageSource pesan;

    PegawaiRestController(
            PegawaiQuery query,
            PengelolaanPegawai pengelolaan,
            CakupanPengguna cakupan,
            ProfilQuery profil,
            org.springframework.context.MessageSource pesan) {
        this.profil = profil;
        this.pesan = pesan;
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.cakupan = cakupan;
    }

    @GetMapping
    @Operation(
            summary = "Daftar pegawai dalam cakupan pengguna (filter ?q=nama/NIP, ?opd=, ?unit=, ?jabatan=, ?atasan=)")
    Halaman<Respons> daftar(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan,
            @RequestParam(required = false) @Nullable String atasan,
            @RequestParam(required = false) @Nullable Boolean aktif,
            @RequestParam(required = false) @Nullable Integer page,
            @RequestParam(required = false) @Nullable Integer size) {
        return query.daftar(
                        cakupan.saatIni(),
                        new PegawaiQuery.Filter(q, opd, unit, jabatan, atasan, aktif),
                        Permintaan.dari(page, size))
                .map(Respons::dari);
    }

    @GetMapping("/{nip}")
    @Operation(summary = "Profil lengkap pegawai (DRH, riwayat, minat, BUP dan TMT pensiun, temuan NIP)")
    ProfilRespons detail(@PathVariable String nip, java.util.Locale locale) {
        ProfilPegawai f = profil.profil(cakupan.saatIni(), nip);
        var p = f.inti();
        var riwayat = new java.util.LinkedHashMap<String, List<ProfilPegawai.Riwayat>>();
        for (JenisRiwayat j : JenisRiwayat.values()) {
            if (!j.terbatas() || f.disiplinTerlihat()) {
                riwayat.put(j.name(), f.riwayat(j));
            }
        }
        return new ProfilRespons(
                p.nip(),
                p.nama(),
                p.namaLengkap(),
                String.valueOf(p.jenisKelamin()),
                p.tanggalLahir(),
                f.tempatLahir(),
                p.tmtCpns() == null ? null : p.tmtCpns().toString(),
                f.statusKepegawaian().name(),
                f.nik(),
                f.golongan() != null
                        ? f.golongan().kode()
                        : f.golonganPppk() == null ? null : f.golonganPppk().kode(),
                f.golongan() == null ? null : f.golongan().pangkat(),
                f.tmtGolongan(),
                p.jabatanId(),
                p.jabatanNama(),
                f.jenisJabatan(),
                f.jenjang(),
                p.kelas(),
                f.rumpunKode(),
                f.tmtJabatan(),
                p.unitId(),
                p.unitNama(),
                p.opdId(),
                p.opdNama(),
                p.atasanNip(),
                p.atasanNama(),
                new Pendidikan(
                        f.pendidikanTingkat() == null
                                ? null
                                : f.pendidikanTingkat().name(),
                        f.pendidikanJurusan(),
                        f.pendidikanTahunLulus()),
                f.pribadi() == null ? null : f.pribadi().agama(),
                f.pribadi() == null ? null : f.pribadi().statusPerkawinan(),
                f.pribadi() == null ? null : f.pribadi().disabilitas(),
                f.bup(),
                f.tmtPensiun(),
                f.ketidaksesuaianNip().stream()
                        .map(k -> new Temuan(k, pesan.getMessage(k, null, k, locale)))
                        .toList(),
                riwayat,
                f.totalJp(),
                new Minat(f.minatRumpun(), f.minatJabatan()),
                f.pribadiTerlihat() ? f.koreksi() : null,
                p.aktif(),
                p.versi());
    }

    @PostMapping
    @Operation(summary = "Daftarkan pegawai (ADMIN_BKD); NIP divalidasi per aturan")
    ResponseEntity<Respons> buat(@Valid @RequestBody Permintaan_ req, java.util.Locale locale) {
        tolakBilaAda(req.periksa());
        var p = pengelolaan.buat(req.data());
        List<Temuan> peringatan = pengelolaan.peringatan(p).stream()
                .map(k -> new Temuan(k, pesan.getMessage(k, null, k, locale)))
                .toList();
        return ResponseEntity.created(URI.create("/api/v1/pegawai/" + p.nip().nilai()))
                .body(Respons.dari(
                        query.detail(cakupan.saatIni(), p.nip().nilai()),
                        req.status().name(),
                        peringatan));
    }

    @PutMapping("/{nip}")
    @Operation(summary = "Ubah data pegawai (ADMIN_BKD); sertakan versi")
    Respons ubah(@PathVariable String nip, @Valid @RequestBody Permintaan_ req) {
        if (req.versi() == null) {
            throw new ValidasiException("versi", "NotNull");
        }
        tolakBilaAda(req.periksa());
        pengelolaan.ubah(nip, req.data(), req.versi());
        return Respons.dari(query.detail(cakupan.saatIni(), nip));
    }

    @PostMapping("/{nip}/nonaktifkan")
    @Operation(summary = "Nonaktifkan pegawai dengan alasan (ADMIN_BKD)")
    Respons nonaktifkan(@PathVariable String nip, @Valid @RequestBody Nonaktif req) {
        pengelolaan.nonaktifkan(nip, req.alasan(), req.versi());
        return Respons.dari(query.detail(cakupan.saatIni(), nip));
    }

    private static void tolakBilaAda(List<ValidasiException.Galat> galat) {
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
    }
}
