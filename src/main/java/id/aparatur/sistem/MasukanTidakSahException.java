package id.aparatur.sistem;

import id.aparatur.sistem.ProblemApi.GalatIsian;
import java.util.List;

/** A request whose body, query or path parameters are not acceptable, naming every offending item. Answers 400. */
class MasukanTidakSahException extends RuntimeException {

    private final List<GalatIsian> galat;

    MasukanTidakSahException(List<GalatIsian> galat) {
        super("Masukan tidak sah: " + galat.stream().map(GalatIsian::field).toList());
        this.galat = List.copyOf(galat);
    }

    List<GalatIsian> galat() {
        return galat;
    }
}
