package id.aparatur.perencanaan.kaskade;

import java.util.List;

/** One cascade: every position with its K, every employee with the seat they hold, and the rules. */
public record MasalahKaskade(List<PosisiKaskade> jabatan, List<CalonKaskade> pegawai, AturanKaskade aturan) {

    public MasalahKaskade {
        jabatan = List.copyOf(jabatan);
        pegawai = List.copyOf(pegawai);
    }
}
