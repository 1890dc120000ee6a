package id.aparatur.sistem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Keeps an oversized multipart upload from failing outside the controllers. {@code request.getParameter} on a
 * multipart request makes the servlet container parse the body; since Tomcat 11 a body over the multipart limit then
 * throws from {@code getParameter} itself, and callers that only want a query parameter (the {@code ?lang=} locale
 * interceptor, Spring Security's CSRF check, the error page) turn that into a bare HTML 413. This wrapper answers
 * such calls from the query string instead, so the failure surfaces where Spring reads the file part — as a
 * {@code MaxUploadSizeExceededException} that the import API answers with a 413 ProblemDetail and the import page
 * with a message.
 */
class MultipartParameterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String jenis = request.getContentType();
        if (jenis != null && jenis.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(new Pembungkus(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Pembungkus extends HttpServletRequestWrapper {

        private @Nullable Map<String, String[]> dariKueri;

        Pembungkus(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getParameter(String name) {
            try {
                return super.getParameter(name);
            } catch (IllegalStateException e) {
                String[] v = kueri().get(name);
                return v == null ? null : v[0];
            }
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            try {
                return super.getParameterMap();
            } catch (IllegalStateException e) {
                return kueri();
            }
        }

        @Override
        public Enumeration<String> getParameterNames() {
            try {
                return super.getParameterNames();
            } catch (IllegalStateException e) {
                return Collections.enumeration(kueri().keySet());
            }
        }

        @Override
        public String @Nullable [] getParameterValues(String name) {
            try {
                return super.getParameterValues(name);
            } catch (IllegalStateException e) {
                return kueri().get(name);
            }
        }

        private Map<String, String[]> kueri() {
            if (dariKueri == null) {
                String q = getQueryString();
                MultiValueMap<String, String> m = UriComponentsBuilder.newInstance()
                        .query(q == null ? "" : q)
                        .build()
                        .getQueryParams();
                dariKueri = m.entrySet().stream()
                        .collect(Collectors.toUnmodifiableMap(
                                e -> UriUtils.decode(e.getKey(), StandardCharsets.UTF_8), e -> dekode(e.getValue())));
            }
            return dariKueri;
        }

        private static String[] dekode(List<String> nilai) {
            return nilai.stream()
                    .map(v -> v == null ? "" : UriUtils.decode(v, StandardCharsets.UTF_8))
                    .toArray(String[]::new);
        }
    }
}
