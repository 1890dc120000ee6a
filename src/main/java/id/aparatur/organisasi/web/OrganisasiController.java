package id.aparatur.organisasi.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import id.aparatur.sistem.ExcelEkspor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Pages for the Pemda profile and the OPD list and detail. */
@Controller
class OrganisasiController {

    private final OrganisasiQuery query;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    OrganisasiController(OrganisasiQuery query, CakupanPengguna cakupan, MessageSource pesan, Clock clock) {
        this.query = query;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/organisasi/pemda")
    String pemda(Model model) {
        model.addAttribute("pemda", query.pemda());
        return "organisasi/pemda";
    }

    @GetMapping("/organisasi/opd")
    String daftarOpd(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable JenisOpd jenis,
            @RequestParam(required = false) @Nullable Integer page,
            HtmxRequest htmx,
            Model model) {
        Halaman<OpdRingkas> h = query.daftarOpd(cakupan.saatIni(), q, jenis, null, Permintaan.dari(page, 25));
        model.addAttribute("halaman", h);
        model.addAttribute("q", q);
        model.addAttribute("jenis", jenis);
        model.addAttribute("daftarJenis", JenisOpd.values());
        return htmx.isHtmxRequest() ? "organisasi/opd-daftar :: tabel" : "organisasi/opd-daftar";
    }

    @GetMapping("/organisasi/opd/ekspor")
    ResponseEntity<StreamingResponseBody> eksporOpd(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable JenisOpd jenis,
            Locale locale) {
        Halaman<OpdRingkas> h = query.daftarOpd(cakupan.saatIni(), q, jenis, null, new Permintaan(0, 10_000));
        List<List<?>> baris = new ArrayList<>();
        h.content()
                .forEach(o -> baris.add(List.of(
                        o.kode(),
                        o.nama(),
                        o.singkatan() == null ? "" : o.singkatan(),
                        pesan.getMessage("opd.jenis." + o.jenis(), null, locale),
                        pesan.getMessage(o.aktif() ? "umum.aktif" : "umum.nonaktif", null, locale))));
        return ExcelEkspor.unduh(
                "opd",
                LocalDate.now(clock),
                "OPD",
                judul(locale, "opd.kode", "opd.nama", "opd.singkatan", "opd.jenis", "umum.status"),
                baris);
    }

    @GetMapping("/organisasi/opd/{id}")
    String opd(@PathVariable long id, Model model) {
        var h = query.halamanOpd(cakupan.saatIni(), id);
        model.addAttribute("detail", h.detail());
        model.addAttribute("unit", h.unit());
        return "organisasi/opd-detail";
    }

    private List<String> judul(Locale locale, String... kode) {
        return java.util.Arrays.stream(kode)
                .map(k -> pesan.getMessage(k, null, locale))
                .toList();
    }
}
