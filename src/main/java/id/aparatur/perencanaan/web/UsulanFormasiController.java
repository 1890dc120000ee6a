package id.aparatur.perencanaan.web;

import id.aparatur.perencanaan.application.EksporUsulanFormasi;
import id.aparatur.perencanaan.application.PengelolaanUsulanFormasi;
import id.aparatur.perencanaan.application.PengelolaanUsulanFormasi.Rinci;
import id.aparatur.perencanaan.application.PengelolaanUsulanFormasi.UbahBaris;
import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ExcelEkspor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Usulan formasi pages: list and create (BKD, from a cascade run), one proposal with its rows (editable while draft
 * or returned), submit (BKD), approve or return (PPK), the trail, and the XLSX/PDF documents.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN_BKD', 'PPK')")
class UsulanFormasiController {

    private static final java.util.regex.Pattern BARIS = java.util.regex.Pattern.compile("baris\\[(\\d+)]\\.(\\w+)");

    private final PengelolaanUsulanFormasi layanan;
    private final MessageSource pesan;
    private final JdbcClient jdbc;
    private final Clock clock;

    UsulanFormasiController(PengelolaanUsulanFormasi layanan, MessageSource pesan, JdbcClient jdbc, Clock clock) {
        this.layanan = layanan;
        this.pesan = pesan;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/formasi")
    String daftar(@RequestParam(required = false) @Nullable Long kaskade, Model model,
            org.springframework.security.core.Authentication auth) {
        model.addAttribute("daftar", layanan.daftar());
        boolean bkd = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN_BKD"));
        if (bkd) {
            model.addAttribute("kaskadeTersedia", layanan.kaskadeTersedia());
        }
        model.addAttribute("bkd", bkd);
        model.addAttribute("kaskadeDipilih", kaskade);
        model.addAttribute("tahunBawaan", LocalDate.now(clock).getYear() + 1);
        return "formasi/daftar";
    }

    @PostMapping("/formasi")
    String buat(@RequestParam(required = false) @Nullable Long kaskade,
            @RequestParam(required = false) @Nullable String tahun, @RequestParam(required = false) @Nullable String judul,
            RedirectAttributes redirect, Locale locale) {
        try {
            if (kaskade == null) {
                throw new ValidasiException("kaskade", "formasi.galat.kaskade");
            }
            int t;
            try {
                t = Integer.parseInt(tahun == null ? "" : tahun.strip());
            } catch (NumberFormatException e) {
                throw new ValidasiException("tahun", "formasi.galat.tahun");
            }
            long id = layanan.buat(kaskade, t, judul == null ? "" : judul);
            return "redirect:/formasi/" + id;
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", galat(e, locale));
            return "redirect:/formasi" + (kaskade == null ? "" : "?kaskade=" + kaskade);
        }
    }

    @GetMapping("/formasi/{id}")
    String rinci(@PathVariable long id, Model model) {
        model.addAttribute("r", layanan.rinci(id));
        model.addAttribute("jenisPengadaan", JenisPengadaan.values());
        return "formasi/rinci";
    }

    @PostMapping("/formasi/{id}/baris")
    String ubah(@PathVariable long id, @RequestParam int versi,
            @RequestParam(name = "barisId", required = false) @Nullable List<Long> barisId,
            @RequestParam(name = "jumlah", required = false) @Nullable List<String> jumlah,
            @RequestParam(name = "jenis", required = false) @Nullable List<String> jenis,
            @RequestParam(name = "keterangan", required = false) @Nullable List<String> keterangan,
            RedirectAttributes redirect, Locale locale) {
        try {
            List<UbahBaris> ubah = new ArrayList<>();
            List<ValidasiException.Galat> salah = new ArrayList<>();
            int n = barisId == null ? 0 : barisId.size();
            for (int i = 0; i < n; i++) {
                int j;
                try {
                    j = Integer.parseInt(jumlah == null || jumlah.size() <= i ? "" : jumlah.get(i).strip());
                } catch (NumberFormatException e) {
                    salah.add(new ValidasiException.Galat("baris[" + i + "].jumlahUsulan", "formasi.galat.jumlah"));
                    continue;
                }
                JenisPengadaan jp;
                try {
                    jp = JenisPengadaan.valueOf(jenis == null || jenis.size() <= i ? "CPNS" : jenis.get(i));
                } catch (IllegalArgumentException e) {
                    salah.add(new ValidasiException.Galat("baris[" + i + "].jenisPengadaan", "formasi.galat.jenis"));
                    continue;
                }
                ubah.add(new UbahBaris(barisId.get(i), j, jp,
                        keterangan == null || keterangan.size() <= i ? null : keterangan.get(i)));
            }
            if (!salah.isEmpty()) {
                throw new ValidasiException(salah);
            }
            layanan.ubahBaris(id, ubah, versi);
            redirect.addFlashAttribute("pesan", teks("umum.tersimpan", locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", galat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/formasi/" + id;
    }

    @PostMapping("/formasi/{id}/ajukan")
    String ajukan(@PathVariable long id, @RequestParam int versi, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "formasi.pesan.diajukan", () -> layanan.ajukan(id, versi));
    }

    @PostMapping("/formasi/{id}/setujui")
    String setujui(@PathVariable long id, @RequestParam int versi,
            @RequestParam(required = false) @Nullable String catatan, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "formasi.pesan.disetujui", () -> layanan.setujui(id, versi, catatan));
    }

    @PostMapping("/formasi/{id}/kembalikan")
    String kembalikan(@PathVariable long id, @RequestParam int versi,
            @RequestParam(required = false) @Nullable String catatan, RedirectAttributes redirect, Locale locale) {
        return aksi(id, redirect, locale, "formasi.pesan.dikembalikan", () -> layanan.kembalikan(id, versi, catatan));
    }

    private String aksi(long id, RedirectAttributes redirect, Locale locale, String berhasil, Runnable r) {
        try {
            r.run();
            redirect.addFlashAttribute("pesan", teks(berhasil, locale));
        } catch (ValidasiException e) {
            redirect.addFlashAttribute("galat", galat(e, locale));
        } catch (KonflikException e) {
            redirect.addFlashAttribute("galat", List.of(teks(e.kodePesan(), locale)));
        }
        return "redirect:/formasi/" + id;
    }

    @GetMapping("/formasi/{id}/usulan-formasi.xlsx")
    ResponseEntity<StreamingResponseBody> xlsx(@PathVariable long id, Locale locale) {
        Rinci r = layanan.rinci(id);
        EksporUsulanFormasi.Teks t = teksDokumen(r, locale);
        return unduh("usulan-formasi-" + r.usulan().tahun() + "-" + id + ".xlsx", ExcelEkspor.XLSX,
                out -> EksporUsulanFormasi.xlsx(out, r, t));
    }

    @GetMapping("/formasi/{id}/usulan-formasi.pdf")
    ResponseEntity<StreamingResponseBody> pdf(@PathVariable long id, Locale locale) {
        Rinci r = layanan.rinci(id);
        EksporUsulanFormasi.Teks t = teksDokumen(r, locale);
        return unduh("usulan-formasi-" + r.usulan().tahun() + "-" + id + ".pdf", MediaType.APPLICATION_PDF,
                out -> EksporUsulanFormasi.pdf(out, r, t));
    }

    private EksporUsulanFormasi.Teks teksDokumen(Rinci r, Locale locale) {
        return EksporUsulanFormasi.teks(r, locale, pesan, jdbc);
    }

    private static ResponseEntity<StreamingResponseBody> unduh(String nama, MediaType jenis, StreamingResponseBody isi) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(nama).build().toString())
                .contentType(jenis).body(isi);
    }

    private List<String> galat(ValidasiException e, Locale locale) {
        return e.galat().stream().map(g -> {
            java.util.regex.Matcher m = BARIS.matcher(g.field());
            String isian = m.matches()
                    ? pesan.getMessage("formasi.isian.baris-ke", new Object[] {Integer.parseInt(m.group(1)) + 1,
                            teks("formasi.isian." + m.group(2), locale)}, locale)
                    : teks("formasi.isian." + g.field(), locale, g.field());
            return isian + ": " + teks(g.kodePesan(), locale);
        }).toList();
    }

    private String teks(String kode, Locale locale) {
        return pesan.getMessage(kode, null, kode, locale);
    }

    private String teks(String kode, Locale locale, String bawaan) {
        return pesan.getMessage(kode, null, bawaan, locale);
    }
}
