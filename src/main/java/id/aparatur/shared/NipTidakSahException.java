package id.aparatur.shared;

import java.util.List;

/** Thrown when a NIP breaks one or more rules; carries the message keys of every broken rule. */
public class NipTidakSahException extends ValidasiException {

    public NipTidakSahException(String nip, List<String> pelanggaran) {
        super("nip", pelanggaran, "NIP tidak sah: " + nip);
    }
}
