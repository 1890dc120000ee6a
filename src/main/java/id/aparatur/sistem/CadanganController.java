package id.aparatur.sistem;

import id.aparatur.shared.KonflikException;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The backup page for ADMIN_BKD: the last backup (time, size, status), a warning when the schedule has missed one, the
 * files kept and the log; "Cadangkan sekarang" backs up at once (synchronously: seconds for a Kabupaten of a few
 * thousand pegawai) and comes back with the outcome. Only ADMIN_BKD: the authorisation is on {@link LayananCadangan}.
 */
@Controller
class CadanganController {

    private final LayananCadangan layanan;
    private final MessageSource pesan;

    CadanganController(LayananCadangan layanan, MessageSource pesan) {
        this.layanan = layanan;
        this.pesan = pesan;
    }

    @GetMapping("/sistem/cadangan")
    String halaman(Model model) {
        model.addAttribute("keadaan", layanan.keadaan());
        return "sistem/cadangan";
    }

    @PostMapping("/sistem/cadangan")
    String cadangkan(Principal pengguna, RedirectAttributes redirect, Locale locale) {
        CatatanCadangan c = layanan.cadangkanSekarang(pengguna.getName());
        if (c.berhasil()) {
            redirect.addFlashAttribute(
                    "pesan", pesan.getMessage("cadangan.berhasil", new Object[] {c.berkas()}, locale));
        } else {
            redirect.addFlashAttribute("galat", pesan.getMessage("cadangan.gagal", new Object[] {c.pesan()}, locale));
        }
        return "redirect:/sistem/cadangan";
    }

    @ExceptionHandler(KonflikException.class)
    String sibuk(KonflikException e, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("galat", pesan.getMessage(e.kodePesan(), null, e.kodePesan(), locale));
        return "redirect:/sistem/cadangan";
    }
}
