package id.aparatur.kompetensi;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dictionary entry as other modules see it. */
public record KompetensiRingkas(
        String kode,
        String nama,
        JenisKompetensi jenis,
        @Nullable String rumpunKode,
        LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        boolean aktif) {

    /** Whether the entry may be used for new records on {@code tanggal}. */
    public boolean berlakuPada(LocalDate tanggal) {
        return aktif && !tanggal.isBefore(berlakuMulai) && (berlakuSampai == null || !tanggal.isAfter(berlakuSampai));
    }
}
