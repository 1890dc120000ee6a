package id.aparatur.shared;

/** The change conflicts with the current state (duplicate key, stale version, …); answers 409. */
public class KonflikException extends RuntimeException {

    private final String kodePesan;

    public KonflikException(String kodePesan, String message) {
        super(message);
        this.kodePesan = kodePesan;
    }

    public String kodePesan() {
        return kodePesan;
    }
}
