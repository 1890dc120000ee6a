package id.aparatur.perencanaan.domain;

/**
 * How the exact need (Σ beban kerja ÷ WKE) becomes a whole number of employees. PermenPANRB 1/2020 leaves the rounding
 * to the instansi; the rule used is stored on every ABK version so an old result can always be reproduced.
 * Computed on the exact fraction with {@code long} arithmetic (no decimal approximation at the boundary).
 */
public enum AturanPembulatan {
    /** Pecahan ≥ 0,5 dibulatkan ke atas, di bawahnya ke bawah (baku). */
    SETENGAH_KE_ATAS,
    /** Setiap pecahan dibulatkan ke atas (plafon). */
    KE_ATAS,
    /** Pecahan dibuang (lantai). */
    KE_BAWAH;

    /**
     * @param pembilang Σ beban kerja in minutes, must be ≥ 0
     * @param penyebut WKE in minutes, must be &gt; 0
     * @return the rounded quotient
     */
    public long bulatkan(long pembilang, long penyebut) {
        if (pembilang < 0 || penyebut <= 0) {
            throw new IllegalArgumentException("pembilang >= 0 dan penyebut > 0");
        }
        long hasil = pembilang / penyebut;
        long sisa = pembilang % penyebut;
        return switch (this) {
            // sisa/penyebut >= 1/2  ⇔  sisa >= penyebut - sisa (no overflow: both < penyebut)
            case SETENGAH_KE_ATAS -> sisa >= penyebut - sisa ? hasil + 1 : hasil;
            case KE_ATAS -> sisa > 0 ? hasil + 1 : hasil;
            case KE_BAWAH -> hasil;
        };
    }
}
