package id.aparatur.akses.application;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for form login and HTTP Basic. Throttling is not decided here but before the password check, per
 * account and client address ({@link AutentikasiTerbatas}).
 */
@Service
class PenggunaDetailsService implements UserDetailsService {

    private final PenggunaRepository repo;

    PenggunaDetailsService(PenggunaRepository repo) {
        this.repo = repo;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return repo.cari(username).orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
