package id.aparatur.asesmen.web;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.application.AsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery.PegawaiAsesmen;
import id.aparatur.asesmen.domain.Kesenjangan;
import id.aparatur.shared.ValidasiException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final AsesmenQuery query;
    private final HalamanAsesmenQuery halaman;
    private final CakupanPengguna cakupan;
    private final ObjectMapper json;

    KesenjanganController(AsesmenQuery query, HalamanAsesmenQuery halaman, CakupanPengguna cakupan, ObjectMapper json) {
        this.query = query;
        this.halaman = halaman;
        this.cakupan = cakupan;
        this.json = json;
    }

    @GetMapping("/pegawai/{nip}/kesenjangan")
    String kesenjangan(@PathVariable String nip, @RequestParam(required = false) @Nullable Long jabatan,
            HtmxRequest htmx, Model model) {
        Cakupan c = cakupan.saatIni();
        PegawaiAsesmen p = halaman.pegawai(c, nip);
        model.addAttribute("p", p);
        model.addAttribute("batas", query.batas());
        try {
            AsesmenQuery.HasilKesenjangan h = query.kesenjangan(c, p.nip(), jabatan);
            Kesenjangan k = h.kesenjangan();
            model.addAttribute("jabatan", h.jabatan());
            model.addAttribute("jabatanSendiri", h.jabatanSendiri());
            model.addAttribute("k", k);
            model.addAttribute("namaKompetensi", h.namaKompetensi());
            model.addAttribute("grafikKesenjangan", json.writeValueAsString(Map.of("baris", k.baris().stream()
                    .map(b -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("kode", b.kode());
                        m.put("nama", h.namaKompetensi().getOrDefault(b.kode(), b.kode()));
                        m.put("standar", b.levelStandar());
                        m.put("saatIni", b.levelSaatIni() == null ? 0 : b.levelSaatIni());
                        return m;
                    }).toList())));
        } catch (ValidasiException e) {
            // No jabatan held and none chosen: the fragment offers the search only.
            model.addAttribute("tanpaJabatan", true);
        }
        return htmx.isHtmxRequest() ? FRAGMEN : "asesmen/kesenjangan";
    }

    /** htmx: up to 20 active positions whose name contains {@code q}, to compare the employee with. */
    @GetMapping("/pegawai/{nip}/kesenjangan/jabatan")
    String cariJabatan(@PathVariable String nip, @RequestParam(required = false) @Nullable String q, Model model) {
        PegawaiAsesmen p = halaman.pegawai(cakupan.saatIni(), nip);
        List<HalamanAsesmenQuery.JabatanPilihan> hasil = q == null || q.trim().length() < 2 ? List.of()
                : halaman.cariJabatan(q, MAKS_JABATAN);
        model.addAttribute("p", p);
        model.addAttribute("q", q);
        model.addAttribute("hasilJabatan", hasil);
        model.addAttribute("maksJabatan", MAKS_JABATAN);
        return "asesmen/kesenjangan :: hasil-jabatan";
    }
}
