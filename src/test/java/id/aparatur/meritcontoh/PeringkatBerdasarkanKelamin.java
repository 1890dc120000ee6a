package id.aparatur.meritcontoh;

import id.aparatur.pegawai.domain.Pegawai;
import java.util.Comparator;
import java.util.List;

/** Forbidden: ranks by gender and age. */
class PeringkatBerdasarkanKelamin {

    List<Pegawai> urutkan(List<Pegawai> p) {
        return p.stream()
                .sorted(Comparator.comparing(Pegawai::jenisKelamin).thenComparing(Pegawai::tanggalLahir))
                .toList();
    }
}
