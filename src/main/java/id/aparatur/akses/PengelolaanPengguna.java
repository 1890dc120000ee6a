package id.aparatur.akses;

import id.aparatur.akses.application.PenggunaRepository;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade to register accounts (used by the first-admin bootstrap and the demo loader). Passwords are hashed. */
@Component
public class PengelolaanPengguna {

    private final PenggunaRepository repo;
    private final PasswordEncoder encoder;

    PengelolaanPengguna(PenggunaRepository repo, PasswordEncoder encoder) {
        this.repo = repo;
        this.encoder = encoder;
    }

    @Transactional
    public void daftarkan(
            String username,
            String passwordPolos,
            String nama,
            Set<Peran> peran,
            @Nullable Long opdId,
            @Nullable String nip) {
        repo.simpan(
                new PenggunaAparatur(username, encoder.encode(passwordPolos), nama, peran, opdId, nip, true, false));
    }

    public boolean ada(String username) {
        return repo.cari(username).isPresent();
    }

    public boolean adaAdmin() {
        return repo.jumlahDenganPeran(Peran.ADMIN_BKD) > 0;
    }
}
