package id.aparatur.akses.application;

import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first ADMIN_BKD account from {@code APARATUR_ADMIN_USERNAME} and {@code APARATUR_ADMIN_PASSWORD}
 * (or {@code --aparatur.admin.username=… --aparatur.admin.password=…}) when that account does not exist yet. Outside
 * the demo profile this is the only way in: there is no default account.
 */
@Component
@Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class AdminAwal implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAwal.class);

    private final PengelolaanPengguna pengguna;
    private final String username;
    private final String password;

    AdminAwal(
            PengelolaanPengguna pengguna,
            @Value("${aparatur.admin.username:}") String username,
            @Value("${aparatur.admin.password:}") String password) {
        this.pengguna = pengguna;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            if (!pengguna.adaAdmin()) {
                LOG.warn("Belum ada akun ADMIN_BKD. Jalankan sekali dengan APARATUR_ADMIN_USERNAME dan "
                        + "APARATUR_ADMIN_PASSWORD untuk membuat admin pertama.");
            }
            return;
        }
        if (pengguna.ada(username)) {
            LOG.info("Akun admin {} sudah ada; tidak diubah.", username);
            return;
        }
        if (password.length() < 12) {
            throw new IllegalStateException("APARATUR_ADMIN_PASSWORD harus minimal 12 karakter");
        }
        pengguna.daftarkan(username, password, "Administrator BKD", Set.of(Peran.ADMIN_BKD), null, null);
        LOG.info("Akun ADMIN_BKD {} dibuat.", username);
    }
}
