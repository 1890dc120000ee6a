package id.aparatur.kinerja.web;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.application.DokumenSkp;
import id.aparatur.kinerja.application.LayananSkp;
import id.aparatur.kinerja.application.LayananSkp.IndikatorMasuk;
import id.aparatur.kinerja.application.LayananSkp.RhkMasuk;
import id.aparatur.kinerja.application.SkpHalamanQuery;
import id.aparatur.kinerja.application.SkpQuery;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.domain.AturanPeriodeEvaluasi;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SKP pages: the list in the user's scope (with "buat SKP"), one SKP with its RHK and indicators, the RHK form
 * with the picker of the atasan's RHK it intervenes, the penilai's steps (agree, rate with the seven BerAKHLAK values,
 * finalise — only those {@code AlurSkp} allows), the predikat, the MPPH of a unit and the PDF documents.
 */
@Controller
class SkpController {

    private static final String AKAR = "/kinerja/skp";

    private final SkpHalamanQuery halaman;
    private final LayananSkp layanan;
    private final DokumenSkp dokumen;
    private final MessageSource pesan;

    SkpController(SkpHalamanQuery halaman, LayananSkp layanan, DokumenSkp dokumen, MessageSource pesan) {
        this.halaman = halaman;
        this.layanan = layanan;
        this.dokumen = dokumen;
        this.pesan = pesan;
    }

    @GetMapping(AKAR)
    String daftar(
            @RequestParam(required = false) @Nullable String opd,
            @RequestParam(required = false) @Nullable String tahun,
            @RequestParam(required = false) @Nullable String status,
            Model model) {
        Long opdId = angkaAtauNull(opd);
        Long t = angkaAtauNull(tahun);
        StatusSkp s = enumAtauNull(StatusSkp.class, status);
        SkpHalamanQuery.HalamanDaftar h = halaman.halamanDaftar(opdId, t == null ? null : t.intValue(), s);
        model.addAttribute("daftar", h.daftar());
        model.addAttribute("batas", SkpHalamanQuery.BATAS);
        model.addAttribute("pilihanOpd", h.pilihanOpd());
        model.addAttribute("pilihanStatus", StatusSkp.values());
        AturanPeriodeEvaluasi periode = layanan.aturanPeriode();
        model.addAttribute("pilihanPeriode", periode.diizinkan());
        model.addAttribute("periodeBaku", periode.baku());
        model.addAttribute(
                "filter",
                Map.of(
                        "opd",
                        opdId == null ? "" : opdId.toString(),
                        "tahun",
                        t == null ? "" : t.toString(),
                        "status",
                        s == null ? "" : s.name()));
        model.addAttribute("profil", h.profil());
        model.addAttribute("tahunIni", h.tahunIni());
        return "kinerja/skp-daftar";
    }

    @PostMapping(AKAR)
    String buat(
            @RequestParam(required = false) @Nullable String tahun,
            @RequestParam(required = false) @Nullable String periodeEvaluasi,
            RedirectAttributes ra,
            Locale locale) {
        try {
            Long t = angkaAtauNull(tahun);
            long id =
                    layanan.buat(t == null ? 0 : t.intValue(), periodeEvaluasi).id();
            return "redirect:" + AKAR + "/" + id;
        } catch (ValidasiException e) {
            ra.addFlashAttribute("galat", pesan(e, locale));
        } catch (KonflikException e) {
            ra.addFlashAttribute("galat", List.of(pesan.getMessage(e.kodePesan(), null, e.getMessage(), locale)));
        }
        return "redirect:" + AKAR;
    }

    @GetMapping(AKAR + "/{id}")
    String detail(@PathVariable long id, Model model) {
        return isi(id, model);
    }

    /** Adds an RHK ({@code rhkId} empty) or replaces one, with its indicators {@code ind[i].aspek/uraian/target}. */
    @PostMapping(AKAR + "/{id}/rhk")
    String simpanRhk(@PathVariable long id, @RequestParam Map<String, String> isian, Model model, Locale locale) {
        List<IndikatorMasuk> indikator = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String uraian = isian.get("ind[" + i + "].uraian");
            String target = isian.get("ind[" + i + "].target");
            if (kosong(uraian) && kosong(target)) {
                continue;
            }
            indikator.add(new IndikatorMasuk(isian.get("ind[" + i + "].aspek"), uraian, target));
        }
        RhkMasuk baru = new RhkMasuk(
                angkaAtauNull(isian.get("rhkId")),
                isian.get("uraian"),
                isian.get("jenis"),
                angkaAtauNull(isian.get("rhkAtasanId")),
                indikator);
        return ubahRhk(id, isian, model, locale, () -> layanan.simpanRhk(id, versiWajib(isian.get("versi")), baru));
    }

    @PostMapping(AKAR + "/{id}/rhk/{rhkId}/hapus")
    String hapusRhk(
            @PathVariable long id,
            @PathVariable long rhkId,
            @RequestParam(required = false) @Nullable String versi,
            Model model,
            Locale locale) {
        return ubahRhk(id, Map.of(), model, locale, () -> layanan.hapusRhk(id, versiWajib(versi), rhkId));
    }

    /** The version the RHK form was rendered with; missing or tampered: one that never matches (409). */
    private static int versiWajib(@Nullable String s) {
        Long v = angkaAtauNull(s);
        return v == null || v > Integer.MAX_VALUE || v < Integer.MIN_VALUE ? -1 : v.intValue();
    }

    /** Runs an RHK change; on a rule broken, the page again with the messages and what was typed. */
    private String ubahRhk(long id, Map<String, String> isian, Model model, Locale locale, Runnable ubah) {
        try {
            ubah.run();
            return "redirect:" + AKAR + "/" + id;
        } catch (ValidasiException e) {
            model.addAttribute("galatRhk", pesan(e, locale));
        } catch (KonflikException e) {
            model.addAttribute("galatRhk", List.of(pesan.getMessage(e.kodePesan(), null, e.getMessage(), locale)));
        }
        model.addAttribute("isianRhk", isian);
        return isi(id, model);
    }

    @PostMapping(AKAR + "/{id}/setujui")
    String setujui(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String versi,
            RedirectAttributes ra,
            Locale locale) {
        return langkah(id, ra, locale, () -> layanan.setujui(id, versi(versi)));
    }

    @PostMapping(AKAR + "/{id}/kembalikan")
    String kembalikan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String catatan,
            @RequestParam(required = false) @Nullable String versi,
            RedirectAttributes ra,
            Locale locale) {
        return langkah(id, ra, locale, () -> layanan.kembalikan(id, versi(versi), catatan));
    }

    @PostMapping(AKAR + "/{id}/finalkan")
    String finalkan(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String versi,
            RedirectAttributes ra,
            Locale locale) {
        return langkah(id, ra, locale, () -> layanan.finalkan(id, versi(versi)));
    }

    /** The penilai's rating: {@code hasilKerja}, {@code perilakuKerja}, per value {@code ekspektasi.X}/{@code catatan.X}. */
    @PostMapping(AKAR + "/{id}/nilai")
    String nilai(@PathVariable long id, @RequestParam Map<String, String> isian, Model model, Locale locale) {
        Map<String, String> catatan = new LinkedHashMap<>();
        Map<String, String> ekspektasi = new HashMap<>();
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            catatan.put(n.name(), isian.getOrDefault("catatan." + n.name(), ""));
            ekspektasi.put(n.name(), isian.get("ekspektasi." + n.name()));
        }
        try {
            layanan.nilai(
                    id,
                    versi(isian.get("versi")),
                    isian.get("hasilKerja"),
                    isian.get("perilakuKerja"),
                    catatan,
                    ekspektasi);
            return "redirect:" + AKAR + "/" + id;
        } catch (ValidasiException e) {
            model.addAttribute("galatNilai", pesan(e, locale));
        } catch (KonflikException e) {
            model.addAttribute("galatNilai", List.of(pesan.getMessage(e.kodePesan(), null, e.getMessage(), locale)));
        }
        model.addAttribute("isianNilai", isian);
        return isi(id, model);
    }

    private String langkah(long id, RedirectAttributes ra, Locale locale, Runnable r) {
        try {
            r.run();
        } catch (ValidasiException e) {
            ra.addFlashAttribute("galat", pesan(e, locale));
        } catch (KonflikException e) {
            ra.addFlashAttribute("galat", List.of(pesan.getMessage(e.kodePesan(), null, e.getMessage(), locale)));
        }
        return "redirect:" + AKAR + "/" + id;
    }

    @GetMapping(AKAR + "/{id}/dokumen.pdf")
    ResponseEntity<byte[]> dokumenSkp(@PathVariable long id, Locale locale) {
        return pdf(dokumen.skp(id, locale), "skp-" + id + ".pdf");
    }

    @GetMapping(AKAR + "/{id}/evaluasi.pdf")
    ResponseEntity<byte[]> dokumenEvaluasi(@PathVariable long id, Locale locale) {
        return pdf(dokumen.evaluasi(id, locale), "evaluasi-skp-" + id + ".pdf");
    }

    static ResponseEntity<byte[]> pdf(byte[] isi, String nama) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(nama).build().toString())
                .body(isi);
    }

    /** The MPPH of a unit (default: the user's own unit) for a year (default: this year). */
    @GetMapping("/kinerja/mpph")
    String mpph(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String tahun,
            Model model) {
        Long t = angkaAtauNull(tahun);
        SkpHalamanQuery.HalamanMpph h = halaman.halamanMpph(angkaAtauNull(unit), t == null ? null : t.intValue());
        model.addAttribute("tahun", h.tahun());
        model.addAttribute("pilihanUnit", h.pilihanUnit());
        model.addAttribute("mpph", h.mpph());
        return "kinerja/mpph";
    }

    private String isi(long id, Model model) {
        SkpHalamanQuery.HalamanSkp h = halaman.halaman(id);
        SkpQuery.Skp skp = h.skp();
        model.addAttribute("skp", skp);
        model.addAttribute("pegawai", h.pegawai());
        model.addAttribute("penilai", h.penilai());
        model.addAttribute("aksi", h.aksi().stream().map(Enum::name).toList());
        model.addAttribute("pilihanRhkAtasan", h.pilihanRhkAtasan());
        model.addAttribute("rhkTerkait", h.rhkTerkait());
        model.addAttribute("ekspektasiPerilaku", h.ekspektasiPerilaku());
        model.addAttribute("umpanBalik", h.umpanBalik());
        Map<NilaiBerakhlak, String> catatan = new LinkedHashMap<>();
        skp.perilaku().forEach(p -> catatan.put(p.nilai(), p.catatan()));
        model.addAttribute("catatanPerilaku", catatan);
        model.addAttribute("nilaiBerakhlak", NilaiBerakhlak.values());
        model.addAttribute("pilihanEkspektasi", List.of(Ekspektasi.DI_ATAS, Ekspektasi.SESUAI, Ekspektasi.DI_BAWAH));
        model.addAttribute("pilihanAspek", AspekIndikator.values());
        model.addAttribute("pilihanJenis", JenisRhk.values());
        @SuppressWarnings("unchecked")
        Map<String, String> isianRhk =
                model.containsAttribute("isianRhk") ? (Map<String, String>) model.getAttribute("isianRhk") : Map.of();
        model.addAttribute("isianRhk", isianRhk);
        String dikirim = isianRhk.getOrDefault("rhkId", "");
        List<FormRhk> formRhk = new ArrayList<>();
        for (SkpQuery.Rhk r : skp.rhk()) {
            formRhk.add(
                    !isianRhk.isEmpty() && dikirim.equals(String.valueOf(r.id()))
                            ? FormRhk.dari(isianRhk)
                            : FormRhk.dari(r));
        }
        model.addAttribute("formRhk", formRhk);
        model.addAttribute(
                "formRhkBaru",
                !isianRhk.isEmpty() && dikirim.isBlank() ? FormRhk.dari(isianRhk) : FormRhk.dari(Map.of()));
        if (!model.containsAttribute("isianNilai")) {
            Map<String, String> awal = new HashMap<>();
            if (skp.hasilKerja() != null) {
                awal.put("hasilKerja", skp.hasilKerja().name());
            }
            if (skp.perilakuKerja() != null) {
                awal.put("perilakuKerja", skp.perilakuKerja().name());
            }
            catatan.forEach((n, t) -> awal.put("catatan." + n.name(), t));
            h.ekspektasiPerilaku().forEach((n, e) -> awal.put("ekspektasi." + n.name(), e.name()));
            model.addAttribute("isianNilai", awal);
        }
        return "kinerja/skp-detail";
    }

    /** An indicator row of the RHK form. */
    record FormIndikator(String aspek, String uraian, String target) {}

    /** The values of one RHK form: an existing RHK, the input sent back after an error, or an empty new one. */
    record FormRhk(String rhkId, String uraian, String jenis, String rhkAtasanId, List<FormIndikator> indikator) {

        static final int BARIS_MINIMAL = 4;

        static FormRhk dari(SkpQuery.Rhk r) {
            List<FormIndikator> ind = new ArrayList<>(r.indikator().stream()
                    .map(i -> new FormIndikator(i.aspek().name(), i.uraian(), i.target()))
                    .toList());
            return new FormRhk(
                    String.valueOf(r.id()),
                    r.uraian(),
                    r.jenis().name(),
                    r.rhkAtasanId() == null ? "" : r.rhkAtasanId().toString(),
                    lengkapi(ind));
        }

        static FormRhk dari(Map<String, String> isian) {
            List<FormIndikator> ind = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String u = isian.get("ind[" + i + "].uraian");
                String t = isian.get("ind[" + i + "].target");
                if ((u == null || u.isBlank()) && (t == null || t.isBlank())) {
                    continue;
                }
                ind.add(new FormIndikator(
                        isian.getOrDefault("ind[" + i + "].aspek", ""), u == null ? "" : u, t == null ? "" : t));
            }
            return new FormRhk(
                    isian.getOrDefault("rhkId", ""),
                    isian.getOrDefault("uraian", ""),
                    isian.getOrDefault("jenis", "UTAMA"),
                    isian.getOrDefault("rhkAtasanId", ""),
                    lengkapi(ind));
        }

        /** Adds empty rows (one per missing aspect first) so that the form always has room for four indicators. */
        private static List<FormIndikator> lengkapi(List<FormIndikator> ind) {
            for (AspekIndikator a : AspekIndikator.values()) {
                if (ind.size() >= BARIS_MINIMAL) {
                    break;
                }
                if (ind.stream().noneMatch(i -> i.aspek().equals(a.name()))) {
                    ind.add(new FormIndikator(a.name(), "", ""));
                }
            }
            while (ind.size() < BARIS_MINIMAL) {
                ind.add(new FormIndikator(AspekIndikator.KUANTITAS.name(), "", ""));
            }
            ind.add(new FormIndikator(AspekIndikator.KUALITAS.name(), "", ""));
            return ind;
        }
    }

    private List<String> pesan(ValidasiException e, Locale locale) {
        return e.galat().stream()
                .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), locale))
                .distinct()
                .toList();
    }

    /** A tampered, non-numeric number becomes null (and then "not given"). */
    private static @Nullable Long angkaAtauNull(@Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** The version the page was rendered with (a tampered value never matches, so the step answers 409). */
    private static @Nullable Integer versi(@Nullable String s) {
        Long v = angkaAtauNull(s);
        return v == null ? null : v > Integer.MAX_VALUE ? -1 : v.intValue();
    }

    private static <E extends Enum<E>> @Nullable E enumAtauNull(Class<E> jenis, @Nullable String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        for (E e : jenis.getEnumConstants()) {
            if (e.name().equals(s.strip())) {
                return e;
            }
        }
        return null;
    }

    private static boolean kosong(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
