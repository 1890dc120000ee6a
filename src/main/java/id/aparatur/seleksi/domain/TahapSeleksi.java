package id.aparatur.seleksi.domain;

/**
 * The stages of an open selection in their order (PermenPANRB 15/2019 Lampiran: pengumuman lowongan, seleksi
 * administrasi, seleksi kompetensi (assessment), makalah, wawancara akhir, penelusuran rekam jejak, then the pansel's
 * three names and the PPK's choice — here PENETAPAN).
 */
public enum TahapSeleksi {
    PENGUMUMAN,
    ADMINISTRASI,
    KOMPETENSI,
    MAKALAH,
    WAWANCARA,
    REKAM_JEJAK,
    PENETAPAN
}
