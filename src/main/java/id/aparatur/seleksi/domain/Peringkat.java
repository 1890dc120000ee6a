package id.aparatur.seleksi.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One place in the ranking of an open selection.
 *
 * @param urutan the rank, 1 = best; every rank is distinct (ties are broken, see {@link PenilaianSeleksi})
 * @param pesertaId the applicant
 * @param nama the applicant's name
 * @param nilaiAkhir Σ bobot × nilai, two decimals, half-up
 * @param nilai the four component scores
 */
public record Peringkat(
        int urutan, long pesertaId, String nama, BigDecimal nilaiAkhir, Map<KomponenNilai, BigDecimal> nilai) {}
