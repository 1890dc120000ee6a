package id.aparatur.akses;

import id.aparatur.akses.application.PenggunaRepository;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Facade: the scope (cakupan) of the signed-in user. */
@Component
public class CakupanPengguna {

    private final PenggunaRepository pengguna;

    CakupanPengguna(PenggunaRepository pengguna) {
        this.pengguna = pengguna;
    }

    /**
     * @return the current user's scope, never null
     * @throws AuthenticationCredentialsNotFoundException when nobody is signed in
     */
    public Cakupan saatIni() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Belum masuk");
        }
        if (auth.getPrincipal() instanceof PenggunaAparatur p) {
            return p.cakupan();
        }
        return pengguna.cari(auth.getName())
                .map(PenggunaAparatur::cakupan)
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Pengguna tidak dikenal"));
    }
}
