package id.aparatur.perencanaan.domain;

/**
 * The workflow of an usulan formasi: BKD prepares it (DRAF), submits it to the PPK (DIAJUKAN), and the PPK approves it
 * (DISETUJUI, final) or returns it with a note (DIKEMBALIKAN, BKD revises and submits again).
 */
public enum StatusUsulanFormasi {
    DRAF,
    DIAJUKAN,
    DISETUJUI,
    DIKEMBALIKAN;

    /** Rows (jumlah usulan, jenis pengadaan, keterangan) can be changed. */
    public boolean dapatDiubah() {
        return this == DRAF || this == DIKEMBALIKAN;
    }

    /** BKD can submit it to the PPK. */
    public boolean dapatDiajukan() {
        return dapatDiubah();
    }

    /** The PPK can approve or return it. */
    public boolean dapatDiputus() {
        return this == DIAJUKAN;
    }
}
