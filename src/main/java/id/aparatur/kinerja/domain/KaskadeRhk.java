package id.aparatur.kinerja.domain;

import java.util.List;

/**
 * Cascading integrity of RHK (PermenPANRB 6/2022): an employee's RHK may only intervene an RHK of an SKP of the same
 * year that belongs to someone in the employee's own atasan chain (the direct atasan or anyone above).
 */
public final class KaskadeRhk {

    /** The RHK to be intervened: whose SKP it is and for which year. */
    public record RhkAtasan(String nipPemilik, int tahun) {}

    private KaskadeRhk() {}

    /**
     * @param tahun the year of the employee's SKP
     * @param rantaiAtasan the NIPs of the employee's atasan chain, nearest first (not the employee)
     * @param target the RHK to intervene
     */
    public static boolean boleh(int tahun, List<String> rantaiAtasan, RhkAtasan target) {
        return target.tahun() == tahun
                && rantaiAtasan.stream()
                        .anyMatch(n -> n.strip().equals(target.nipPemilik().strip()));
    }
}
