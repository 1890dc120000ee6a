package id.aparatur.pegawai.domain;

import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency rules for core employee data.
 *
 * <ul>
 *   <li>the birth date, TMT CPNS (year-month) and gender in the NIP equal the recorded ones (Perka BKN 22/2007; SIASN
 *       checks the gender digit against {@code jenisKelamin});
 *   <li>an employee is not their own atasan;
 *   <li>the name is not blank.
 * </ul>
 */
public final class AturanPegawai {

    private AturanPegawai() {}

    /** Rules for data entered now: the NIP must agree with birth date, TMT CPNS and gender. */
    public static List<Galat> periksa(Pegawai p, LocalDate hariIni) {
        List<Galat> g = periksaDataLama(p, hariIni);
        for (String kode : ketidaksesuaianNip(p.nip(), p.tanggalLahir(), p.tmtCpns(), p.jenisKelamin())) {
            g.add(new Galat(
                    kode.equals("pegawai.nip.beda-tanggal-lahir")
                            ? "tanggalLahir"
                            : kode.equals("pegawai.nip.beda-tmt") ? "tmtCpns" : "jenisKelamin",
                    kode));
        }
        return g;
    }

    /**
     * Rules for legacy data (imports): disagreement between the NIP and the recorded birth date, TMT CPNS or gender is
     * not an error but flagged on the profile ({@link #ketidaksesuaianNip}).
     */
    public static List<Galat> periksaDataLama(Pegawai p, LocalDate hariIni) {
        List<Galat> g = new ArrayList<>();
        if (p.nama().isBlank()) {
            g.add(new Galat("nama", "NotBlank"));
        }
        if (p.tanggalLahir().isAfter(hariIni)) {
            g.add(new Galat("tanggalLahir", "pegawai.tanggal-lahir.masa-depan"));
        }
        if (p.atasanNip() != null && p.atasanNip().equals(p.nip().nilai())) {
            g.add(new Galat("atasanNip", "pegawai.atasan.diri-sendiri"));
        }
        return g;
    }

    /** Message keys of every disagreement between the NIP and the recorded data; empty when consistent. */
    public static List<String> ketidaksesuaianNip(
            id.aparatur.shared.Nip nip, LocalDate tanggalLahir, java.time.YearMonth tmtCpns, char jenisKelamin) {
        List<String> k = new ArrayList<>();
        if (!tanggalLahir.equals(nip.tanggalLahir())) {
            k.add("pegawai.nip.beda-tanggal-lahir");
        }
        if (!tmtCpns.equals(nip.tmtCpns())) {
            k.add("pegawai.nip.beda-tmt");
        }
        if (jenisKelamin != nip.jenisKelamin()) {
            k.add("pegawai.nip.beda-kelamin");
        }
        return k;
    }
}
