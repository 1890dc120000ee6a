package id.aparatur.aturan.web;

import id.aparatur.aturan.RingkasanAturan;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.aturan.application.LayananAturan;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Aturan pages: every rule table with the version in force today and its source; one table's history, the
 * comparison of two versions, the proposal form (BKD) and the PPK's decision.
 */
@Controller
@RequestMapping("/aturan")
class AturanController {

    private final LayananAturan layanan;
    private final MessageSource pesan;

    AturanController(LayananAturan layanan, MessageSource pesan) {
        this.layanan = layanan;
        this.pesan = pesan;
    }

    @GetMapping
    String daftar(Model model) {
        model.addAttribute("daftar", layanan.daftar());
        model.addAttribute("hariIni", layanan.hariIni());
        return "aturan/daftar";
    }

    @GetMapping("/{kode}")
    String rinci(
            @PathVariable String kode,
            @RequestParam(required = false) @Nullable Integer lama,
            @RequestParam(required = false) @Nullable Integer baru,
            Model model) {
        RingkasanAturan r = layanan.rinci(kode);
        isi(model, r, null);
        if (lama != null && baru != null) {
            model.addAttribute("perbandingan", layanan.bandingkan(kode, lama, baru));
        }
        return "aturan/rinci";
    }

    @PostMapping("/{kode}/usulan")
    String usulkan(
            @PathVariable String kode,
            @ModelAttribute UsulanForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        List<Map.Entry<String, String>> galat = new ArrayList<>();
        try {
            VersiAturan v = layanan.usulkanDariIsian(
                    kode,
                    form.berlakuMulai(),
                    form.dasarHukum(),
                    form.catatan(),
                    form.nilai(),
                    Boolean.TRUE.equals(form.belumDikonfirmasi()));
            redirect.addFlashAttribute("pesan", teks("aturan.usulan.tersimpan", locale, v.nomor()));
            return "redirect:/aturan/" + kode;
        } catch (ValidasiException e) {
            e.galat().forEach(g -> galat.add(Map.entry(g.field(), teks(g.kodePesan(), locale))));
        } catch (KonflikException e) {
            galat.add(Map.entry("$", teks(e.kodePesan(), locale)));
        }
        isi(model, layanan.rinci(kode), form);
        model.addAttribute("galatUsulan", galat);
        Map<String, String> perIsian = new LinkedHashMap<>();
        galat.forEach(g -> perIsian.merge(
                g.getKey().startsWith("nilai") ? "nilai" : g.getKey(), g.getValue(), (a, b) -> a + " " + b));
        model.addAttribute("galatIsian", perIsian);
        return "aturan/rinci";
    }

    @PostMapping("/{kode}/versi/{nomor}/setujui")
    String setujui(
            @PathVariable String kode,
            @PathVariable int nomor,
            @ModelAttribute PutusanForm form,
            RedirectAttributes redirect,
            Locale locale) {
        return putus(
                kode,
                redirect,
                locale,
                "aturan.setujui.berhasil",
                nomor,
                () -> layanan.setujui(kode, nomor, form.versi()));
    }

    @PostMapping("/{kode}/versi/{nomor}/tolak")
    String tolak(
            @PathVariable String kode,
            @PathVariable int nomor,
            @ModelAttribute PutusanForm form,
            RedirectAttributes redirect,
            Locale locale) {
        return putus(
                kode,
                redirect,
                locale,
                "aturan.tolak.berhasil",
                nomor,
                () -> layanan.tolak(kode, nomor, form.versi(), form.alasan()));
    }

    private String putus(
            String kode,
            RedirectAttributes redirect,
            Locale locale,
            String kodeBerhasil,
            int nomor,
            java.util.function.Supplier<VersiAturan> langkah) {
        try {
            langkah.get();
            redirect.addFlashAttribute("pesan", teks(kodeBerhasil, locale, nomor));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute(
                    "galat",
                    e.galat().stream().map(g -> teks(g.kodePesan(), locale)).toList());
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/aturan/" + kode;
    }

    private void isi(Model model, RingkasanAturan r, @Nullable UsulanForm form) {
        model.addAttribute("aturan", r);
        model.addAttribute("hariIni", layanan.hariIni());
        VersiAturan berlaku = r.berlakuHariIni();
        Map<String, String> isian = form != null
                ? form.isian()
                : Map.of(
                        "berlakuMulai", "",
                        "dasarHukum", "",
                        "catatan", "",
                        "nilai", berlaku == null ? "" : berlaku.nilai().toPrettyString(),
                        "belumDikonfirmasi", "");
        model.addAttribute("isian", isian);
        if (!model.containsAttribute("galatIsian")) {
            model.addAttribute("galatIsian", Map.of());
        }
    }

    private String teks(String kode, Locale locale, Object... argumen) {
        return pesan.getMessage(kode, argumen, kode, locale);
    }
}
