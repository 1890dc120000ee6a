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

    public static List<Galat> periksa(Pegawai p, LocalDate hariIni) {
        List<Galat> g = new ArrayList<>();
        if (p.nama().isBlank()) {
            g.add(new Galat("nama", "NotBlank"));
        }
        if (!p.tanggalLahir().equals(p.nip().tanggalLahir())) {
            g.add(new Galat("tanggalLahir", "pegawai.nip.beda-tanggal-lahir"));
        }
        if (!p.tmtCpns().equals(p.nip().tmtCpns())) {
            g.add(new Galat("tmtCpns", "pegawai.nip.beda-tmt"));
        }
        if (p.jenisKelamin() != p.nip().jenisKelamin()) {
            g.add(new Galat("jenisKelamin", "pegawai.nip.beda-kelamin"));
        }
        if (p.tanggalLahir().isAfter(hariIni)) {
            g.add(new Galat("tanggalLahir", "pegawai.tanggal-lahir.masa-depan"));
        }
        if (p.atasanNip() != null && p.atasanNip().equals(p.nip().nilai())) {
            g.add(new Galat("atasanNip", "pegawai.atasan.diri-sendiri"));
        }
        return g;
    }
}
