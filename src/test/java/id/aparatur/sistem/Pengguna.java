package id.aparatur.sistem;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.PenggunaAparatur;
import id.aparatur.akses.Peran;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mockito.Mockito;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A signed-in user for web slices ({@link UjiHalaman}): the request's principal and what the mocked scope answers. */
public record Pengguna(
        String username,
        Set<Peran> peran,
        @Nullable Long opdId,
        @Nullable String nip) {

    public static Pengguna bkd() {
        return new Pengguna("bkd", Set.of(Peran.ADMIN_BKD), null, null);
    }

    public static Pengguna pegawai(String nip, long opd) {
        return new Pengguna("pegawai.uji", Set.of(Peran.PEGAWAI), opd, nip);
    }

    public Cakupan cakupan() {
        return new Cakupan(username, peran, opdId, nip);
    }

    /** Signs this user in for one request and makes {@code cakupan} (the mock of the slice) answer their scope. */
    public RequestPostProcessor masuk(CakupanPengguna cakupan) {
        Mockito.when(cakupan.saatIni()).thenReturn(cakupan());
        return SecurityMockMvcRequestPostProcessors.user(
                new PenggunaAparatur(username, null, username, peran, opdId, nip, true, false));
    }
}
