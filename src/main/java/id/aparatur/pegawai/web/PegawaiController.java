package id.aparatur.pegawai.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.application.PegawaiQuery;
import id.aparatur.pegawai.application.PegawaiQuery.Filter;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.PengelolaanPegawai;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Nip;
import id.aparatur.shared.Permintaan;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ExcelEkspor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * itself is {@link ProfilController}.
 */
@Controller
class PegawaiController {

    private final PegawaiQuery query;
    private final PengelolaanPegawai pengelolaan;
    private final StrukturOrganisasi organisasi;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;
    private final id.aparatur.pegawai.application.EksporPegawai eksporPegawai;

    PegawaiController(PegawaiQuery query, PengelolaanPegawai pengelolaan, StrukturOrganisasi organisasi,
            CakupanPengguna cakupan, MessageSource pesan, Clock clock, id.aparatur.pegawai.application.EksporPegawai eksporPegawai) {
        this.eksporPegawai = eksporPegawai;
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.organisasi = organisasi;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/pegawai")
    String daftar(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long jabatan, @RequestParam(required = false) @Nullable Integer page,
            HtmxRequest htmx, Model model) {
        var c = cakupan.saatIni();
        Halaman<PegawaiBaris> h = query.daftar(c, new Filter(q, opd, null, jabatan, null, null), Permintaan.dari(page, 25));
        model.addAttribute("halaman", h);
        model.addAttribute("q", q);
        model.addAttribute("opd", opd);
        model.addAttribute("jabatan", jabatan);
        model.addAttribute("daftarOpd", organisasi.semuaOpd(c));
        return htmx.isHtmxRequest() ? "pegawai/daftar :: tabel" : "pegawai/daftar";
    }

    @GetMapping("/pegawai/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Long opd, @RequestParam(required = false) @Nullable Long jabatan,
            Locale locale) {
        var c = cakupan.saatIni();
        var f = new Filter(q, opd, null, jabatan, null, null);
        List<List<?>> baris = new ArrayList<>();
        int n = 0;
        Halaman<PegawaiBaris> h;
        do {
            h = query.daftar(c, f, new Permintaan(n++, 200));
            for (PegawaiBaris p : h.content()) {
                baris.add(java.util.Arrays.asList(Nip.dari(p.nip()).terformat(), p.namaLengkap(), p.jabatanNama(),
                        p.kelas(), p.unitNama(), p.opdNama(), p.atasanNama(),
                        pesan.getMessage(p.aktif() ? "umum.aktif" : "umum.nonaktif", null, locale)));
            }
        } while (h.adaBerikutnya());
        List<String> kepala = List.of("pegawai.nip", "pegawai.nama", "pegawai.jabatan", "jabatan.kelas", "pegawai.unit",
                "pegawai.opd", "pegawai.atasan", "umum.status").stream().map(k -> pesan.getMessage(k, null, locale)).toList();
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

        public String getNip() { return nip; }
        public void setNip(String v) { nip = v == null ? "" : v; }
        public String getNama() { return nama; }
        public void setNama(String v) { nama = v == null ? "" : v; }
        public @Nullable String getGelarDepan() { return gelarDepan; }
        public void setGelarDepan(@Nullable String v) { gelarDepan = v; }
        public @Nullable String getGelarBelakang() { return gelarBelakang; }
        public void setGelarBelakang(@Nullable String v) { gelarBelakang = v; }
        public @Nullable Long getOpdId() { return opdId; }
        public void setOpdId(@Nullable Long v) { opdId = v; }
        public @Nullable Long getJabatanId() { return jabatanId; }
        public void setJabatanId(@Nullable Long v) { jabatanId = v; }
        public @Nullable String getAtasanNip() { return atasanNip; }
        public void setAtasanNip(@Nullable String v) { atasanNip = v; }
    }

    private static final java.util.Set<String> ISIAN = java.util.Set.of("nip", "nama", "jabatanId", "atasanNip");

    /** The list in the import format (CSV or XLSX), with the list's filters: edit in Excel, import back. */
    @GetMapping("/pegawai/ekspor-data")
    ResponseEntity<StreamingResponseBody> eksporData(@RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long jabatan) {
        var c = cakupan.saatIni();
        List<List<?>> baris = new ArrayList<>();
        eksporPegawai.baris(c, new Filter(q, opd, null, jabatan, null, null), baris::add);
        return "csv".equalsIgnoreCase(format)
                ? id.aparatur.sistem.CsvEkspor.unduh("pegawai-data", LocalDate.now(clock), "Pegawai", eksporPegawai.kepala(c), baris)
                : ExcelEkspor.unduh("pegawai-data", LocalDate.now(clock), "Pegawai", eksporPegawai.kepala(c), baris);
    }

    @GetMapping("/pegawai/baru")
    String baru(@RequestParam(required = false) @Nullable Long opd, Model model) {
        wajibPengelola();
        PegawaiForm form = new PegawaiForm();
        form.setOpdId(opd);
        isiForm(model, form);
        return "pegawai/form";
    }

    /** htmx: the active positions of the chosen OPD, as options. */
    @GetMapping("/pegawai/baru/jabatan")
    String pilihanJabatan(@RequestParam(required = false) @Nullable Long opdId, Model model) {
        wajibPengelola();
        model.addAttribute("daftarJabatan", opdId == null ? List.of()
                : organisasi.jabatanOpd(cakupan.saatIni(), opdId).stream().filter(j -> j.aktif()).toList());
        model.addAttribute("terpilih", null);
        return "pegawai/form :: pilihan-jabatan";
    }

    @PostMapping("/pegawai/baru")
    String simpanBaru(@org.springframework.web.bind.annotation.ModelAttribute("pegawaiForm") PegawaiForm form,
            org.springframework.validation.BindingResult hasil, Model model, RedirectAttributes redirect, Locale locale) {
        wajibPengelola();
        if (form.getNama().isBlank()) {
            hasil.rejectValue("nama", "NotBlank");
        }
        if (!hasil.hasErrors()) {
            try {
                var p = pengelolaan.buat(new PengelolaanPegawai.DataPegawai(form.getNip(), form.getNama(),
                        form.getGelarDepan(), form.getGelarBelakang(), null, null, null, form.getJabatanId(),
                        form.getAtasanNip()));
                redirect.addFlashAttribute("pesan", pesan.getMessage("pegawai.didaftarkan", null, locale));
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
        }
        isiForm(model, form);
        return "pegawai/form";
    }

    private void isiForm(Model model, PegawaiForm form) {
        var c = cakupan.saatIni();
        model.addAttribute("pegawaiForm", form);
        model.addAttribute("daftarOpd", organisasi.semuaOpd(c));
        model.addAttribute("daftarJabatan", form.getOpdId() == null ? List.of()
                : organisasi.jabatanOpd(c, form.getOpdId()).stream().filter(j -> j.aktif()).toList());
        model.addAttribute("terpilih", form.getJabatanId());
        String atasan = form.getAtasanNip() == null ? "" : form.getAtasanNip().replaceAll("[^0-9]", "");
        model.addAttribute("atasanNama", atasan.isEmpty() ? null
                : query.muat(atasan).map(id.aparatur.pegawai.domain.Pegawai::namaLengkap).orElse(null));
    }

    private void wajibPengelola() {
        cakupan.saatIni().pastikanPengelola();
    }

    @PostMapping("/pegawai/{nip}/penempatan")
    String ubahPenempatan(@PathVariable String nip, @RequestParam(required = false) @Nullable Long jabatanId,
            @RequestParam(required = false) @Nullable String atasanNip, @RequestParam int versi,
            RedirectAttributes redirect, Locale locale) {
        query.detail(cakupan.saatIni(), nip);
        // The stored record, so the academic titles (not in the list row) are kept as they are.
        var p = query.muat(nip).orElseThrow();
        if (jabatanId == null) {
            // The picker is required: an empty choice is a lost click, not "no position".
            redirect.addFlashAttribute("galat", List.of(pesan.getMessage("pemilih.penempatan.jabatan-wajib", null, locale)));
            return "redirect:/pegawai/" + nip;
        }
        try {
            pengelolaan.ubah(nip, new PengelolaanPegawai.DataPegawai(p.nip().nilai(), p.nama(), p.gelarDepan(),
                    p.gelarBelakang(), p.jenisKelamin(), p.tanggalLahir(), p.tmtCpns(), jabatanId, atasanNip), versi);
            redirect.addFlashAttribute("pesan", pesan.getMessage("umum.tersimpan", null, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", e.galat().stream()
                    .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale)).toList());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("galat", List.of(pesan.getMessage("galat.409.versi", null, locale)));
        }
        return "redirect:/pegawai/" + nip;
    }
}
