package id.aparatur.seleksi.domain;

import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scoring of an open selection.
 *
 * <p><b>Nilai akhir</b> = Σ (bobot<sub>k</sub> × nilai<sub>k</sub>) ÷ Σ bobot<sub>k</sub> over makalah, assessment,
 * wawancara and rekam jejak, computed exactly and rounded once to two decimals, half-up. The weights are relative: with
 * the usual ranges (15–20, 20–25, 30–35, 15–20 %) they sum to 80–100, and dividing by their sum keeps the nilai akhir on
 * the 0–100 scale of the scores whatever the pansel chose within the ranges.
 *
 * <p><b>Ranking</b> (only applicants with all four scores): nilai akhir descending; ties broken by the wawancara score
 * (the heaviest component, and the pansel's own judgement) descending, then the assessment score descending, then the
 * name (case-insensitive, then exact) ascending, and finally the registration number so that the order is always
 * total and reproducible.
 *
 * <p><b>Three names</b>: the pansel submits the first three of the ranking to the PPK (PermenPANRB 15/2019: "tiga
 * nama calon" for each vacant JPT).
 */
public final class PenilaianSeleksi {

    /** Scores are 0–100 with at most two decimals. */
    public static final BigDecimal NILAI_MAKS = BigDecimal.valueOf(100);

    public static final int TIGA = 3;

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private PenilaianSeleksi() {}

    /**
     * @param nilai the four scores; must be complete
     * @return the weighted final score, two decimals, half-up
     */
    public static BigDecimal nilaiAkhir(BobotPenilaian bobot, Map<KomponenNilai, BigDecimal> nilai) {
        BigDecimal jumlah = BigDecimal.ZERO;
        for (KomponenNilai k : KomponenNilai.values()) {
            BigDecimal n = nilai.get(k);
            if (n == null) {
                throw new IllegalArgumentException("Nilai " + k + " belum ada");
            }
            jumlah = jumlah.add(bobot.dari(k).multiply(n));
        }
        return jumlah.divide(bobot.jumlah(), 2, RoundingMode.HALF_UP);
    }

    /** Checks one score: present, 0–100, at most two decimals. */
    public static void periksaNilai(String field, BigDecimal nilai) {
        if (nilai.signum() < 0 || nilai.compareTo(NILAI_MAKS) > 0) {
            throw new ValidasiException(field, "seleksi.nilai.di-luar-rentang");
        }
        if (nilai.stripTrailingZeros().scale() > 2) {
            throw new ValidasiException(field, "seleksi.nilai.dua-desimal");
        }
    }

    /** The deterministic order of the ranking (see class comment). */
    static final Comparator<Calon> URUTAN = Comparator.comparing(Calon::nilaiAkhir)
            .reversed()
            .thenComparing(c -> c.peserta().nilai().get(KomponenNilai.WAWANCARA), Comparator.reverseOrder())
            .thenComparing(c -> c.peserta().nilai().get(KomponenNilai.KOMPETENSI), Comparator.reverseOrder())
            .thenComparing(c -> c.peserta().nama().toLowerCase(Locale.ROOT))
            .thenComparing(c -> c.peserta().nama())
            .thenComparingLong(c -> c.peserta().pesertaId());

    record Calon(NilaiPeserta peserta, BigDecimal nilaiAkhir) {}

    /** The ranking of the applicants whose four scores are complete; the others are left out. */
    public static List<Peringkat> peringkat(BobotPenilaian bobot, List<NilaiPeserta> peserta) {
        List<Calon> calon = new ArrayList<>();
        for (NilaiPeserta p : peserta) {
            if (p.lengkap()) {
                calon.add(new Calon(p, nilaiAkhir(bobot, p.nilai())));
            }
        }
        calon.sort(URUTAN);
        List<Peringkat> hasil = new ArrayList<>();
        for (int i = 0; i < calon.size(); i++) {
            Calon c = calon.get(i);
            hasil.add(new Peringkat(
                    i + 1,
                    c.peserta().pesertaId(),
                    c.peserta().nama(),
                    c.nilaiAkhir(),
                    c.peserta().nilai()));
        }
        return hasil;
    }

    /** The first three of the ranking (fewer when fewer are ranked). */
    public static List<Peringkat> tigaNama(List<Peringkat> peringkat) {
        return List.copyOf(peringkat.subList(0, Math.min(TIGA, peringkat.size())));
    }
}
