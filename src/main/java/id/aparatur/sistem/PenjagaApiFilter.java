package id.aparatur.sistem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.ObjectMapper;

/**
 * Guards every {@code /api/**} request outside the controllers, so that every answer of the API is a ProblemDetail:
 * <ul>
 *   <li>a body larger than its endpoint's limit is refused with 413 before anything reads it: by its
 *       {@code Content-Length}, and for a chunked body (or a lying length) by counting the bytes as they are read;
 *       multipart uploads keep the import limit ({@code aparatur.impor.ukuran-maksimal});
 *   <li>an error the servlet layer would answer with its own page ({@code sendError}: unknown path 404, 405, 406,
 *       415 before a controller is chosen) is written as a ProblemDetail instead;
 *   <li>an exception that no handler took is logged with an id and answered with a generic 500 naming only that id.
 * </ul>
 */
final class PenjagaApiFilter extends OncePerRequestFilter {

    private static final String OPTIMASI = "/api/v1/penempatan/optimasi";

    private final ProblemApi problem;
    private final ObjectMapper json;
    private final LocaleResolver bahasa;
    private final long batasBaku;
    private final long batasOptimasi;

    PenjagaApiFilter(ProblemApi problem, ObjectMapper json, LocaleResolver bahasa, long batasBaku, long batasOptimasi) {
        this.problem = problem;
        this.json = json;
        this.bahasa = bahasa;
        this.batasBaku = batasBaku;
        this.batasOptimasi = batasOptimasi;
    }

    /** The largest body accepted by the request's endpoint, in bytes. */
    long batas(HttpServletRequest req) {
        boolean optimasi =
                "POST".equals(req.getMethod()) && (req.getContextPath() + OPTIMASI).equals(req.getRequestURI());
        return optimasi ? batasOptimasi : batasBaku;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest masuk = req;
        String jenis = req.getContentType();
        if (jenis == null || !jenis.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            long batas = batas(req);
            if (req.getContentLengthLong() > batas) {
                tulis(req, res, () -> terlaluBesar(batas));
                return;
            }
            masuk = new IsiTerbatas(req, batas);
        }
        try {
            chain.doFilter(masuk, new JawabanProblem(req, res));
        } catch (IOException | ServletException | RuntimeException e) {
            if (res.isCommitted()) {
                throw e;
            }
            IsiTerlaluBesarException besar = IsiTerlaluBesarException.dalam(e);
            res.reset();
            tulis(req, res, () -> besar != null ? terlaluBesar(besar.batas()) : problem.tidakTerduga(e, req));
        }
    }

    ProblemDetail terlaluBesar(long batas) {
        ProblemDetail pd = problem.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "galat.413.judul",
                problem.pesan("galat.413.detail", LayananImpor.teksUkuran(batas)));
        pd.setProperty("batasByte", batas);
        return pd;
    }

    private void tulis(HttpServletRequest req, HttpServletResponse res, Supplier<ProblemDetail> isi)
            throws IOException {
        LocaleContext sebelum = LocaleContextHolder.getLocaleContext();
        ProblemDetail pd;
        try {
            LocaleContextHolder.setLocale(bahasa.resolveLocale(req));
            pd = isi.get();
        } finally {
            LocaleContextHolder.setLocaleContext(sebelum);
        }
        byte[] badan = json.writeValueAsBytes(ProblemApi.peta(pd, req.getRequestURI()));
        res.setStatus(pd.getStatus());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setContentLength(badan.length);
        res.getOutputStream().write(badan);
        res.flushBuffer();
    }

    /** Writes what the servlet layer would answer with an error page as a ProblemDetail of the same status. */
    private final class JawabanProblem extends HttpServletResponseWrapper {

        private final HttpServletRequest req;

        JawabanProblem(HttpServletRequest req, HttpServletResponse res) {
            super(res);
            this.req = req;
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, @Nullable String msg) throws IOException {
            if (isCommitted() || sc < 400) {
                super.sendError(sc, msg);
                return;
            }
            resetBuffer();
            HttpServletResponse asli = (HttpServletResponse) getResponse();
            tulis(req, asli, () -> {
                ProblemDetail pd = problem.umum(HttpStatusCode.valueOf(sc));
                if (sc == HttpStatus.NOT_FOUND.value()) {
                    pd.setDetail(problem.pesan("galat.404.alamat"));
                }
                return pd;
            });
        }
    }

    /** The request body, counted as it is read; past {@code batas} bytes reading fails with 413. */
    private static final class IsiTerbatas extends HttpServletRequestWrapper {

        private final long batas;
        private @Nullable ServletInputStream aliran;

        IsiTerbatas(HttpServletRequest req, long batas) {
            super(req);
            this.batas = batas;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (aliran == null) {
                aliran = new AliranTerbatas(super.getInputStream(), batas);
            }
            return aliran;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String enc = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), enc == null ? StandardCharsets.UTF_8 : Charset.forName(enc)));
        }
    }

    private static final class AliranTerbatas extends ServletInputStream {

        private final ServletInputStream asli;
        private final long batas;
        private long terbaca;

        AliranTerbatas(ServletInputStream asli, long batas) {
            this.asli = asli;
            this.batas = batas;
        }

        private int hitung(int n) {
            if (n > 0) {
                terbaca += n;
                if (terbaca > batas) {
                    throw new IsiTerlaluBesarException(batas);
                }
            }
            return n;
        }

        @Override
        public int read() throws IOException {
            int b = asli.read();
            if (b >= 0) {
                hitung(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return hitung(asli.read(b, off, len));
        }

        @Override
        public boolean isFinished() {
            return asli.isFinished();
        }

        @Override
        public boolean isReady() {
            return asli.isReady();
        }

        @Override
        public void setReadListener(ReadListener readListener) {
            asli.setReadListener(readListener);
        }
    }
}
