package id.aparatur.kinerja.web;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.application.DasborKinerjaQuery;
import id.aparatur.kinerja.application.DasborKinerjaQuery.Dasbor;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.RekapKinerja;
import id.aparatur.shared.ValidasiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

/**
 * The performance dashboard page: server-rendered tables plus ECharts pictures whose data travel as JSON in data
 * attributes (the CSP forbids inline scripts).
 */
@Controller
class DasborKinerjaController {

    /** Most re-placement signals listed on the page (the API returns all). */
    static final int SINYAL_DITAMPILKAN = 100;

    private final DasborKinerjaQuery query;
    private final MessageSource pesan;
    private final ObjectMapper json;

    DasborKinerjaController(DasborKinerjaQuery query, MessageSource pesan, ObjectMapper json) {
        this.query = query;
        this.pesan = pesan;
        this.json = json;
    }

    @GetMapping("/kinerja/dasbor")
    String dasbor(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Integer tahun,
            @RequestParam(required = false) @Nullable Integer bulan,
            Model model,
            Locale locale) {
        Dasbor d;
        try {
            d = query.dasbor(opd, tahun, bulan);
        } catch (ValidasiException e) {
            model.addAttribute(
                    "galat",
                    e.galat().stream()
                            .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale))
                            .toList());
            d = query.dasbor(opd, null, null);
        }
        model.addAttribute("d", d);
        RekapKinerja.Hasil h = d.rekap();
        List<String> predikat = new ArrayList<>();
        for (PredikatKinerja p : PredikatKinerja.values()) {
            predikat.add(pesan.getMessage("dasbor.predikat." + p.name(), null, p.label(), locale));
        }
        Map<String, Object> distribusi = new LinkedHashMap<>();
        distribusi.put("label", predikat);
        distribusi.put("nilai", h.distribusi().jumlah().values());
        Map<String, Object> unit = new LinkedHashMap<>();
        unit.put("label", predikat);
        unit.put("unit", h.unit().stream().map(RekapKinerja.KinerjaUnit::nama).toList());
        unit.put("nilai", h.unit().stream().map(u -> u.jumlah().values()).toList());
        Map<String, Object> jam = new LinkedHashMap<>();
        jam.put("unit", h.jam().stream().map(RekapKinerja.JamUnit::nama).toList());
        List<List<Object>> sel = new ArrayList<>();
        for (int i = 0; i < h.jam().size(); i++) {
            for (int b = 0; b < 12; b++) {
                sel.add(List.of(b, i, h.jam().get(i).jamPerPegawai().get(b)));
            }
        }
        jam.put("nilai", sel);
        jam.put(
                "bulan",
                java.util.stream.IntStream.rangeClosed(1, 12)
                        .mapToObj(b -> java.time.Month.of(b).getDisplayName(java.time.format.TextStyle.SHORT, locale))
                        .toList());
        Map<String, Object> sesuai = new LinkedHashMap<>();
        sesuai.put(
                "unit",
                h.kesesuaian().stream().map(RekapKinerja.KesesuaianUnit::nama).toList());
        sesuai.put(
                "sendiri",
                h.kesesuaian().stream()
                        .map(RekapKinerja.KesesuaianUnit::persenSesuai)
                        .toList());
        sesuai.put(
                "lain",
                h.kesesuaian().stream()
                        .map(RekapKinerja.KesesuaianUnit::persenJabatanLain)
                        .toList());
        sesuai.put(
                "label",
                List.of(
                        pesan.getMessage("dasbor.kesesuaian.sendiri", null, locale),
                        pesan.getMessage("dasbor.kesesuaian.lain", null, locale)));
        model.addAttribute("grafikDistribusi", json.writeValueAsString(distribusi));
        model.addAttribute("grafikUnit", json.writeValueAsString(unit));
        model.addAttribute("grafikJam", json.writeValueAsString(jam));
        model.addAttribute("grafikSesuai", json.writeValueAsString(sesuai));
        model.addAttribute("predikat", PredikatKinerja.values());
        model.addAttribute(
                "aturanTeks",
                h.distribusi().batas().stream().map(b -> aturan(b, locale)).toList());
        model.addAttribute(
                "pelanggaranTeks",
                h.distribusi().pelanggaran().stream()
                        .map(v -> pesan.getMessage(
                                "dasbor.pelanggaran",
                                new Object[] {aturan(v.batas(), locale), v.jumlah(), v.total()},
                                locale))
                        .toList());
        Map<Long, RekapKinerja.KesesuaianUnit> sesuaiPerUnit = new LinkedHashMap<>();
        h.kesesuaian().forEach(k -> sesuaiPerUnit.put(k.unitId(), k));
        model.addAttribute("sesuaiPerUnit", sesuaiPerUnit);
        model.addAttribute(
                "sinyalTampil",
                h.sinyal().subList(0, Math.min(SINYAL_DITAMPILKAN, h.sinyal().size())));
        return "kinerja/dasbor";
    }

    private String aturan(AturanDistribusi.Batas b, Locale locale) {
        String nama = b.predikat().stream()
                .sorted()
                .map(p -> pesan.getMessage("dasbor.predikat." + p.name(), null, p.label(), locale))
                .collect(java.util.stream.Collectors.joining(" / "));
        return pesan.getMessage("dasbor.aturan." + b.jenis().name(), new Object[] {b.persen(), nama}, locale);
    }
}
