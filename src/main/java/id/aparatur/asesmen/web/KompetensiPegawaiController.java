package id.aparatur.asesmen.web;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.asesmen.application.Asesmen;
import id.aparatur.asesmen.application.AsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery;
import id.aparatur.asesmen.application.HalamanAsesmenQuery.PegawaiAsesmen;
import id.aparatur.asesmen.application.PencatatanAsesmen;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.StandarKompetensiJabatan;
import id.aparatur.organisasi.StrukturOrganisasi;
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
import org.springframework.security.access.AccessDeniedException;
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
    private static final int MAKS_CATATAN = 4000;
    private static final int MAKS_BUKTI = 500;
    private static final int MAKS_ALASAN = 500;

    /** A current level with the measurement it comes from. */
    public record LevelTampil(String kode, String nama, int level, LocalDate tanggal, @Nullable SumberAsesmen sumber) {}

    /** An assessment as the list shows it. */
    public record AsesmenTampil(Asesmen a, List<Map.Entry<String, Integer>> level, ZonedDateTime dicatatPada,
            @Nullable ZonedDateTime dibatalkanPada, boolean bolehBatal, @Nullable String buktiUrl) {}

    /** A row of the recording form with what the form shows next to it. */
    public record BarisTampil(int indeks, AsesmenForm.Baris baris, @Nullable String nama, @Nullable Integer standar,
            @Nullable Integer saatIni) {}

    /** What the signed-in user may do on this employee. */
    public record Hak(boolean catat, boolean semuaSumber, boolean batalSemua, boolean batalMiliknya, String username) {

        public boolean bolehBatal(Asesmen a) {
            return a.berlaku() && (batalSemua || (batalMiliknya && a.dicatatOleh().equals(username)));
        }
    }

    private final AsesmenQuery query;
    private final HalamanAsesmenQuery halaman;
    private final PencatatanAsesmen pencatatan;
    private final KamusKompetensi kamus;
    private final StrukturOrganisasi organisasi;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    KompetensiPegawaiController(AsesmenQuery query, HalamanAsesmenQuery halaman, PencatatanAsesmen pencatatan,
            KamusKompetensi kamus, StrukturOrganisasi organisasi, CakupanPengguna cakupan, MessageSource pesan,
            ObjectMapper json, Clock clock) {
        this.query = query;
        this.halaman = halaman;
        this.pencatatan = pencatatan;
        this.kamus = kamus;
        this.organisasi = organisasi;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/pegawai/{nip}/kompetensi")
    String kompetensi(@PathVariable String nip, HtmxRequest htmx, Model model) {
        Cakupan c = cakupan.saatIni();
        PegawaiAsesmen p = halaman.pegawai(c, nip);
        isi(model, c, p, null);
        return htmx.isHtmxRequest() ? FRAGMEN : "asesmen/kompetensi";
    }

    @PostMapping("/pegawai/{nip}/asesmen")
    String catat(@PathVariable String nip, @ModelAttribute("asesmenForm") AsesmenForm form, BindingResult hasil,
            HtmxRequest htmx, Model model, RedirectAttributes redirect, Locale locale) {
        Cakupan c = cakupan.saatIni();
        PegawaiAsesmen p = halaman.pegawai(c, nip);
        Hak hak = hak(c, p);
        if (!hak.catat() || (!hak.semuaSumber() && form.getSumber() != null
                && form.getSumber() != SumberAsesmen.PENILAIAN_ATASAN)) {
            throw new AccessDeniedException("Hanya BKD, asesor, atau atasan (penilaian atasan)");
        }
        Galat galat = new Galat(pesan, locale);
        Map<String, Integer> level = level(form, hasil, galat);
        for (FieldError e : hasil.getFieldErrors()) {
            if (!e.getField().startsWith("baris[")) {
                galat.tambah(e.getField(), "typeMismatch");
            }
        }
        if (form.getCatatan().length() > MAKS_CATATAN) {
            galat.tambah("catatan", "asesmenui.galat.catatan-panjang");
        }
        if (form.getBukti().length() > MAKS_BUKTI) {
            galat.tambah("bukti", "asesmenui.galat.bukti-panjang");
        }
        var baru = new PencatatanAsesmen.AsesmenBaru(form.getTanggal(), form.getSumber(), form.getAsesor(),
                form.getCatatan(), form.getBukti(), level);
        Map<String, KompetensiRingkas> semua = kamus.semua();
        boolean galatLevel = galat.isian().stream().anyMatch(f -> f.startsWith("level"));
        for (ValidasiException.Galat g : PencatatanAsesmen.periksa(baru, LocalDate.now(clock), semua)) {
            if (!(galatLevel && g.field().equals("level")) && !galat.isian().contains(g.field())) {
                galat.tambah(g.field(), g.kodePesan());
            }
        }
        if (galat.kosong()) {
            try {
                pencatatan.catat(p.nip(), baru);
                String ok = pesan.getMessage("asesmenui.tersimpan", null, locale);
                if (!htmx.isHtmxRequest()) {
                    redirect.addFlashAttribute("pesan", ok);
                    return "redirect:/pegawai/" + p.nip() + "?tab=kompetensi";
                }
                model.addAttribute("pesan", ok);
                isi(model, c, p, null);
                return FRAGMEN;
            } catch (ValidasiException e) {
                e.galat().forEach(g -> galat.tambah(g.field(), g.kodePesan()));
            }
        }
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute("galat", galat.pesan());
            return "redirect:/pegawai/" + p.nip() + "?tab=kompetensi";
        }
        model.addAttribute("galat", galat.pesan());
        model.addAttribute("galatIsian", galat.isian());
        isi(model, c, p, form);
        return FRAGMEN;
    }

    @PostMapping("/pegawai/{nip}/asesmen/{id}/batalkan")
    String batalkan(@PathVariable String nip, @PathVariable long id,
            @RequestParam(required = false) @Nullable String alasan, HtmxRequest htmx, Model model,
            RedirectAttributes redirect, Locale locale) {
        Cakupan c = cakupan.saatIni();
        PegawaiAsesmen p = halaman.pegawai(c, nip);
        Galat galat = new Galat(pesan, locale);
        if (alasan != null && alasan.length() > MAKS_ALASAN) {
            galat.tambah("alasan", "asesmenui.galat.alasan-panjang");
        } else {
            try {
                pencatatan.batalkan(p.nip(), id, alasan == null ? "" : alasan);
            } catch (ValidasiException e) {
                e.galat().forEach(g -> galat.tambah(g.field(), g.kodePesan()));
            }
        }
        String kunci = galat.kosong() ? "pesan" : "galat";
        Object isiPesan = galat.kosong() ? pesan.getMessage("asesmenui.dibatalkan-pesan", null, locale) : galat.pesan();
        if (!htmx.isHtmxRequest()) {
            redirect.addFlashAttribute(kunci, isiPesan);
            return "redirect:/pegawai/" + p.nip() + "?tab=kompetensi";
        }
        model.addAttribute(kunci, isiPesan);
        isi(model, c, p, null);
        return FRAGMEN;
    }

    /** The levels the form carries, code → level; structural problems of the rows go to {@code galat}. */
    private static Map<String, Integer> level(AsesmenForm form, BindingResult hasil, Galat galat) {
        Map<String, Integer> level = new TreeMap<>();
        for (int i = 0; i < form.getBaris().size(); i++) {
            AsesmenForm.Baris b = form.getBaris().get(i);
            if (b == null) {
                continue;
            }
            String kode = b.getKode().toUpperCase(Locale.ROOT);
            String isian = "level." + kode;
            if (hasil.hasFieldErrors("baris[" + i + "].level")) {
                galat.tambah(kode.isEmpty() ? "level" : isian, "typeMismatch");
                continue;
            }
            if (kode.isEmpty()) {
                if (b.getLevel() != null) {
                    galat.tambah("level", "asesmenui.galat.kode-kosong");
                }
                continue;
            }
            if (b.getLevel() == null) {
                if (b.isTambahan()) {
                    galat.tambah(isian, "asesmenui.galat.level-kosong");
                }
                continue;
            }
            if (level.containsKey(kode)) {
                galat.tambah(isian, "asesmenui.galat.kode-ganda");
            } else {
                level.put(kode, b.getLevel());
            }
        }
        return level;
    }

    private Hak hak(Cakupan c, PegawaiAsesmen p) {
        boolean semua = c.punya(Peran.ADMIN_BKD) || c.punya(Peran.ASESOR);
        boolean atasan = c.punya(Peran.ATASAN) && (c.nip() == null || !p.nip().equals(c.nip().trim()));
        return new Hak(semua || atasan, semua, c.punya(Peran.ADMIN_BKD), c.punya(Peran.ASESOR), c.username());
    }

    private void isi(Model model, Cakupan c, PegawaiAsesmen p, @Nullable AsesmenForm form) {
        LocalDate hariIni = LocalDate.now(clock);
        Map<String, KompetensiRingkas> kamusSemua = kamus.semua();
        Hak hak = hak(c, p);
        List<Asesmen> riwayat = query.riwayat(c, p.nip());
        Map<Long, Asesmen> perId = riwayat.stream().collect(Collectors.toMap(Asesmen::id, Function.identity()));
        List<AsesmenQuery.LevelTerkini> terkini = query.levelTerkini(c, p.nip());
        Map<String, Integer> levelSaatIni = terkini.stream()
                .collect(Collectors.toMap(AsesmenQuery.LevelTerkini::kode, AsesmenQuery.LevelTerkini::level));
        model.addAttribute("p", p);
        model.addAttribute("hak", hak);
        model.addAttribute("levelTerkini", terkini.stream().map(l -> new LevelTampil(l.kode(), l.nama(), l.level(),
                l.tanggal(), perId.containsKey(l.asesmenId()) ? perId.get(l.asesmenId()).sumber() : null)).toList());
        model.addAttribute("riwayat", riwayat.stream().map(a -> new AsesmenTampil(a,
                List.copyOf(new TreeMap<>(a.level()).entrySet()), a.dicatatPada().atZoneSameInstant(clock.getZone()),
                a.dibatalkanPada() == null ? null : a.dibatalkanPada().atZoneSameInstant(clock.getZone()),
                hak.bolehBatal(a), tautan(a.bukti()))).toList());
        model.addAttribute("namaKompetensi", kamusSemua.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().nama())));
        List<Seri> seri = seri(riwayat, kamusSemua);
        model.addAttribute("seri", seri);
        model.addAttribute("grafikRiwayat", json.writeValueAsString(Map.of("hariIni", hariIni.toString(), "seri", seri)));
        if (hak.catat()) {
            List<StandarKompetensiJabatan> skj = p.jabatanId() == null ? List.of()
                    : organisasi.standarKompetensi(p.jabatanId());
            Map<String, Integer> standar = new LinkedHashMap<>();
            skj.forEach(s -> standar.put(s.kode(), s.level()));
            AsesmenForm f = form == null ? formBaru(hariIni, hak, standar.keySet()) : form;
            List<BarisTampil> baris = new ArrayList<>();
            for (int i = 0; i < f.getBaris().size(); i++) {
                AsesmenForm.Baris b = f.getBaris().get(i) == null ? new AsesmenForm.Baris("", true) : f.getBaris().get(i);
                String kode = b.getKode().toUpperCase(Locale.ROOT);
                KompetensiRingkas k = kamusSemua.get(kode);
                baris.add(new BarisTampil(i, b, k == null ? null : k.nama(), standar.get(kode), levelSaatIni.get(kode)));
            }
            model.addAttribute("asesmenForm", f);
            model.addAttribute("barisForm", baris);
            model.addAttribute("daftarSumber", hak.semuaSumber() ? Arrays.asList(SumberAsesmen.values())
                    : List.of(SumberAsesmen.PENILAIAN_ATASAN));
            model.addAttribute("kompetensiBerlaku", kamus.berlaku(hariIni));
            model.addAttribute("hariIni", hariIni);
        }
        if (!model.containsAttribute("galatIsian")) {
            model.addAttribute("galatIsian", Set.of());
        }
    }

    private static AsesmenForm formBaru(LocalDate hariIni, Hak hak, Set<String> skj) {
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
        riwayat.stream().filter(Asesmen::berlaku)
                .sorted(Comparator.comparing(Asesmen::tanggal).thenComparingLong(Asesmen::id))
                .forEach(a -> a.level().forEach((kode, level) ->
                        perKode.computeIfAbsent(kode, k -> new LinkedHashMap<>()).put(a.tanggal(), level)));
        List<Seri> hasil = new ArrayList<>();
        perKode.forEach((kode, titik) -> hasil.add(new Seri(kode,
                kamus.containsKey(kode) ? kamus.get(kode).nama() : kode,
                titik.entrySet().stream().map(e -> List.<Object>of(e.getKey().toString(), e.getValue())).toList())));
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
            daftar.add(label == null ? teks : pesan.getMessage("asesmenui.galat.isian", new Object[] {label, teks},
                    locale));
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
