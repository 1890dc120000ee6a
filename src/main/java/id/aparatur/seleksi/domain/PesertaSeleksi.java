package id.aparatur.seleksi.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An applicant of an {@link SeleksiTerbuka}: internal (an employee of the Pemda, by NIP) or external (name and
 * instansi asal), with the administrasi result and the scores. Withdrawing keeps the row and its scores.
 *
 * @param id null until stored
 * @param nip the NIP of an internal applicant, null for an external one
 * @param administrasiLulus null while the administrasi result is open
 * @param mundurAlasan the reason of a withdrawal, null while the applicant is in
 * @param nilai the scores recorded so far
 */
public record PesertaSeleksi(
        @Nullable Long id,
        @Nullable String nip,
        String nama,
        String instansiAsal,
        @Nullable Boolean administrasiLulus,
        @Nullable String administrasiAlasan,
        @Nullable String mundurAlasan,
        Map<KomponenNilai, BigDecimal> nilai) {

    public PesertaSeleksi {
        nilai = nilai.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(nilai));
    }

    public boolean mundur() {
        return mundurAlasan != null;
    }

    /** Passed administrasi and still in: the applicant is scored and ranked. */
    public boolean dinilai() {
        return Boolean.TRUE.equals(administrasiLulus) && !mundur();
    }
}
