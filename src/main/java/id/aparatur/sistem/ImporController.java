package id.aparatur.sistem;

import id.aparatur.shared.KonflikException;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The import page for ADMIN_BKD: one card per {@link Pengimpor} with its columns, template downloads and an upload
 * form. An upload starts a background job; htmx polls its state every second until it ends, then shows the counts or
 * the first errors with a link to the full error report. A refused upload (too large, no file, queue full) answers
 * the htmx request with a message in place, or redirects back to the page with the message. Only ADMIN_BKD: the
 * authorisation is on {@link LayananImpor}.
 */
@Controller
class ImporController {

    /** How many errors the page lists; the rest are in the report. */
    static final int GALAT_DI_HALAMAN = 50;

    private final LayananImpor layanan;
    private final MessageSource pesan;
    private final Clock clock;

    ImporController(LayananImpor layanan, MessageSource pesan, Clock clock) {
        this.layanan = layanan;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/impor")
    String beranda(Model model) {
        LayananImpor.Beranda b = layanan.beranda();
        model.addAttribute("daftar", b.daftar());
        model.addAttribute(
                "ukuranMaksimal", LayananImpor.teksUkuran(b.ukuranMaksimal().toBytes()));
        model.addAttribute("batasBita", b.ukuranMaksimal().toBytes());
        return "impor/beranda";
    }

    @GetMapping("/impor/{jenis}/templat")
    ResponseEntity<StreamingResponseBody> templat(
            @PathVariable String jenis, @RequestParam(defaultValue = "xlsx") String format, Locale locale) {
        return TemplatImpor.unduh(FormatBerkas.dari(format), layanan.pengimpor(jenis), pesan, locale);
    }

    @PostMapping("/impor/{jenis}")
    String unggah(
            @PathVariable String jenis,
            @RequestPart("file") MultipartFile file,
            Principal pengguna,
            HttpServletRequest request,
            Model model) {
        String id = layanan.imporLatar(jenis, file, pengguna.getName());
        if (!htmx(request)) {
            return "redirect:/impor/pekerjaan/" + id;
        }
        model.addAttribute("pekerjaan", layanan.pekerjaan(id, pengguna.getName()));
        model.addAttribute("galatDiHalaman", GALAT_DI_HALAMAN);
        return "impor/pekerjaan :: status";
    }

    @GetMapping("/impor/pekerjaan/{id}")
    String pekerjaan(@PathVariable String id, Principal pengguna, HttpServletRequest request, Model model) {
        model.addAttribute("pekerjaan", layanan.pekerjaan(id, pengguna.getName()));
        model.addAttribute("galatDiHalaman", GALAT_DI_HALAMAN);
        return htmx(request) ? "impor/pekerjaan :: status" : "impor/pekerjaan";
    }

    @GetMapping("/impor/pekerjaan/{id}/laporan")
    ResponseEntity<StreamingResponseBody> laporan(
            @PathVariable String id,
            @RequestParam(defaultValue = "xlsx") String format,
            Principal pengguna,
            Locale locale) {
        PekerjaanImpor p = layanan.pekerjaan(id, pengguna.getName());
        return LaporanGalat.unduh(
                FormatBerkas.dari(format), p.jenis(), LocalDate.now(clock), p.galat(), p.jumlahGalat(), pesan, locale);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String terlaluBesar(HttpServletRequest request, Model model, Locale locale) {
        return tolak(
                request,
                model,
                pesan.getMessage(
                        "impor.galat.terlalu-besar",
                        new Object[] {
                            LayananImpor.teksUkuran(layanan.ukuranMaksimal().toBytes())
                        },
                        locale));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    String tanpaBerkas(HttpServletRequest request, Model model, Locale locale) {
        return tolak(request, model, pesan.getMessage("impor.galat.tanpa-berkas", null, locale));
    }

    @ExceptionHandler(KonflikException.class)
    String konflik(KonflikException e, HttpServletRequest request, Model model, Locale locale) {
        return tolak(request, model, pesan.getMessage(e.kodePesan(), null, e.kodePesan(), locale));
    }

    /** htmx: the message in place of the job (200, so htmx swaps it in); otherwise back to the page with it. */
    private static String tolak(HttpServletRequest request, Model model, String pesanGalat) {
        if (htmx(request)) {
            model.addAttribute("pesanGalat", pesanGalat);
            return "impor/pekerjaan :: galat-unggah";
        }
        RequestContextUtils.getOutputFlashMap(request).put("pesanGalat", pesanGalat);
        return "redirect:/impor";
    }

    private static boolean htmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
