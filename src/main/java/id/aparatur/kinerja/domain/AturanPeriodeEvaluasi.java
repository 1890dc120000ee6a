package id.aparatur.kinerja.domain;

import java.util.List;

/**
 * Which evaluation periods a Pemda offers for a new SKP and which one applies when the employee does not choose
 * (PermenPANRB 6/2022: the frequency of evaluasi kinerja periodik is set by the instansi — bulanan, triwulanan or
 * semesteran). One value object so that the rule registry can hold it as one versioned rule; the default
 * {@link #STANDAR} offers all three with triwulanan as default (the default is Aparatur's choice, not the
 * regulation's).
 *
 * @param diizinkan the periods an employee may choose, in the order the page offers them
 * @param baku the period of a new SKP without a choice; one of {@code diizinkan}
 */
public record AturanPeriodeEvaluasi(List<PeriodeEvaluasi> diizinkan, PeriodeEvaluasi baku) {

    /** The shipped default: bulanan, triwulanan and semesteran allowed, triwulanan by default. */
    public static final AturanPeriodeEvaluasi STANDAR = new AturanPeriodeEvaluasi(
            List.of(PeriodeEvaluasi.BULANAN, PeriodeEvaluasi.TRIWULANAN, PeriodeEvaluasi.SEMESTERAN),
            PeriodeEvaluasi.BAKU);

    public AturanPeriodeEvaluasi {
        diizinkan = List.copyOf(diizinkan);
        if (diizinkan.isEmpty() || !diizinkan.contains(baku)) {
            throw new IllegalArgumentException("Periode evaluasi baku " + baku + " harus termasuk yang diizinkan");
        }
    }

    /** Whether an employee may choose {@code p} for a new SKP. */
    public boolean boleh(PeriodeEvaluasi p) {
        return diizinkan.contains(p);
    }
}
