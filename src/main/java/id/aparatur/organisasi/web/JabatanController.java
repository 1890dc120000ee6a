package id.aparatur.organisasi.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.organisasi.application.OrganisasiQuery.JabatanFilter;
import id.aparatur.organisasi.application.PengelolaanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Permintaan;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ExcelEkspor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Pages for the position catalogue: list, detail with traceability to the visi, and the SKJ editor (htmx). */
@Controller
class JabatanController {

    private static final int BARIS_KOSONG = 3;

    private final OrganisasiQuery query;
    private final PengelolaanJabatan pengelolaan;
    private final KamusKompetensi kamus;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;

    JabatanController(OrganisasiQuery query, PengelolaanJabatan pengelolaan, KamusKompetensi kamus,
            CakupanPengguna cakupan, MessageSource pesan, Clock clock) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.kamus = kamus;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/organisasi/jabatan")
    String daftar(@RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable JenisJabatan jenis,
            @RequestParam(required = false) @Nullable Integer kelas,
            @RequestParam(required = false) @Nullable String rumpun, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page, HtmxRequest htmx, Model model) {
        var c = cakupan.saatIni();
        var h = query.daftarJabatanRingkas(c, new JabatanFilter(opd, null, jenis, null, kelas, rumpun, q, null),
                Permintaan.dari(page, 25));
        model.addAttribute("halaman", h);
        model.addAttribute("f", new JabatanFilter(opd, null, jenis, null, kelas, rumpun, q, null));
        model.addAttribute("daftarOpd", query.opdTerlihat(c));
        model.addAttribute("daftarJenis", JenisJabatan.values());
        model.addAttribute("rumpun", kamus.rumpun());
        return htmx.isHtmxRequest() ? "organisasi/jabatan-daftar :: tabel" : "organisasi/jabatan-daftar";
    }

    @GetMapping("/organisasi/jabatan/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(@RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable JenisJabatan jenis,
            @RequestParam(required = false) @Nullable Integer kelas,
            @RequestParam(required = false) @Nullable String rumpun, @RequestParam(required = false) @Nullable String q,
            Locale locale) {
        var h = query.daftarJabatan(cakupan.saatIni(), new JabatanFilter(opd, null, jenis, null, kelas, rumpun, q, null),
                new Permintaan(0, 200));
        // Export walks all pages so the file holds the whole filtered list, not just what is on screen.
        List<List<?>> baris = new ArrayList<>();
        int n = 0;
        while (true) {
            for (Jabatan j : h.content()) {
                baris.add(List.of(j.kode(), j.nama(), pesan.getMessage("jabatan.jenis." + j.jenisJabatan(), null, locale),
                        j.jenjang() == null ? "" : pesan.getMessage("jabatan.jenjang." + j.jenjang(), null, locale),
                        j.kelas(), j.rumpun(), j.kuota(),
                        j.standarKompetensi().stream().map(s -> s.kode() + ":" + s.level()).collect(Collectors.joining(", "))));
            }
            if (!h.adaBerikutnya()) {
                break;
            }
            h = query.daftarJabatan(cakupan.saatIni(), new JabatanFilter(opd, null, jenis, null, kelas, rumpun, q, null),
                    new Permintaan(++n, 200));
        }
        List<String> kepala = List.of("jabatan.kode", "jabatan.nama", "jabatan.jenis", "jabatan.jenjang", "jabatan.kelas",
                "jabatan.rumpun", "jabatan.kuota", "jabatan.skj").stream().map(k -> pesan.getMessage(k, null, locale)).toList();
        return ExcelEkspor.unduh("jabatan", LocalDate.now(clock), "Jabatan", kepala, baris);
    }

    @GetMapping("/organisasi/jabatan/{id}")
    String detail(@PathVariable long id, Model model) {
        Jabatan j = query.jabatan(cakupan.saatIni(), id);
        isiDetail(j, model);
        return "organisasi/jabatan-detail";
    }

    @GetMapping("/organisasi/jabatan/{id}/skj/ubah")
    String ubahSkj(@PathVariable long id, Model model) {
        wajibPengelola();
        Jabatan j = query.jabatan(cakupan.saatIni(), id);
        SkjForm form = new SkjForm();
        form.setVersi(j.versi());
        j.standarKompetensi().forEach(s -> form.getBaris().add(new SkjForm.Baris(s.kode(), s.level(), s.bobot())));
        for (int i = 0; i < BARIS_KOSONG; i++) {
            form.getBaris().add(new SkjForm.Baris());
        }
        model.addAttribute("jabatan", j);
        model.addAttribute("skjForm", form);
        model.addAttribute("kompetensi", kamus.berlaku(LocalDate.now(clock)));
        model.addAttribute("galat", List.of());
        return "organisasi/jabatan-detail :: skj-form";
    }

    @PostMapping("/organisasi/jabatan/{id}/skj")
    String simpanSkj(@PathVariable long id, @ModelAttribute("skjForm") SkjForm form, Model model, Locale locale) {
        List<String> galat = new ArrayList<>();
        List<Jabatan.StandarKompetensi> skj = new ArrayList<>();
        for (SkjForm.Baris b : form.getBaris()) {
            if (b.kosong()) {
                continue;
            }
            if (b.getKode() == null || b.getKode().isBlank() || b.getLevel() == null || b.getBobot() == null) {
                galat.add(pesan.getMessage("jabatan.skj.baris-tidak-lengkap", null, locale));
                continue;
            }
            skj.add(new Jabatan.StandarKompetensi(b.getKode().trim(), b.getLevel(), b.getBobot()));
        }
        if (galat.isEmpty()) {
            try {
                Jabatan hasil = pengelolaan.ubahSkj(id, skj, form.getVersi());
                isiDetail(hasil, model);
                model.addAttribute("tersimpan", true);
                return "organisasi/jabatan-detail :: skj";
            } catch (ValidasiException e) {
                e.galat().forEach(g -> galat.add(pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale)));
            } catch (OptimisticLockingFailureException e) {
                galat.add(pesan.getMessage("galat.409.versi", null, locale));
            }
        }
        model.addAttribute("jabatan", query.jabatan(cakupan.saatIni(), id));
        model.addAttribute("kompetensi", kamus.berlaku(LocalDate.now(clock)));
        model.addAttribute("galat", galat.stream().distinct().toList());
        return "organisasi/jabatan-detail :: skj-form";
    }

    private static final java.util.Set<String> ISIAN_FORM = java.util.Set.of("unitId", "kode", "nama", "jenisJabatan",
            "jenjang", "kelas", "rumpun", "kuota", "ikhtisar", "uraianTugas", "hasilKerja", "standarKinerjaProduk",
            "standarKinerjaPerilaku", "sasaranOpdId", "syaratPendidikan", "syaratPangkatMinimal", "syaratPengalaman");

    @GetMapping("/organisasi/jabatan/baru")
    String baru(@RequestParam long unit, Model model) {
        wajibPengelola();
        var u = query.unit(cakupan.saatIni(), unit);
        JabatanForm form = new JabatanForm();
        form.setUnitId(u.id());
        form.setOpdId(u.opdId());
        isiForm(model, u.opdId(), form, null);
        return "organisasi/jabatan-form";
    }

    @PostMapping("/organisasi/jabatan/baru")
    String simpanBaru(@jakarta.validation.Valid @ModelAttribute("jabatanForm") JabatanForm form,
            org.springframework.validation.BindingResult hasil, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, Locale locale) {
        wajibPengelola();
        long opd = form.getUnitId() == null ? -1 : query.unit(cakupan.saatIni(), form.getUnitId()).opdId();
        if (!hasil.hasErrors()) {
            try {
                var skj = pengelolaan.skjBaku(form.getJenisJabatan(), form.getJenjang());
                Jabatan j = pengelolaan.buat(form.keDomain(opd, skj, List.of()));
                redirect.addFlashAttribute("pesan", pesan.getMessage("jabatan.dibuat", null, locale));
                return "redirect:/organisasi/jabatan/" + j.id();
            } catch (ValidasiException e) {
                tolak(hasil, e);
            } catch (id.aparatur.shared.KonflikException e) {
                hasil.rejectValue("kode", e.kodePesan());
            }
        }
        isiForm(model, opd, form, null);
        return "organisasi/jabatan-form";
    }

    @GetMapping("/organisasi/jabatan/{id}/ubah")
    String ubah(@PathVariable long id, Model model) {
        wajibPengelola();
        Jabatan j = query.jabatan(cakupan.saatIni(), id);
        isiForm(model, j.opdId(), JabatanForm.dari(j), j);
        return "organisasi/jabatan-form";
    }

    @PostMapping("/organisasi/jabatan/{id}/ubah")
    String simpanUbah(@PathVariable long id, @jakarta.validation.Valid @ModelAttribute("jabatanForm") JabatanForm form,
            org.springframework.validation.BindingResult hasil, Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect, Locale locale) {
        wajibPengelola();
        Jabatan lama = query.jabatan(cakupan.saatIni(), id);
        if (!hasil.hasErrors()) {
            try {
                pengelolaan.ubah(id, form.keDomain(lama.opdId(), lama.standarKompetensi(), lama.korelasi()));
                redirect.addFlashAttribute("pesan", pesan.getMessage("umum.tersimpan", null, locale));
                return "redirect:/organisasi/jabatan/" + id;
            } catch (ValidasiException e) {
                tolak(hasil, e);
            } catch (id.aparatur.shared.KonflikException e) {
                hasil.rejectValue("kode", e.kodePesan());
            } catch (OptimisticLockingFailureException e) {
                hasil.reject("galat.409.versi");
            }
        }
        isiForm(model, lama.opdId(), form, lama);
        return "organisasi/jabatan-form";
    }

    @PostMapping("/organisasi/jabatan/{id}/nonaktifkan")
    String nonaktifkan(@PathVariable long id, @RequestParam(required = false) @Nullable String alasan,
            @RequestParam int versi, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            Locale locale) {
        try {
            pengelolaan.nonaktifkan(id, alasan == null ? "" : alasan, versi);
            redirect.addFlashAttribute("pesan", pesan.getMessage("jabatan.dinonaktifkan", null, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", List.of(pesan.getMessage("jabatan.alasan-wajib", null, locale)));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("galat", List.of(pesan.getMessage("galat.409.versi", null, locale)));
        }
        return "redirect:/organisasi/jabatan/" + id;
    }

    private static void tolak(org.springframework.validation.BindingResult hasil, ValidasiException e) {
        for (ValidasiException.Galat g : e.galat()) {
            if (ISIAN_FORM.contains(g.field())) {
                hasil.rejectValue(g.field(), g.kodePesan());
            } else {
                hasil.reject(g.kodePesan());
            }
        }
    }

    private void isiForm(Model model, long opdId, JabatanForm form, @Nullable Jabatan lama) {
        var c = cakupan.saatIni();
        model.addAttribute("jabatanForm", form);
        model.addAttribute("lama", lama);
        model.addAttribute("opd", query.opd(c, opdId).opd());
        model.addAttribute("daftarUnit", query.unitOpd(c, opdId));
        model.addAttribute("daftarSasaran", query.opd(c, opdId).sasaran());
        model.addAttribute("rumpun", kamus.rumpun());
        model.addAttribute("daftarJenis", JenisJabatan.values());
        model.addAttribute("daftarJenjang", Jenjang.values());
    }

    private void wajibPengelola() {
        cakupan.saatIni().pastikanPengelola();
    }

    private void isiDetail(Jabatan j, Model model) {
        model.addAttribute("jabatan", j);
        model.addAttribute("jejak", query.jejakVisi(j.sasaranOpdId()));
        model.addAttribute("namaKompetensi", kamus.semua());
        model.addAttribute("namaKorelasi", query.namaJabatan(j.korelasi().stream().map(Jabatan.Korelasi::jabatanId).toList()));
        model.addAttribute("rumpun", kamus.rumpun());
        model.addAttribute("opd", query.opd(cakupan.saatIni(), j.opdId()).opd());
        model.addAttribute("unit", query.unit(cakupan.saatIni(), j.unitId()));
    }
}
