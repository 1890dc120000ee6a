package id.aparatur.pegawai.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.application.EksporPegawai;
import id.aparatur.pegawai.application.HalamanPegawai;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.Filter;
import id.aparatur.pegawai.application.PengelolaanPegawai;
import id.aparatur.shared.Nip;
import id.aparatur.shared.Permintaan;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ExcelEkspor;
import id.aparatur.sistem.FormatBerkas;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Employee pages: scoped list with search, Excel export, registration and the placement form (BKD). The profile page
 * itself is {@link ProfilController}. Who may open what is decided by the services ({@link HalamanPegawai},
 * {@link PengelolaanPegawai}); each handler makes one call and picks the view.
 */
@Controller
class PegawaiController {

    private final HalamanPegawai halaman;
    private final PegawaiQuery query;
    private final PengelolaanPegawai pengelolaan;
    private final EksporPegawai eksporPegawai;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    PegawaiController(
            HalamanPegawai halaman,
            PegawaiQuery query,
            PengelolaanPegawai pengelolaan,
            EksporPegawai eksporPegawai,
            CakupanPengguna cakupan,
            MessageSource pesan,
            Clock clock) {
        this.halaman = halaman;
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.eksporPegawai = eksporPegawai;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/pegawai")
    String daftar(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long jabatan,
            @RequestParam(required = false) @Nullable Integer page,
            HtmxRequest htmx,
            Model model) {
        var d = halaman.daftar(new Filter(q, opd, null, jabatan, null, null), Permintaan.dari(page, 25));
        model.addAttribute("halaman", d.halaman());
        model.addAttribute("q", q);
        model.addAttribute("opd", opd);
        model.addAttribute("jabatan", jabatan);
        model.addAttribute("daftarOpd", d.daftarOpd());
        return htmx.isHtmxRequest() ? "pegawai/daftar :: tabel" : "pegawai/daftar";
    }

    @GetMapping("/pegawai/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long jabatan,
            Locale locale) {
        String aktif = pesan.getMessage("umum.aktif", null, locale);
        String nonaktif = pesan.getMessage("umum.nonaktif", null, locale);
        List<List<?>> baris = new ArrayList<>();
        query.semuaBaris(
                cakupan.saatIni(),
                new Filter(q, opd, null, jabatan, null, null),
                p -> baris.add(Arrays.asList(
                        Nip.terformat(p.nip()),
                        p.namaLengkap(),
                        p.jabatanNama(),
                        p.kelas(),
                        p.unitNama(),
                        p.opdNama(),
                        p.atasanNama(),
                        p.aktif() ? aktif : nonaktif)));
        List<String> kepala = List.of(
                        "pegawai.nip",
                        "pegawai.nama",
                        "pegawai.jabatan",
                        "jabatan.kelas",
                        "pegawai.unit",
                        "pegawai.opd",
                        "pegawai.atasan",
                        "umum.status")
                .stream()
                .map(k -> pesan.getMessage(k, null, locale))
                .toList();
        return ExcelEkspor.unduh("pegawai", LocalDate.now(clock), "Pegawai", kepala, baris);
    }

    /** Form backing object of "Daftarkan pegawai". */
    public static class PegawaiForm {
        private String nip = "";
        private String nama = "";
        private @Nullable String gelarDepan;
        private @Nullable String gelarBelakang;
        private @Nullable Long opdId;
        private @Nullable Long jabatanId;
        private @Nullable String atasanNip;
        private StatusKepegawaian statusKepegawaian = StatusKepegawaian.PNS;

        public StatusKepegawaian getStatusKepegawaian() {
            return statusKepegawaian;
        }

        public void setStatusKepegawaian(@Nullable StatusKepegawaian v) {
            statusKepegawaian = v == null ? StatusKepegawaian.PNS : v;
        }

        public String getNip() {
            return nip;
        }

        public void setNip(String v) {
            nip = v == null ? "" : v;
        }

        public String getNama() {
            return nama;
        }

        public void setNama(String v) {
            nama = v == null ? "" : v;
        }

        public @Nullable String getGelarDepan() {
            return gelarDepan;
        }

        public void setGelarDepan(@Nullable String v) {
            gelarDepan = v;
        }

        public @Nullable String getGelarBelakang() {
            return gelarBelakang;
        }

        public void setGelarBelakang(@Nullable String v) {
            gelarBelakang = v;
        }

        public @Nullable Long getOpdId() {
            return opdId;
        }

        public void setOpdId(@Nullable Long v) {
            opdId = v;
        }

        public @Nullable Long getJabatanId() {
            return jabatanId;
        }

        public void setJabatanId(@Nullable Long v) {
            jabatanId = v;
        }

        public @Nullable String getAtasanNip() {
            return atasanNip;
        }

        public void setAtasanNip(@Nullable String v) {
            atasanNip = v;
        }

        PengelolaanPegawai.DataPegawai data() {
            return new PengelolaanPegawai.DataPegawai(
                    nip,
                    nama,
                    gelarDepan,
                    gelarBelakang,
                    null,
                    null,
                    null,
                    jabatanId,
                    atasanNip,
                    null,
                    null,
                    statusKepegawaian);
        }
    }

    private static final java.util.Set<String> ISIAN =
            java.util.Set.of("nip", "nama", "jabatanId", "atasanNip", "statusKepegawaian");

    /** The list in the import format (CSV or XLSX), with the list's filters: edit in Excel, import back. */
    @GetMapping("/pegawai/ekspor-data")
    ResponseEntity<StreamingResponseBody> eksporData(
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long jabatan) {
        var t = eksporPegawai.tabel(cakupan.saatIni(), new Filter(q, opd, null, jabatan, null, null));
        FormatBerkas f = "csv".equalsIgnoreCase(format) ? FormatBerkas.CSV : FormatBerkas.XLSX;
        return f.unduh("pegawai-data", LocalDate.now(clock), "Pegawai", t.kepala(), t.baris());
    }

    @GetMapping("/pegawai/baru")
    String baru(@RequestParam(required = false) @Nullable Long opd, Model model) {
        PegawaiForm form = new PegawaiForm();
        form.setOpdId(opd);
        isiForm(model, form, halaman.formBaru(opd, null));
        return "pegawai/form";
    }

    /** htmx: the active positions of the chosen OPD, as options. */
    @GetMapping("/pegawai/baru/jabatan")
    String pilihanJabatan(@RequestParam(required = false) @Nullable Long opdId, Model model) {
        model.addAttribute("daftarJabatan", halaman.jabatanUntukForm(opdId));
        model.addAttribute("terpilih", null);
        return "pegawai/form :: pilihan-jabatan";
    }

    @PostMapping("/pegawai/baru")
    String simpanBaru(
            @org.springframework.web.bind.annotation.ModelAttribute("pegawaiForm") PegawaiForm form,
            org.springframework.validation.BindingResult hasil,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            var p = pengelolaan.buat(form.data());
            List<String> periksa = pengelolaan.peringatan(p).stream()
                    .map(k -> pesan.getMessage(k, null, k, locale))
                    .toList();
            redirect.addFlashAttribute(
                    "pesan",
                    periksa.isEmpty()
                            ? pesan.getMessage("pegawai.didaftarkan", null, locale)
                            : pesan.getMessage(
                                    "pppk.didaftarkan-dengan-peringatan",
                                    new Object[] {String.join(" ", periksa)},
                                    locale));
            return "redirect:/pegawai/" + p.nip().nilai();
        } catch (ValidasiException e) {
            for (ValidasiException.Galat g : e.galat()) {
                if (ISIAN.contains(g.field())) {
                    hasil.rejectValue(g.field(), g.kodePesan());
                } else {
                    hasil.reject(g.kodePesan());
                }
            }
        } catch (id.aparatur.shared.KonflikException e) {
            hasil.rejectValue("nip", e.kodePesan());
        }
        isiForm(model, form, halaman.formBaru(form.getOpdId(), form.getAtasanNip()));
        return "pegawai/form";
    }

    private static void isiForm(Model model, PegawaiForm form, HalamanPegawai.FormPegawai f) {
        model.addAttribute("pegawaiForm", form);
        model.addAttribute("daftarStatus", StatusKepegawaian.values());
        model.addAttribute("daftarOpd", f.daftarOpd());
        model.addAttribute("daftarJabatan", f.daftarJabatan());
        model.addAttribute("terpilih", form.getJabatanId());
        model.addAttribute("atasanNama", f.atasanNama());
    }

    @PostMapping("/pegawai/{nip}/penempatan")
    String ubahPenempatan(
            @PathVariable String nip,
            @RequestParam(required = false) @Nullable Long jabatanId,
            @RequestParam(required = false) @Nullable String atasanNip,
            @RequestParam int versi,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            pengelolaan.ubahPenempatan(nip, jabatanId, atasanNip, versi);
            redirect.addFlashAttribute("pesan", pesan.getMessage("umum.tersimpan", null, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute(
                    "galat",
                    e.galat().stream()
                            .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale))
                            .toList());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("galat", List.of(pesan.getMessage("galat.409.versi", null, locale)));
        }
        return "redirect:/pegawai/" + nip;
    }
}
