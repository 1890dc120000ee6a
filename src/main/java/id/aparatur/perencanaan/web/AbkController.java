package id.aparatur.perencanaan.web;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.perencanaan.application.AbkQuery;
import id.aparatur.perencanaan.application.AbkQuery.AbkRinci;
import id.aparatur.perencanaan.application.PengelolaanAbk;
import id.aparatur.perencanaan.application.PengelolaanWke;
import id.aparatur.perencanaan.domain.AturanAbk;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    AbkController(AbkQuery query, PengelolaanAbk pengelolaan, PengelolaanWke wke, CakupanPengguna cakupan,
            MessageSource pesan, Clock clock) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.wke = wke;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/abk")
    String daftar(@RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Integer tahun, Model model) {
        Cakupan c = cakupan.saatIni();
        List<OpdRingkas> daftarOpd = query.opdTerlihat(c);
        Long o = opd != null ? opd : c.opdId() != null ? c.opdId() : daftarOpd.isEmpty() ? null : daftarOpd.get(0).id();
        int t = tahun != null && tahun >= AturanAbk.TAHUN_MIN && tahun <= AturanAbk.TAHUN_MAKS ? tahun
                : LocalDate.now(clock).getYear();
        model.addAttribute("daftarOpd", daftarOpd);
        model.addAttribute("opd", o);
        model.addAttribute("tahun", t);
        model.addAttribute("baris", o == null ? List.of() : query.daftar(c, o, t));
        model.addAttribute("bolehMengisi", o != null && bolehMengisi(c, o));
        return "abk/daftar";
    }

    @PostMapping("/abk")
    String buat(@RequestParam long jabatanId, @RequestParam int tahun, @RequestParam(required = false) @Nullable Long opd,
            RedirectAttributes redirect, Locale locale) {
        try {
            long id = pengelolaan.buat(jabatanId, tahun);
            return "redirect:/abk/" + id;
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", teksGalat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/abk?tahun=" + tahun + (opd == null ? "" : "&opd=" + opd);
    }

    @GetMapping("/abk/{id}")
    String rinci(@PathVariable long id, Model model) {
        AbkRinci r = query.rinci(cakupan.saatIni(), id);
        isi(model, r, AbkForm.dari(r), true);
        return "abk/form";
    }

    @PostMapping("/abk/{id}/tugas")
    String simpan(@PathVariable long id, @ModelAttribute("abkForm") AbkForm form, BindingResult hasil,
            @RequestParam(required = false) @Nullable String aksi, Model model, RedirectAttributes redirect,
            Locale locale) {
        AbkRinci r = query.rinci(cakupan.saatIni(), id);
        if ("tambah-baris".equals(aksi)) {
            form.tambahBarisKosong();
            isi(model, r, form, false);
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
            isian.add(new AturanAbk.Isian(b.getUraian(), b.getHasilKerja(), b.getSatuan(), b.getVolume(),
                    b.getNormaWaktu()));
        }
        if (hasil.hasErrors()) {
            // Unreadable numbers: still show every other broken rule of the rows at once (nothing is saved).
            try {
                AturanAbk.periksa(isian, r.wkeMenit(), r.aturanPembulatan());
            } catch (ValidasiException e) {
                tolak(hasil, e, posisi);
            }
        } else {
            try {
                pengelolaan.simpanTugas(id, isian, form.getVersi() == null ? -1 : form.getVersi());
                redirect.addFlashAttribute("pesan", teks("abk.tersimpan", locale));
                return "redirect:/abk/" + id;
            } catch (ValidasiException e) {
                tolak(hasil, e, posisi);
            } catch (KonflikException e) {
                // Submitted or final meanwhile: the page shows it read-only with the reason.
                redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
                return "redirect:/abk/" + id;
            } catch (OptimisticLockingFailureException e) {
                hasil.reject("galat.409.versi");
            }
        }
        isi(model, r, form, false);
        return "abk/form";
    }

    /** Puts each broken rule next to its field, translating the row index back to the form's row. */
    private static void tolak(BindingResult hasil, ValidasiException e, List<Integer> posisi) {
        for (ValidasiException.Galat g : e.galat()) {
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
    String kembalikan(@PathVariable long id, @RequestParam(required = false) @Nullable String catatan,
            RedirectAttributes redirect, Locale locale) {
        String hasil = aksi(id, redirect, locale, "abk.dikembalikan", () -> pengelolaan.kembalikan(id, catatan));
        if (redirect.getFlashAttributes().containsKey("galat")) {
            redirect.addFlashAttribute("catatan", catatan);
        }
        return hasil;
    }

    @PostMapping("/abk/{id}/salin")
    String salin(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            long baru = pengelolaan.salin(id);
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
    String tambahWke(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate berlakuMulai,
            @RequestParam(required = false) @Nullable String menitPerTahun,
            @RequestParam(required = false) @Nullable String dasarHukum, Model model, RedirectAttributes redirect,
            Locale locale) {
        cakupan.saatIni().pastikanPengelola();
        Map<String, String> galat = new java.util.LinkedHashMap<>();
        BigDecimal menit = null;
        if (menitPerTahun != null && !menitPerTahun.isBlank()) {
            try {
                menit = new BigDecimal(menitPerTahun.strip());
            } catch (NumberFormatException e) {
                galat.put("menitPerTahun", teks("abk.format-tidak-sah", locale));
            }
        }
        if (galat.isEmpty()) {
            try {
                wke.tambah(berlakuMulai, menit, dasarHukum);
                redirect.addFlashAttribute("pesan", teks("abk.wke.tersimpan", locale));
                return "redirect:/abk/wke";
            } catch (ValidasiException e) {
                e.galat().forEach(g -> galat.putIfAbsent(g.field(), teks(g.kodePesan(), locale)));
            } catch (KonflikException e) {
                galat.put("berlakuMulai", teks(e.kodePesan(), locale));
            }
        }
        model.addAttribute("daftarWke", terbaruDulu(wke.semua()));
        model.addAttribute("galatWke", galat);
        model.addAttribute("isian", Map.of("berlakuMulai", berlakuMulai == null ? "" : berlakuMulai.toString(),
                "menitPerTahun", menitPerTahun == null ? "" : menitPerTahun, "dasarHukum",
                dasarHukum == null ? "" : dasarHukum));
        return "abk/wke";
    }

    private String aksi(long id, RedirectAttributes redirect, Locale locale, String kodeBerhasil, Runnable aksi) {
        try {
            aksi.run();
            redirect.addFlashAttribute("pesan", teks(kodeBerhasil, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", teksGalat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("galat", List.of(teks("galat.409.versi", locale)));
        }
        return "redirect:/abk/" + id;
    }

    private void isi(Model model, AbkRinci r, AbkForm form, boolean bebanTampil) {
        Cakupan c = cakupan.saatIni();
        boolean pengisi = bolehMengisi(c, r.opdId());
        boolean pimpinan = c.punya(Peran.PIMPINAN_OPD) && c.opdId() != null && c.opdId() == r.opdId();
        model.addAttribute("abk", r);
        model.addAttribute("abkForm", form);
        model.addAttribute("bebanTampil", bebanTampil);
        model.addAttribute("bolehUbah", pengisi && r.status().dapatDiubah());
        model.addAttribute("bolehAjukan", pimpinan && r.status().dapatDiubah() && !r.tugas().isEmpty());
        model.addAttribute("bolehVerifikasi", c.pengelola() && r.status() == id.aparatur.perencanaan.domain.StatusAbk.DIAJUKAN);
        model.addAttribute("bolehSalin", pengisi && r.idTahunBerikut() == null && r.tahun() < AturanAbk.TAHUN_MAKS);
    }

    private static <T> List<T> terbaruDulu(List<T> daftar) {
        List<T> l = new ArrayList<>(daftar);
        java.util.Collections.reverse(l);
        return l;
    }

    private static boolean bolehMengisi(Cakupan c, long opd) {
        return c.pengelola() || c.punya(Peran.PIMPINAN_OPD) && c.opdId() != null && c.opdId() == opd;
    }

    private List<String> teksGalat(ValidasiException e, Locale locale) {
        return e.galat().stream().map(g -> teks(g.kodePesan(), locale)).distinct().toList();
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
