package id.aparatur.petajabatan.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.petajabatan.application.PetaJabatanQuery;
import id.aparatur.petajabatan.application.PetaJabatanQuery.BarisJabatan;
import id.aparatur.petajabatan.application.PetaJabatanQuery.BarisUnit;
import id.aparatur.sistem.ExcelEkspor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Peta jabatan of one OPD: table, org chart (JSON for ECharts) and Excel export. */
@Controller
class PetaJabatanController {

    private final PetaJabatanQuery query;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    PetaJabatanController(PetaJabatanQuery query, CakupanPengguna cakupan, MessageSource pesan, Clock clock) {
        this.query = query;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/organisasi/opd/{id}/peta-jabatan")
    String peta(@PathVariable long id, Model model) {
        model.addAttribute("peta", query.peta(cakupan.saatIni(), id));
        return "petajabatan/peta";
    }

    /** htmx: the position rows of one folded unit, inserted after its unit row. */
    @GetMapping("/organisasi/opd/{id}/peta-jabatan/unit/{unitId}")
    String barisUnit(@PathVariable long id, @PathVariable long unitId, Model model) {
        model.addAttribute("u", query.unit(cakupan.saatIni(), id, unitId));
        return "petajabatan/peta :: baris-jabatan";
    }

    /** htmx: the folded units under one parent, inserted in place of their group row. */
    @GetMapping("/organisasi/opd/{id}/peta-jabatan/grup/{indukId}")
    String grup(@PathVariable long id, @PathVariable long indukId, Model model) {
        model.addAttribute("daftarUnit", query.grup(cakupan.saatIni(), id, indukId));
        model.addAttribute("opdId", id);
        return "petajabatan/peta :: baris-grup";
    }

    @GetMapping("/organisasi/opd/{id}/peta-jabatan/bagan")
    @ResponseBody
    PetaJabatanQuery.Simpul bagan(@PathVariable long id, @RequestParam(defaultValue = "false") boolean rinci) {
        var c = cakupan.saatIni();
        return query.bagan(query.peta(c, id), rinci);
    }

    @GetMapping("/organisasi/opd/{id}/peta-jabatan/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(@PathVariable long id, Locale locale) {
        var peta = query.peta(cakupan.saatIni(), id);
        List<List<?>> baris = new ArrayList<>();
        for (BarisUnit u : peta.unit()) {
            for (BarisJabatan j : u.jabatan()) {
                baris.add(List.of(u.unit().nama(), j.kode(), j.nama(), j.jenis(), j.jenjang() == null ? "" : j.jenjang(),
                        j.kelas(), j.b(), j.k(), j.selisih()));
            }
        }
        List<String> kepala = List.of("peta.unit", "peta.kode", "peta.jabatan", "peta.jenis", "peta.jenjang",
                "peta.kelas", "peta.b", "peta.k", "peta.selisih").stream()
                .map(k -> pesan.getMessage(k, null, locale)).toList();
        return ExcelEkspor.unduh("peta-jabatan-" + peta.opd().kode(), LocalDate.now(clock), peta.opd().kode(), kepala,
                baris);
    }
}
