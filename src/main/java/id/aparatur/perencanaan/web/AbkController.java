package id.aparatur.perencanaan.web;

import id.aparatur.perencanaan.application.AbkQuery;
import id.aparatur.perencanaan.application.AbkQuery.HalamanDaftar;
import id.aparatur.perencanaan.application.AbkQuery.HalamanRinci;
import id.aparatur.perencanaan.application.PengelolaanAbk;
import id.aparatur.perencanaan.application.PengelolaanWke;
import id.aparatur.perencanaan.domain.Abk;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ABK pages: the list per OPD and year, one ABK with its task table (save, add rows, remove rows) and the workflow
 * buttons by role and status, and the WKE settings for BKD. Rules and scope live in the application services; a
 * rejected save shows the typed rows again with the message next to each field.
 */
@Controller
class AbkController {

    private static final Pattern BARIS = Pattern.compile("^tugas\\[(\\d+)\\]\\.(.+)$");

    private final AbkQuery query;
    private final PengelolaanAbk pengelolaan;
    private final PengelolaanWke wke;
    private final MessageSource pesan;

    AbkController(AbkQuery query, PengelolaanAbk pengelolaan, PengelolaanWke wke, MessageSource pesan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.wke = wke;
        this.pesan = pesan;
    }

    @GetMapping("/abk")
    String daftar(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Integer tahun,
            Model model) {
        HalamanDaftar h = query.halamanDaftar(opd, tahun);
        model.addAttribute("daftarOpd", h.daftarOpd());
        model.addAttribute("opd", h.opd());
        model.addAttribute("tahun", h.tahun());
        model.addAttribute("baris", h.baris());
        model.addAttribute("bolehMengisi", h.bolehMengisi());
        return "abk/daftar";
    }

    @PostMapping("/abk")
    String buat(
            @RequestParam long jabatanId,
            @RequestParam int tahun,
            @RequestParam(required = false) @Nullable Long opd,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            return "redirect:/abk/" + pengelolaan.buat(jabatanId, tahun).id();
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", teksGalat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/abk?tahun=" + tahun + (opd == null ? "" : "&opd=" + opd);
    }

    @GetMapping("/abk/{id}")
    String rinci(@PathVariable long id, Model model) {
        HalamanRinci h = query.halamanRinci(id);
        isi(model, h, AbkForm.dari(h.abk()), true);
        return "abk/form";
    }

    @PostMapping("/abk/{id}/tugas")
    String simpan(
            @PathVariable long id,
            @ModelAttribute("abkForm") AbkForm form,
            BindingResult hasil,
            @RequestParam(required = false) @Nullable String aksi,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if ("tambah-baris".equals(aksi)) {
            form.tambahBarisKosong();
            isi(model, query.halamanRinci(id), form, false);
            return "abk/form";
        }
        // Rows kept: not blank, not marked for removal; remember their position in the form for the messages.
        List<Integer> posisi = new ArrayList<>();
        List<AturanAbk.Isian> isian = new ArrayList<>();
        for (int i = 0; i < form.getTugas().size(); i++) {
            AbkForm.Baris b = form.getTugas().get(i);
            if (b.isHapus() || b.kosong() && !hasil.hasFieldErrors("tugas[" + i + "].*")) {
                continue;
            }
            posisi.add(i);
            isian.add(new AturanAbk.Isian(
                    b.getUraian(), b.getHasilKerja(), b.getSatuan(), b.getVolume(), b.getNormaWaktu()));
        }
        if (hasil.hasErrors()) {
            // Unreadable numbers: still show every other broken rule of the rows at once (nothing is saved).
            tolak(hasil, query.pelanggaranTugas(id, isian), posisi);
        } else {
            try {
                pengelolaan.simpanTugas(id, isian, form.getVersi() == null ? -1 : form.getVersi());
                redirect.addFlashAttribute("pesan", teks("abk.tersimpan", locale));
                return "redirect:/abk/" + id;
            } catch (ValidasiException e) {
                tolak(hasil, e.galat(), posisi);
            } catch (KonflikException e) {
                if (!Abk.VERSI_USANG.equals(e.kodePesan())) {
                    // Submitted or final meanwhile: the page shows it read-only with the reason.
                    redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
                    return "redirect:/abk/" + id;
                }
                hasil.reject(Abk.VERSI_USANG);
            }
        }
        isi(model, query.halamanRinci(id), form, false);
        return "abk/form";
    }

    /** Puts each broken rule next to its field, translating the row index back to the form's row. */
    private static void tolak(BindingResult hasil, List<ValidasiException.Galat> galat, List<Integer> posisi) {
        for (ValidasiException.Galat g : galat) {
            Matcher m = BARIS.matcher(g.field());
            if (m.matches()) {
                String field = "tugas[" + posisi.get(Integer.parseInt(m.group(1))) + "]." + m.group(2);
                if (!hasil.hasFieldErrors(field)) {
                    hasil.rejectValue(field, g.kodePesan());
                }
            } else {
                hasil.reject(g.kodePesan());
            }
        }
    }

    @PostMapping("/abk/{id}/ajukan")
    String ajukan(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "abk.diajukan", () -> pengelolaan.ajukan(id));
    }

    @PostMapping("/abk/{id}/finalkan")
    String finalkan(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "abk.difinalkan", () -> pengelolaan.finalkan(id));
    }

    @PostMapping("/abk/{id}/kembalikan")
    String kembalikan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String catatan,
            RedirectAttributes redirect,
            Locale locale) {
        String hasil = aksi(id, redirect, locale, "abk.dikembalikan", () -> pengelolaan.kembalikan(id, catatan));
        if (redirect.getFlashAttributes().containsKey("galat")) {
            redirect.addFlashAttribute("catatan", catatan);
        }
        return hasil;
    }

    @PostMapping("/abk/{id}/salin")
    String salin(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            long baru = pengelolaan.salin(id).id();
            redirect.addFlashAttribute("pesan", teks("abk.disalin", locale));
            return "redirect:/abk/" + baru;
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", teksGalat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/abk/" + id;
    }

    @GetMapping("/abk/wke")
    String wke(Model model) {
        model.addAttribute("daftarWke", terbaruDulu(wke.semua()));
        model.addAttribute("isian", Map.of());
        return "abk/wke";
    }

    @PostMapping("/abk/wke")
    String tambahWke(@ModelAttribute WkeForm form, Model model, RedirectAttributes redirect, Locale locale) {
        Map<String, String> galat = new java.util.LinkedHashMap<>();
        try {
            wke.tambah(form.berlakuMulai(), form.menitPerTahun(), form.dasarHukum());
            redirect.addFlashAttribute("pesan", teks("abk.wke.tersimpan", locale));
            return "redirect:/abk/wke";
        } catch (ValidasiException e) {
            e.galat().forEach(g -> galat.putIfAbsent(g.field(), teks(g.kodePesan(), locale)));
        } catch (KonflikException e) {
            galat.put("berlakuMulai", teks(e.kodePesan(), locale));
        }
        model.addAttribute("daftarWke", terbaruDulu(wke.semua()));
        model.addAttribute("galatWke", galat);
        model.addAttribute("isian", form.isian());
        return "abk/wke";
    }

    private String aksi(long id, RedirectAttributes redirect, Locale locale, String kodeBerhasil, Supplier<?> langkah) {
        try {
            langkah.get();
            redirect.addFlashAttribute("pesan", teks(kodeBerhasil, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", teksGalat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/abk/" + id;
    }

    private static void isi(Model model, HalamanRinci h, AbkForm form, boolean bebanTampil) {
        model.addAttribute("abk", h.abk());
        model.addAttribute("abkForm", form);
        model.addAttribute("bebanTampil", bebanTampil);
        model.addAttribute("bolehUbah", h.tindakan().ubah());
        model.addAttribute("bolehAjukan", h.tindakan().ajukan());
        model.addAttribute("bolehVerifikasi", h.tindakan().verifikasi());
        model.addAttribute("bolehSalin", h.tindakan().salin());
    }

    private static <T> List<T> terbaruDulu(List<T> daftar) {
        List<T> l = new ArrayList<>(daftar);
        java.util.Collections.reverse(l);
        return l;
    }

    private List<String> teksGalat(ValidasiException e, Locale locale) {
        return e.galat().stream()
                .map(g -> teks(g.kodePesan(), locale))
                .distinct()
                .toList();
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
