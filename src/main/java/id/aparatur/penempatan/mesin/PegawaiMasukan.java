package id.aparatur.penempatan.mesin;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An employee to be placed.
 *
 * @param nip identifier, unique in the problem
 * @param kelas the kelas of the employee's current position
 * @param jabatanSaatIni id of the current position, or null
 * @param minatRumpun rumpun the employee is interested in (empty: no stated interest, never penalised)
 * @param kompetensi current level (0–5) per competency code; a missing code counts as 0
 */
public record PegawaiMasukan(
        String nip,
        String jenjang,
        int kelas,
        @Nullable String jabatanSaatIni,
        List<String> minatRumpun,
        Map<String, Integer> kompetensi) {

    public PegawaiMasukan {
        minatRumpun = List.copyOf(minatRumpun);
        kompetensi = Map.copyOf(kompetensi);
    }
}
