package id.aparatur.penempatan.mesin;

import java.util.List;

/** One placement problem: weights, positions, employees and hard rules. */
public record Masalah(Bobot bobot, List<JabatanMasukan> jabatan, List<PegawaiMasukan> pegawai, Aturan aturan) {

    public Masalah {
        jabatan = List.copyOf(jabatan);
        pegawai = List.copyOf(pegawai);
    }

    public Masalah(Bobot bobot, List<JabatanMasukan> jabatan, List<PegawaiMasukan> pegawai) {
        this(bobot, jabatan, pegawai, Aturan.TANPA);
    }
}
