package id.aparatur.perencanaan.kaskade;

import id.aparatur.kinerja.PredikatKinerja;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An employee as the cascade sees them. Nothing personal beyond what the merit gates need; the age only as the legal
 * JPT age limit needs it ({@link BatasUsiaJpt}).
 *
 * @param jabatanId the seat held now (after a placement scenario when the cascade runs on one); null = none
 * @param pns true for a PNS; CPNS and PPPK are never promoted by the cascade
 * @param pendidikan highest education as a code SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3, or null if unknown (fails any
 *     minimum)
 * @param golongan e.g. {@code III/c}; null (PPPK, unknown) fails any pangkat minimum
 * @param bulanDiTingkat full months served in the current level, cumulative over every period of the riwayat jabatan in
 *     that level and its equivalent levels ({@link KesetaraanTingkat})
 * @param hukumanAktif an active sedang or berat disciplinary sanction
 * @param predikatKinerja latest predikat of a final SKP (for the cost term), or null when there is none
 * @param kompetensi current level 0–5 per competency code; a missing code counts as 0
 * @param predikatTahunan the predikat of the years before the reference year, newest first (index 0 = the year before);
 *     null = no final SKP that year
 * @param pernahHukumanSedangBerat ever sanctioned sedang or berat (JPT)
 * @param dalamPemeriksaan under a disciplinary examination (JPT)
 * @param usia age in completed years on the planned JPT inauguration date, or null when unknown; read only by
 *     {@link BatasUsiaJpt}
 */
@id.aparatur.shared.LogikaMerit(
        izinkan = "usia",
        dasarHukum = "PP 11/2017 jo. PP 17/2020 Pasal 107 huruf c: usia JPT pratama di bawah 56 tahun saat pelantikan")
public record CalonKaskade(
        String nip,
        @Nullable Long jabatanId,
        boolean pns,
        @Nullable String pendidikan,
        @Nullable String golongan,
        int bulanDiTingkat,
        boolean hukumanAktif,
        @Nullable PredikatKinerja predikatKinerja,
        Map<String, Integer> kompetensi,
        List<@Nullable PredikatKinerja> predikatTahunan,
        boolean pernahHukumanSedangBerat,
        boolean dalamPemeriksaan,
        @Nullable Integer usia) {

    public CalonKaskade {
        kompetensi = Map.copyOf(kompetensi);
        predikatTahunan = Collections.unmodifiableList(new ArrayList<>(predikatTahunan));
    }
}
