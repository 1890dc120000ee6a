package id.aparatur.akses.application;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.web.RedirectStrategy;

/**
 * Redirects with a path only, never a scheme and host. The URL saved before the login page (to come back to after
 * login) is stored absolute, built from the request's {@code Host} header; redirecting to it as is would send the
 * user to whatever host a request claimed to be for. With {@code server.tomcat.use-relative-redirects=true} the
 * container also leaves the path relative, so no redirect of Aparatur names a host at all.
 */
final class PengalihanRelatif implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(relatif(url, request.getContextPath())));
    }

    /** {@code url} as a path (with query) on this application; anything unusable becomes the start page. */
    static String relatif(String url, String konteks) {
        String path;
        try {
            URI u = new URI(url);
            path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (u.getRawQuery() != null) {
                path += "?" + u.getRawQuery();
            }
            if (!u.isAbsolute() && u.getRawAuthority() == null && !path.startsWith(konteks + "/")) {
                path = konteks + (path.startsWith("/") ? path : "/" + path);
            }
        } catch (URISyntaxException e) {
            path = konteks + "/";
        }
        // "//evil.example" would be read by the browser as another host.
        while (path.startsWith("//") || path.startsWith("/\\")) {
            path = path.substring(1);
        }
        return path;
    }
}
