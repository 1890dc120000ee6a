package id.aparatur.seleksi.web;

import id.aparatur.seleksi.application.PengelolaanSeleksi;
import id.aparatur.seleksi.application.SeleksiQuery;
import id.aparatur.seleksi.application.SeleksiQuery.HalamanRinci;
import id.aparatur.seleksi.domain.AturanPilihanPpk;
import id.aparatur.seleksi.domain.JadwalTahap;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.PeranPansel;
import id.aparatur.seleksi.domain.SeleksiTerbuka;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.TahapSeleksi;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the seleksi terbuka JPT: the list, "Buka seleksi terbuka" (also reached from the cascade with
 * {@code ?jabatan=}), and one selection with its timeline, weights, pansel, applicants with scores and the live
 * ranking, "Ajukan tiga nama" (BKD) and "Tetapkan pilihan" (PPK). Each form posts, the service decides, and the page
 * comes back with a message; on an error the entries are kept.
 */
@Controller
class SeleksiController {

    private static final String AKAR = "/seleksi-terbuka";

    private final SeleksiQuery query;
    private final PengelolaanSeleksi pengelolaan;
    private final MessageSource pesan;

    SeleksiController(SeleksiQuery query, PengelolaanSeleksi pengelolaan, MessageSource pesan) {
        this.query = query;
        this.pengelolaan = pengelolaan;
        this.pesan = pesan;
    }

    @GetMapping(AKAR)
    String daftar(Model model) {
        model.addAttribute("daftar", query.daftar());
        return "seleksi/daftar";
    }

    @GetMapping(AKAR + "/baru")
    String baru(@RequestParam(required = false) @Nullable Long jabatan, Model model) {
        model.addAttribute("isian", Map.of("jabatanId", jabatan == null ? "" : String.valueOf(jabatan)));
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("daftarJabatan", query.jabatanJpt());
        model.addAttribute("aturanBobot", pengelolaan.aturanBobot());
        return "seleksi/form";
    }

    @PostMapping(AKAR)
    String buat(HttpServletRequest req, Model model, Locale locale) {
        Map<String, String> isian = isian(req);
        try {
            long id = pengelolaan
                    .buat(
                            angka(isian.get("jabatanId")),
                            isian.get("nama"),
                            desimal(isian, "bobotMakalah"),
                            desimal(isian, "bobotKompetensi"),
                            desimal(isian, "bobotWawancara"),
                            desimal(isian, "bobotRekamJejak"))
                    .id();
            return "redirect:" + AKAR + "/" + id;
        } catch (ValidasiException e) {
            model.addAttribute("galat", pesanGalat(e, locale));
            model.addAttribute("isian", isian);
        } catch (KonflikException e) {
            model.addAttribute("galat", List.of(teks(e.kodePesan(), locale)));
            model.addAttribute("isian", isian);
        }
        return form(model);
    }

    @GetMapping(AKAR + "/{id}")
    String rinci(@PathVariable long id, Model model) {
        HalamanRinci h = query.halamanRinci(id);
        model.addAttribute("s", h.seleksi());
        model.addAttribute("bkd", h.bkd());
        model.addAttribute("ppk", h.ppk());
        model.addAttribute("aturanBobot", pengelolaan.aturanBobot());
        model.addAttribute("syarat", query.syarat(h.seleksi()));
        model.addAttribute("daftarPeran", PeranPansel.values());
        model.addAttribute("daftarKomponen", KomponenNilai.values());
        model.addAttribute("alasanMinimal", AturanPilihanPpk.PANJANG_ALASAN_MINIMAL);
        model.addAttribute("catatanMinimal", SeleksiTerbuka.PANJANG_CATATAN_MINIMAL);
        if (!model.containsAttribute("isian")) {
            model.addAttribute("isian", Map.of());
            model.addAttribute("formGagal", "");
        }
        return "seleksi/rinci";
    }

    @PostMapping(AKAR + "/{id}/bobot")
    String bobot(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(
                id,
                "bobot",
                i,
                r,
                l,
                () -> pengelolaan.ubahBobot(
                        id,
                        desimal(i, "bobotMakalah"),
                        desimal(i, "bobotKompetensi"),
                        desimal(i, "bobotWawancara"),
                        desimal(i, "bobotRekamJejak")));
    }

    @PostMapping(AKAR + "/{id}/jadwal")
    String jadwal(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(id, "jadwal", i, r, l, () -> {
            Map<TahapSeleksi, JadwalTahap> j = new EnumMap<>(TahapSeleksi.class);
            for (TahapSeleksi t : TahapSeleksi.values()) {
                j.put(t, new JadwalTahap(tanggal(i, "mulai_" + t.name()), tanggal(i, "selesai_" + t.name())));
            }
            pengelolaan.ubahJadwal(id, j);
        });
    }

    @PostMapping(AKAR + "/{id}/pansel")
    String pansel(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(
                id,
                "pansel",
                i,
                r,
                l,
                () -> pengelolaan.tambahPansel(
                        id,
                        i.get("nama"),
                        i.get("peran") == null || i.get("peran").isBlank() ? null : PeranPansel.valueOf(i.get("peran")),
                        i.get("unsur")));
    }

    @PostMapping(AKAR + "/{id}/pansel/{anggota}/nonaktifkan")
    String nonaktifkanPansel(@PathVariable long id, @PathVariable long anggota, RedirectAttributes r, Locale l) {
        return aksi(id, "pansel", Map.of(), r, l, () -> pengelolaan.nonaktifkanPansel(id, anggota));
    }

    @PostMapping(AKAR + "/{id}/lanjutkan")
    String lanjutkan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String dari,
            RedirectAttributes r,
            Locale l) {
        // The stage the page showed; an unknown (tampered) value closes nothing.
        StatusSeleksi tahap = dari == null || dari.isBlank()
                ? null
                : java.util.Arrays.stream(StatusSeleksi.values())
                        .filter(x -> x.name().equals(dari.strip()))
                        .findFirst()
                        .orElse(StatusSeleksi.DIBATALKAN);
        return aksi(id, "lanjutkan", Map.of(), r, l, () -> pengelolaan.lanjutkan(id, tahap));
    }

    @PostMapping(AKAR + "/{id}/peserta")
    String peserta(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(
                id,
                "peserta",
                i,
                r,
                l,
                () -> pengelolaan.daftarkanPeserta(id, i.get("nip"), i.get("nama"), i.get("instansiAsal")));
    }

    @PostMapping(AKAR + "/{id}/peserta/{peserta}/administrasi")
    String administrasi(
            @PathVariable long id, @PathVariable long peserta, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(
                id,
                "administrasi-" + peserta,
                i,
                r,
                l,
                () -> pengelolaan.catatAdministrasi(
                        id,
                        peserta,
                        i.get("lulus") == null || i.get("lulus").isBlank() ? null : Boolean.valueOf(i.get("lulus")),
                        i.get("alasan")));
    }

    @PostMapping(AKAR + "/{id}/peserta/{peserta}/nilai")
    String nilai(
            @PathVariable long id, @PathVariable long peserta, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(id, "nilai-" + peserta, i, r, l, () -> {
            Map<KomponenNilai, BigDecimal> n = new EnumMap<>(KomponenNilai.class);
            for (KomponenNilai k : KomponenNilai.values()) {
                BigDecimal v = desimal(i, "nilai." + k.name());
                if (v != null) {
                    n.put(k, v);
                }
            }
            pengelolaan.catatNilai(id, peserta, n);
        });
    }

    @PostMapping(AKAR + "/{id}/peserta/{peserta}/mundur")
    String mundur(
            @PathVariable long id, @PathVariable long peserta, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(id, "mundur-" + peserta, i, r, l, () -> pengelolaan.mundurkan(id, peserta, i.get("alasan")));
    }

    @PostMapping(AKAR + "/{id}/ajukan")
    String ajukan(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(id, "ajukan", i, r, l, () -> pengelolaan.ajukan(id, i.get("catatan")));
    }

    @PostMapping(AKAR + "/{id}/tetapkan")
    String tetapkan(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(
                id, "tetapkan", i, r, l, () -> pengelolaan.tetapkan(id, angka(i.get("pesertaId")), i.get("alasan")));
    }

    @PostMapping(AKAR + "/{id}/batalkan")
    String batalkan(@PathVariable long id, HttpServletRequest req, RedirectAttributes r, Locale l) {
        Map<String, String> i = isian(req);
        return aksi(id, "batalkan", i, r, l, () -> pengelolaan.batalkan(id, i.get("alasan")));
    }

    /** Runs one use case; on a refused entry the message and the entries go back to the page. */
    private String aksi(
            long id, String formulir, Map<String, String> isian, RedirectAttributes r, Locale l, Runnable kerja) {
        try {
            kerja.run();
            r.addFlashAttribute("pesan", teks("umum.tersimpan", l));
        } catch (ValidasiException e) {
            gagal(r, formulir, isian, pesanGalat(e, l));
        } catch (KonflikException e) {
            gagal(r, formulir, isian, List.of(teks(e.kodePesan(), l)));
        }
        return "redirect:" + AKAR + "/" + id;
    }

    private static void gagal(RedirectAttributes r, String formulir, Map<String, String> isian, List<String> galat) {
        r.addFlashAttribute("galat", galat);
        r.addFlashAttribute("isian", isian);
        r.addFlashAttribute("formGagal", formulir);
    }

    private static Map<String, String> isian(HttpServletRequest req) {
        Map<String, String> m = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!k.startsWith("_") && v.length > 0) {
                m.put(k, v[0]);
            }
        });
        return m;
    }

    /** A number field: empty = missing; not a number = a validation error on that field. */
    private static @Nullable BigDecimal desimal(Map<String, String> isian, String nama) {
        String v = isian.get(nama);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidasiException(nama, "seleksi.isian.bukan-angka");
        }
    }

    private static @Nullable Long angka(@Nullable String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw new ValidasiException("pesertaId", "seleksi.isian.bukan-angka");
        }
    }

    private static @Nullable LocalDate tanggal(Map<String, String> isian, String nama) {
        String v = isian.get(nama);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ValidasiException(nama, "seleksi.isian.bukan-tanggal");
        }
    }

    private List<String> pesanGalat(ValidasiException e, Locale l) {
        return e.galat().stream()
                .map(g -> label(g.field(), l) + ": " + teks(g.kodePesan(), l))
                .distinct()
                .toList();
    }

    /** The label of a field: {@code seleksi.isian.<field>}, for nested fields the last part, else the field itself. */
    private String label(String field, Locale l) {
        String kode = "seleksi.isian." + field;
        String t = pesan.getMessage(kode, null, null, l);
        if (t == null && field.contains(".")) {
            t = pesan.getMessage("seleksi.isian." + field.substring(field.lastIndexOf('.') + 1), null, null, l);
        }
        return t == null ? field : t;
    }

    private String teks(String kode, Locale l) {
        return pesan.getMessage(kode, null, kode, l);
    }
}
