package id.aparatur.akses.application;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for form login and HTTP Basic; a throttled account comes back locked. */
@Service
class PenggunaDetailsService implements UserDetailsService {

    private final PenggunaRepository repo;
    private final PembatasLogin pembatas;

    PenggunaDetailsService(PenggunaRepository repo, PembatasLogin pembatas) {
        this.repo = repo;
        this.pembatas = pembatas;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var p = repo.cari(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return pembatas.terkunci(username) ? withLock(p) : p;
    }

    private static UserDetails withLock(id.aparatur.akses.PenggunaAparatur p) {
        return new id.aparatur.akses.PenggunaAparatur(p.username(), p.passwordHash(), p.nama(), p.peran(), p.opdId(),
                p.nip(), p.aktif(), true);
    }
}
