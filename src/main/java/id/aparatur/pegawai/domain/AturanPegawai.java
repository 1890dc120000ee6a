package id.aparatur.pegawai.domain;

import id.aparatur.shared.NiPppk;
import id.aparatur.shared.Nip;
import id.aparatur.shared.NomorIndukPegawai;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Consistency rules for core employee data.
 *
 * <ul>
 *   <li>a PNS or CPNS: the birth date, TMT CPNS (year-month) and gender in the NIP equal the recorded ones (Perka BKN
 *       22/2007; SIASN checks the gender digit against {@code jenisKelamin}), and the TMT CPNS is known;
 *   <li>a PPPK has no TMT CPNS (PP 49/2018: a PPPK is appointed by a perjanjian kerja, never as CPNS); its NI PPPK is
 *       read only as far as it is documented ({@link NiPppk}): a disagreement with the birth date or gender, or an
 *       implausible digit, is a warning, never an error;
 *   <li>an employee is not their own atasan;
 *   <li>the name is not blank.
 * </ul>
 */
public final class AturanPegawai {

    private AturanPegawai() {}

    /** Rules for data entered now: a NIP must agree with birth date, TMT CPNS and gender. */
    public static List<Galat> periksa(Pegawai p, LocalDate hariIni) {
        List<Galat> g = periksaDataLama(p, hariIni);
        if (p.nip() instanceof NiPppk && p.tmtCpns() != null) {
            g.add(new Galat("tmtCpns", "pegawai.tmt-cpns.pppk"));
        }
        if (p.nip() instanceof Nip) {
            for (String kode : ketidaksesuaianNip(p.nip(), p.tanggalLahir(), p.tmtCpns(), p.jenisKelamin())) {
                g.add(new Galat(
                        kode.equals("pegawai.nip.beda-tanggal-lahir")
                                ? "tanggalLahir"
                                : kode.equals("pegawai.nip.beda-tmt") ? "tmtCpns" : "jenisKelamin",
                        kode));
            }
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
        if (p.nip() instanceof Nip && p.tmtCpns() == null) {
            g.add(new Galat("tmtCpns", "pegawai.tmt-cpns.wajib"));
        }
        return g;
    }

    /**
     * Message keys of every disagreement between the employee number and the recorded data; empty when consistent.
     * For an NI PPPK: its unconfirmed positional readings ({@link NiPppk#peringatan}) and a birth date or gender that
     * differs from what those positions would say — all of them warnings.
     */
    public static List<String> ketidaksesuaianNip(
            NomorIndukPegawai nomor, LocalDate tanggalLahir, @Nullable YearMonth tmtCpns, char jenisKelamin) {
        List<String> k = new ArrayList<>();
        if (nomor instanceof Nip nip) {
            if (!tanggalLahir.equals(nip.tanggalLahir())) {
                k.add("pegawai.nip.beda-tanggal-lahir");
            }
            if (tmtCpns != null && !tmtCpns.equals(nip.tmtCpns())) {
                k.add("pegawai.nip.beda-tmt");
            }
            if (jenisKelamin != nip.jenisKelamin()) {
                k.add("pegawai.nip.beda-kelamin");
            }
        } else {
            String n = nomor.nilai();
            k.addAll(NiPppk.peringatan(n));
            LocalDate lahir = NiPppk.tanggalLahir(n);
            if (lahir != null && !lahir.equals(tanggalLahir)) {
                k.add("pegawai.ni-pppk.beda-tanggal-lahir");
            }
            Character jk = NiPppk.jenisKelamin(n);
            if (jk != null && jk != jenisKelamin) {
                k.add("pegawai.ni-pppk.beda-kelamin");
            }
        }
        return k;
    }
}
