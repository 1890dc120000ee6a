package id.aparatur.audit.web;

import id.aparatur.audit.application.JejakAuditQuery;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.Permintaan;
import id.aparatur.sistem.CsvEkspor;
import id.aparatur.sistem.ExcelEkspor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Audit trail search for ADMIN_BKD (authorisation on {@link JejakAuditQuery}). The entity filter offers every type in
 * the trail, labelled from the bundle ({@code audit.entitas.<KODE>}) where one exists. The export has the page's
 * filters and every matching row: streamed from a cursor into .xlsx (one sheet, so refused with a clear message
 * beyond a sheet's rows) or CSV ({@code format=csv}, no limit).
 */
@Controller
class AuditController {

    /** Data rows of one .xlsx sheet (1,048,576 rows less the header). */
    static final long BARIS_XLSX_MAKS = 1_048_575;

    private static final List<String> KEPALA = List.of(
            "audit.waktu",
            "audit.pengguna",
            "audit.entitas",
            "audit.entitas-id",
            "audit.aksi",
            "audit.ringkasan",
            "audit.sebelum",
            "audit.sesudah");

    private final JejakAuditQuery query;
    private final MessageSource pesan;
    private final Clock clock;

    AuditController(JejakAuditQuery query, MessageSource pesan, Clock clock) {
        this.query = query;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String cari(
            @RequestParam(required = false) @Nullable String entitas,
            @RequestParam(required = false) @Nullable String entitasId,
            @RequestParam(required = false) @Nullable String pengguna,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sampai,
            @RequestParam(required = false) @Nullable Integer page,
            HtmxRequest htmx,
            Model model,
            Locale locale) {
        var f = new JejakAuditQuery.Filter(entitas, entitasId, pengguna, q, dari, sampai);
        model.addAttribute("halaman", query.cari(f, Permintaan.dari(page, 25)));
        model.addAttribute("f", f);
        Map<String, String> daftarEntitas = new LinkedHashMap<>();
        query.daftarEntitas()
                .forEach(e -> daftarEntitas.put(e, pesan.getMessage("audit.entitas." + e, null, e, locale)));
        model.addAttribute("daftarEntitas", daftarEntitas);
        return htmx.isHtmxRequest() ? "audit/jejak :: tabel" : "audit/jejak";
    }

    @GetMapping("/audit/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(
            @RequestParam(required = false) @Nullable String entitas,
            @RequestParam(required = false) @Nullable String entitasId,
            @RequestParam(required = false) @Nullable String pengguna,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sampai,
            @RequestParam(required = false) @Nullable String format,
            Locale locale) {
        var f = new JejakAuditQuery.Filter(entitas, entitasId, pengguna, q, dari, sampai);
        boolean csv = "csv".equalsIgnoreCase(format);
        // Counted here, in the request: a refusal (403, too many rows for a sheet) is a page, not a broken download.
        if (!csv && query.hitung(f) > BARIS_XLSX_MAKS) {
            throw new KonflikException("audit.ekspor.terlalu-banyak", "Terlalu banyak baris untuk .xlsx");
        }
        List<String> kepala =
                KEPALA.stream().map(k -> pesan.getMessage(k, null, locale)).toList();
        LocalDate hariIni = LocalDate.now(clock);
        // The headers (file name, type) as the shared exports make them; the body streams the cursor.
        ResponseEntity<StreamingResponseBody> kerangka = csv
                ? CsvEkspor.unduh("jejak-audit", hariIni, "Audit", kepala, List.of())
                : ExcelEkspor.unduh("jejak-audit", hariIni, "Audit", kepala, List.of());
        StreamingResponseBody isi = out -> query.telusuri(f, baris -> tulis(out, csv, kepala, baris));
        return ResponseEntity.ok().headers(kerangka.getHeaders()).body(isi);
    }

    private static boolean tulis(OutputStream out, boolean csv, List<String> kepala, Stream<JejakAuditQuery.Entri> s) {
        Iterable<List<?>> baris = () -> s.<List<?>>map(e -> Arrays.asList(
                        e.waktu().toString(),
                        e.pengguna(),
                        e.entitas(),
                        e.entitasId(),
                        e.aksi(),
                        e.ringkasan(),
                        e.sebelum(),
                        e.sesudah()))
                .iterator();
        try {
            if (csv) {
                CsvEkspor.tulis(out, kepala, baris);
            } else {
                ExcelEkspor.tulis(out, "Audit", kepala, baris);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
