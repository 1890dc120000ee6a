package id.aparatur.aturan;

import java.time.LocalDate;

/**
 * Which version of a rule table a decision used (a cascade run, a selection, an SKP finalisation): the table's kode,
 * the version's nomor and the day it came into force. Stored with the decision and shown with it, linked to
 * {@code /aturan/{kode}}.
 */
public record AturanDipakai(String kode, int nomor, LocalDate berlakuMulai) {

    /** The version {@code versi} as used by a decision. */
    public static AturanDipakai dari(VersiAturan versi) {
        return new AturanDipakai(versi.kode(), versi.nomor(), versi.berlakuMulai());
    }
}
