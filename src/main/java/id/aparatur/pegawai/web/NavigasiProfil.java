package id.aparatur.pegawai.web;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.PenggunaAparatur;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The signed-in user's own NIP for the "Profil saya" link of the navigation bar (null when the user has none). */
@ControllerAdvice(annotations = Controller.class)
class NavigasiProfil {

    private final CakupanPengguna cakupan;

    NavigasiProfil(CakupanPengguna cakupan) {
        this.cakupan = cakupan;
    }

    @ModelAttribute("nipSaya")
    @Nullable
    String nipSaya() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        if (auth.getPrincipal() instanceof PenggunaAparatur p) {
            return p.nip() == null ? null : p.nip().trim();
        }
        try {
            String nip = cakupan.saatIni().nip(); // e.g. single sign-on: the account is looked up by name
            return nip == null ? null : nip.trim();
        } catch (AuthenticationException e) {
            return null;
        }
    }
}
