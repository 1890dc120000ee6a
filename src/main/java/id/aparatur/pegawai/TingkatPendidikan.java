package id.aparatur.pegawai;

import org.jspecify.annotations.Nullable;

/**
 * Education level, listed from SD to S3. Compare levels only through {@link #peringkat()} and {@link #memenuhi}, never
 * by declaration order: a D-IV (diploma empat, sarjana terapan) ranks equal to an S-1 — both are program sarjana level
 * 6 of the KKNI (Perpres 8/2012; UU 12/2012 Pasal 15 and 17) and the syarat of jabatan and of kenaikan pangkat
 * penyesuaian ijazah read "S-1/D-IV" (PP 11/2017 jo. PP 17/2020: JPT and administrator "paling rendah sarjana atau
 * diploma IV"). The one rule every comparison of education uses (profile, cascade, seleksi).
 */
public enum TingkatPendidikan {
    SD(1),
    SMP(2),
    SMA(3),
    D1(4),
    D2(5),
    D3(6),
    D4(7),
    S1(7),
    S2(8),
    S3(9);

    private final int peringkat;

    TingkatPendidikan(int peringkat) {
        this.peringkat = peringkat;
    }

    /** Rank 1 (SD) … 9 (S3); D4 and S1 share rank 7. */
    public int peringkat() {
        return peringkat;
    }

    /** Whether this level meets a minimum of {@code minimal} (a D-IV meets an S-1 minimum and vice versa). */
    public boolean memenuhi(TingkatPendidikan minimal) {
        return peringkat >= minimal.peringkat;
    }

    /** Rank of a code SD…S3 (1–9), or 0 when null or not a code. */
    public static int peringkat(@Nullable String kode) {
        if (kode == null) {
            return 0;
        }
        try {
            return valueOf(kode.strip().toUpperCase(java.util.Locale.ROOT)).peringkat;
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
