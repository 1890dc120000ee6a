package id.aparatur.seleksi.domain;

/** Role of a member of the panitia seleksi (pansel): one ketua, at most one sekretaris, the others anggota. */
public enum PeranPansel {
    KETUA,
    SEKRETARIS,
    ANGGOTA
}
