package id.aparatur.petajabatan.web;

import id.aparatur.petajabatan.application.PetaJabatanQuery;
import id.aparatur.petajabatan.application.PetaJabatanQuery.TotalOpd;
import id.aparatur.sistem.ExcelEkspor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Home page: totals per OPD (B, K, ±) for BKD and OPD heads; a personal start page for the others. */
@Controller
class BerandaController {

    record Grafik(List<String> opd, List<Long> b, List<Integer> k) {}

    private final PetaJabatanQuery query;
    private final MessageSource pesan;
    private final Clock clock;

    BerandaController(PetaJabatanQuery query, MessageSource pesan, Clock clock) {
        this.query = query;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/")
    String beranda(Model model) {
        PetaJabatanQuery.Beranda b = query.beranda();
        model.addAttribute("cakupan", b.cakupan());
        model.addAttribute("total", b.total());
        model.addAttribute("jumlahB", b.jumlahB());
        model.addAttribute("jumlahK", b.jumlahK());
        model.addAttribute("jumlahJabatan", b.jumlahJabatan());
        return "petajabatan/beranda";
    }

    @GetMapping("/beranda/grafik")
    @ResponseBody
    Grafik grafik() {
        List<TotalOpd> total = query.totalPerOpd();
        return new Grafik(
                total.stream()
                        .map(t -> t.opd().singkatan() == null
                                ? t.opd().kode()
                                : t.opd().singkatan())
                        .toList(),
                total.stream().map(TotalOpd::b).toList(),
                total.stream().map(TotalOpd::k).toList());
    }

    @GetMapping("/beranda/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(Locale locale) {
        List<TotalOpd> total = query.totalPerOpd();
        List<List<?>> baris = new java.util.ArrayList<>();
        total.forEach(
                t -> baris.add(List.of(t.opd().kode(), t.opd().nama(), t.jumlahJabatan(), t.b(), t.k(), t.selisih())));
        List<String> kepala =
                List.of("opd.kode", "opd.nama", "beranda.jumlah-jabatan", "peta.b", "peta.k", "peta.selisih").stream()
                        .map(k -> pesan.getMessage(k, null, locale))
                        .toList();
        return ExcelEkspor.unduh("rekap-opd", LocalDate.now(clock), "Rekap OPD", kepala, baris);
    }
}
