package id.aparatur.kinerja.domain;

/**
 * A penilai who is not a PNS and so has no NIP — the kepala daerah, who rates the Sekda and (where the Pemda so
 * decides) the heads of OPD (PermenPANRB 6/2022; e-Kinerja records such a penilai by name and jabatan with status
 * non-PNS). In Aparatur the PPK account (the kepala daerah is the Pemda's PPK) takes the penilai's steps, and BKD may
 * record them on the kepala daerah's behalf.
 *
 * @param nama the name as it is signed, e.g. {@code H. Ahmad Contoh, S.E.}
 * @param jabatan e.g. {@code Bupati Contoh}
 */
public record PenilaiNonPns(String nama, String jabatan) {

    public PenilaiNonPns {
        nama = nama.strip();
        jabatan = jabatan.strip();
        if (nama.isEmpty() || jabatan.isEmpty() || nama.length() > 200 || jabatan.length() > 200) {
            throw new IllegalArgumentException("Penilai non-PNS perlu nama dan jabatan (masing-masing 1–200 karakter)");
        }
    }
}
