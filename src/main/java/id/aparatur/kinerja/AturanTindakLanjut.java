package id.aparatur.kinerja;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which follow-up a final predikat opens (PermenPANRB 6/2022, tahap tindak lanjut; the regulation asks the atasan to
 * evaluate the cause of a low predikat first and then act, so this mapping is only the default action proposed when
 * the follow-up opens). The only home of this rule; one value object so that the rule registry can hold it as one
 * versioned rule. Configurable per Pemda ({@code aparatur.kinerja.tindak-lanjut.<PREDIKAT>.jenis} and
 * {@code .periksa-disiplin}).
 *
 * <p>{@link #STANDAR}, from the 3×3 matrix: <b>Butuh Perbaikan</b> = results below expectation with behaviour as
 * expected → development of competence (PENGEMBANGAN); <b>Kurang/Misconduct</b> = behaviour below expectation →
 * coaching by the atasan (PEMBINAAN) and a discipline check (PP 94/2021: behaviour against the obligations may be a
 * disciplinary matter); <b>Sangat Kurang</b> = both below → PEMBINAAN with a discipline check (the plan may add
 * development). Baik and Sangat Baik open none. The Butuh Perbaikan/Kurang split follows the matrix's meaning; the
 * regulation itself names no default action per predikat [U].
 *
 * @param pemetaan the follow-up per predikat; a predikat missing from it opens none
 */
public record AturanTindakLanjut(Map<PredikatKinerja, TindakLanjutBaku> pemetaan) {

    /** The default action of a predikat: its kind and whether the atasan must also check discipline. */
    public record TindakLanjutBaku(JenisTindakLanjut jenis, boolean periksaDisiplin) {}

    /** The shipped default (see the class comment). */
    public static final AturanTindakLanjut STANDAR = new AturanTindakLanjut(Map.of(
            PredikatKinerja.BUTUH_PERBAIKAN, new TindakLanjutBaku(JenisTindakLanjut.PENGEMBANGAN, false),
            PredikatKinerja.KURANG, new TindakLanjutBaku(JenisTindakLanjut.PEMBINAAN, true),
            PredikatKinerja.SANGAT_KURANG, new TindakLanjutBaku(JenisTindakLanjut.PEMBINAAN, true)));

    public AturanTindakLanjut {
        Map<PredikatKinerja, TindakLanjutBaku> salin = new EnumMap<>(PredikatKinerja.class);
        salin.putAll(pemetaan);
        if (salin.containsKey(PredikatKinerja.SANGAT_BAIK)) {
            throw new IllegalArgumentException("Sangat Baik tidak membuka tindak lanjut pembinaan/pengembangan");
        }
        pemetaan = Map.copyOf(salin);
    }

    /** The follow-up {@code predikat} opens once final, if any. */
    public Optional<TindakLanjutBaku> untuk(PredikatKinerja predikat) {
        return Optional.ofNullable(pemetaan.get(predikat));
    }
}
