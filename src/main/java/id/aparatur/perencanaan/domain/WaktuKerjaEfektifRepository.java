package id.aparatur.perencanaan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Storage of the effective-dated {@link WaktuKerjaEfektif} table; rows are only ever added. */
public interface WaktuKerjaEfektifRepository {

    /** Every row, oldest first. */
    List<WaktuKerjaEfektif> semua();

    boolean ada(LocalDate berlakuMulai);

    void tambah(WaktuKerjaEfektif wke, String oleh, Instant pada);
}
