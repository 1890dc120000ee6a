package id.aparatur.pegawai;

/** Kinds of riwayat (history) on a profile; HUKUMAN_DISIPLIN is visible only to the roles that may see it. */
public enum JenisRiwayat {
    PANGKAT,
    JABATAN,
    PENDIDIKAN,
    PELATIHAN,
    PENGHARGAAN,
    HUKUMAN_DISIPLIN
}
