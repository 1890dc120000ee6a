package id.aparatur.perencanaan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.Peran;

/**
 * Who fills and decides an ABK: ADMIN_BKD on every OPD, the OPD's own head (PIMPINAN_OPD) on its positions; only the
 * head submits, only BKD finalises or returns (PermenPANRB 1/2020: the instansi's verification).
 */
final class AksesAbk {

    private AksesAbk() {}

    /** ADMIN_BKD, or the head of {@code opdId}: may create, fill and copy its ABK. */
    static boolean pengisi(Cakupan c, long opdId) {
        return c.pengelola() || pimpinan(c, opdId);
    }

    /** The head (PIMPINAN_OPD) of {@code opdId}: the one who submits. */
    static boolean pimpinan(Cakupan c, long opdId) {
        return c.punya(Peran.PIMPINAN_OPD) && c.opdId() != null && c.opdId() == opdId;
    }
}
