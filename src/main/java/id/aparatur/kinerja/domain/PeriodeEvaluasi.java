package id.aparatur.kinerja.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often an annual SKP is evaluated during the year (PermenPANRB 6/2022: evaluasi kinerja periodik, whose frequency
 * the instansi sets — bulanan, triwulanan or semesteran; chosen per SKP). Which ones a Pemda offers and which is the
 * default is {@link AturanPeriodeEvaluasi}.
 */
public enum PeriodeEvaluasi {
    BULANAN(12, "BULAN_"),
    TRIWULANAN(4, "TRIWULAN_"),
    SEMESTERAN(2, "SEMESTER_");

    /** The period of a new SKP when neither the employee nor the Pemda's setting chooses one. */
    public static final PeriodeEvaluasi BAKU = TRIWULANAN;

    private final int jumlah;
    private final String awalan;

    PeriodeEvaluasi(int jumlah, String awalan) {
        this.jumlah = jumlah;
        this.awalan = awalan;
    }

    /** One evaluation period of a year: its number and its first and last day. */
    public record Jadwal(int ke, String nama, LocalDate mulai, LocalDate selesai) {}

    /** How many periods a year has: 12 months, 4 quarters or 2 semesters. */
    public int jumlah() {
        return jumlah;
    }

    /** How many months one period lasts. */
    public int bulan() {
        return 12 / jumlah;
    }

    /** The name of period {@code ke} as other systems read it: {@code BULAN_3}, {@code TRIWULAN_2}, {@code SEMESTER_1}. */
    public String nama(int ke) {
        if (ke < 1 || ke > jumlah) {
            throw new IllegalArgumentException("Periode ke-" + ke + " di luar 1–" + jumlah);
        }
        return awalan + ke;
    }

    /** The evaluation schedule of {@code tahun}: the periods in order, together covering 1 January – 31 December. */
    public List<Jadwal> jadwal(int tahun) {
        List<Jadwal> hasil = new ArrayList<>();
        for (int ke = 1; ke <= jumlah; ke++) {
            LocalDate mulai = LocalDate.of(tahun, (ke - 1) * bulan() + 1, 1);
            hasil.add(new Jadwal(ke, nama(ke), mulai, mulai.plusMonths(bulan()).minusDays(1)));
        }
        return List.copyOf(hasil);
    }

    /** The period of the schedule that contains {@code tanggal} (a date of the SKP's year). */
    public int periodeKe(LocalDate tanggal) {
        return (tanggal.getMonthValue() - 1) / bulan() + 1;
    }
}
