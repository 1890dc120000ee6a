package id.aparatur.kinerja;

/**
 * The predikat from the two ratings (PermenPANRB 6/2022, the 3×3 "kuadran kinerja"): rows hasil kerja, columns
 * perilaku kerja.
 *
 * <pre>
 *                      perilaku: di bawah     sesuai            di atas
 * hasil kerja di atas            Kurang/Misc.  Baik              Sangat Baik
 * hasil kerja sesuai             Kurang/Misc.  Baik              Baik
 * hasil kerja di bawah           Sangat Kurang Butuh Perbaikan   Butuh Perbaikan
 * </pre>
 */
public final class MatriksPredikat {

    private MatriksPredikat() {}

    public static PredikatKinerja predikat(Ekspektasi hasilKerja, Ekspektasi perilakuKerja) {
        return switch (hasilKerja) {
            case DI_ATAS ->
                switch (perilakuKerja) {
                    case DI_ATAS -> PredikatKinerja.SANGAT_BAIK;
                    case SESUAI -> PredikatKinerja.BAIK;
                    case DI_BAWAH -> PredikatKinerja.KURANG;
                };
            case SESUAI -> perilakuKerja == Ekspektasi.DI_BAWAH ? PredikatKinerja.KURANG : PredikatKinerja.BAIK;
            case DI_BAWAH ->
                perilakuKerja == Ekspektasi.DI_BAWAH ? PredikatKinerja.SANGAT_KURANG : PredikatKinerja.BUTUH_PERBAIKAN;
        };
    }
}
