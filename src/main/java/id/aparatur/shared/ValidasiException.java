package id.aparatur.shared;

import java.util.List;

/**
 * A business-rule validation failure on one field. {@code kodePesan} are message keys resolved by the web layer
 * (Indonesian by default).
 */
public class ValidasiException extends RuntimeException {

    private final String field;
    private final List<String> kodePesan;

    public ValidasiException(String field, List<String> kodePesan, String message) {
        super(message);
        this.field = field;
        this.kodePesan = List.copyOf(kodePesan);
    }

    public ValidasiException(String field, String kodePesan) {
        this(field, List.of(kodePesan), kodePesan);
    }

    public String field() {
        return field;
    }

    public List<String> kodePesan() {
        return kodePesan;
    }
}
