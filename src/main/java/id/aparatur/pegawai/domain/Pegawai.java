package id.aparatur.pegawai.domain;

import id.aparatur.shared.NomorIndukPegawai;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * An employee (core data). For a PNS or CPNS the number is a NIP, whose birth date, TMT CPNS and gender (Perka BKN
 * 22/2007) must agree with the recorded ones; a PPPK has an NI PPPK and no TMT CPNS ({@code tmtCpns} null); see
 * {@link AturanPegawai}.
 */
public record Pegawai(
        NomorIndukPegawai nip,
        String nama,
        @Nullable String gelarDepan,
        @Nullable String gelarBelakang,
        char jenisKelamin,
        LocalDate tanggalLahir,
        @Nullable YearMonth tmtCpns,
        @Nullable Long jabatanId,
        @Nullable Long unitId,
        @Nullable Long opdId,
        @Nullable String atasanNip,
        boolean aktif,
        @Nullable String alasanNonaktif,
        int versi) {

    /**
     * This employee deactivated with a reason (never deleted: their history stays), expecting stored versi
     * {@code versi}.
     */
    public Pegawai nonaktif(String alasan, int versi) {
        return new Pegawai(
                nip,
                nama,
                gelarDepan,
                gelarBelakang,
                jenisKelamin,
                tanggalLahir,
                tmtCpns,
                jabatanId,
                unitId,
                opdId,
                atasanNip,
                false,
                alasan,
                versi);
    }

    /** This employee with another name or academic titles (an approved correction). */
    public Pegawai denganNama(String namaBaru, @Nullable String gelarDepanBaru, @Nullable String gelarBelakangBaru) {
        return new Pegawai(
                nip,
                namaBaru,
                gelarDepanBaru,
                gelarBelakangBaru,
                jenisKelamin,
                tanggalLahir,
                tmtCpns,
                jabatanId,
                unitId,
                opdId,
                atasanNip,
                aktif,
                alasanNonaktif,
                versi);
    }

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
