package id.aparatur.organisasi.web;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.application.HalamanJabatan;
import id.aparatur.organisasi.application.OrganisasiQuery.JabatanFilter;
import id.aparatur.organisasi.application.PengelolaanJabatan;
import id.aparatur.organisasi.domain.AturanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
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

/**
 * Pages for the position catalogue: list, detail with traceability to the visi, the SKJ editor (htmx) and the Anjab
 * form. What a page shows and who may open an editor come from {@link HalamanJabatan}; changes go to
 * {@link PengelolaanJabatan}.
 */
@Controller
class JabatanController {

    private static final int BARIS_KOSONG = 3;

    private final HalamanJabatan halaman;
    private final PengelolaanJabatan pengelolaan;
    private final MessageSource pesan;
    private final Clock clock;

    JabatanController(HalamanJabatan halaman, PengelolaanJabatan pengelolaan, MessageSource pesan, Clock clock) {
        this.halaman = halaman;
        this.pengelolaan = pengelolaan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/organisasi/jabatan")
    String daftar(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable JenisJabatan jenis,
            @RequestParam(required = false) @Nullable Integer kelas,
            @RequestParam(required = false) @Nullable String rumpun,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Integer page,
            HtmxRequest htmx,
            Model model) {
        var f = new JabatanFilter(opd, null, jenis, null, kelas, rumpun, q, null);
        var d = halaman.daftar(f, Permintaan.dari(page, 25));
        model.addAttribute("halaman", d.halaman());
        model.addAttribute("f", f);
        model.addAttribute("daftarOpd", d.daftarOpd());
        model.addAttribute("daftarJenis", JenisJabatan.values());
        model.addAttribute("rumpun", d.rumpun());
        rentangKelas(model);
        return htmx.isHtmxRequest() ? "organisasi/jabatan-daftar :: tabel" : "organisasi/jabatan-daftar";
    }

    @GetMapping("/organisasi/jabatan/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable JenisJabatan jenis,
            @RequestParam(required = false) @Nullable Integer kelas,
            @RequestParam(required = false) @Nullable String rumpun,
            @RequestParam(required = false) @Nullable String q,
            Locale locale) {
        // The whole filtered list, not just what is on screen.
        List<List<?>> baris = new ArrayList<>();
        halaman.semua(
                new JabatanFilter(opd, null, jenis, null, kelas, rumpun, q, null),
                j -> baris.add(List.of(
                        j.kode(),
                        j.nama(),
                        pesan.getMessage("jabatan.jenis." + j.jenisJabatan(), null, locale),
                        j.jenjang() == null ? "" : pesan.getMessage("jabatan.jenjang." + j.jenjang(), null, locale),
                        j.kelas(),
                        j.rumpun(),
                        j.kuota(),
                        j.standarKompetensi().stream()
                                .map(s -> s.kode() + ":" + s.level())
                                .collect(Collectors.joining(", ")))));
        List<String> kepala = List.of(
                        "jabatan.kode",
                        "jabatan.nama",
                        "jabatan.jenis",
                        "jabatan.jenjang",
                        "jabatan.kelas",
                        "jabatan.rumpun",
                        "jabatan.kuota",
                        "jabatan.skj")
                .stream()
                .map(k -> pesan.getMessage(k, null, locale))
                .toList();
        return ExcelEkspor.unduh("jabatan", LocalDate.now(clock), "Jabatan", kepala, baris);
    }

    @GetMapping("/organisasi/jabatan/{id}")
    String detail(@PathVariable long id, Model model) {
        isiDetail(halaman.detail(id), model);
        return "organisasi/jabatan-detail";
    }

    @GetMapping("/organisasi/jabatan/{id}/skj/ubah")
    String ubahSkj(@PathVariable long id, Model model) {
        var f = halaman.formSkj(id);
        SkjForm form = new SkjForm();
        form.setVersi(f.jabatan().versi());
        f.jabatan()
                .standarKompetensi()
                .forEach(s -> form.getBaris().add(new SkjForm.Baris(s.kode(), s.level(), s.bobot())));
        for (int i = 0; i < BARIS_KOSONG; i++) {
            form.getBaris().add(new SkjForm.Baris());
        }
        model.addAttribute("skjForm", form);
        isiFormSkj(model, f, List.of());
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
                isiDetail(halaman.detail(pengelolaan.ubahSkj(id, skj, form.getVersi())), model);
                model.addAttribute("tersimpan", true);
                return "organisasi/jabatan-detail :: skj";
            } catch (ValidasiException e) {
                e.galat().forEach(g -> galat.add(pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale)));
            } catch (OptimisticLockingFailureException e) {
                galat.add(pesan.getMessage("galat.409.versi", null, locale));
            }
        }
        isiFormSkj(model, halaman.formSkj(id), galat.stream().distinct().toList());
        return "organisasi/jabatan-detail :: skj-form";
    }

    private static final java.util.Set<String> ISIAN_FORM = java.util.Set.of(
            "unitId",
            "kode",
            "nama",
            "jenisJabatan",
            "jenjang",
            "kodeJf",
            "kelas",
            "rumpun",
            "kuota",
            "ikhtisar",
            "uraianTugas",
            "hasilKerja",
            "standarKinerjaProduk",
            "standarKinerjaPerilaku",
            "sasaranOpdId",
            "syaratPendidikan",
            "syaratPangkatMinimal",
            "syaratPengalaman");

    @GetMapping("/organisasi/jabatan/baru")
    String baru(@RequestParam long unit, Model model) {
        var f = halaman.formBaru(unit);
        JabatanForm form = new JabatanForm();
        form.setUnitId(unit);
        form.setOpdId(f.opd().id());
        isiForm(model, form, f);
        return "organisasi/jabatan-form";
    }

    @PostMapping("/organisasi/jabatan/baru")
    String simpanBaru(
            @jakarta.validation.Valid @ModelAttribute("jabatanForm") JabatanForm form,
            org.springframework.validation.BindingResult hasil,
            Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            Locale locale) {
        if (!hasil.hasErrors()) {
            try {
                Jabatan j = pengelolaan.buatDariForm(form.keDomain(-1, List.of(), List.of()));
                redirect.addFlashAttribute("pesan", pesan.getMessage("jabatan.dibuat", null, locale));
                return "redirect:/organisasi/jabatan/" + j.id();
            } catch (ValidasiException e) {
                tolak(hasil, e);
            } catch (id.aparatur.shared.KonflikException e) {
                hasil.rejectValue("kode", e.kodePesan());
            }
        }
        isiForm(model, form, halaman.formLagi(form.getUnitId(), null));
        return "organisasi/jabatan-form";
    }

    @GetMapping("/organisasi/jabatan/{id}/ubah")
    String ubah(@PathVariable long id, Model model) {
        var f = halaman.formUbah(id);
        isiForm(model, JabatanForm.dari(f.lama()), f);
        return "organisasi/jabatan-form";
    }

    @PostMapping("/organisasi/jabatan/{id}/ubah")
    String simpanUbah(
            @PathVariable long id,
            @jakarta.validation.Valid @ModelAttribute("jabatanForm") JabatanForm form,
            org.springframework.validation.BindingResult hasil,
            Model model,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
            Locale locale) {
        if (!hasil.hasErrors()) {
            try {
                pengelolaan.ubahDariForm(id, form.keDomain(-1, List.of(), List.of()));
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
        isiForm(model, form, halaman.formLagi(null, id));
        return "organisasi/jabatan-form";
    }

    @PostMapping("/organisasi/jabatan/{id}/nonaktifkan")
    String nonaktifkan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String alasan,
            @RequestParam int versi,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect,
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

    private static void isiForm(Model model, JabatanForm form, HalamanJabatan.FormJabatan f) {
        model.addAttribute("jabatanForm", form);
        model.addAttribute("lama", f.lama());
        model.addAttribute("opd", f.opd());
        model.addAttribute("daftarUnit", f.daftarUnit());
        model.addAttribute("daftarSasaran", f.daftarSasaran());
        model.addAttribute("rumpun", f.rumpun());
        model.addAttribute("daftarJenis", JenisJabatan.values());
        model.addAttribute("daftarJenjang", Jenjang.values());
        model.addAttribute("daftarKodeJf", AturanJabatan.KODE_JF_UMUM);
        rentangKelas(model);
    }

    /** The bounds of kelas jabatan for the number inputs: the constants of the rule ({@link AturanJabatan}). */
    private static void rentangKelas(Model model) {
        model.addAttribute("kelasTerendah", AturanJabatan.KELAS_TERENDAH);
        model.addAttribute("kelasTertinggi", AturanJabatan.KELAS_TERTINGGI);
    }

    private static void isiFormSkj(Model model, HalamanJabatan.FormSkj f, List<String> galat) {
        model.addAttribute("jabatan", f.jabatan());
        model.addAttribute("kompetensi", f.kompetensi());
        model.addAttribute("galat", galat);
    }

    private static void isiDetail(HalamanJabatan.DetailJabatan d, Model model) {
        model.addAttribute("jabatan", d.jabatan());
        model.addAttribute("jejak", d.jejak());
        model.addAttribute("namaKompetensi", d.kompetensi());
        model.addAttribute("namaKorelasi", d.namaKorelasi());
        model.addAttribute("rumpun", d.rumpun());
        model.addAttribute("opd", d.opd());
        model.addAttribute("unit", d.unit());
    }
}
