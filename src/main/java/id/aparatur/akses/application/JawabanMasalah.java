package id.aparatur.akses.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes the RFC 9457 ProblemDetail answers of the security filters (401, 403, 429), which run before Spring MVC and
 * so cannot use the REST exception handler. Title and detail come from the message bundles in the locale an API client
 * gets everywhere else (the application's {@link LocaleResolver}: Indonesian unless it asks for English).
 */
final class JawabanMasalah {

    private final MessageSource pesan;
    private final LocaleResolver bahasa;
    private final ObjectMapper json;

    JawabanMasalah(MessageSource pesan, LocaleResolver bahasa, ObjectMapper json) {
        this.pesan = pesan;
        this.bahasa = bahasa;
        this.json = json;
    }

    /**
     * @param kode message key prefix: {@code <kode>.judul} is the title, {@code <kode>.detail} the detail
     * @param argumen arguments of the detail message
     */
    void tulis(HttpServletRequest req, HttpServletResponse res, HttpStatus status, String kode, Object... argumen)
            throws IOException {
        Locale l = bahasa.resolveLocale(req);
        Map<String, Object> isi = new LinkedHashMap<>();
        isi.put("type", "about:blank");
        isi.put("title", pesan.getMessage(kode + ".judul", null, l));
        isi.put("status", status.value());
        isi.put("detail", pesan.getMessage(kode + ".detail", argumen, l));
        isi.put("instance", req.getRequestURI());
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(json.writeValueAsString(isi));
        res.getWriter().flush();
    }
}
