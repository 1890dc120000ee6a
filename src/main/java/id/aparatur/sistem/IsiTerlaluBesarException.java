package id.aparatur.sistem;

/** A request body larger than the limit of its endpoint ({@link PenjagaApiFilter}). Answers 413. */
class IsiTerlaluBesarException extends RuntimeException {

    private final long batas;

    IsiTerlaluBesarException(long batas) {
        super("Isi permintaan melebihi " + batas + " byte");
        this.batas = batas;
    }

    long batas() {
        return batas;
    }

    /** The exception in the cause chain of {@code e}, if any. */
    static @org.jspecify.annotations.Nullable IsiTerlaluBesarException dalam(
            @org.jspecify.annotations.Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IsiTerlaluBesarException i) {
                return i;
            }
        }
        return null;
    }
}
