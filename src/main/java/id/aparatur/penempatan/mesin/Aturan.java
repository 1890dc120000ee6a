package id.aparatur.penempatan.mesin;

import java.util.Map;
import java.util.Set;

/**
 * Hard rules added on top of the cost model. A forbidden pair is simply absent from the problem; the certificate then
 * covers every allowed pair.
 *
 * @param rumpunSama an employee may only go to positions of the rumpun of their current position (employees without a
 *     current position are not restricted)
 * @param dikunci employees pinned to a position (nip → jabatan id): placed there before the optimisation, using a seat
 * @param pegawaiDikecualikan employees left out of the placement entirely (not counted as unplaced)
 * @param jabatanDikecualikan positions left out entirely (nobody is placed there)
 */
public record Aturan(
        boolean rumpunSama,
        Map<String, String> dikunci,
        Set<String> pegawaiDikecualikan,
        Set<String> jabatanDikecualikan) {

    public static final Aturan TANPA = new Aturan(false, Map.of(), Set.of(), Set.of());

    public Aturan {
        dikunci = Map.copyOf(dikunci);
        pegawaiDikecualikan = Set.copyOf(pegawaiDikecualikan);
        jabatanDikecualikan = Set.copyOf(jabatanDikecualikan);
    }
}
