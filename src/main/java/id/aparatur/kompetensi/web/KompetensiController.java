package id.aparatur.kompetensi.web;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.KompetensiBaris;
import id.aparatur.kompetensi.application.KompetensiQuery;
import id.aparatur.kompetensi.application.PengelolaanKompetensi;
import id.aparatur.kompetensi.application.PengelolaanStandarLevel;
import id.aparatur.kompetensi.application.StatusKompetensi;
import id.aparatur.kompetensi.domain.KompetensiTidakSahException;
import id.aparatur.kompetensi.domain.Pelanggaran;
import id.aparatur.shared.KonflikException;
import id.aparatur.sistem.ExcelEkspor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the kamus kompetensi: list (with htmx table refresh), detail, add/edit, retire, default levels. */
@Controller
@RequestMapping("/kompetensi")
class KompetensiController {

    private final KompetensiQuery query;
    private final PengelolaanKompetensi pengelolaan;
    private final PengelolaanStandarLevel standarLevel;
    private final MessageSource pesan;
    private final Clock clock;

    KompetensiController(
            KompetensiQuery query,
            PengelolaanKompetensi pengelolaan,
            PengelolaanStandarLevel standarLevel,
            MessageSource pesan,
            Clock clock) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.standarLevel = standarLevel;
        this.pesan = pesan;
        this.clock = clock;
    }

    @ModelAttribute("daftarJenis")
    JenisKompetensi[] daftarJenis() {
        return JenisKompetensi.values();
    }

    @GetMapping
    String daftar(@ModelAttribute("filter") FilterForm filter, HtmxRequest htmx, Model model) {
        var d = query.daftar(filter.filter(), filter.permintaan());
        model.addAttribute("halaman", d.halaman());
        model.addAttribute("daftarRumpun", d.rumpun());
        model.addAttribute(
                "daftarStatus",
                Arrays.stream(StatusKompetensi.values())
                        .map(s -> s.name().toLowerCase(Locale.ROOT))
                        .toList());
        return htmx.isHtmxRequest() ? "kompetensi/daftar :: tabel" : "kompetensi/daftar";
    }

    @GetMapping("/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(@ModelAttribute("filter") FilterForm filter, Locale locale) {
        List<KompetensiBaris> daftar = query.ekspor(filter.filter());
        List<String> kepala = List.of(
                teks("kompetensi.kode", locale),
                teks("kompetensi.nama", locale),
                teks("kompetensi.jenis", locale),
                teks("kompetensi.rumpun", locale),
                teks("kompetensi.berlaku-mulai", locale),
                teks("kompetensi.berlaku-sampai", locale),
                teks("umum.status", locale));
        List<List<?>> baris = daftar.stream()
                .<List<?>>map(b -> Arrays.asList(
                        b.kode(),
                        b.nama(),
                        teks("kompetensi.jenis." + b.jenis().name(), locale),
                        b.rumpunNama(),
                        b.berlakuMulai(),
                        b.berlakuSampai(),
                        teks(b.aktif() ? "umum.aktif" : "umum.nonaktif", locale)))
                .toList();
        return ExcelEkspor.unduh(
                teks("kompetensi.ekspor.nama-berkas", locale),
                LocalDate.now(clock),
                teks("kompetensi.judul", locale),
                kepala,
                baris);
    }

    @GetMapping("/{kode}")
    String detail(@PathVariable String kode, Model model) {
        model.addAttribute("kompetensi", query.rinci(kode));
        if (!model.containsAttribute("nonaktifkan")) {
            model.addAttribute("nonaktifkan", new NonaktifkanForm(LocalDate.now(clock), ""));
        }
        return "kompetensi/detail";
    }

    @GetMapping("/baru")
    String formBaru(Model model) {
        model.addAttribute("kompetensiForm", KompetensiForm.kosong(LocalDate.now(clock)));
        return formulir(model, true);
    }

    @PostMapping("/baru")
    String buat(
            @Valid @ModelAttribute("kompetensiForm") KompetensiForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect) {
        if (!hasil.hasErrors()) {
            try {
                String kode = pengelolaan.buat(form.kode(), form.rincian());
                redirect.addFlashAttribute("tersimpan", true);
                return "redirect:/kompetensi/" + kode;
            } catch (KompetensiTidakSahException e) {
                tolak(hasil, e.daftarPelanggaran());
            } catch (KonflikException e) {
                hasil.rejectValue("kode", e.kodePesan());
            }
        }
        return formulir(model, true);
    }

    @GetMapping("/{kode}/ubah")
    String formUbah(@PathVariable String kode, Model model) {
        var f = pengelolaan.formUbah(kode);
        model.addAttribute("kompetensiForm", KompetensiForm.dari(f.kompetensi()));
        model.addAttribute("baru", false);
        model.addAttribute("daftarRumpun", f.rumpun());
        return "kompetensi/form";
    }

    @PostMapping("/{kode}/ubah")
    String ubah(
            @PathVariable String kode,
            @Valid @ModelAttribute("kompetensiForm") KompetensiForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect) {
        if (!hasil.hasErrors()) {
            try {
                pengelolaan.ubah(kode, form.versi() == null ? -1 : form.versi(), form.rincian());
                redirect.addFlashAttribute("tersimpan", true);
                return "redirect:/kompetensi/" + kode;
            } catch (KompetensiTidakSahException e) {
                tolak(hasil, e.daftarPelanggaran());
            }
        }
        return formulir(model, false);
    }

    @PostMapping("/{kode}/nonaktifkan")
    String nonaktifkan(
            @PathVariable String kode,
            @Valid @ModelAttribute("nonaktifkan") NonaktifkanForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect) {
        if (!hasil.hasErrors()) {
            try {
                pengelolaan.nonaktifkan(
                        kode, form.tanggal(), String.valueOf(form.alasan()).trim());
                redirect.addFlashAttribute("tersimpan", true);
                return "redirect:/kompetensi/" + kode;
            } catch (KompetensiTidakSahException e) {
                tolak(hasil, e.daftarPelanggaran());
            }
        }
        return detail(kode, model);
    }

    @GetMapping("/standar-level")
    String standarLevel(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", StandarLevelForm.kosong());
        }
        model.addAttribute("daftar", standarLevel.daftar());
        return "kompetensi/standar-level";
    }

    @PostMapping("/standar-level")
    String tambahStandarLevel(
            @Valid @ModelAttribute("form") StandarLevelForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect) {
        if (!hasil.hasErrors()) {
            try {
                standarLevel.tambah(form.baru());
                redirect.addFlashAttribute("tersimpan", true);
                return "redirect:/kompetensi/standar-level";
            } catch (KompetensiTidakSahException e) {
                tolak(hasil, e.daftarPelanggaran());
            } catch (KonflikException e) {
                hasil.reject(e.kodePesan());
            }
        }
        return standarLevel(model);
    }

    private String formulir(Model model, boolean baru) {
        model.addAttribute("baru", baru);
        model.addAttribute("daftarRumpun", pengelolaan.pilihanRumpun());
        return "kompetensi/form";
    }

    private static void tolak(BindingResult hasil, List<Pelanggaran> daftar) {
        for (Pelanggaran p : daftar) {
            if (p.field().equals("level")) {
                hasil.reject(p.kodePesan());
            } else {
                hasil.rejectValue(p.field(), p.kodePesan());
            }
        }
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
