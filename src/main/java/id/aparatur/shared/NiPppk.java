package id.aparatur.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Nomor Induk PPPK (NI PPPK): the employee number of a PPPK (PP 49/2018). It does not follow the PNS NIP structure of
 * Perka BKN 22/2007 ({@link Nip}): it has no TMT CPNS. Published descriptions say it has 18 digits and contains the
 * birth date, the year of the first appointment as calon PPPK, a two-digit segment (described as the number of work
 * agreements), the gender and a serial number; the digit widths (8 + 4 + 2 + 1 + 3) are <b>not confirmed</b> by a
 * regulation text.
 *
 * <p>So only what is documented rejects ({@link #periksa}: 18 digits), and every positional reading is a warning
 * ({@link #peringatan}) that never blocks a real number. The value is stored in the same 18-digit employee-number column
 * as a NIP.
 *
 * @param nilai the 18 digits
 */
public record NiPppk(String nilai) implements NomorIndukPegawai {

    public NiPppk {
        List<String> pelanggaran = periksa(nilai);
        if (!pelanggaran.isEmpty()) {
            throw new NipTidakSahException(nilai, pelanggaran);
        }
    }

    /** Parses a number written with or without spaces. */
    public static NiPppk dari(String teks) {
        return new NiPppk(teks == null ? "" : teks.replace(" ", ""));
    }

    /** The documented rule: exactly 18 digits. Message keys, empty when valid ({@code ni-pppk.panjang}). */
    public static List<String> periksa(@Nullable String nilai) {
        if (nilai == null || !nilai.matches("[0-9]{18}")) {
            return List.of("ni-pppk.panjang");
        }
        return List.of();
    }

    /**
     * The unconfirmed positional rules, as warnings (message keys): digits 1–8 a birth date ({@code ni-pppk.tanggal-lahir}),
     * digits 9–12 a plausible year of appointment, at least 17 years after birth ({@code ni-pppk.tahun}), digit 15 the
     * gender 1/2 ({@code ni-pppk.jenis-kelamin}), digits 16–18 not {@code 000} ({@code ni-pppk.nomor-urut}). Digits
     * 13–14 are not read: their meaning is not confirmed.
     */
    public static List<String> peringatan(String nilai) {
        List<String> hasil = new ArrayList<>();
        if (!periksa(nilai).isEmpty()) {
            return hasil;
        }
        LocalDate lahir = tanggalLahir(nilai);
        if (lahir == null) {
            hasil.add("ni-pppk.tanggal-lahir");
        }
        int tahun = Integer.parseInt(nilai.substring(8, 12));
        if (tahun < 2005 || tahun > 2100 || (lahir != null && tahun < lahir.getYear() + 17)) {
            hasil.add("ni-pppk.tahun");
        }
        if (nilai.charAt(14) != '1' && nilai.charAt(14) != '2') {
            hasil.add("ni-pppk.jenis-kelamin");
        }
        if (nilai.endsWith("000")) {
            hasil.add("ni-pppk.nomor-urut");
        }
        return hasil;
    }

    /** Digits 1–8 read as a birth date, or null when they are not one (unconfirmed position). */
    public static @Nullable LocalDate tanggalLahir(String nilai) {
        try {
            LocalDate d = LocalDate.of(
                    Integer.parseInt(nilai.substring(0, 4)),
                    Integer.parseInt(nilai.substring(4, 6)),
                    Integer.parseInt(nilai.substring(6, 8)));
            return d.getYear() < 1900 ? null : d;
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Digit 15 read as gender ({@code L}/{@code P}), or null when it is neither 1 nor 2 (unconfirmed position). */
    public static @Nullable Character jenisKelamin(String nilai) {
        char c = nilai.length() == 18 ? nilai.charAt(14) : ' ';
        return c == '1' ? Character.valueOf('L') : c == '2' ? Character.valueOf('P') : null;
    }

    @Override
    public String toString() {
        return nilai;
    }
}
