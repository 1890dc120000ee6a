package id.aparatur.penempatan.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Summary numbers of a finished scenario (stored as JSON with the scenario).
 *
 * @param peserta employees in the optimisation
 * @param dikecualikan employees in scope left out, per reason
 * @param pindah placed on another position than their current one
 * @param tetap placed on their current position
 * @param samaKelas placed (moved or not) on a position of their current kelas
 * @param kurangMemenuhi placed with a competency gap (> 0) in the new position
 * @param lowongan seats left empty in the positions of the problem
 * @param kesenjanganSebelum Σ weighted gap of the participants in their current positions (status quo)
 * @param kesenjanganSesudah Σ weighted gap of the placed participants in the proposed positions
 * @param gapLevelSebelum Σ unweighted level gap before
 * @param gapLevelSesudah Σ unweighted level gap after
 * @param distribusiJpmSebelum employees per JPM band (0–9 %, …, 90–99 %, 100 %, then: no position) before
 * @param distribusiJpmSesudah the same after (the last band: not placed)
 * @param biayaStatusQuo total cost of leaving everybody where they are, when the baseline is available
 * @param biayaSerakah total cost of the greedy fill, when the baseline is available
 */
public record Ringkasan(
        int peserta,
        Map<String, Integer> dikecualikan,
        int ditempatkan,
        int tidakDitempatkan,
        int pindah,
        int tetap,
        int samaKelas,
        int naikKelas,
        int turunKelas,
        int kurangMemenuhi,
        int lowongan,
        long kesenjanganSebelum,
        long kesenjanganSesudah,
        long gapLevelSebelum,
        long gapLevelSesudah,
        BigDecimal jpmRataSebelum,
        BigDecimal jpmRataSesudah,
        List<Integer> distribusiJpmSebelum,
        List<Integer> distribusiJpmSesudah,
        @Nullable Long biayaStatusQuo,
        @Nullable Long biayaSerakah) {

    public int jumlahDikecualikan() {
        return dikecualikan.values().stream().mapToInt(Integer::intValue).sum();
    }
}
