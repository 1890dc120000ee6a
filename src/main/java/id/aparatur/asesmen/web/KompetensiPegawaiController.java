package id.aparatur.asesmen.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.asesmen.application.Asesmen;
import id.aparatur.asesmen.application.AsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery;
import id.aparatur.asesmen.application.PencatatanAsesmen;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.shared.ValidasiException;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * The "Kompetensi" tab of the employee profile: current levels, their history as a chart, every assessment (cancelled
 * ones struck through), and the forms to record and cancel assessments. Answers an htmx fragment (the profile page
 * loads it into its tab); opened directly, the same content comes inside the layout.
 */
@Controller
class KompetensiPegawaiController {

    static final String FRAGMEN = "asesmen/kompetensi :: kompetensi";

    /** A current level with the measurement it comes from. */
    public record LevelTampil(
            String kode,
            String nama,
            int level,
            LocalDate tanggal,
            @Nullable SumberAsesmen sumber) {}

    /** An assessment as the list shows it. */
    public record AsesmenTampil(
            Asesmen a,
            List<Map.Entry<String, Integer>> level,
            ZonedDateTime dicatatPada,
            @Nullable ZonedDateTime dibatalkanPada,
            boolean bolehBatal,
            @Nullable String buktiUrl) {}

    /** A row of the recording form with what the form shows next to it. */
    public record BarisTampil(
            int indeks,
            AsesmenForm.Baris baris,
            @Nullable String nama,
            @Nullable Integer standar,
            @Nullable Integer saatIni) {}

    private final HalamanAsesmenQuery halaman;
    private final PencatatanAsesmen pencatatan;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    KompetensiPegawaiController(
            HalamanAsesmenQuery halaman,
            PencatatanAsesmen pencatatan,
            CakupanPengguna cakupan,
            MessageSource pesan,
            ObjectMapper json,
            Clock clock) {
        this.halaman = halaman;
        this.pencatatan = pencatatan;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/pegawai/{nip}/kompetensi")
    String kompetensi(@PathVariable String nip, HtmxRequest htmx, Model model) {
        isi(model, halaman.tabKompetensi(cakupan.saatIni(), nip), null);
        return htmx.isHtmxRequest() ? FRAGMEN : "asesmen/kompetensi";
    }

    @PostMapping("/pegawai/{nip}/asesmen")
    String catat(
            @PathVariable String nip,
            @ModelAttribute("asesmenForm") AsesmenForm form,
            BindingResult hasil,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Galat galat = new Galat(pesan, locale);
        List<ValidasiException.Galat> masukan = new ArrayList<>(level(form, hasil));
        for (FieldError e : hasil.getFieldErrors()) {
            if (!e.getField().startsWith("baris[")) {
                masukan.add(new ValidasiException.Galat(e.getField(), "typeMismatch"));
            }
        }
        Map<String, Integer> level = new TreeMap<>();
        form.getBaris().stream()
                .filter(b -> b != null && !b.getKode().isEmpty() && b.getLevel() != null)
                .forEach(b -> level.putIfAbsent(b.getKode().toUpperCase(Locale.ROOT), b.getLevel()));
        var baru = new PencatatanAsesmen.AsesmenBaru(
                form.getTanggal(), form.getSumber(), form.getAsesor(), form.getCatatan(), form.getBukti(), level);
        try {
            pencatatan.catat(nip, baru, masukan);
            String ok = pesan.getMessage("asesmenui.tersimpan", null, locale);
            if (!htmx.isHtmxRequest()) {
                redirect.addFlashAttribute("pesan", ok);
                return "redirect:/pegawai/" + nip + "?tab=kompetensi";
            }
            model.addAttribute("pesan", ok);
            isi(model, halaman.tabKompetensi(cakupan.saatIni(), nip), null);
            return FRAGMEN;
        } catch (ValidasiException e) {
            e.galat().forEach(g -> galat.tambah(g.field(), g.kodePesan()));
        }
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute("galat", galat.pesan());
            return "redirect:/pegawai/" + nip + "?tab=kompetensi";
        }
        model.addAttribute("galat", galat.pesan());
        model.addAttribute("galatIsian", galat.isian());
        isi(model, halaman.tabKompetensi(cakupan.saatIni(), nip), form);
        return FRAGMEN;
    }

    @PostMapping("/pegawai/{nip}/asesmen/{id}/batalkan")
    String batalkan(
            @PathVariable String nip,
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String alasan,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Galat galat = new Galat(pesan, locale);
        try {
            pencatatan.batalkan(nip, id, alasan == null ? "" : alasan);
        } catch (ValidasiException e) {
            e.galat().forEach(g -> galat.tambah(g.field(), g.kodePesan()));
        }
        String kunci = galat.kosong() ? "pesan" : "galat";
        Object isiPesan = galat.kosong() ? pesan.getMessage("asesmenui.dibatalkan-pesan", null, locale) : galat.pesan();
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute(kunci, isiPesan);
            return "redirect:/pegawai/" + nip + "?tab=kompetensi";
        }
        model.addAttribute(kunci, isiPesan);
        isi(model, halaman.tabKompetensi(cakupan.saatIni(), nip), null);
        return FRAGMEN;
    }

    /**
     * What the form's level rows break before any rule applies: an unreadable level, a level without a code, a code
     * without a level in an added row, a code twice.
     */
    private static List<ValidasiException.Galat> level(AsesmenForm form, BindingResult hasil) {
        List<ValidasiException.Galat> galat = new ArrayList<>();
        Set<String> dilihat = new LinkedHashSet<>();
        for (int i = 0; i < form.getBaris().size(); i++) {
            AsesmenForm.Baris b = form.getBaris().get(i);
            if (b == null) {
                continue;
            }
            String kode = b.getKode().toUpperCase(Locale.ROOT);
            String isian = "level." + kode;
            if (hasil.hasFieldErrors("baris[" + i + "].level")) {
                galat.add(new ValidasiException.Galat(kode.isEmpty() ? "level" : isian, "typeMismatch"));
                continue;
            }
            if (kode.isEmpty()) {
                if (b.getLevel() != null) {
                    galat.add(new ValidasiException.Galat("level", "asesmenui.galat.kode-kosong"));
                }
                continue;
            }
            if (b.getLevel() == null) {
                if (b.isTambahan()) {
                    galat.add(new ValidasiException.Galat(isian, "asesmenui.galat.level-kosong"));
                }
                continue;
            }
            if (!dilihat.add(kode)) {
                galat.add(new ValidasiException.Galat(isian, "asesmenui.galat.kode-ganda"));
            }
        }
        return galat;
    }

    private void isi(Model model, HalamanAsesmenQuery.TabKompetensi t, @Nullable AsesmenForm form) {
        Map<String, KompetensiRingkas> kamusSemua = t.kamus();
        PencatatanAsesmen.Hak hak = t.hak();
        List<Asesmen> riwayat = t.riwayat();
        Map<Long, Asesmen> perId = riwayat.stream().collect(Collectors.toMap(Asesmen::id, Function.identity()));
        Map<String, Integer> levelSaatIni = t.levelTerkini().stream()
                .collect(Collectors.toMap(AsesmenQuery.LevelTerkini::kode, AsesmenQuery.LevelTerkini::level));
        model.addAttribute("p", t.pegawai());
        model.addAttribute("hak", hak);
        model.addAttribute(
                "levelTerkini",
                t.levelTerkini().stream()
                        .map(l -> new LevelTampil(
                                l.kode(),
                                l.nama(),
                                l.level(),
                                l.tanggal(),
                                perId.containsKey(l.asesmenId())
                                        ? perId.get(l.asesmenId()).sumber()
                                        : null))
                        .toList());
        model.addAttribute(
                "riwayat",
                riwayat.stream()
                        .map(a -> new AsesmenTampil(
                                a,
                                List.copyOf(new TreeMap<>(a.level()).entrySet()),
                                a.dicatatPada().atZoneSameInstant(clock.getZone()),
                                a.dibatalkanPada() == null
                                        ? null
                                        : a.dibatalkanPada().atZoneSameInstant(clock.getZone()),
                                hak.bolehBatal(a),
                                tautan(a.bukti())))
                        .toList());
        model.addAttribute(
                "namaKompetensi",
                kamusSemua.entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().nama())));
        List<Seri> seri = seri(riwayat, kamusSemua);
        model.addAttribute("seri", seri);
        model.addAttribute(
                "grafikRiwayat",
                json.writeValueAsString(Map.of("hariIni", t.hariIni().toString(), "seri", seri)));
        if (hak.catat()) {
            Map<String, Integer> standar = t.standar();
            AsesmenForm f = form == null ? formBaru(t.hariIni(), hak, standar.keySet()) : form;
            List<BarisTampil> baris = new ArrayList<>();
            for (int i = 0; i < f.getBaris().size(); i++) {
                AsesmenForm.Baris b = f.getBaris().get(i) == null
                        ? new AsesmenForm.Baris("", true)
                        : f.getBaris().get(i);
                String kode = b.getKode().toUpperCase(Locale.ROOT);
                KompetensiRingkas k = kamusSemua.get(kode);
                baris.add(
                        new BarisTampil(i, b, k == null ? null : k.nama(), standar.get(kode), levelSaatIni.get(kode)));
            }
            model.addAttribute("asesmenForm", f);
            model.addAttribute("barisForm", baris);
            model.addAttribute(
                    "daftarSumber",
                    hak.semuaSumber()
                            ? Arrays.asList(SumberAsesmen.values())
                            : List.of(SumberAsesmen.PENILAIAN_ATASAN));
            model.addAttribute("kompetensiBerlaku", t.kompetensiBerlaku());
            model.addAttribute("hariIni", t.hariIni());
        }
        if (!model.containsAttribute("galatIsian")) {
            model.addAttribute("galatIsian", Set.of());
        }
    }

    private static AsesmenForm formBaru(LocalDate hariIni, PencatatanAsesmen.Hak hak, Set<String> skj) {
        AsesmenForm f = new AsesmenForm();
        f.setTanggal(hariIni);
        if (!hak.semuaSumber()) {
            f.setSumber(SumberAsesmen.PENILAIAN_ATASAN);
        }
        skj.forEach(k -> f.getBaris().add(new AsesmenForm.Baris(k, false)));
        f.getBaris().add(new AsesmenForm.Baris("", true));
        return f;
    }

    /** One chart series: the valid measurements of one competency, oldest first, one point per date. */
    public record Seri(String kode, String nama, List<List<Object>> data) {}

    static List<Seri> seri(List<Asesmen> riwayat, Map<String, KompetensiRingkas> kamus) {
        Map<String, Map<LocalDate, Integer>> perKode = new TreeMap<>();
        riwayat.stream()
                .filter(Asesmen::berlaku)
                .sorted(Comparator.comparing(Asesmen::tanggal).thenComparingLong(Asesmen::id))
                .forEach(a -> a.level()
                        .forEach((kode, level) -> perKode.computeIfAbsent(kode, k -> new LinkedHashMap<>())
                                .put(a.tanggal(), level)));
        List<Seri> hasil = new ArrayList<>();
        perKode.forEach((kode, titik) -> hasil.add(new Seri(
                kode,
                kamus.containsKey(kode) ? kamus.get(kode).nama() : kode,
                titik.entrySet().stream()
                        .map(e -> List.<Object>of(e.getKey().toString(), e.getValue()))
                        .toList())));
        return hasil;
    }

    /** Evidence is linked only when it is an http(s) address; anything else is shown as text. */
    static @Nullable String tautan(@Nullable String bukti) {
        if (bukti == null) {
            return null;
        }
        String b = bukti.trim();
        return b.matches("(?i)https?://\\S+") ? b : null;
    }

    /** Error messages ("Isian: pesan") in the request's language and the fields they concern. */
    static final class Galat {
        private final MessageSource pesan;
        private final Locale locale;
        private final Set<String> daftar = new LinkedHashSet<>();
        private final Set<String> isian = new LinkedHashSet<>();

        Galat(MessageSource pesan, Locale locale) {
            this.pesan = pesan;
            this.locale = locale;
        }

        void tambah(String field, String kode) {
            isian.add(field);
            String label = label(field);
            String teks = pesan.getMessage(kode, null, kode, locale);
            daftar.add(
                    label == null
                            ? teks
                            : pesan.getMessage("asesmenui.galat.isian", new Object[] {label, teks}, locale));
        }

        private @Nullable String label(String field) {
            if (field.startsWith("level.")) {
                return pesan.getMessage("asesmenui.label-level", new Object[] {field.substring(6)}, locale);
            }
            return switch (field) {
                case "tanggal", "sumber", "asesor", "catatan", "bukti", "level", "alasan" ->
                    pesan.getMessage("asesmenui." + field, null, locale);
                default -> null;
            };
        }

        boolean kosong() {
            return daftar.isEmpty();
        }

        List<String> pesan() {
            return List.copyOf(daftar);
        }

        Set<String> isian() {
            return isian;
        }
    }
}
