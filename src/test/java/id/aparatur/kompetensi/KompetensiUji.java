package id.aparatur.kompetensi;

import id.aparatur.akses.PengelolaanPengguna;
import id.aparatur.akses.Peran;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test accounts, rumpun and JSON bodies shared by the kamus kompetensi integration tests. */
final class KompetensiUji {

    static final String BKD = "uji.bkd";
    static final String PEGAWAI = "uji.pegawai";
    static final String SANDI = "rahasia-uji-123";
    /** A rumpun no reference data uses, so these tests run with or without the reference migration. */
    static final String RUMPUN = "UJI";

    private KompetensiUji() {}

    static void siapkan(PengelolaanPengguna pengguna, JdbcClient jdbc) {
        if (!pengguna.ada(BKD)) {
            pengguna.daftarkan(BKD, SANDI, "Uji BKD", Set.of(Peran.ADMIN_BKD), null, null);
        }
        if (!pengguna.ada(PEGAWAI)) {
            pengguna.daftarkan(PEGAWAI, SANDI, "Uji Pegawai", Set.of(Peran.PEGAWAI), null, null);
        }
        jdbc.sql("INSERT INTO kompetensi.rumpun (kode, nama) VALUES (?, 'Rumpun Uji') ON CONFLICT DO NOTHING")
                .param(RUMPUN)
                .update();
    }

    static String level() {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(
                        i -> "{\"level\":%d,\"deskripsi\":\"Deskripsi level %d\",\"indikator\":\"Indikator level %d\"}"
                                .formatted(i, i, i))
                .collect(Collectors.joining(",", "[", "]"));
    }

    static String baru(String kode, String nama, String jenis, String rumpun) {
        return """
                {"kode":"%s","nama":"%s","jenis":"%s","rumpunKode":%s,"definisi":"Definisi %s",
                 "dasarHukum":"PermenPANRB 38/2017","berlakuMulai":"2018-01-01","level":%s}""".formatted(kode, nama, jenis, rumpun == null ? "null" : "\"" + rumpun + "\"", nama, level());
    }
}
