package id.aparatur.kinerja.web;

import id.aparatur.kinerja.application.AktivitasQuery;
import id.aparatur.kinerja.application.PencatatanAktivitas;
import id.aparatur.kinerja.application.PencatatanAktivitas.AktivitasBaru;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The laporan aktivitas harian pages: the employee's own day (log one activity, linked to a task line of their own
 * jabatan or of another jabatan of the OPD, and to an RHK of their SKP), the month's summary (effective hours, fit),
 * and the atasan's verification of their direct subordinates' activities.
 */
@Controller
class AktivitasController {

    private static final String AKAR = "/kinerja/aktivitas";

    private final PencatatanAktivitas pencatatan;
    private final AktivitasQuery query;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    AktivitasController(
            PencatatanAktivitas pencatatan, AktivitasQuery query, MessageSource pesan, ObjectMapper json, Clock clock) {
        this.json = json;
        this.pencatatan = pencatatan;
        this.query = query;
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
            // "tugas" = "<jabatanId>:<line>" (own or another jabatan of the OPD); "uraianTugasKe" = a line of the own
            // one
            Long jabatanId = null;
            Integer ke = nomor(isian.get("uraianTugasKe"));
            String tugas = isian.get("tugas");
            if (tugas != null && !tugas.isBlank()) {
                int titikDua = tugas.indexOf(':');
                jabatanId = titikDua < 0 ? Long.valueOf(0) : angka(tugas.substring(0, titikDua));
                ke = titikDua < 0 ? Integer.valueOf(0) : nomor(tugas.substring(titikDua + 1));
            }
            String rhk = isian.get("rhkId");
            pencatatan.catat(List.of(new AktivitasBaru(
                    null,
                    isian.get("tanggal"),
                    isian.get("mulai"),
                    isian.get("selesai"),
                    isian.get("uraian"),
                    isian.get("keluaran"),
                    jabatanId,
                    ke,
                    rhk == null || rhk.isBlank() ? null : angka(rhk))));
            return "redirect:" + AKAR + "?tanggal=" + t;
        } catch (ValidasiException e) {
            model.addAttribute(
                    "galat",
                    e.galat().stream()
                            .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale))
                            .toList());
            model.addAttribute("isian", isian);
        }
        return halaman(t, model);
    }

    /** The month's effective hours per day and the fit of the logged work to the jabatan. */
    @GetMapping(AKAR + "/ringkasan")
    String ringkasan(
            @RequestParam(required = false) @Nullable String nip,
            @RequestParam(required = false) @Nullable String bulan,
            Model model,
            Locale locale) {
        YearMonth b = YearMonth.now(clock);
        try {
            if (bulan != null && !bulan.isBlank()) {
                b = YearMonth.parse(bulan.trim());
            }
        } catch (java.time.format.DateTimeParseException e) {
            // shown on the page, with this month instead
            model.addAttribute("galat", List.of(pesan.getMessage("aktivitas.bulan.format", null, locale)));
        }
        AktivitasQuery.Ringkasan r = query.ringkasan(nip, b);
        Map<String, Object> grafik = new java.util.LinkedHashMap<>();
        grafik.put(
                "tanggal",
                r.perHari().stream().map(h -> h.tanggal().getDayOfMonth()).toList());
        grafik.put(
                "jam", r.perHari().stream().map(AktivitasQuery.JamHarian::jam).toList());
        grafik.put("sumbuY", pesan.getMessage("aktivitas.ringkasan.sumbu-jam", null, locale));
        model.addAttribute("bulan", b);
        model.addAttribute("sebelum", b.minusMonths(1));
        model.addAttribute("sesudah", b.plusMonths(1));
        model.addAttribute("ringkasan", r);
        model.addAttribute("grafikJam", json.writeValueAsString(grafik));
        return "kinerja/aktivitas-ringkasan";
    }

    /** The atasan's list of the day's activities of their direct subordinates, to verify or reject. */
    @GetMapping(AKAR + "/verifikasi")
    String verifikasi(@RequestParam(required = false) @Nullable LocalDate tanggal, Model model) {
        LocalDate t = tanggal == null ? LocalDate.now(clock) : tanggal;
        AktivitasQuery.HalamanVerifikasi h = query.halamanVerifikasi(t);
        model.addAttribute("tanggal", t);
        model.addAttribute("punyaNip", h.punyaNip());
        model.addAttribute("daftar", h.daftar());
        return "kinerja/aktivitas-verifikasi";
    }

    @PostMapping(AKAR + "/{id}/verifikasi")
    String setujui(@PathVariable long id, @RequestParam LocalDate tanggal, RedirectAttributes ra, Locale locale) {
        return ubah(id, tanggal, ra, locale, () -> pencatatan.verifikasi(id));
    }

    @PostMapping(AKAR + "/{id}/tolak")
    String tolak(
            @PathVariable long id,
            @RequestParam LocalDate tanggal,
            @RequestParam(required = false) @Nullable String alasan,
            RedirectAttributes ra,
            Locale locale) {
        return ubah(id, tanggal, ra, locale, () -> pencatatan.tolak(id, alasan));
    }

    private String ubah(long id, LocalDate tanggal, RedirectAttributes ra, Locale locale, Runnable langkah) {
        try {
            langkah.run();
        } catch (ValidasiException e) {
            ra.addFlashAttribute(
                    "galat",
                    e.galat().stream()
                            .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale))
                            .toList());
            ra.addFlashAttribute("galatId", id);
        } catch (KonflikException e) {
            ra.addFlashAttribute("galat", List.of(pesan.getMessage("aktivitas.sudah-diverifikasi", null, locale)));
            ra.addFlashAttribute("galatId", id);
        }
        return "redirect:" + AKAR + "/verifikasi?tanggal=" + tanggal;
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

    /** A tampered, non-numeric id becomes 0, which matches nothing and is rejected by the rules. */
    private static Long angka(String s) {
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }

    private String halaman(LocalDate t, Model model) {
        AktivitasQuery.HalamanHari h = query.halamanHari(t);
        model.addAttribute("punyaNip", h.punyaNip());
        model.addAttribute("tanggal", t);
        model.addAttribute("pilihanTugas", h.pilihanTugas());
        model.addAttribute("pilihanRhk", h.pilihanRhk());
        model.addAttribute("daftar", h.daftar());
        return "kinerja/aktivitas";
    }
}
