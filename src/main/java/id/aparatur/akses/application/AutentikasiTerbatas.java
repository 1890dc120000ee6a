package id.aparatur.akses.application;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check of form login and HTTP Basic, behind {@link PembatasLogin}: an attempt is reserved before the
 * hash is compared and counted when it fails. The client address is the one Spring Security records for the request
 * ({@code request.getRemoteAddr()}, which behind a reverse proxy is the proxy's unless
 * {@code server.forward-headers-strategy} is set; see docs/operasional.md).
 */
final class AutentikasiTerbatas implements AuthenticationProvider {

    /** The address of an authentication without request details (never from a web request). */
    static final String ALAMAT_TAK_DIKETAHUI = "tidak-diketahui";

    private final AuthenticationProvider delegate;
    private final PembatasLogin pembatas;

    AutentikasiTerbatas(AuthenticationProvider delegate, PembatasLogin pembatas) {
        this.delegate = delegate;
        this.pembatas = pembatas;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        PembatasLogin.Izin izin = pembatas.pesan(authentication.getName(), alamat(authentication));
        try {
            Authentication hasil = delegate.authenticate(authentication);
            if (hasil != null && hasil.isAuthenticated()) {
                pembatas.berhasil(izin);
            } else {
                pembatas.batal(izin);
            }
            return hasil;
        } catch (BadCredentialsException e) {
            pembatas.gagal(izin);
            throw e;
        } catch (RuntimeException | Error e) {
            pembatas.batal(izin);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String alamat(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress()
                : ALAMAT_TAK_DIKETAHUI;
    }
}
