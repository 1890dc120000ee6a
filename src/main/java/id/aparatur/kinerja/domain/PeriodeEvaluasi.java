package id.aparatur.kinerja.domain;

/** How often an annual SKP is evaluated during the year (configurable per SKP). */
public enum PeriodeEvaluasi {
    BULANAN,
    TRIWULANAN;

    /** The period of a new SKP when neither the employee nor the Pemda's setting chooses one. */
    public static final PeriodeEvaluasi BAKU = TRIWULANAN;

    /** How many periods a year has: 12 months or 4 quarters. */
    public int jumlah() {
        return this == BULANAN ? 12 : 4;
    }

    /** How many months one period lasts. */
    public int bulan() {
        return this == BULANAN ? 1 : 3;
    }

    /** The name of period {@code ke} as other systems read it: {@code BULAN_3}, {@code TRIWULAN_2}. */
    public String nama(int ke) {
        if (ke < 1 || ke > jumlah()) {
            throw new IllegalArgumentException("Periode ke-" + ke + " di luar 1–" + jumlah());
        }
        return (this == BULANAN ? "BULAN_" : "TRIWULAN_") + ke;
    }
}
