package id.aparatur.aturan;

import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test accounts and dates shared by the rule registry's integration tests (fixture of the aturan module). */
public final class AturanUji {

    public static final String BKD = "uji.aturan.bkd";
    public static final String PPK = "uji.aturan.ppk";
    public static final String PEGAWAI = "uji.aturan.pegawai";
    public static final String SANDI = "rahasia-uji-aturan-1";

    private AturanUji() {}

    public static void siapkan(PengelolaanPengguna pengguna) {
        if (!pengguna.ada(BKD)) {
            pengguna.daftarkan(BKD, SANDI, "Uji Aturan BKD", Set.of(Peran.ADMIN_BKD), null, null);
        }
        if (!pengguna.ada(PPK)) {
            pengguna.daftarkan(PPK, SANDI, "Uji Aturan PPK", Set.of(Peran.PPK), null, null);
        }
        if (!pengguna.ada(PEGAWAI)) {
            pengguna.daftarkan(PEGAWAI, SANDI, "Uji Aturan Pegawai", Set.of(Peran.PEGAWAI), null, null);
        }
    }

    /**
     * A start date a new version of {@code kode} may take: after today and after every approved version (tests share
     * one database, so earlier tests may have approved versions already), plus {@code hari}.
     */
    public static LocalDate mulaiBerikut(JdbcClient jdbc, String kode, int hari) {
        LocalDate terakhir = jdbc.sql("SELECT max(berlaku_mulai) FROM aturan.versi_aturan "
                        + "WHERE kode = ? AND status = 'DISETUJUI'")
                .param(kode)
                .query(LocalDate.class)
                .optional()
                .orElse(null);
        LocalDate hariIni = LocalDate.now();
        LocalDate dasar = terakhir == null || terakhir.isBefore(hariIni) ? hariIni : terakhir;
        return dasar.plusDays(hari);
    }
}
