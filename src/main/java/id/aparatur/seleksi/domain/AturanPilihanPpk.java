package id.aparatur.seleksi.domain;

import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The PPK's choice among the pansel's three names (PermenPANRB 15/2019: the PPK chooses one of the three names
 * submitted by the pansel). Choosing anyone else is refused. Choosing a name that is not ranked first needs a written
 * justification of at least {@value #PANJANG_ALASAN_MINIMAL} characters, recorded permanently with the ranking, because
 * passing over the best-ranked candidate is the known abuse of the procedure (asn-reference §10.1).
 */
public final class AturanPilihanPpk {

    public static final int PANJANG_ALASAN_MINIMAL = 30;

    private AturanPilihanPpk() {}

    /**
     * @param tigaNama the submitted names in rank order
     * @param pesertaId the chosen applicant
     * @param alasan the written justification (may be empty when the first-ranked is chosen)
     * @return the chosen applicant's place in the submission
     * @throws ValidasiException on a choice outside the three names or a missing/too short justification
     */
    public static Peringkat periksa(List<Peringkat> tigaNama, @Nullable Long pesertaId, @Nullable String alasan) {
        List<Galat> g = new ArrayList<>();
        if (pesertaId == null) {
            throw new ValidasiException("pesertaId", "seleksi.pilihan.wajib");
        }
        Peringkat pilihan = tigaNama.stream()
                .filter(p -> p.pesertaId() == pesertaId)
                .findFirst()
                .orElseThrow(() -> new ValidasiException("pesertaId", "seleksi.pilihan.bukan-tiga-nama"));
        if (pilihan.urutan() != 1 && !alasanCukup(alasan)) {
            g.add(new Galat("alasan", "seleksi.pilihan.alasan-wajib"));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        return pilihan;
    }

    /** True when the choice needs a written justification. */
    public static boolean perluAlasan(Peringkat pilihan) {
        return pilihan.urutan() != 1;
    }

    static boolean alasanCukup(@Nullable String alasan) {
        return alasan != null && alasan.strip().length() >= PANJANG_ALASAN_MINIMAL;
    }
}
