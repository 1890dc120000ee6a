package id.aparatur.pegawai.web;

import id.aparatur.pegawai.JenisRiwayat;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.application.HalamanPegawai;
import id.aparatur.pegawai.application.PegawaiQuery.PegawaiBaris;
import id.aparatur.pegawai.application.PengelolaanProfil;
import id.aparatur.pegawai.application.ProfilPegawai;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.Nip;
import id.aparatur.shared.ValidasiException;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile (DRH) page of one employee, in tabs: data utama, riwayat, kompetensi and kesenjangan (loaded by htmx from
 * the asesmen module), minat karier, and usulan koreksi. BKD edits the DRH and records or cancels riwayat; the
 * employee (and BKD) edit the minat and propose corrections. Everything is read within the caller's scope (404
 * outside it); what the caller's roles may not see (protected data, hukuman disiplin) is never put in the model.
 */
@Controller
class ProfilController {

    /** The tabs, in order; {@code ?tab=} selects one (unknown or not permitted: {@code utama}). */
    static final List<String> TAB = List.of("utama", "riwayat", "kompetensi", "kesenjangan", "minat", "koreksi");

    static final List<String> TINGKAT_HUKUMAN = List.of("RINGAN", "SEDANG", "BERAT");

    private static final Set<String> ISIAN_PROFIL = Set.of(
            "tempatLahir",
            "nik",
            "statusKepegawaian",
            "golongan",
            "tmtGolongan",
            "tmtJabatan",
            "pendidikanTingkat",
            "pendidikanJurusan",
            "pendidikanTahunLulus",
            "agama",
            "statusPerkawinan",
            "disabilitas");
    private static final Set<String> ISIAN_KOREKSI_FORM = Set.of("isian", "nilaiUsulan", "alasan");
    private static final int BATAS_CARI_JABATAN = 20;

    private final HalamanPegawai halaman;
    private final PengelolaanProfil pengelolaan;
    private final MessageSource pesan;

    ProfilController(HalamanPegawai halaman, PengelolaanProfil pengelolaan, MessageSource pesan) {
        this.halaman = halaman;
        this.pengelolaan = pengelolaan;
        this.pesan = pesan;
    }

    @GetMapping("/pegawai/{nip}")
    String detail(@PathVariable String nip, @RequestParam(required = false) @Nullable String tab, Model model) {
        isiProfil(model, nip, tab);
        return "pegawai/detail";
    }

    // ---------------------------------------------------------------- DRH (BKD)

    @GetMapping("/pegawai/{nip}/profil")
    String ubahProfil(@PathVariable String nip, Model model) {
        var f = halaman.formProfil(nip);
        isiFormProfil(
                model, f.pegawai(), ProfilForm.dari(f.profil(), f.pegawai().versi()));
        return "pegawai/profil-form";
    }

    @PostMapping("/pegawai/{nip}/profil")
    String simpanProfil(
            @PathVariable String nip,
            @Valid @ModelAttribute("profilForm") ProfilForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!hasil.hasErrors()) {
            try {
                List<ValidasiException.Galat> galat = new java.util.ArrayList<>();
                pengelolaan.ubahProfil(nip, form.keDomain(galat), form.getVersi(), galat);
                redirect.addFlashAttribute("pesan", teks("profil.drh.tersimpan", locale));
                return "redirect:/pegawai/" + nip;
            } catch (ValidasiException e) {
                tolak(hasil, e, ISIAN_PROFIL, f -> f);
            } catch (OptimisticLockingFailureException e) {
                redirect.addFlashAttribute("galat", List.of(teks("galat.409.versi", locale)));
                return "redirect:/pegawai/" + nip + "/profil";
            }
        }
        isiFormProfil(model, halaman.formProfil(nip).pegawai(), form);
        return "pegawai/profil-form";
    }

    private void isiFormProfil(Model model, PegawaiBaris p, ProfilForm form) {
        model.addAttribute("p", p);
        model.addAttribute("nipTerformat", Nip.terformat(p.nip()));
        model.addAttribute("profilForm", form);
        model.addAttribute("daftarStatus", StatusKepegawaian.values());
        model.addAttribute("daftarGolongan", Golongan.values());
        model.addAttribute("daftarGolonganPppk", id.aparatur.shared.GolonganPppk.values());
        model.addAttribute("daftarTingkat", TingkatPendidikan.values());
        model.addAttribute("daftarAgama", DataPribadi.AGAMA);
        model.addAttribute("daftarPerkawinan", DataPribadi.STATUS_PERKAWINAN);
    }

    // ---------------------------------------------------------------- riwayat (BKD)

    @PostMapping("/pegawai/{nip}/riwayat")
    String tambahRiwayat(
            @PathVariable String nip,
            @Valid @ModelAttribute("riwayatForm") RiwayatForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!hasil.hasErrors()) {
            try {
                pengelolaan.tambahRiwayat(nip, form.keDomain());
                redirect.addFlashAttribute("pesan", teks("profil.riwayat.tersimpan", locale));
                return "redirect:/pegawai/" + nip + "?tab=riwayat";
            } catch (ValidasiException e) {
                tolak(hasil, e, null, RiwayatForm::isian);
            }
        }
        isiProfil(model, nip, "riwayat");
        return "pegawai/detail";
    }

    @PostMapping("/pegawai/{nip}/riwayat/{id}/batalkan")
    String batalkanRiwayat(
            @PathVariable String nip,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String alasan,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            pengelolaan.batalkanRiwayat(nip, id, alasan == null ? "" : alasan);
            redirect.addFlashAttribute("pesan", teks("profil.riwayat.dibatalkan", locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", List.of(teks("profil.riwayat.alasan-batal-wajib", locale)));
        } catch (DataTidakDitemukanException e) {
            redirect.addFlashAttribute("galat", List.of(teks("profil.riwayat.tidak-ditemukan", locale)));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/pegawai/" + nip + "?tab=riwayat";
    }

    // ---------------------------------------------------------------- minat (employee or BKD)

    @PostMapping("/pegawai/{nip}/minat")
    String ubahMinat(
            @PathVariable String nip,
            @RequestParam(required = false) @Nullable List<String> rumpun,
            @RequestParam(required = false) @Nullable List<Long> jabatan,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            pengelolaan.ubahMinat(nip, rumpun == null ? List.of() : rumpun, jabatan == null ? List.of() : jabatan);
            redirect.addFlashAttribute("pesan", teks("profil.minat.tersimpan", locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", pesanGalat(e, locale));
        }
        return "redirect:/pegawai/" + nip + "?tab=minat";
    }

    /** htmx: active positions of the Pemda matching {@code q}, as {@code <option>}s for the target-position picker. */
    @GetMapping("/pegawai/{nip}/minat/jabatan")
    String cariJabatan(@PathVariable String nip, @RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("hasilJabatan", halaman.cariJabatanMinat(nip, q, BATAS_CARI_JABATAN));
        return "pegawai/profil-minat :: opsi-jabatan";
    }

    // ---------------------------------------------------------------- usulan koreksi (employee or BKD)

    @PostMapping("/pegawai/{nip}/koreksi")
    String ajukanKoreksi(
            @PathVariable String nip,
            @Valid @ModelAttribute("koreksiForm") KoreksiForm form,
            BindingResult hasil,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!hasil.hasErrors()) {
            try {
                pengelolaan.ajukanKoreksi(nip, form.getIsian(), form.getNilaiUsulan(), form.getAlasan());
                redirect.addFlashAttribute("pesan", teks("profil.koreksi.diajukan", locale));
                return "redirect:/pegawai/" + nip + "?tab=koreksi";
            } catch (ValidasiException e) {
                tolak(hasil, e, ISIAN_KOREKSI_FORM, f -> f);
            } catch (KonflikException e) {
                hasil.rejectValue("isian", e.kodePesan());
            }
        }
        isiProfil(model, nip, "koreksi");
        return "pegawai/detail";
    }

    // ---------------------------------------------------------------- model

    private void isiProfil(Model model, String nip, @Nullable String tab) {
        HalamanPegawai.HalamanProfil h = halaman.profil(nip);
        ProfilPegawai pr = h.profil();
        PegawaiBaris p = pr.inti();
        boolean pengelola = h.pengelola();
        String aktif =
                tab != null && TAB.contains(tab) && (!tab.equals("koreksi") || pr.pribadiTerlihat()) ? tab : "utama";
        model.addAttribute("profil", pr);
        model.addAttribute("p", p);
        model.addAttribute("nipTerformat", Nip.terformat(p.nip()));
        model.addAttribute("tab", aktif);
        model.addAttribute(
                "daftarTab",
                TAB.stream()
                        .filter(t -> !t.equals("koreksi") || pr.pribadiTerlihat())
                        .toList());
        model.addAttribute(
                "koreksiDiajukan",
                pr.koreksi().stream().filter(k -> k.status().equals("DIAJUKAN")).count());
        model.addAttribute("pengelola", pengelola);
        model.addAttribute("bolehUbahMinat", h.bolehUbahMinat());
        model.addAttribute("bawahan", h.bawahan());
        model.addAttribute("rumpun", h.rumpun());
        model.addAttribute(
                "jenisRiwayat",
                Arrays.stream(JenisRiwayat.values())
                        .filter(j -> !j.terbatas() || pr.disiplinTerlihat())
                        .toList());
        model.addAttribute(
                "namaGolongan",
                Arrays.stream(Golongan.values())
                        .collect(java.util.stream.Collectors.toMap(Golongan::kode, Golongan::lengkap)));
        if (pengelola) {
            if (!model.containsAttribute("riwayatForm")) {
                model.addAttribute("riwayatForm", new RiwayatForm());
            }
            model.addAttribute("daftarGolongan", Golongan.values());
            model.addAttribute("daftarGolonganPppk", id.aparatur.shared.GolonganPppk.values());
            model.addAttribute("daftarTingkat", TingkatPendidikan.values());
            model.addAttribute("daftarTingkatHukuman", TINGKAT_HUKUMAN);
            model.addAttribute("semuaJenisRiwayat", JenisRiwayat.values());
        }
        if (pr.pribadiTerlihat() && !model.containsAttribute("koreksiForm")) {
            model.addAttribute("koreksiForm", new KoreksiForm());
        }
        model.addAttribute("isianKoreksi", PengelolaanProfil.ISIAN_KOREKSI);
    }

    private static void tolak(
            BindingResult hasil,
            ValidasiException e,
            @Nullable Set<String> isian,
            java.util.function.Function<String, String> peta) {
        for (ValidasiException.Galat g : e.galat()) {
            String f = peta.apply(g.field());
            if (!f.isEmpty() && (isian == null || isian.contains(f))) {
                hasil.rejectValue(f, g.kodePesan());
            } else {
                hasil.reject(g.kodePesan());
            }
        }
    }

    private List<String> pesanGalat(ValidasiException e, Locale locale) {
        return e.galat().stream()
                .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale))
                .distinct()
                .toList();
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
