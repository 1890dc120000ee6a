package id.aparatur.audit.web;

import id.aparatur.audit.application.JejakAuditQuery;
import id.aparatur.shared.Permintaan;
import id.aparatur.sistem.ExcelEkspor;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Audit trail search for ADMIN_BKD (authorisation on {@link JejakAuditQuery}). */
@Controller
class AuditController {

    private final JejakAuditQuery query;
    private final MessageSource pesan;
    private final Clock clock;

    AuditController(JejakAuditQuery query, MessageSource pesan, Clock clock) {
        this.query = query;
        this.pesan = pesan;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String cari(@RequestParam(required = false) @Nullable String entitas,
            @RequestParam(required = false) @Nullable String entitasId,
            @RequestParam(required = false) @Nullable String pengguna, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sampai,
            @RequestParam(required = false) @Nullable Integer page, HtmxRequest htmx, Model model) {
        var f = new JejakAuditQuery.Filter(entitas, entitasId, pengguna, q, dari, sampai);
        model.addAttribute("halaman", query.cari(f, Permintaan.dari(page, 25)));
        model.addAttribute("f", f);
        model.addAttribute("daftarEntitas", List.of("OPD", "UNIT", "JABATAN", "KOMPETENSI", "STANDAR_LEVEL", "PEGAWAI"));
        return htmx.isHtmxRequest() ? "audit/jejak :: tabel" : "audit/jejak";
    }

    @GetMapping("/audit/ekspor")
    ResponseEntity<StreamingResponseBody> ekspor(@RequestParam(required = false) @Nullable String entitas,
            @RequestParam(required = false) @Nullable String entitasId,
            @RequestParam(required = false) @Nullable String pengguna, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dari,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate sampai,
            Locale locale) {
        var h = query.cari(new JejakAuditQuery.Filter(entitas, entitasId, pengguna, q, dari, sampai), new Permintaan(0, 200));
        List<List<?>> baris = new ArrayList<>();
        h.content().forEach(e -> baris.add(java.util.Arrays.asList(e.waktu().toString(), e.pengguna(), e.entitas(),
                e.entitasId(), e.aksi(), e.ringkasan(), e.sebelum(), e.sesudah())));
        List<String> kepala = List.of("audit.waktu", "audit.pengguna", "audit.entitas", "audit.entitas-id", "audit.aksi",
                "audit.ringkasan", "audit.sebelum", "audit.sesudah").stream().map(k -> pesan.getMessage(k, null, locale)).toList();
        return ExcelEkspor.unduh("jejak-audit", LocalDate.now(clock), "Audit", kepala, baris);
    }
}
