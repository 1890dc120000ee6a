package id.aparatur.pegawai.domain;

import id.aparatur.shared.Nip;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * An employee (core data). Birth date, TMT CPNS and gender are encoded in the NIP (Perka BKN 22/2007) and must agree
 * with it; see {@link AturanPegawai}.
 */
public record Pegawai(Nip nip, String nama, @Nullable String gelarDepan, @Nullable String gelarBelakang,
        char jenisKelamin, LocalDate tanggalLahir, YearMonth tmtCpns, @Nullable Long jabatanId, @Nullable Long unitId,
        @Nullable Long opdId, @Nullable String atasanNip, boolean aktif, @Nullable String alasanNonaktif, int versi) {

    /** Name with academic titles, e.g. {@code dr. Siti Aminah, M.Kes.}. */
    public String namaLengkap() {
        StringBuilder sb = new StringBuilder();
        if (gelarDepan != null && !gelarDepan.isBlank()) {
            sb.append(gelarDepan).append(' ');
        }
        sb.append(nama);
        if (gelarBelakang != null && !gelarBelakang.isBlank()) {
            sb.append(", ").append(gelarBelakang);
        }
        return sb.toString();
    }
}
