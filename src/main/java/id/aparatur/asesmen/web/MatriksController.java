package id.aparatur.asesmen.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.asesmen.application.MatriksQuery;
import id.aparatur.asesmen.application.MatriksQuery.Baris;
import id.aparatur.asesmen.application.MatriksQuery.Filter;
import id.aparatur.asesmen.application.MatriksQuery.HalamanMatriks;
import id.aparatur.asesmen.application.MatriksQuery.Kolom;
import id.aparatur.asesmen.application.MatriksQuery.Matriks;
import id.aparatur.asesmen.application.MatriksQuery.Pilihan;
import id.aparatur.asesmen.application.MatriksQuery.Sel;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Nip;
import id.aparatur.sistem.ExcelEkspor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * The skill matrix page: employees × competencies of an OPD, unit or jabatan, 50 rows a page, with the per-competency
 * summary and the JPM distribution over the whole selection, and its XLSX export. Who may see it and what is
 * selected is the rule of {@link MatriksQuery} (the API applies the same); this controller only shapes the heat map.
 */
@Controller
class MatriksController {

    /** A heat-map cell: the text "saat ini/standar" and its CSS classes. */
    public record SelTampil(String teks, String kelas) {}

    /** A heat-map row. */
    public record BarisTampil(Baris baris, String nipTerformat, List<SelTampil> sel) {}

    private final MatriksQuery matriks;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    MatriksController(
            MatriksQuery matriks, CakupanPengguna cakupan, MessageSource pesan, ObjectMapper json, Clock clock) {
        this.matriks = matriks;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/matriks-kompetensi")
    String matriks(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan,
            @RequestParam(required = false) @Nullable Integer page,
            Model model,
            Locale locale) {
        HalamanMatriks h = matriks.halaman(cakupan.saatIni(), new Filter(opd, unit, jabatan), page);
        model.addAttribute("f", h.pilihan().filter());
        pilihan(model, h.pilihan());
        Matriks m = h.matriks();
        if (m == null) {
            model.addAttribute("pilihFilter", true);
            return "asesmen/matriks";
        }
        model.addAttribute("m", m);
        model.addAttribute("halaman", Halaman.of(m.baris(), m.nomor(), m.ukuran(), m.jumlahPegawai()));
        model.addAttribute(
                "barisTampil",
                m.baris().stream()
                        .map(b -> new BarisTampil(
                                b,
                                terformat(b.nip()),
                                m.kolom().stream()
                                        .map(k -> sel(b.sel().get(k.kode())))
                                        .toList()))
                        .toList());
        List<Map<String, Object>> kategori = new ArrayList<>();
        for (KategoriJpm k : KategoriJpm.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kode", k.name());
            x.put("label", pesan.getMessage("asesmenui.kategori." + k.name(), null, locale));
            x.put("jumlah", m.distribusi().getOrDefault(k, 0L));
            kategori.add(x);
        }
        model.addAttribute("grafikDistribusi", json.writeValueAsString(Map.of("kategori", kategori)));
        model.addAttribute(
                "jumlahDenganSkj",
                m.distribusi().values().stream().mapToLong(Long::longValue).sum());
        return "asesmen/matriks";
    }

    /** htmx: the unit and jabatan selects for the chosen OPD (and unit). */
    @GetMapping("/matriks-kompetensi/pilihan")
    String pilihan(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan,
            Model model) {
        pilihan(model, matriks.pilihan(cakupan.saatIni(), new Filter(opd, unit, jabatan)));
        return "asesmen/matriks :: pilihan";
    }

    @GetMapping("/matriks-kompetensi/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan,
            Locale locale) {
        List<String> kepala = new ArrayList<>(Arrays.asList(
                teks("asesmenui.ekspor.nip", locale),
                teks("asesmenui.ekspor.nama", locale),
                teks("asesmenui.ekspor.jabatan", locale),
                teks("asesmenui.ekspor.kelas", locale),
                teks("asesmenui.ekspor.jpm", locale),
                teks("asesmenui.ekspor.kategori", locale)));
        Map<KategoriJpm, String> labelKategori = new HashMap<>();
        for (KategoriJpm k : KategoriJpm.values()) {
            labelKategori.put(k, teks("asesmenui.kategori." + k.name(), locale));
        }
        // Cell texts repeat ("3/4"): one String each, so a 60,000-row export stays small in memory.
        Map<String, String> teksSel = new HashMap<>();
        List<List<?>> baris = new ArrayList<>();
        matriks.ekspor(cakupan.saatIni(), new Filter(opd, unit, jabatan), kolom -> {
            kolom.forEach(k -> kepala.add(k.kode() + " " + k.nama()));
            return b -> {
                List<Object> r = new ArrayList<>(6 + kolom.size());
                r.add(b.nip());
                r.add(b.nama());
                r.add(b.jabatanNama());
                r.add(b.kelas());
                r.add(b.jpm());
                r.add(b.kategori() == null ? null : labelKategori.get(b.kategori()));
                for (Kolom k : kolom) {
                    String t = teksEkspor(b.sel().get(k.kode()));
                    r.add(t == null ? null : teksSel.computeIfAbsent(t, x -> x));
                }
                baris.add(r);
            };
        });
        return ExcelEkspor.unduh(
                "matriks-kompetensi", LocalDate.now(clock), teks("asesmenui.matriks.judul", locale), kepala, baris);
    }

    private static void pilihan(Model model, Pilihan p) {
        model.addAttribute("daftarOpd", p.daftarOpd());
        model.addAttribute("opdTerpilih", p.filter().opd());
        model.addAttribute("unitTerpilih", p.unitTerpilih());
        model.addAttribute("jabatanTerpilih", p.jabatanTerpilih());
        model.addAttribute("daftarUnit", p.unit());
        model.addAttribute("daftarJabatan", p.jabatan());
        model.addAttribute("jabatanTerlaluBanyak", p.jabatanTerlaluBanyak());
    }

    static SelTampil sel(@Nullable Sel s) {
        if (s == null) {
            return new SelTampil("", "sel-tidak-wajib table-secondary");
        }
        if (s.levelStandar() == null) {
            return new SelTampil(
                    String.valueOf(s.levelSaatIni()), "sel-tidak-wajib table-secondary text-body-tertiary");
        }
        if (s.levelSaatIni() == null) {
            return new SelTampil("–/" + s.levelStandar(), "sel-belum-diukur text-danger border border-2 border-danger");
        }
        int d = s.levelSaatIni() - s.levelStandar();
        String kelas = d >= 0
                ? "sel-memenuhi table-success"
                : d == -1 ? "sel-kurang-1 table-warning" : "sel-kurang-2 table-danger";
        return new SelTampil(s.levelSaatIni() + "/" + s.levelStandar(), kelas);
    }

    static @Nullable String teksEkspor(@Nullable Sel s) {
        if (s == null) {
            return null;
        }
        return (s.levelSaatIni() == null ? "–" : String.valueOf(s.levelSaatIni())) + "/"
                + (s.levelStandar() == null ? "–" : String.valueOf(s.levelStandar()));
    }

    private static String terformat(String nip) {
        try {
            return Nip.dari(nip).terformat();
        } catch (RuntimeException e) {
            return nip;
        }
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
