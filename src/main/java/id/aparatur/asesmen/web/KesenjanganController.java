package id.aparatur.asesmen.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.application.AsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery;
import id.aparatur.asesmen.domain.Kesenjangan;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The "Kesenjangan" tab of the employee profile: gap and JPM against the current jabatan or a chosen one, with an
 * htmx search for the comparison jabatan. Answers an htmx fragment; opened directly, the same content in the layout.
 */
@Controller
class KesenjanganController {

    static final String FRAGMEN = "asesmen/kesenjangan :: kesenjangan";
    private static final int MAKS_JABATAN = 20;

    private final HalamanAsesmenQuery halaman;
    private final CakupanPengguna cakupan;
    private final ObjectMapper json;

    KesenjanganController(HalamanAsesmenQuery halaman, CakupanPengguna cakupan, ObjectMapper json) {
        this.halaman = halaman;
        this.cakupan = cakupan;
        this.json = json;
    }

    @GetMapping("/pegawai/{nip}/kesenjangan")
    String kesenjangan(
            @PathVariable String nip,
            @RequestParam(required = false) @Nullable Long jabatan,
            HtmxRequest htmx,
            Model model) {
        var t = halaman.tabKesenjangan(cakupan.saatIni(), nip, jabatan);
        model.addAttribute("p", t.pegawai());
        model.addAttribute("batas", t.batas());
        AsesmenQuery.HasilKesenjangan h = t.hasil();
        if (h == null) {
            model.addAttribute("tanpaJabatan", true);
        } else {
            Kesenjangan k = h.kesenjangan();
            model.addAttribute("jabatan", h.jabatan());
            model.addAttribute("jabatanSendiri", h.jabatanSendiri());
            model.addAttribute("k", k);
            model.addAttribute("aturanJpm", h.aturanJpm());
            model.addAttribute("namaKompetensi", h.namaKompetensi());
            model.addAttribute(
                    "grafikKesenjangan",
                    json.writeValueAsString(Map.of(
                            "baris",
                            k.baris().stream()
                                    .map(b -> {
                                        Map<String, Object> m = new LinkedHashMap<>();
                                        m.put("kode", b.kode());
                                        m.put("nama", h.namaKompetensi().getOrDefault(b.kode(), b.kode()));
                                        m.put("standar", b.levelStandar());
                                        m.put("saatIni", b.levelSaatIni() == null ? 0 : b.levelSaatIni());
                                        return m;
                                    })
                                    .toList())));
        }
        return htmx.isHtmxRequest() ? FRAGMEN : "asesmen/kesenjangan";
    }

    /** htmx: up to 20 active positions whose name contains {@code q}, to compare the employee with. */
    @GetMapping("/pegawai/{nip}/kesenjangan/jabatan")
    String cariJabatan(@PathVariable String nip, @RequestParam(required = false) @Nullable String q, Model model) {
        var h = halaman.cariPembanding(cakupan.saatIni(), nip, q, MAKS_JABATAN);
        model.addAttribute("p", h.pegawai());
        model.addAttribute("q", q);
        model.addAttribute("hasilJabatan", h.jabatan());
        model.addAttribute("maksJabatan", MAKS_JABATAN);
        return "asesmen/kesenjangan :: hasil-jabatan";
    }
}
