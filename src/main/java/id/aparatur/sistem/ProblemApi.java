package id.aparatur.sistem;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds the RFC 9457 ProblemDetail of every {@code /api/**} error, in the request's language: a title per status
 * ({@code galat.<status>.judul}), for a 400 the {@code errors: [{field, message}]} list, and for an unexpected failure a
 * generic 500 that says nothing about the cause (no stack trace, no SQL) but carries the {@code idGalat} under which the
 * exception is logged. Used by {@link ApiExceptionHandler} (controllers) and {@link PenjagaApiFilter} (everything that
 * happens outside a controller: unknown path, wrong method, oversized body, an exception no handler took).
 */
@Component
class ProblemApi {

    /** Field of an error that concerns the whole request body rather than one item. */
    static final String AKAR = "$";

    private static final Logger LOG = LoggerFactory.getLogger(ProblemApi.class);

    /** One offending item: the JSON path (or parameter name) and its message. */
    record GalatIsian(String field, MessageSourceResolvable pesan) {}

    private final MessageSource pesan;

    ProblemApi(MessageSource pesan) {
        this.pesan = pesan;
    }

    static boolean api(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String konteks = req.getContextPath();
        return uri != null && uri.startsWith(konteks + "/api/");
    }

    ProblemDetail problem(HttpStatusCode status, String kodeJudul, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(pesan(kodeJudul));
        pd.setType(URI.create("about:blank"));
        return pd;
    }

    /**
     * The generic problem of a status: {@code galat.<status>.judul} and {@code galat.<status>.detail}; a 400 names the
     * whole request in {@code errors}.
     */
    ProblemDetail umum(HttpStatusCode status) {
        int s = status.value();
        if (s == 400) {
            return validasi(List.of(new GalatIsian(AKAR, PesanTipe.pesan("galat.400.detail"))));
        }
        HttpStatus dikenal = HttpStatus.resolve(s);
        String judul = pesan.getMessage(
                "galat." + s + ".judul",
                null,
                dikenal == null ? String.valueOf(s) : dikenal.getReasonPhrase(),
                locale());
        String detail = pesan.getMessage("galat." + s + ".detail", null, judul, locale());
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(judul);
        pd.setType(URI.create("about:blank"));
        return pd;
    }

    /** A 400 listing every offending item. */
    ProblemDetail validasi(List<GalatIsian> galat) {
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "galat.validasi.judul", pesan("galat.validasi.detail"));
        pd.setProperty("errors", errors(galat));
        return pd;
    }

    List<Map<String, String>> errors(List<GalatIsian> galat) {
        List<Map<String, String>> hasil = new ArrayList<>();
        for (GalatIsian g : galat) {
            hasil.add(error(g.field(), pesan.getMessage(g.pesan(), locale())));
        }
        return hasil;
    }

    static Map<String, String> error(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    /** Logs an unexpected exception under a new id and returns the 500 that names only that id. */
    ProblemDetail tidakTerduga(Throwable e, HttpServletRequest req) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Galat tak terduga [idGalat={}] pada {} {}", id, req.getMethod(), req.getRequestURI(), e);
        ProblemDetail pd = problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "galat.500.judul",
                pesan.getMessage("galat.500.detail", new Object[] {id}, locale()));
        pd.setProperty("idGalat", id);
        return pd;
    }

    /** The problem as the plain map a filter writes (same members as Spring's ProblemDetail serialization). */
    static Map<String, Object> peta(ProblemDetail pd, @Nullable String instance) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", pd.getType().toString());
        m.put("title", pd.getTitle());
        m.put("status", pd.getStatus());
        m.put("detail", pd.getDetail());
        if (instance != null) {
            m.put("instance", instance);
        }
        if (pd.getProperties() != null) {
            m.putAll(pd.getProperties());
        }
        return m;
    }

    String pesan(String kode, Object... argumen) {
        return pesan.getMessage(kode, argumen.length == 0 ? null : argumen, kode, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
