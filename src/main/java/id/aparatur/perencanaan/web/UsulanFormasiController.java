package id.aparatur.perencanaan.web;

import id.aparatur.perencanaan.application.EksporUsulanFormasi;
import id.aparatur.perencanaan.application.PengelolaanUsulanFormasi;
import id.aparatur.perencanaan.application.UsulanFormasiQuery;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.HalamanDaftar;
import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Usulan formasi pages: list and create (BKD, from a cascade run), one proposal with its rows (editable while draft
 * or returned), submit (BKD), approve or return (PPK), the trail, and the XLSX/PDF documents. Who may do what is
 * decided by the services ({@link PengelolaanUsulanFormasi}, {@link UsulanFormasiQuery}).
 */
@Controller
class UsulanFormasiController {

    private static final java.util.regex.Pattern BARIS = java.util.regex.Pattern.compile("baris\\[(\\d+)]\\.(\\w+)");

    private final PengelolaanUsulanFormasi layanan;
    private final UsulanFormasiQuery query;
    private final MessageSource pesan;

    UsulanFormasiController(PengelolaanUsulanFormasi layanan, UsulanFormasiQuery query, MessageSource pesan) {
        this.layanan = layanan;
        this.query = query;
        this.pesan = pesan;
    }

    @GetMapping("/formasi")
    String daftar(@RequestParam(required = false) @Nullable Long kaskade, Model model) {
        HalamanDaftar h = query.halamanDaftar();
        model.addAttribute("daftar", h.daftar());
        if (h.bolehMembuat()) {
            model.addAttribute("kaskadeTersedia", h.kaskadeTersedia());
        }
        model.addAttribute("bkd", h.bolehMembuat());
        model.addAttribute("kaskadeDipilih", kaskade);
        model.addAttribute("tahunBawaan", h.tahunBawaan());
        return "formasi/daftar";
    }

    @PostMapping("/formasi")
    String buat(@ModelAttribute UsulanFormasiForm form, RedirectAttributes redirect, Locale locale) {
        try {
            long id = layanan.buat(form.kaskadeId(), form.tahunAngka(), form.judul() == null ? "" : form.judul())
                    .usulan()
                    .id();
            return "redirect:/formasi/" + id;
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", galat(e, locale));
            return "redirect:/formasi" + (form.kaskade() == null ? "" : "?kaskade=" + form.kaskade());
        }
    }

    @GetMapping("/formasi/{id}")
    String rinci(@PathVariable long id, Model model) {
        model.addAttribute("r", query.rinci(id));
        model.addAttribute("jenisPengadaan", JenisPengadaan.values());
        return "formasi/rinci";
    }

    @PostMapping("/formasi/{id}/baris")
    String ubah(
            @PathVariable long id, @ModelAttribute BarisFormasiForm form, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "umum.tersimpan", () -> layanan.ubahBaris(id, form.ubah(), form.versi()));
    }

    @PostMapping("/formasi/{id}/ajukan")
    String ajukan(@PathVariable long id, @RequestParam int versi, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "formasi.pesan.diajukan", () -> layanan.ajukan(id, versi));
    }

    @PostMapping("/formasi/{id}/setujui")
    String setujui(
            @PathVariable long id,
            @RequestParam int versi,
            @RequestParam(required = false) @Nullable String catatan,
            RedirectAttributes redirect,
            Locale locale) {
        return aksi(id, redirect, locale, "formasi.pesan.disetujui", () -> layanan.setujui(id, versi, catatan));
    }

    @PostMapping("/formasi/{id}/kembalikan")
    String kembalikan(
            @PathVariable long id,
            @RequestParam int versi,
            @RequestParam(required = false) @Nullable String catatan,
            RedirectAttributes redirect,
            Locale locale) {
        return aksi(id, redirect, locale, "formasi.pesan.dikembalikan", () -> layanan.kembalikan(id, versi, catatan));
    }

    private String aksi(long id, RedirectAttributes redirect, Locale locale, String berhasil, Supplier<?> langkah) {
        try {
            langkah.get();
            redirect.addFlashAttribute("pesan", teks(berhasil, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", galat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/formasi/" + id;
    }

    @GetMapping("/formasi/{id}/usulan-formasi.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long id, Locale locale) {
        return EksporUsulanFormasi.unduhXlsx(query.dokumen(id, locale));
    }

    @GetMapping("/formasi/{id}/usulan-formasi.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id, Locale locale) {
        return EksporUsulanFormasi.unduhPdf(query.dokumen(id, locale));
    }

    private List<String> galat(ValidasiException e, Locale locale) {
        return e.galat().stream()
                .map(g -> {
                    java.util.regex.Matcher m = BARIS.matcher(g.field());
                    String isian = m.matches()
                            ? pesan.getMessage(
                                    "formasi.isian.baris-ke",
                                    new Object[] {
                                        Integer.parseInt(m.group(1)) + 1, teks("formasi.isian." + m.group(2), locale)
                                    },
                                    locale)
                            : teks("formasi.isian." + g.field(), locale, g.field());
                    return isian + ": " + teks(g.kodePesan(), locale);
                })
                .toList();
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }

    private String teks(String kode, Locale locale, String bawaan) {
        return pesan.getMessage(kode, null, bawaan, locale);
    }
}
