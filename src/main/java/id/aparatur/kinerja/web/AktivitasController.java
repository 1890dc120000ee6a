package id.aparatur.kinerja.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kinerja.application.AktivitasQuery;
import id.aparatur.kinerja.application.PencatatanAktivitas;
import id.aparatur.kinerja.application.PencatatanAktivitas.AktivitasBaru;
import id.aparatur.shared.ValidasiException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The employee's own day: a form to log one activity and the list of that day's activities. */
@Controller
class AktivitasController {

    private static final String AKAR = "/kinerja/aktivitas";

    private final PencatatanAktivitas pencatatan;
    private final AktivitasQuery query;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    AktivitasController(PencatatanAktivitas pencatatan, AktivitasQuery query, CakupanPengguna cakupan,
            MessageSource pesan, Clock clock) {
        this.pencatatan = pencatatan;
        this.query = query;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping(AKAR)
    String hari(@RequestParam(required = false) @Nullable LocalDate tanggal, Model model) {
        LocalDate t = tanggal == null ? LocalDate.now(clock) : tanggal;
        model.addAttribute("isian", Map.of("tanggal", t.toString()));
        return halaman(t, model);
    }

    @PostMapping(AKAR)
    String catat(@RequestParam Map<String, String> isian, Model model, Locale locale) {
        LocalDate t;
        try {
            t = LocalDate.parse(isian.getOrDefault("tanggal", ""));
        } catch (java.time.format.DateTimeParseException e) {
            t = LocalDate.now(clock);
        }
        try {
            String ke = isian.get("uraianTugasKe");
            pencatatan.catat(List.of(new AktivitasBaru(null, isian.get("tanggal"), isian.get("mulai"),
                    isian.get("selesai"), isian.get("uraian"), isian.get("keluaran"), null,
                    nomor(ke), null)));
            return "redirect:" + AKAR + "?tanggal=" + t;
        } catch (ValidasiException e) {
            model.addAttribute("galat", e.galat().stream()
                    .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale)).toList());
            model.addAttribute("isian", isian);
        }
        return halaman(t, model);
    }

    /** A tampered, non-numeric line number becomes 0, which the rules reject as a line that does not exist. */
    private static @Nullable Integer nomor(@Nullable String ke) {
        if (ke == null || ke.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ke.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String halaman(LocalDate t, Model model) {
        boolean punyaNip = cakupan.saatIni().nip() != null;
        model.addAttribute("punyaNip", punyaNip);
        model.addAttribute("tanggal", t);
        model.addAttribute("butirTugas", query.butirTugasSendiri());
        model.addAttribute("daftar", punyaNip ? query.daftar(null, t, t) : List.of());
        return "kinerja/aktivitas";
    }
}
