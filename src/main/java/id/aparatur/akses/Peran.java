package id.aparatur.akses;

/** The roles of Aparatur. */
public enum Peran {
    /** Petugas BKD/BKPSDM: mengelola seluruh data Pemda. */
    ADMIN_BKD,
    /** Kepala OPD: melihat data OPD-nya sendiri. */
    PIMPINAN_OPD,
    /** Atasan langsung: melihat bawahan langsung dan tidak langsung. */
    ATASAN,
    /** Pegawai: melihat dirinya sendiri. */
    PEGAWAI,
    /** Asesor kompetensi: membaca data pegawai dan kamus untuk penilaian kompetensi. */
    ASESOR,
    /**
     * Pejabat Pembina Kepegawaian (kepala daerah, or the Sekda by delegation): reads the whole Pemda and takes the
     * decisions that are the PPK's by law, e.g. choosing from the open-selection panel's three names and approving the
     * usulan formasi.
     */
    PPK;

    public String authority() {
        return "ROLE_" + name();
    }
}
