package id.aparatur.seleksi.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The scores of one applicant who passed administrasi.
 *
 * @param pesertaId the applicant
 * @param nama the applicant's name (last tie-break)
 * @param nilai score per component, 0–100; missing components are not yet scored
 */
public record NilaiPeserta(long pesertaId, String nama, Map<KomponenNilai, BigDecimal> nilai) {

    public NilaiPeserta {
        nilai = nilai.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(nilai));
    }

    /** All four components are scored. */
    public boolean lengkap() {
        return nilai.size() == KomponenNilai.values().length;
    }
}
