package id.aparatur.asesmen.web;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.asesmen.application.MatriksQuery;
import id.aparatur.asesmen.application.MatriksQuery.Baris;
import id.aparatur.asesmen.application.MatriksQuery.Filter;
import id.aparatur.asesmen.application.MatriksQuery.Kolom;
import id.aparatur.asesmen.application.MatriksQuery.Matriks;
import id.aparatur.asesmen.application.MatriksQuery.Sel;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.shared.Halaman;
import id.aparatur.shared.Nip;
import id.aparatur.shared.Permintaan;
import id.aparatur.sistem.ExcelEkspor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.ObjectMapper;

/**
 * The skill matrix page: employees × competencies of an OPD, unit or jabatan, 50 rows a page, with the per-competency
 * summary and the JPM distribution over the whole selection (aggregate queries of {@link MatriksQuery}), and its XLSX
 * export. For every role but plain PEGAWAI; rows are limited to the user's scope by {@link MatriksQuery}.
 */
@Controller
class MatriksController {

    static final int UKURAN_HALAMAN = 50;
    /** More active positions than this in the selection: the jabatan filter asks for a unit first. */
    static final int MAKS_PILIHAN_JABATAN = 400;

    /** A unit option, indented by its depth in the tree. */
    public record UnitPilihan(long id, String label) {}

    /** A heat-map cell: the text "saat ini/standar" and its CSS classes. */
    public record SelTampil(String teks, String kelas) {}

    /** A heat-map row. */
    public record BarisTampil(Baris baris, String nipTerformat, List<SelTampil> sel) {}

    private final MatriksQuery matriks;
    private final StrukturOrganisasi organisasi;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final ObjectMapper json;
    private final Clock clock;

    MatriksController(MatriksQuery matriks, StrukturOrganisasi organisasi, CakupanPengguna cakupan,
            MessageSource pesan, ObjectMapper json, Clock clock) {
        this.matriks = matriks;
        this.organisasi = organisasi;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/matriks-kompetensi")
    String matriks(@RequestParam(required = false) @Nullable Long opd, @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan, @RequestParam(required = false) @Nullable Integer page,
            Model model, Locale locale) {
        Cakupan c = cakupan.saatIni();
        pastikanBoleh(c);
        Filter f = filter(c, opd, unit, jabatan);
        model.addAttribute("f", f);
        model.addAttribute("daftarOpd", organisasi.semuaOpd(c));
        pilihan(model, c, f);
        if (f.kosong()) {
            model.addAttribute("pilihFilter", true);
            return "asesmen/matriks";
        }
        Matriks m = matriks.matriks(c, f, new Permintaan(page == null ? 0 : page, UKURAN_HALAMAN));
        model.addAttribute("m", m);
        model.addAttribute("halaman", Halaman.of(m.baris(), m.nomor(), m.ukuran(), m.jumlahPegawai()));
        model.addAttribute("barisTampil", m.baris().stream().map(b -> new BarisTampil(b, terformat(b.nip()),
                m.kolom().stream().map(k -> sel(b.sel().get(k.kode()))).toList())).toList());
        List<Map<String, Object>> kategori = new ArrayList<>();
        for (KategoriJpm k : KategoriJpm.values()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kode", k.name());
            x.put("label", pesan.getMessage("asesmenui.kategori." + k.name(), null, locale));
            x.put("jumlah", m.distribusi().getOrDefault(k, 0L));
            kategori.add(x);
        }
        model.addAttribute("grafikDistribusi", json.writeValueAsString(Map.of("kategori", kategori)));
        model.addAttribute("jumlahDenganSkj", m.distribusi().values().stream().mapToLong(Long::longValue).sum());
        return "asesmen/matriks";
    }

    /** htmx: the unit and jabatan selects for the chosen OPD (and unit). */
    @GetMapping("/matriks-kompetensi/pilihan")
    String pilihan(@RequestParam(required = false) @Nullable Long opd, @RequestParam(required = false) @Nullable Long unit,
            @RequestParam(required = false) @Nullable Long jabatan, Model model) {
        Cakupan c = cakupan.saatIni();
        pastikanBoleh(c);
        pilihan(model, c, new Filter(opd, unit, jabatan));
        return "asesmen/matriks :: pilihan";
    }

    @GetMapping("/matriks-kompetensi/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(@RequestParam(required = false) @Nullable Long opd,
            @RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable Long jabatan,
            Locale locale) {
        Cakupan c = cakupan.saatIni();
        pastikanBoleh(c);
        Filter f = filter(c, opd, unit, jabatan);
        List<Kolom> kolom = matriks.matriks(c, f, new Permintaan(0, 1)).kolom();
        List<String> kepala = new ArrayList<>(Arrays.asList(teks("asesmenui.ekspor.nip", locale),
                teks("asesmenui.ekspor.nama", locale), teks("asesmenui.ekspor.jabatan", locale),
                teks("asesmenui.ekspor.kelas", locale), teks("asesmenui.ekspor.jpm", locale),
                teks("asesmenui.ekspor.kategori", locale)));
        kolom.forEach(k -> kepala.add(k.kode() + " " + k.nama()));
        Map<KategoriJpm, String> labelKategori = new HashMap<>();
        for (KategoriJpm k : KategoriJpm.values()) {
            labelKategori.put(k, teks("asesmenui.kategori." + k.name(), locale));
        }
        // Cell texts repeat ("3/4"): one String each, so a 60,000-row export stays small in memory.
        Map<String, String> teksSel = new HashMap<>();
        List<List<?>> baris = new ArrayList<>();
        matriks.semuaBaris(c, f, b -> {
            List<Object> r = new ArrayList<>(6 + kolom.size());
            r.add(b.nip());
            r.add(b.nama());
            r.add(b.jabatanNama());
            r.add(b.kelas());
            r.add(b.jpm());
            r.add(b.kategori() == null ? null : labelKategori.get(b.kategori()));
            for (Kolom k : kolom) {
                Sel s = b.sel().get(k.kode());
                String t = teksEkspor(s);
                r.add(t == null ? null : teksSel.computeIfAbsent(t, x -> x));
            }
            baris.add(r);
        });
        return ExcelEkspor.unduh("matriks-kompetensi", LocalDate.now(clock), teks("asesmenui.matriks.judul", locale),
                kepala, baris);
    }

    /** The filter of the request; without any, the OPD of a user who does not see every OPD. */
    private Filter filter(Cakupan c, @Nullable Long opd, @Nullable Long unit, @Nullable Long jabatan) {
        Long o = opd;
        if (o == null && jabatan != null) {
            o = organisasi.jabatan(jabatan).map(JabatanRingkas::opdId).orElse(null);
        }
        if (o == null && unit == null && jabatan == null && !c.semuaOpd() && c.opdId() != null) {
            o = c.opdId();
        }
        return new Filter(o, unit, jabatan);
    }

    private void pilihan(Model model, Cakupan c, Filter f) {
        List<UnitPilihan> unit = new ArrayList<>();
        List<JabatanRingkas> jabatan = new ArrayList<>();
        Long unitTerpilih = null;
        Long jabatanTerpilih = null;
        boolean jabatanTerlaluBanyak = false;
        if (f.opd() != null) {
            List<UnitRingkas> daftar = organisasi.unitOpd(c, f.opd());
            Map<Long, Integer> kedalaman = new HashMap<>();
            for (UnitRingkas u : daftar) {
                int d = u.indukId() == null ? 0 : kedalaman.getOrDefault(u.indukId(), -1) + 1;
                kedalaman.put(u.id(), d);
                unit.add(new UnitPilihan(u.id(), "\u00a0\u00a0\u00a0".repeat(Math.max(0, d)) + u.nama()));
            }
            if (f.unit() != null && kedalaman.containsKey(f.unit())) {
                unitTerpilih = f.unit();
            }
            Set<Long> subpohon = unitTerpilih == null ? null : subpohon(daftar, unitTerpilih);
            List<JabatanRingkas> aktif = organisasi.jabatanOpd(c, f.opd()).stream()
                    .filter(JabatanRingkas::aktif)
                    .filter(j -> subpohon == null || subpohon.contains(j.unitId()))
                    .sorted(Comparator.comparing(JabatanRingkas::nama).thenComparing(JabatanRingkas::kode))
                    .toList();
            Long dipilih = f.jabatan();
            if (dipilih != null && aktif.stream().anyMatch(j -> j.id() == dipilih)) {
                jabatanTerpilih = dipilih;
            }
            if (aktif.size() > MAKS_PILIHAN_JABATAN) {
                jabatanTerlaluBanyak = true;
                aktif.stream().filter(j -> j.id() == (dipilih == null ? -1 : dipilih)).forEach(jabatan::add);
            } else {
                jabatan.addAll(aktif);
            }
        }
        model.addAttribute("opdTerpilih", f.opd());
        model.addAttribute("unitTerpilih", unitTerpilih);
        model.addAttribute("jabatanTerpilih", jabatanTerpilih);
        model.addAttribute("daftarUnit", unit);
        model.addAttribute("daftarJabatan", jabatan);
        model.addAttribute("jabatanTerlaluBanyak", jabatanTerlaluBanyak);
    }

    private static Set<Long> subpohon(List<UnitRingkas> daftar, long akar) {
        Set<Long> hasil = new HashSet<>();
        hasil.add(akar);
        // Tree order: parents come before their children.
        for (UnitRingkas u : daftar) {
            if (u.indukId() != null && hasil.contains(u.indukId())) {
                hasil.add(u.id());
            }
        }
        return hasil;
    }

    static SelTampil sel(@Nullable Sel s) {
        if (s == null) {
            return new SelTampil("", "sel-tidak-wajib table-secondary");
        }
        if (s.levelStandar() == null) {
            return new SelTampil(String.valueOf(s.levelSaatIni()), "sel-tidak-wajib table-secondary text-body-tertiary");
        }
        if (s.levelSaatIni() == null) {
            return new SelTampil("–/" + s.levelStandar(), "sel-belum-diukur text-danger border border-2 border-danger");
        }
        int d = s.levelSaatIni() - s.levelStandar();
        String kelas = d >= 0 ? "sel-memenuhi table-success" : d == -1 ? "sel-kurang-1 table-warning"
                : "sel-kurang-2 table-danger";
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

    private static void pastikanBoleh(Cakupan c) {
        if (!(c.punya(Peran.ADMIN_BKD) || c.punya(Peran.ASESOR) || c.punya(Peran.PIMPINAN_OPD)
                || c.punya(Peran.ATASAN))) {
            throw new AccessDeniedException("Matriks kompetensi tidak untuk peran PEGAWAI saja");
        }
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }
}
