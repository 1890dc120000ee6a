package id.aparatur.perencanaan.kaskade;

import id.aparatur.kinerja.PredikatKinerja;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An employee as the cascade sees them. Nothing personal beyond what the merit gates need.
 *
 * @param jabatanId the seat held now (after a placement scenario when the cascade runs on one); null = none
 * @param pns true for a PNS; CPNS and PPPK are never promoted by the cascade
 * @param pendidikan highest education as a code SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3, or null if unknown (fails any minimum)
 * @param golongan e.g. {@code III/c}; null (PPPK, unknown) fails any pangkat minimum
 * @param bulanDiTingkat full months served in the current level (tingkat), counted over consecutive positions of the
 *     same level
 * @param hukumanAktif an active sedang or berat disciplinary sanction
 * @param predikatKinerja latest predikat of a final SKP, or null when there is none
 * @param kompetensi current level 0–5 per competency code; a missing code counts as 0
 */
public record CalonKaskade(
        String nip,
        @Nullable Long jabatanId,
        boolean pns,
        @Nullable String pendidikan,
        @Nullable String golongan,
        int bulanDiTingkat,
        boolean hukumanAktif,
        @Nullable PredikatKinerja predikatKinerja,
        Map<String, Integer> kompetensi) {

    public CalonKaskade {
        kompetensi = Map.copyOf(kompetensi);
    }
}
