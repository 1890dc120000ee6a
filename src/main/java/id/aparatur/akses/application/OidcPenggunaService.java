package id.aparatur.akses.application;

import id.aparatur.akses.PenggunaAparatur;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

/**
 * Optional single sign-on (e.g. SSO SIASN / the Pemda's Keycloak): the identity provider proves who the user is, the
 * local account (matched on the claim {@code aparatur.oidc.klaim-username}, by default {@code preferred_username}, which
 * may carry the NIP) decides roles and scope. Unknown or inactive accounts are refused.
 */
@Service
@ConditionalOnProperty(name = "aparatur.oidc.enabled", havingValue = "true")
class OidcPenggunaService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final PenggunaRepository repo;
    private final String klaim;

    OidcPenggunaService(
            PenggunaRepository repo, @Value("${aparatur.oidc.klaim-username:preferred_username}") String klaim) {
        this.repo = repo;
        this.klaim = klaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = delegate.loadUser(request);
        Object nama = oidc.getClaims().get(klaim);
        PenggunaAparatur p = nama == null
                ? null
                : repo.cari(nama.toString()).filter(PenggunaAparatur::aktif).orElse(null);
        if (p == null) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("pengguna_tidak_terdaftar", "Akun SSO belum terdaftar di Aparatur", null));
        }
        return new DefaultOidcUser(p.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo(), klaim);
    }
}
