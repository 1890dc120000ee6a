package id.aparatur.kinerja.web;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.application.DistribusiDilanggarException;
import id.aparatur.kinerja.application.EvaluasiQuery;
import id.aparatur.kinerja.application.LayananDistribusi;
import id.aparatur.kinerja.application.LayananEvaluasi;
import id.aparatur.kinerja.application.LayananSkp;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.util.ArrayList;
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
 * The evaluation page of one SKP (realisation, feedback, periodic evaluations, review, follow-up, with forms for the
 * steps the user may take) and the organisational predikat page (BKD/PPK set it, everyone in scope sees the
 * distribution against the rules, BKD finalises the OPD's rated SKP).
 */
@Controller
class EvaluasiController {

    /** One rule of the organisational predikat, as text, and whether the OPD breaks it. */
    record BarisAturan(String teks, boolean dilanggar) {}

    private final LayananEvaluasi layanan;
    private final LayananSkp skp;
    private final EvaluasiQuery query;
    private final MessageSource pesan;

    EvaluasiController(LayananEvaluasi layanan, LayananSkp skp, EvaluasiQuery query, MessageSource pesan) {
        this.layanan = layanan;
        this.skp = skp;
        this.query = query;
        this.pesan = pesan;
    }

    @GetMapping("/kinerja/skp/{id}/evaluasi")
    String evaluasi(@PathVariable long id, Model model) {
        EvaluasiQuery.HalamanEvaluasi h = query.halaman(id);
        var p = h.pelaksanaan();
        model.addAttribute("skp", h.skp());
        model.addAttribute("p", p);
        java.util.Map<Long, String> indikatorTeks = new java.util.HashMap<>();
        p.indikator().forEach(i -> indikatorTeks.put(i.id(), i.uraian() + " (" + i.target() + ")"));
        model.addAttribute("indikatorTeks", indikatorTeks);
        model.addAttribute(
                "periode",
                java.util.stream.IntStream.rangeClosed(1, p.periodeEvaluasi().jumlah())
                        .boxed()
                        .toList());
        model.addAttribute("ekspektasi", Ekspektasi.values());
        model.addAttribute("bolehTindakLanjut", h.bolehTindakLanjut());
        return "kinerja/skp-evaluasi";
    }

    @PostMapping("/kinerja/skp/{id}/evaluasi/realisasi")
    String realisasi(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        return langkah(
                id,
                ra,
                l,
                () -> layanan.catatRealisasi(
                        id,
                        angka(f.get("indikatorId")),
                        nomor(f.get("periodeKe")),
                        f.get("realisasi"),
                        f.get("bukti"),
                        f.get("catatan")));
    }

    @PostMapping("/kinerja/skp/{id}/evaluasi/umpan-balik")
    String umpanBalik(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        return langkah(id, ra, l, () -> layanan.umpanBalik(id, nomor(f.get("periodeKe")), null, f.get("isi")));
    }

    @PostMapping("/kinerja/skp/{id}/evaluasi/periode")
    String periode(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        Integer ke = nomor(f.get("periodeKe"));
        return langkah(
                id,
                ra,
                l,
                () -> layanan.evaluasiPeriodik(
                        id, ke == null ? 0 : ke, f.get("hasilKerja"), f.get("perilakuKerja"), f.get("catatan")));
    }

    @PostMapping("/kinerja/skp/{id}/evaluasi/tinjauan")
    String tinjauan(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        return langkah(id, ra, l, () -> layanan.tinjau(id, f.get("keputusan"), f.get("catatan")));
    }

    @PostMapping("/kinerja/skp/{id}/evaluasi/tindak-lanjut")
    String tindakLanjut(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        return langkah(
                id,
                ra,
                l,
                () -> layanan.ubahTindakLanjutSkp(
                        id, nomor(f.get("versi")), f.get("status"), f.get("rencana"), f.get("hasil")));
    }

    @PostMapping("/kinerja/skp/{id}/evaluasi/tindak-lanjut/penyebab")
    String penyebab(@PathVariable long id, @RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        return langkah(id, ra, l, () -> layanan.catatPenyebabSkp(id, nomor(f.get("versi")), f.get("penyebab")));
    }

    private String langkah(long id, RedirectAttributes ra, Locale l, Runnable r) {
        tangani(ra, l, r);
        return "redirect:/kinerja/skp/" + id + "/evaluasi";
    }

    /** Runs a step; validation and conflicts become messages on the page, success a confirmation. */
    private void tangani(RedirectAttributes ra, Locale l, Runnable r) {
        try {
            r.run();
            ra.addFlashAttribute("berhasil", pesan.getMessage("evaluasi.halaman.tersimpan", null, l));
        } catch (ValidasiException e) {
            ra.addFlashAttribute(
                    "galat",
                    e.galat().stream()
                            .map(g -> pesan.getMessage(g.kodePesan(), null, g.kodePesan(), l))
                            .toList());
        } catch (DistribusiDilanggarException e) {
            List<String> daftar = new ArrayList<>();
            daftar.add(pesan.getMessage(e.kodePesan(), null, e.kodePesan(), l));
            daftar.addAll(teksPelanggaran(e.pelanggaran(), l));
            ra.addFlashAttribute("galat", daftar);
        } catch (KonflikException e) {
            ra.addFlashAttribute("galat", List.of(pesan.getMessage(e.kodePesan(), null, e.kodePesan(), l)));
        }
    }

    @GetMapping("/kinerja/predikat-organisasi")
    String predikatOrganisasi(
            @RequestParam(required = false) @Nullable Long opdId,
            @RequestParam(required = false) @Nullable Integer tahun,
            Model model,
            Locale l) {
        EvaluasiQuery.HalamanPredikatOrganisasi h = query.halamanPredikatOrganisasi(opdId, tahun);
        model.addAttribute("daftarOpd", h.daftarOpd());
        model.addAttribute("opdId", h.opdId());
        model.addAttribute("tahun", h.tahun());
        model.addAttribute("predikatOrganisasi", PredikatOrganisasi.values());
        model.addAttribute("bolehTetapkan", h.bolehTetapkan());
        model.addAttribute("bolehFinalkan", h.bolehFinalkan());
        if (h.distribusi() != null) {
            model.addAttribute("riwayat", h.riwayat());
            var d = h.distribusi().distribusi();
            model.addAttribute("distribusi", d);
            model.addAttribute("kebijakan", h.distribusi().kebijakan().name());
            List<BarisAturan> aturan = new ArrayList<>();
            for (AturanDistribusi.Batas b : d.aturan()) {
                boolean dilanggar = d.pelanggaran().stream()
                        .anyMatch(x -> x.jenis() == b.jenis()
                                && x.predikat().equals(b.predikat())
                                && x.persen() == b.persen());
                aturan.add(new BarisAturan(
                        pesan.getMessage(
                                "evaluasi.halaman.aturan." + b.jenis().name(),
                                new Object[] {
                                    String.join(
                                            ", ",
                                            b.predikat().stream()
                                                    .sorted()
                                                    .map(x -> x.label())
                                                    .toList()),
                                    b.persen()
                                },
                                l),
                        dilanggar));
            }
            model.addAttribute("aturan", aturan);
            model.addAttribute("pelanggaran", teksPelanggaran(d.pelanggaran(), l));
        }
        return "kinerja/predikat-organisasi";
    }

    @PostMapping("/kinerja/predikat-organisasi")
    String tetapkan(@RequestParam Map<String, String> f, RedirectAttributes ra, Locale l) {
        Long opd = angka(f.get("opdId"));
        Integer tahun = nomor(f.get("tahun"));
        Long unit = angka(f.get("unitId"));
        tangani(ra, l, () -> layanan.tetapkanPredikatOrganisasi(opd, unit, tahun, f.get("predikat"), f.get("dasar")));
        return "redirect:/kinerja/predikat-organisasi?opdId=" + (opd == null ? "" : opd) + "&tahun="
                + (tahun == null ? "" : tahun);
    }

    @PostMapping("/kinerja/predikat-organisasi/finalkan")
    String finalkanOpd(@RequestParam long opdId, @RequestParam int tahun, RedirectAttributes ra, Locale l) {
        tangani(ra, l, () -> {
            var h = skp.finalkanOpd(opdId, tahun);
            ra.addFlashAttribute("difinalkan", h.difinalkan().size());
            ra.addFlashAttribute("peringatan", teksPelanggaran(h.peringatan(), l));
        });
        return "redirect:/kinerja/predikat-organisasi?opdId=" + opdId + "&tahun=" + tahun;
    }

    private List<String> teksPelanggaran(List<LayananDistribusi.Pelanggaran> daftar, Locale l) {
        return daftar.stream()
                .map(p -> pesan.getMessage(
                        "evaluasi.distribusi." + p.jenis().name(),
                        new Object[] {
                            String.join(
                                    ", ",
                                    p.predikat().stream()
                                            .sorted()
                                            .map(x -> x.label())
                                            .toList()),
                            p.persen(),
                            p.jumlah(),
                            p.total()
                        },
                        l))
                .toList();
    }

    private static @Nullable Long angka(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer nomor(@Nullable String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
