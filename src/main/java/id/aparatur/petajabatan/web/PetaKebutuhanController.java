package id.aparatur.petajabatan.web;

import id.aparatur.petajabatan.application.PetaKebutuhanQuery;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.BarisKebutuhan;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.Lingkup;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.Proyeksi;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.RekapPemda;
import id.aparatur.petajabatan.application.PetaKebutuhanQuery.TahunProyeksi;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ExcelEkspor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * The Pemda peta kebutuhan: dashboard of shortages and surpluses (per OPD, per jenis jabatan, the largest ones, with
 * ECharts pictures), today or after a scenario, the five-year projection at BUP and the Excel export per position.
 */
@Controller
class PetaKebutuhanController {

    private final PetaKebutuhanQuery query;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    PetaKebutuhanController(PetaKebutuhanQuery query, MessageSource pesan, ObjectMapper json, Clock clock) {
        this.query = query;
        this.pesan = pesan;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/peta-kebutuhan")
    String pemda(@RequestParam(required = false) @Nullable Long skenario, Model model, Locale locale) {
        PetaKebutuhanQuery.HalamanPemda h = query.halamanPemda(skenario);
        RekapPemda rekap = h.rekap();
        model.addAttribute("rekap", rekap);
        model.addAttribute("teratas", List.of(rekap.kurangTerbesar(), rekap.lebihTerbesar()));
        model.addAttribute("daftarSkenario", h.daftarSkenario());
        model.addAttribute("skenarioId", skenario);
        Map<String, Object> grafik = new LinkedHashMap<>();
        grafik.put("opd", rekap.opd().stream().map(o -> o.kode()).toList());
        grafik.put("opdNama", rekap.opd().stream().map(o -> o.nama()).toList());
        grafik.put(
                "opdKurang", rekap.opd().stream().map(o -> o.rekap().kurang()).toList());
        grafik.put("opdLebih", rekap.opd().stream().map(o -> o.rekap().lebih()).toList());
        grafik.put(
                "jenis",
                rekap.jenis().stream()
                        .map(j -> pesan.getMessage("jabatan.jenis." + j.jenisJabatan(), null, locale))
                        .toList());
        grafik.put(
                "jenisKurang",
                rekap.jenis().stream().map(j -> j.rekap().kurang()).toList());
        grafik.put(
                "jenisLebih", rekap.jenis().stream().map(j -> j.rekap().lebih()).toList());
        grafik.put(
                "kurangNama",
                rekap.kurangTerbesar().stream()
                        .map(PetaKebutuhanController::label)
                        .toList());
        grafik.put(
                "kurangNilai",
                rekap.kurangTerbesar().stream().map(BarisKebutuhan::kurang).toList());
        grafik.put(
                "lebihNama",
                rekap.lebihTerbesar().stream()
                        .map(PetaKebutuhanController::label)
                        .toList());
        grafik.put(
                "lebihNilai",
                rekap.lebihTerbesar().stream().map(BarisKebutuhan::lebih).toList());
        grafik.put("labelKurang", pesan.getMessage("petakebutuhan.kurang", null, locale));
        grafik.put("labelLebih", pesan.getMessage("petakebutuhan.lebih", null, locale));
        model.addAttribute("grafik", json.writeValueAsString(grafik));
        return "petakebutuhan/pemda";
    }

    @GetMapping("/peta-kebutuhan/proyeksi")
    String proyeksi(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long skenario,
            Model model,
            Locale locale) {
        PetaKebutuhanQuery.HalamanProyeksi h = query.halamanProyeksi(opd, skenario);
        Proyeksi p = h.proyeksi();
        model.addAttribute("proyeksi", p);
        model.addAttribute("daftarSkenario", h.daftarSkenario());
        model.addAttribute("daftarOpd", h.daftarOpd());
        model.addAttribute("skenarioId", skenario);
        model.addAttribute("opdId", opd);
        Map<String, Object> grafik = new LinkedHashMap<>();
        List<String> tahun = new ArrayList<>();
        tahun.add(pesan.getMessage("petakebutuhan.saat-ini", null, locale));
        p.tahun().forEach(t -> tahun.add(String.valueOf(t)));
        grafik.put("tahun", tahun);
        List<Long> b = new ArrayList<>(List.of(p.saatIni().b()));
        List<Long> k = new ArrayList<>(List.of(p.saatIni().k()));
        List<Long> kurang = new ArrayList<>(List.of(p.saatIni().kurang()));
        for (TahunProyeksi t : p.total()) {
            b.add(t.rekap().b());
            k.add(t.rekap().k());
            kurang.add(t.rekap().kurang());
        }
        grafik.put("b", b);
        grafik.put("k", k);
        grafik.put("kurang", kurang);
        grafik.put("labelB", pesan.getMessage("peta.b-panjang", null, locale));
        grafik.put("labelK", pesan.getMessage("peta.k-panjang", null, locale));
        grafik.put("labelKurang", pesan.getMessage("petakebutuhan.kurang", null, locale));
        model.addAttribute("grafik", json.writeValueAsString(grafik));
        return "petakebutuhan/proyeksi";
    }

    /** Every position of the Pemda (or of one OPD, or one unit with its sub-units) with B, K, ±, kurang, lebih. */
    @GetMapping("/peta-kebutuhan/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long skenario,
            Locale locale) {
        PetaKebutuhanQuery.DaftarKebutuhan d = query.jabatan(opd, unit, skenario);
        Lingkup l = d.lingkup();
        List<List<?>> baris = new ArrayList<>();
        for (BarisKebutuhan j : d.jabatan()) {
            baris.add(List.of(
                    j.opdKode(),
                    j.opdNama(),
                    j.unitNama(),
                    j.kode(),
                    j.nama(),
                    j.jenisJabatan(),
                    j.jenjang() == null ? "" : j.jenjang(),
                    j.kelas(),
                    j.rumpun(),
                    j.b(),
                    j.k(),
                    j.selisih(),
                    j.kurang(),
                    j.lebih()));
        }
        List<String> kepala = List.of(
                        "opd.kode",
                        "opd.nama",
                        "peta.unit",
                        "peta.kode",
                        "peta.jabatan",
                        "peta.jenis",
                        "peta.jenjang",
                        "peta.kelas",
                        "petakebutuhan.rumpun",
                        "peta.b",
                        "peta.k",
                        "peta.selisih",
                        "petakebutuhan.kurang",
                        "petakebutuhan.lebih")
                .stream()
                .map(k -> pesan.getMessage(k, null, locale))
                .toList();
        String nama = "peta-kebutuhan"
                + (l.opd() == null ? "-pemda" : "-" + l.opd().kode())
                + (l.unitId() == null ? "" : "-unit-" + l.unitId())
                + (l.skenario() == null ? "" : "-skenario-" + l.skenario().id());
        return ExcelEkspor.unduh(
                nama, LocalDate.now(clock), pesan.getMessage("petakebutuhan.judul", null, locale), kepala, baris);
    }

    @ExceptionHandler(ValidasiException.class)
    ModelAndView tidakSah(ValidasiException e) {
        return halamanGalat(e);
    }

    /** The error page (400) with the first reason of a rejected choice of scenario or unit. */
    static ModelAndView halamanGalat(ValidasiException e) {
        ModelAndView mv = new ModelAndView("error");
        mv.setStatus(HttpStatus.BAD_REQUEST);
        mv.addObject("status", HttpStatus.BAD_REQUEST.value());
        mv.addObject(
                "kodePesan",
                e.kodePesan().isEmpty() ? "galat.umum" : e.kodePesan().get(0));
        return mv;
    }

    private static String label(BarisKebutuhan b) {
        return b.nama() + " (" + b.opdKode() + ")";
    }
}
