package id.aparatur.pegawai;

/**
 * Kinds of riwayat (history) on a profile. HUKUMAN_DISIPLIN and PEMERIKSAAN_DISIPLIN are visible only to the roles
 * that may see discipline data ({@link #terbatas()}).
 */
public enum JenisRiwayat {
    PANGKAT,
    JABATAN,
    PENDIDIKAN,
    PELATIHAN,
    PENGHARGAAN,
    HUKUMAN_DISIPLIN,
    /**
     * A disciplinary examination (pemeriksaan, PP 94/2021 Pasal 27–31): TMT = when it began, TMT selesai = when it
     * ended (the decision); without an end the employee is still under examination.
     */
    PEMERIKSAAN_DISIPLIN;

    /** Discipline data, shown only to the roles that may see it. */
    public boolean terbatas() {
        return this == HUKUMAN_DISIPLIN || this == PEMERIKSAAN_DISIPLIN;
    }
}
