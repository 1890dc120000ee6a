package id.aparatur.penempatan.web;

import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.application.CakupanSkenario;
import id.aparatur.penempatan.application.EksporDaftarMutasi;
import id.aparatur.penempatan.application.PengelolaanSkenario;
import id.aparatur.penempatan.application.SkenarioQuery;
import id.aparatur.penempatan.application.SkenarioQuery.FilterUsulan;
import id.aparatur.penempatan.application.SkenarioQuery.JenisUsulan;
import id.aparatur.penempatan.application.SkenarioQuery.SkenarioRinci;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.shared.Permintaan;
import id.aparatur.shared.ValidasiException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Placement scenario pages for ADMIN_BKD: list, new scenario, one scenario (settings, progress while it runs, result
 * with charts, proposals with their explanation, vacancies, approval and SK), the draft mutation list downloads and the
 * side-by-side comparison. Pins and exclusions chosen on a result go into a draft copy, so the result stays as it is.
 * Who may do what (ADMIN_BKD only) is decided by the services, the same for these pages and the API.
 */
@Controller
class SkenarioController {

    private final SkenarioQuery query;
    private final PengelolaanSkenario pengelolaan;
    private final CakupanSkenario cakupanSkenario;
    private final EksporDaftarMutasi ekspor;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    SkenarioController(
            SkenarioQuery query,
            PengelolaanSkenario pengelolaan,
            CakupanSkenario cakupanSkenario,
            EksporDaftarMutasi ekspor,
            MessageSource pesan,
            ObjectMapper json,
            Clock clock) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.cakupanSkenario = cakupanSkenario;
        this.ekspor = ekspor;
        this.pesan = pesan;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/penempatan/skenario")
    String daftar(@RequestParam(defaultValue = "false") boolean arsip, Model model) {
        model.addAttribute("daftar", query.daftar(arsip));
        model.addAttribute("arsip", arsip);
        return "penempatan/daftar";
    }

    @GetMapping("/penempatan/skenario/baru")
    String baru(Model model) {
        model.addAttribute("form", new PengaturanForm());
        isiForm(model);
        return "penempatan/form";
    }

    @PostMapping("/penempatan/skenario")
    String buat(@ModelAttribute("form") PengaturanForm form, BindingResult hasil, Model model, Locale locale) {
        if (!hasil.hasErrors()) {
            try {
                long id = pengelolaan.buat(form.keDomain());
                return "redirect:/penempatan/skenario/" + id;
            } catch (ValidasiException e) {
                for (ValidasiException.Galat g : e.galat()) {
                    hasil.reject(
                            g.kodePesan(),
                            teks("penempatan.isian." + g.field(), locale) + ": " + teks(g.kodePesan(), locale));
                }
            }
        }
        isiForm(model);
        return "penempatan/form";
    }

    private void isiForm(Model model) {
        SkenarioQuery.PilihanForm pilihan = query.pilihanForm();
        model.addAttribute("daftarOpd", pilihan.opd());
        model.addAttribute("daftarJenjang", pilihan.jenjang());
    }

    @GetMapping("/penempatan/skenario/{id}")
    String rinci(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable JenisUsulan jenis,
            @RequestParam(required = false) @Nullable Integer page,
            HtmxRequest htmx,
            Model model,
            Locale locale) {
        SkenarioQuery.HalamanSkenario h =
                query.halaman(id, new FilterUsulan(q, opd, jenis), Permintaan.dari(page, 25), !htmx.isHtmxRequest());
        SkenarioRinci s = h.s();
        model.addAttribute("s", s);
        if (h.usulan() != null) {
            model.addAttribute("halaman", h.usulan());
            model.addAttribute("q", q);
            model.addAttribute("opd", opd);
            model.addAttribute("jenis", jenis == null ? JenisUsulan.SEMUA : jenis);
            model.addAttribute("daftarJenis", JenisUsulan.values());
            if (htmx.isHtmxRequest()) {
                return "penempatan/skenario :: tabel-usulan";
            }
            model.addAttribute("daftarOpd", h.opdUsulan());
            model.addAttribute("lowongan", h.lowongan());
            model.addAttribute("grafikJpm", grafikJpm(s, locale));
            model.addAttribute("pembanding", h.pembanding());
        }
        model.addAttribute("hariIni", LocalDate.now(clock));
        return "penempatan/skenario";
    }

    /** JPM distribution before vs after as chart data (10-point bands, then "no position"/"not placed"). */
    private String grafikJpm(SkenarioRinci s, Locale locale) {
        if (s.ringkasan() == null) {
            return "{}";
        }
        List<String> label = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            label.add((i * 10) + "–" + (i * 10 + 9));
        }
        label.add("100");
        label.add(teks("penempatan.grafik.tanpa-jabatan", locale));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("sebelum", s.ringkasan().distribusiJpmSebelum());
        m.put("sesudah", s.ringkasan().distribusiJpmSesudah());
        m.put("namaSebelum", teks("penempatan.grafik.sebelum", locale));
        m.put("namaSesudah", teks("penempatan.grafik.sesudah", locale));
        m.put("sumbuX", teks("penempatan.grafik.sumbu-jpm", locale));
        m.put("sumbuY", teks("penempatan.grafik.sumbu-pegawai", locale));
        return json.writeValueAsString(m);
    }

    /** Polled by htmx while the scenario runs; when it has ended the whole page reloads to show the result. */
    @GetMapping("/penempatan/skenario/{id}/status")
    String status(@PathVariable long id, Model model, HttpServletResponse response) {
        SkenarioRinci s = query.rinci(id);
        if (s.status() != StatusSkenario.BERJALAN) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("s", s);
        return "penempatan/skenario :: status";
    }

    @GetMapping("/penempatan/skenario/{id}/usulan/{nip}")
    String penjelasan(@PathVariable long id, @PathVariable String nip, Model model) {
        model.addAttribute("x", query.penjelasan(id, nip));
        return "penempatan/skenario :: penjelasan";
    }

    @PostMapping("/penempatan/skenario/{id}/jalankan")
    String jalankan(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            pengelolaan.jalankan(id);
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", pesanGalat(e, locale));
        }
        return "redirect:/penempatan/skenario/" + id;
    }

    @PostMapping("/penempatan/skenario/{id}/salin")
    String salin(@PathVariable long id, @RequestParam(required = false) @Nullable String nama) {
        return "redirect:/penempatan/skenario/" + pengelolaan.salin(id, nama);
    }

    @PostMapping("/penempatan/skenario/{id}/setujui")
    String setujui(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        pengelolaan.setujui(id);
        redirect.addFlashAttribute("pesan", teks("penempatan.disetujui", locale));
        return "redirect:/penempatan/skenario/" + id;
    }

    @PostMapping("/penempatan/skenario/{id}/tetapkan")
    String tetapkan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String nomorSk,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate tanggalSk,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate tmt,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            int n = pengelolaan.tetapkan(id, new KeputusanMutasi(nomorSk, tanggalSk, tmt));
            redirect.addFlashAttribute("pesan", pesan.getMessage("penempatan.ditetapkan", new Object[] {n}, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", pesanGalat(e, locale));
            redirect.addFlashAttribute(
                    "isianSk",
                    Map.of(
                            "nomorSk",
                            nomorSk == null ? "" : nomorSk,
                            "tanggalSk",
                            tanggalSk == null ? "" : tanggalSk.toString(),
                            "tmt",
                            tmt == null ? "" : tmt.toString()));
        }
        return "redirect:/penempatan/skenario/" + id;
    }

    @PostMapping("/penempatan/skenario/{id}/arsipkan")
    String arsipkan(@PathVariable long id, @RequestParam(defaultValue = "true") boolean arsip) {
        pengelolaan.arsipkan(id, arsip);
        return arsip ? "redirect:/penempatan/skenario" : "redirect:/penempatan/skenario/" + id;
    }

    /** Choices of the position picker of a pin or exclusion: in the scenario's scope (and the employee's jenjang). */
    @GetMapping("/penempatan/skenario/{id}/pilih/jabatan")
    String pilihJabatan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String nip,
            Model model) {
        model.addAttribute("hasil", cakupanSkenario.pilihanJabatan(id, q, nip));
        return "fragments/pemilih :: hasil-jabatan";
    }

    /** Choices of the employee picker of a pin or exclusion: in the scenario's scope. */
    @GetMapping("/penempatan/skenario/{id}/pilih/pegawai")
    String pilihPegawai(@PathVariable long id, @RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("hasil", cakupanSkenario.pilihanPegawai(id, q));
        return "fragments/pemilih :: hasil-pegawai";
    }

    /** Pin: on a draft directly, on a result in its draft copy (created on first use). */
    @PostMapping("/penempatan/skenario/{id}/kunci")
    String kunci(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String nip,
            @RequestParam(required = false) @Nullable Long jabatanId,
            RedirectAttributes redirect,
            Locale locale) {
        return ubahAturan(id, redirect, locale, () -> pengelolaan.kunci(id, nip, jabatanId));
    }

    @PostMapping("/penempatan/skenario/{id}/hapus-kunci")
    String hapusKunci(@PathVariable long id, @RequestParam String nip, RedirectAttributes redirect, Locale locale) {
        return ubahAturan(id, redirect, locale, () -> pengelolaan.hapusKunci(id, nip));
    }

    @PostMapping("/penempatan/skenario/{id}/kecualikan-pegawai")
    String kecualikanPegawai(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String nip,
            @RequestParam(defaultValue = "true") boolean kecualikan,
            RedirectAttributes redirect,
            Locale locale) {
        return ubahAturan(id, redirect, locale, () -> pengelolaan.kecualikanPegawai(id, nip, kecualikan));
    }

    @PostMapping("/penempatan/skenario/{id}/kecualikan-jabatan")
    String kecualikanJabatan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long jabatanId,
            @RequestParam(defaultValue = "true") boolean kecualikan,
            RedirectAttributes redirect,
            Locale locale) {
        return ubahAturan(id, redirect, locale, () -> pengelolaan.kecualikanJabatan(id, jabatanId, kecualikan));
    }

    /** One change of rules: back to the draft that was changed, or to the scenario with the reasons it was refused. */
    private String ubahAturan(
            long id,
            RedirectAttributes redirect,
            Locale locale,
            java.util.function.Supplier<PengelolaanSkenario.PerubahanAturan> ubah) {
        try {
            PengelolaanSkenario.PerubahanAturan p = ubah.get();
            redirect.addFlashAttribute(
                    "pesan", teks(p.keDraf() ? "penempatan.aturan-ke-draf" : "umum.tersimpan", locale));
            return "redirect:/penempatan/skenario/" + p.drafId();
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", pesanGalat(e, locale));
            return "redirect:/penempatan/skenario/" + id;
        }
    }

    @GetMapping("/penempatan/skenario/{id}/mutasi.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long id, Locale locale) {
        EksporDaftarMutasi.Daftar d = ekspor.daftar(id);
        List<String> kepala = kepala(locale);
        String judul = teks("penempatan.mutasi.judul", locale);
        return unduh(
                "daftar-mutasi-" + id + "-" + LocalDate.now(clock) + ".xlsx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                out -> EksporDaftarMutasi.xlsx(out, d, kepala, judul));
    }

    @GetMapping("/penempatan/skenario/{id}/mutasi.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id, Locale locale) {
        EksporDaftarMutasi.Daftar d = ekspor.daftar(id);
        List<String> kepala = kepala(locale);
        SkenarioRinci s = d.skenario();
        DateTimeFormatter tgl = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        String sub = pesan.getMessage(
                s.nomorSk() == null ? "penempatan.mutasi.subjudul-draf" : "penempatan.mutasi.subjudul-sk",
                new Object[] {
                    s.id(),
                    s.nama(),
                    d.baris().size(),
                    s.nomorSk() == null ? "" : s.nomorSk(),
                    s.tanggalSk() == null ? "" : tgl.format(s.tanggalSk()),
                    s.tmt() == null ? "" : tgl.format(s.tmt())
                },
                locale);
        String judul = teks("penempatan.mutasi.judul", locale);
        return unduh(
                "daftar-mutasi-" + id + "-" + LocalDate.now(clock) + ".pdf",
                MediaType.APPLICATION_PDF,
                out -> EksporDaftarMutasi.pdf(out, d, kepala, judul, sub));
    }

    private List<String> kepala(Locale locale) {
        return List.of(
                        "penempatan.mutasi.nip",
                        "penempatan.mutasi.nama",
                        "penempatan.mutasi.jabatan-lama",
                        "penempatan.mutasi.unit-lama",
                        "penempatan.mutasi.jabatan-baru",
                        "penempatan.mutasi.unit-baru",
                        "penempatan.mutasi.kelas-lama",
                        "penempatan.mutasi.kelas-baru")
                .stream()
                .map(k -> teks(k, locale))
                .toList();
    }

    private static ResponseEntity<StreamingResponseBody> unduh(
            String nama, MediaType jenis, StreamingResponseBody isi) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(nama).build().toString())
                .contentType(jenis)
                .body(isi);
    }

    @GetMapping("/penempatan/bandingkan")
    String bandingkan(
            @RequestParam long a,
            @RequestParam long b,
            @RequestParam(required = false) @Nullable Integer page,
            Model model) {
        SkenarioQuery.Perbandingan p = query.bandingkan(a, b, Permintaan.dari(page, 50));
        model.addAttribute("a", p.a());
        model.addAttribute("b", p.b());
        model.addAttribute("halaman", p.halaman());
        return "penempatan/bandingkan";
    }

    private List<String> pesanGalat(ValidasiException e, Locale locale) {
        return e.galat().stream()
                .map(g -> teks("penempatan.isian." + g.field(), locale) + ": " + teks(g.kodePesan(), locale))
                .distinct()
                .toList();
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
