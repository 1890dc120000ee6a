package id.aparatur.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Nomor Induk Pegawai (18 digit) menurut Perka BKN 22/2007: tanggal lahir (yyyyMMdd), TMT CPNS (yyyyMM), jenis
 * kelamin (1 laki-laki, 2 perempuan), nomor urut (001-999). Tidak ada digit pemeriksa.
 *
 * @param nilai the 18 digits, never null
 */
public record Nip(String nilai) implements NomorIndukPegawai {

    public Nip {
        List<String> pelanggaran = periksa(nilai);
        if (!pelanggaran.isEmpty()) {
            throw new NipTidakSahException(nilai, pelanggaran);
        }
    }

    /** Parses a NIP written with or without the conventional spaces (8-6-1-3). */
    public static Nip dari(String teks) {
        return new Nip(teks == null ? "" : teks.replace(" ", ""));
    }

    public LocalDate tanggalLahir() {
        return LocalDate.of(
                Integer.parseInt(nilai.substring(0, 4)),
                Integer.parseInt(nilai.substring(4, 6)),
                Integer.parseInt(nilai.substring(6, 8)));
    }

    public YearMonth tmtCpns() {
        return YearMonth.of(Integer.parseInt(nilai.substring(8, 12)), Integer.parseInt(nilai.substring(12, 14)));
    }

    /** {@code L} or {@code P}. */
    public char jenisKelamin() {
        return nilai.charAt(14) == '1' ? 'L' : 'P';
    }

    public int nomorUrut() {
        return Integer.parseInt(nilai.substring(15, 18));
    }

    /** Display form {@code 19860926 201505 1 001}. */
    public String terformat() {
        return nilai.substring(0, 8) + " " + nilai.substring(8, 14) + " " + nilai.charAt(14) + " "
                + nilai.substring(15);
    }

    /**
     * Display form of any 18-digit employee number (a NIP or an NI PPPK, which does not follow the NIP structure) in the
     * 8-6-1-3 grouping, without validating it; anything else is returned as it is. For lists that show stored numbers.
     */
    public static String terformat(String nomor) {
        if (!delapanBelasAngka(nomor)) {
            return nomor;
        }
        return nomor.substring(0, 8) + " " + nomor.substring(8, 14) + " " + nomor.charAt(14) + " "
                + nomor.substring(15);
    }

    @Override
    public String toString() {
        return nilai;
    }

    /** No regular expression: the placement API checks 60,000 NIPs per request. */
    private static boolean delapanBelasAngka(String nilai) {
        if (nilai == null || nilai.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            char c = nilai.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks every rule and returns the message keys of the violated ones (empty when valid). Keys are resolved in
     * {@code messages}: {@code nip.panjang}, {@code nip.tanggal-lahir}, {@code nip.tmt-cpns}, {@code nip.jenis-kelamin},
     * {@code nip.nomor-urut}, {@code nip.tmt-sebelum-lahir}.
     */
    public static List<String> periksa(String nilai) {
        List<String> hasil = new ArrayList<>();
        if (!delapanBelasAngka(nilai)) {
            hasil.add("nip.panjang");
            return hasil;
        }
        LocalDate lahir = null;
        try {
            lahir = LocalDate.of(
                    Integer.parseInt(nilai.substring(0, 4)),
                    Integer.parseInt(nilai.substring(4, 6)),
                    Integer.parseInt(nilai.substring(6, 8)));
            if (lahir.getYear() < 1900) {
                hasil.add("nip.tanggal-lahir");
                lahir = null;
            }
        } catch (DateTimeException e) {
            hasil.add("nip.tanggal-lahir");
        }
        int tahunTmt = Integer.parseInt(nilai.substring(8, 12));
        int bulanTmt = Integer.parseInt(nilai.substring(12, 14));
        if (bulanTmt < 1 || bulanTmt > 12 || tahunTmt < 1950 || tahunTmt > 2100) {
            hasil.add("nip.tmt-cpns");
        } else if (lahir != null && YearMonth.of(tahunTmt, bulanTmt).isBefore(YearMonth.from(lahir.plusYears(17)))) {
            hasil.add("nip.tmt-sebelum-lahir");
        }
        char kelamin = nilai.charAt(14);
        if (kelamin != '1' && kelamin != '2') {
            hasil.add("nip.jenis-kelamin");
        }
        if (nilai.substring(15).equals("000")) {
            hasil.add("nip.nomor-urut");
        }
        return hasil;
    }
}
