package id.aparatur.aturan;

import java.time.LocalDate;
import java.util.List;

/**
 * Which version of a rule table is in force on a date. Every module that decides with a rule reads it here with the
 * decision's reference date and records {@link VersiAturan#label()} (or kode and nomor) with the decision.
 */
public interface AturanBerlaku {

    /**
     * The approved version in force on {@code acuan}. A date before the first version gets the first version (the
     * shipped default is the rule the application always applied).
     *
     * @throws id.aparatur.shared.DataTidakDitemukanException for an unknown kode
     */
    VersiAturan berlaku(String kode, LocalDate acuan);

    /** Every table with its versions, ordered by module and name. */
    List<RingkasanAturan> daftar();

    /** One table with its versions. */
    RingkasanAturan rinci(String kode);
}
