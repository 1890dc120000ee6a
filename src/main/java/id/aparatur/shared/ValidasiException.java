package id.aparatur.shared;

import java.util.List;

/**
 * A business-rule validation failure on one or more fields. Message keys are resolved by the web layer (Indonesian by
 * default).
 */
public class ValidasiException extends RuntimeException {

    /** One broken rule: the field and the message key. */
    public record Galat(String field, String kodePesan) {}

    private final List<Galat> galat;

    public ValidasiException(List<Galat> galat) {
        super("Data tidak valid: " + galat);
        this.galat = List.copyOf(galat);
    }

    public ValidasiException(String field, List<String> kodePesan, String message) {
        super(message);
        this.galat = kodePesan.stream().map(k -> new Galat(field, k)).toList();
    }

    public ValidasiException(String field, String kodePesan) {
        this(field, List.of(kodePesan), kodePesan);
    }

    public List<Galat> galat() {
        return galat;
    }

    /** The first field concerned. */
    public String field() {
        return galat.isEmpty() ? "" : galat.get(0).field();
    }

    public List<String> kodePesan() {
        return galat.stream().map(Galat::kodePesan).toList();
    }
}
