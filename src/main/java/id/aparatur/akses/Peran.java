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
    ASESOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
