package id.aparatur.kinerja.application;

import id.aparatur.shared.KonflikException;
import java.util.List;

/** Finalising refused under the BLOKIR policy: the OPD's predikat distribution breaks the rules (409). */
public class DistribusiDilanggarException extends KonflikException {

    private final List<LayananDistribusi.Pelanggaran> pelanggaran;

    public DistribusiDilanggarException(List<LayananDistribusi.Pelanggaran> pelanggaran) {
        super("evaluasi.distribusi.diblokir", "Distribusi predikat melanggar aturan: " + pelanggaran);
        this.pelanggaran = List.copyOf(pelanggaran);
    }

    public List<LayananDistribusi.Pelanggaran> pelanggaran() {
        return pelanggaran;
    }
}
