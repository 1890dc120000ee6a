package id.aparatur.penempatan.domain;

import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SK that turns an approved scenario into mutations: nomor SK, tanggal SK (when decided) and TMT (when it takes
 * effect). Rules: all three are required; the tanggal SK is not in the future (an SK is recorded after it is signed);
 * the TMT is not before the tanggal SK — a mutation decision does not take effect retroactively (UU 30/2014 Pasal 58
 * ayat 6: a decision is not retroactive except to avoid greater loss, which a re-placement is not). A TMT in the future
 * is allowed: the riwayat is written now, the current jabatan changes when the TMT arrives.
 */
public record KeputusanMutasi(
        @Nullable String nomorSk,
        @Nullable LocalDate tanggalSk,
        @Nullable LocalDate tmt) {

    public static final int PANJANG_NOMOR_MAKS = 100;

    public List<Galat> periksa(LocalDate hariIni) {
        List<Galat> g = new ArrayList<>();
        if (nomorSk == null || nomorSk.isBlank()) {
            g.add(new Galat("nomorSk", "NotBlank"));
        } else if (nomorSk.trim().length() > PANJANG_NOMOR_MAKS) {
            g.add(new Galat("nomorSk", "penempatan.sk.nomor-terlalu-panjang"));
        }
        if (tanggalSk == null) {
            g.add(new Galat("tanggalSk", "NotNull"));
        } else if (tanggalSk.isAfter(hariIni)) {
            g.add(new Galat("tanggalSk", "penempatan.sk.tanggal-masa-depan"));
        }
        if (tmt == null) {
            g.add(new Galat("tmt", "NotNull"));
        } else if (tanggalSk != null && tmt.isBefore(tanggalSk)) {
            g.add(new Galat("tmt", "penempatan.sk.tmt-sebelum-tanggal-sk"));
        }
        return g;
    }
}
