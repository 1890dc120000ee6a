package id.aparatur.kompetensi.domain;

import id.aparatur.shared.ValidasiException;
import java.util.List;

/** A dictionary entry breaks one or more rules of {@link AturanKompetensi}; carries every broken rule. */
public class KompetensiTidakSahException extends ValidasiException {

    private final List<Pelanggaran> daftarPelanggaran;

    public KompetensiTidakSahException(List<Pelanggaran> daftarPelanggaran) {
        super(
                daftarPelanggaran.get(0).field(),
                List.of(daftarPelanggaran.get(0).kodePesan()),
                "Kompetensi tidak sah: " + daftarPelanggaran);
        this.daftarPelanggaran = List.copyOf(daftarPelanggaran);
    }

    public List<Pelanggaran> daftarPelanggaran() {
        return daftarPelanggaran;
    }
}
