package id.aparatur.pegawai;

import java.time.LocalDate;
import java.util.List;

/**
 * Event: the TMT of an issued mutation decision has arrived. The pegawai module moves each employee's current jabatan
 * (and with it unit, OPD, TMT jabatan and the atasan langsung taken from the structure) and audits the change.
 * Published on the decision itself when its TMT is today or earlier, otherwise by the daily job of the publisher.
 *
 * @param sumber where the decision comes from, e.g. {@code Skenario 12}
 * @param nomorSk nomor SK
 * @param tmt the TMT that has arrived
 * @param daftar the moves of the decision
 */
public record MutasiBerlaku(String sumber, String nomorSk, LocalDate tmt, List<MutasiDitetapkan.Mutasi> daftar) {

    public MutasiBerlaku {
        daftar = List.copyOf(daftar);
    }
}
