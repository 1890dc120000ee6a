package id.aparatur.shared;

/**
 * The 18-digit employee number of an ASN: a {@link Nip} for PNS and CPNS, an {@link NiPppk} for PPPK (UU 20/2023 Pasal
 * 5: ASN = PNS + PPPK). Both are stored in the same employee-number column; only a NIP has the NIP structure.
 */
public sealed interface NomorIndukPegawai permits Nip, NiPppk {

    /** The 18 digits. */
    String nilai();

    /**
     * The number as stored for an employee of this status: an {@link NiPppk} for a PPPK, a {@link Nip} otherwise — or
     * an {@link NiPppk} when a stored non-PPPK number is not a valid NIP (old data), so that reading never fails.
     *
     * @param pppk whether the employee is a PPPK
     */
    static NomorIndukPegawai tersimpan(String nilai, boolean pppk) {
        String n = nilai.trim();
        if (!pppk && Nip.periksa(n).isEmpty()) {
            return new Nip(n);
        }
        return new NiPppk(n);
    }
}
