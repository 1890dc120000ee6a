package id.aparatur.pegawai.web;

import id.aparatur.pegawai.application.PengelolaanProfil;
import id.aparatur.pegawai.application.ProfilQuery;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * BKD's worklist of correction proposals waiting for a decision: approve (the value is applied, validated like any
 * edit) or reject with a reason. Rule violations and conflicts come back as flash messages.
 */
@Controller
class KoreksiController {

    private static final int BATAS = 200;

    private final ProfilQuery query;
    private final PengelolaanProfil pengelolaan;
    private final MessageSource pesan;

    KoreksiController(ProfilQuery query, PengelolaanProfil pengelolaan, MessageSource pesan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.pesan = pesan;
    }

    @GetMapping("/koreksi")
    String daftar(Model model) {
        model.addAttribute("daftar", query.antrianKoreksi(BATAS));
        model.addAttribute("batas", BATAS);
        return "pegawai/koreksi-daftar";
    }

    @PostMapping("/koreksi/{id}/setujui")
    String setujui(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String kembali,
            RedirectAttributes redirect,
            Locale locale) {
        return putuskan(id, true, null, kembali, redirect, locale);
    }

    @PostMapping("/koreksi/{id}/tolak")
    String tolak(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String alasan,
            @RequestParam(required = false) @Nullable String kembali,
            RedirectAttributes redirect,
            Locale locale) {
        return putuskan(id, false, alasan, kembali, redirect, locale);
    }

    private String putuskan(
            long id,
            boolean setuju,
            @Nullable String alasan,
            @Nullable String kembali,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            pengelolaan.putuskanKoreksi(id, setuju, alasan);
            redirect.addFlashAttribute(
                    "pesan", teks(setuju ? "profil.koreksi.disetujui" : "profil.koreksi.ditolak", locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute(
                    "galat",
                    e.galat().stream()
                            .map(g -> teks(g.kodePesan(), locale))
                            .distinct()
                            .toList());
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("galat", List.of(teks("galat.409.versi", locale)));
        } catch (DataTidakDitemukanException e) {
            redirect.addFlashAttribute("galat", List.of(teks("profil.koreksi.tidak-ditemukan", locale)));
        }
        return "redirect:" + tujuan(kembali);
    }

    /** Back to the worklist, or to a profile page when the decision was taken there (no other targets). */
    static String tujuan(@Nullable String kembali) {
        if (kembali != null && kembali.matches("/pegawai/[0-9]{18}(\\?tab=koreksi)?")) {
            return kembali;
        }
        return "/koreksi";
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
