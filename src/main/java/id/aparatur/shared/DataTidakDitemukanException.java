package id.aparatur.shared;

/**
 * The record does not exist, or exists outside the caller's scope. Both answer 404 so that out-of-scope records are
 * indistinguishable from missing ones.
 */
public class DataTidakDitemukanException extends RuntimeException {

    public DataTidakDitemukanException(String entitas, Object id) {
        super(entitas + " " + id + " tidak ditemukan");
    }
}
