package id.aparatur.sistem;

/**
 * Where an importer reports how far it is, for the progress bar of a background import. Cheap to call for every row:
 * the receiver only records a change of the percentage.
 */
@FunctionalInterface
public interface Progres {

    /** Ignores every report (synchronous imports). */
    Progres DIAM = (selesai, total) -> {};

    /**
     * @param selesai units done so far (e.g. rows validated plus rows written)
     * @param total units in all; {@code 0} or less when unknown
     */
    void laporkan(long selesai, long total);
}
