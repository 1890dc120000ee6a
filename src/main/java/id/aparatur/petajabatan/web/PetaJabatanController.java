package id.aparatur.petajabatan.web;

import id.aparatur.petajabatan.application.PetaJabatanQuery;
import id.aparatur.petajabatan.application.PetaJabatanQuery.BarisJabatan;
import id.aparatur.petajabatan.application.PetaJabatanQuery.BarisUnit;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ExcelEkspor;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Peta jabatan of one OPD or of one unit with its sub-units, today or after a placement scenario: table, org chart (JSON
 * for ECharts) and Excel export.
 */
@Controller
class PetaJabatanController {

    private final PetaJabatanQuery query;
    private final MessageSource pesan;
    private final Clock clock;

    PetaJabatanController(PetaJabatanQuery query, MessageSource pesan, Clock clock) {
        this.query = query;
        this.pesan = pesan;
        this.clock = clock;
    }

    /** The peta of the OPD, or of one unit with its sub-units ({@code unit}), today or after a scenario. */
    @GetMapping("/organisasi/opd/{id}/peta-jabatan")
    String peta(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long skenario,
            Model model) {
        PetaJabatanQuery.HalamanPeta h = query.halaman(id, unit, skenario);
        model.addAttribute("peta", h.peta());
        model.addAttribute("daftarSkenario", h.daftarSkenario());
        model.addAttribute("skenarioId", skenario);
        model.addAttribute("unitId", unit);
        return "petajabatan/peta";
    }

    /** htmx: the position rows of one folded unit, inserted after its unit row. */
    @GetMapping("/organisasi/opd/{id}/peta-jabatan/unit/{unitId}")
    String barisUnit(
            @PathVariable long id,
            @PathVariable long unitId,
            @RequestParam(required = false) @Nullable Long skenario,
            Model model) {
        model.addAttribute("u", query.unit(id, unitId, skenario));
        model.addAttribute("skenarioId", skenario);
        return "petajabatan/peta :: baris-jabatan";
    }

    /** htmx: the folded units under one parent, inserted in place of their group row. */
    @GetMapping("/organisasi/opd/{id}/peta-jabatan/grup/{indukId}")
    String grup(
            @PathVariable long id,
            @PathVariable long indukId,
            @RequestParam(required = false) @Nullable Long skenario,
            Model model) {
        model.addAttribute("daftarUnit", query.grup(id, indukId, skenario));
        model.addAttribute("opdId", id);
        model.addAttribute("skenarioId", skenario);
        return "petajabatan/peta :: baris-grup";
    }

    @GetMapping("/organisasi/opd/{id}/peta-jabatan/bagan")
    @ResponseBody
    PetaJabatanQuery.Simpul bagan(
            @PathVariable long id,
            @RequestParam(defaultValue = "false") boolean rinci,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long skenario) {
        return query.bagan(id, unit, skenario, rinci);
    }

    @GetMapping("/organisasi/opd/{id}/peta-jabatan/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long skenario,
            Locale locale) {
        var peta = query.peta(id, unit, skenario);
        List<List<?>> baris = new ArrayList<>();
        for (BarisUnit u : peta.unit()) {
            for (BarisJabatan j : u.jabatan()) {
                baris.add(List.of(
                        u.unit().nama(),
                        j.kode(),
                        j.nama(),
                        j.jenis(),
                        j.jenjang() == null ? "" : j.jenjang(),
                        j.kelas(),
                        j.b(),
                        j.k(),
                        j.selisih()));
            }
        }
        List<String> kepala = List.of(
                        "peta.unit",
                        "peta.kode",
                        "peta.jabatan",
                        "peta.jenis",
                        "peta.jenjang",
                        "peta.kelas",
                        "peta.b",
                        "peta.k",
                        "peta.selisih")
                .stream()
                .map(k -> pesan.getMessage(k, null, locale))
                .toList();
        String nama = "peta-jabatan-" + peta.opd().kode()
                + (peta.lingkup().unitId() == null
                        ? ""
                        : "-unit-" + peta.lingkup().unitId())
                + (peta.lingkup().skenario() == null
                        ? ""
                        : "-skenario-" + peta.lingkup().skenario().id());
        return ExcelEkspor.unduh(nama, LocalDate.now(clock), peta.opd().kode(), kepala, baris);
    }

    /** A scenario that cannot be chosen or a unit outside the OPD: the error page with the reason (400). */
    @ExceptionHandler(ValidasiException.class)
    ModelAndView tidakSah(ValidasiException e) {
        return PetaKebutuhanController.halamanGalat(e);
    }
}
