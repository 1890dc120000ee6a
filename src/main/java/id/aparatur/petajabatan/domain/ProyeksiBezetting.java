package id.aparatur.petajabatan.domain;

import id.aparatur.shared.TahunAnggaran;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bezetting of every position at the end of each coming year when nobody is recruited or moved and every holder
 * leaves at the TMT pensiun of the batas usia pensiun (UU 20/2023 Pasal 55; PP 11/2017 Pasal 239; BUP per jenis
 * jabatan). An employee is counted at the end of year Y when still in service on {@link #akhirTahun 31 December Y},
 * i.e. the TMT pensiun (the first day no longer in service) is after it.
 */
public final class ProyeksiBezetting {

    /** A holder who leaves a position at {@code tmtPensiun}. */
    public record Keluar(long jabatanId, LocalDate tmtPensiun) {}

    private ProyeksiBezetting() {}

    /**
     * The day a projected year's bezetting is counted on: the last day of the tahun anggaran
     * ({@link TahunAnggaran#akhir}), for which the needs (kebutuhan, formasi) are planned. An employee whose TMT
     * pensiun is on or before it no longer counts in that year.
     */
    public static LocalDate akhirTahun(int tahun) {
        return TahunAnggaran.akhir(tahun);
    }

    /**
     * @param bezetting B per position now (positions absent have 0), never null
     * @param keluar holders who retire, each counted in its position's B, never null
     * @param tahun the years, ascending
     * @return per position of {@code bezetting}: B at the end of each year of {@code tahun}, in the same order; never
     *     below 0
     */
    public static Map<Long, int[]> hitung(Map<Long, Integer> bezetting, List<Keluar> keluar, List<Integer> tahun) {
        for (int i = 1; i < tahun.size(); i++) {
            if (tahun.get(i) <= tahun.get(i - 1)) {
                throw new IllegalArgumentException("Tahun proyeksi harus menaik");
            }
        }
        Map<Long, List<LocalDate>> perJabatan = new HashMap<>();
        for (Keluar k : keluar) {
            perJabatan.computeIfAbsent(k.jabatanId(), x -> new ArrayList<>()).add(k.tmtPensiun());
        }
        Map<Long, int[]> hasil = new HashMap<>();
        bezetting.forEach((jabatan, b) -> {
            int[] akhir = new int[tahun.size()];
            List<LocalDate> tmt = perJabatan.getOrDefault(jabatan, List.of());
            for (int i = 0; i < tahun.size(); i++) {
                LocalDate acuan = akhirTahun(tahun.get(i));
                long pergi = tmt.stream().filter(t -> !t.isAfter(acuan)).count();
                akhir[i] = (int) Math.max(0, b - pergi);
            }
            hasil.put(jabatan, akhir);
        });
        return hasil;
    }
}
