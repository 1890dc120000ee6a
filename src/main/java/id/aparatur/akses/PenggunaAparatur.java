package id.aparatur.akses;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security sees it. */
public record PenggunaAparatur(
        String username,
        @Nullable String passwordHash,
        String nama,
        Set<Peran> peran,
        @Nullable Long opdId,
        @Nullable String nip,
        boolean aktif,
        boolean terkunci)
        implements UserDetails {

    public Cakupan cakupan() {
        return new Cakupan(username, peran, opdId, nip);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> hasil = peran.stream()
                .map(p -> (GrantedAuthority) new SimpleGrantedAuthority(p.authority()))
                .toList();
        return hasil;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !terkunci;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }

    PenggunaAparatur denganKunci(boolean kunci) {
        return new PenggunaAparatur(username, passwordHash, nama, peran, opdId, nip, aktif, kunci);
    }
}
