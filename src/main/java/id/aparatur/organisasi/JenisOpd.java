package id.aparatur.organisasi;

/** Jenis perangkat daerah (UU 23/2014 Pasal 209, PP 18/2016). */
public enum JenisOpd {
    SEKRETARIAT_DAERAH,
    SEKRETARIAT_DPRD,
    INSPEKTORAT,
    DINAS,
    BADAN,
    KECAMATAN,
    RSUD,
    SATUAN_POLISI_PAMONG_PRAJA
}
