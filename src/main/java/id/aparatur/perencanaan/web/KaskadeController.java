package id.aparatur.perencanaan.web;

import id.aparatur.perencanaan.application.KaskadeLaporan;
import id.aparatur.perencanaan.application.KaskadeLayanan;
import id.aparatur.perencanaan.kaskade.Gerbang;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.ObjectMapper;

/**
 * Pages of the promotion cascade: the runs with the run form (BKD), and one run's result with the tabs Ringkasan (totals,
 * a Sankey of the promotions between levels and the chains), Promosi (with the explanation per row), Surplus, Formasi,
 * Seleksi terbuka JPT and Tanpa calon. The PPK reads the runs; who may do what is decided by {@link KaskadeLayanan}.
 */
@Controller
class KaskadeController {

    /** How many chains the page draws as text; the API has all. */
    static final int BATAS_RANTAI = 300;

    private final KaskadeLayanan layanan;
    private final MessageSource pesan;
    private final ObjectMapper json;

    KaskadeController(KaskadeLayanan layanan, MessageSource pesan, ObjectMapper json) {
        this.layanan = layanan;
        this.pesan = pesan;
        this.json = json;
    }

    @GetMapping("/perencanaan/kaskade")
    String daftar(Model model) {
        isiDaftar(model);
        model.addAttribute("form", new KaskadeForm(null, null));
        return "kaskade/daftar";
    }

    private void isiDaftar(Model model) {
        KaskadeLayanan.HalamanDaftar h = layanan.halamanDaftar();
        model.addAttribute("bkd", h.bolehMenjalankan());
        model.addAttribute("daftar", h.daftar());
        model.addAttribute("daftarSkenario", h.skenario());
    }

    @PostMapping("/perencanaan/kaskade")
    String jalankan(@ModelAttribute("form") KaskadeForm form, Model model, Locale locale) {
        List<String> galat = new ArrayList<>();
        try {
            KaskadeLaporan l = layanan.jalankan(form.skenarioId(), form.tahunRencana());
            return "redirect:/perencanaan/kaskade/" + l.id();
        } catch (ValidasiException e) {
            e.galat().forEach(g -> galat.add(teks(g.kodePesan(), locale)));
        } catch (KonflikException e) {
            galat.add(teks(e.kodePesan(), locale));
        } catch (DataTidakDitemukanException e) {
            galat.add(teks("kaskade.galat.skenario-tidak-ditemukan", locale));
        }
        model.addAttribute("galat", galat);
        isiDaftar(model);
        return "kaskade/daftar";
    }

    @GetMapping("/perencanaan/kaskade/{id}")
    String hasil(@PathVariable long id, Model model, Locale locale) {
        KaskadeLaporan k = layanan.rinci(id);
        model.addAttribute("k", k);
        var r = k.ringkasan();
        Map<String, String> kartu = new LinkedHashMap<>();
        kartu.put("lowongan-awal", String.valueOf(r.lowonganAwal()));
        kartu.put("kursi-terbuka", String.valueOf(r.kursiTerbuka()));
        kartu.put("promosi", String.valueOf(r.promosi()));
        kartu.put("terisi-redistribusi", String.valueOf(r.terisiRedistribusi()));
        kartu.put("formasi", String.valueOf(r.formasi()));
        kartu.put("tanpa-calon", String.valueOf(r.tanpaCalon()));
        kartu.put("seleksi-terbuka", String.valueOf(r.seleksiTerbuka()));
        kartu.put("surplus", r.surplusDiusulkan() + " / " + r.surplusAwal());
        kartu.put("pensiun", String.valueOf(k.statistik().jumlahPensiun()));
        model.addAttribute("kartu", kartu);
        model.addAttribute(
                "rantai",
                k.rantai().subList(0, Math.min(BATAS_RANTAI, k.rantai().size())));
        model.addAttribute("batasRantai", BATAS_RANTAI);
        model.addAttribute("grafik", grafik(k, locale));
        model.addAttribute(
                "totalFormasi",
                k.formasi().stream().mapToInt(KaskadeLaporan.Formasi::jumlah).sum());
        Map<String, Integer> perPendidikan = new TreeMap<>();
        Map<String, Integer> perOpd = new TreeMap<>();
        k.formasi().forEach(f -> {
            perPendidikan.merge(f.pendidikan() == null ? "—" : f.pendidikan(), f.jumlah(), Integer::sum);
            perOpd.merge(f.opdNama(), f.jumlah(), Integer::sum);
        });
        model.addAttribute("formasiPerPendidikan", perPendidikan);
        model.addAttribute("formasiPerOpd", perOpd);
        Map<Gerbang, Integer> gagal = new EnumMap<>(Gerbang.class);
        k.tanpaCalon().forEach(t -> t.gagal().forEach((g, n) -> gagal.merge(g, n, Integer::sum)));
        model.addAttribute("gagalTotal", gagal);
        model.addAttribute("daftarGerbang", Gerbang.values());
        return "kaskade/hasil";
    }

    /** The explanation of one promotion: the fragment for htmx, else the result page at that promotion. */
    @GetMapping("/perencanaan/kaskade/{id}/promosi/{nip}")
    String mengapa(@PathVariable long id, @PathVariable String nip, HtmxRequest htmx, Model model) {
        if (!htmx.isHtmxRequest()) {
            return "redirect:/perencanaan/kaskade/" + id + "#promosi-" + nip;
        }
        KaskadeLaporan k = layanan.rinci(id);
        KaskadeLaporan.Promosi p = k.promosi().stream()
                .filter(x -> x.nip().equals(nip))
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Promosi", nip));
        model.addAttribute("p", p);
        return "kaskade/hasil :: mengapa";
    }

    /**
     * Sankey data: a node per level and kelas, a link per (from, to) with the number of promotions, and links from the
     * formation node into the entry-level positions left vacant. Promotions go to a higher level or a higher kelas, so
     * the graph has no cycle.
     */
    private String grafik(KaskadeLaporan k, Locale locale) {
        Map<String, Map<String, Object>> simpul = new LinkedHashMap<>();
        Map<String, Integer> busur = new LinkedHashMap<>();
        for (KaskadeLaporan.Promosi p : k.promosi()) {
            String dari = simpul(simpul, p.dariTingkat(), p.dariKelas(), locale);
            String ke = simpul(simpul, p.tingkat(), p.kelas(), locale);
            busur.merge(dari + "\u0000" + ke, 1, Integer::sum);
        }
        String formasi = teks("kaskade.grafik.formasi", locale);
        for (KaskadeLaporan.Formasi f : k.formasi()) {
            simpul.putIfAbsent(formasi, Map.of("name", formasi));
            String ke = simpul(simpul, f.tingkat(), f.kelas(), locale);
            busur.merge(formasi + "\u0000" + ke, f.jumlah(), Integer::sum);
        }
        List<Map<String, Object>> links = new ArrayList<>();
        busur.forEach((kunci, n) -> {
            String[] ab = kunci.split("\u0000");
            links.add(Map.of("source", ab[0], "target", ab[1], "value", n));
        });
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", new ArrayList<>(simpul.values()));
        m.put("links", links);
        m.put("judul", teks("kaskade.grafik.judul", locale));
        return json.writeValueAsString(m);
    }

    private String simpul(Map<String, Map<String, Object>> simpul, String tingkat, int kelas, Locale locale) {
        String nama = pesan.getMessage("kaskade.tingkat." + tingkat, null, tingkat, locale) + " · "
                + teks("kaskade.kelas", locale) + " " + kelas;
        simpul.putIfAbsent(nama, Map.of("name", nama));
        return nama;
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
