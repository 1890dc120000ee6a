package id.aparatur.kompetensi;

import id.aparatur.kompetensi.domain.LevelKompetensi;
import id.aparatur.kompetensi.domain.RincianKompetensi;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** Object Mother for kamus kompetensi tests. */
public final class KompetensiFixture {

    public static final LocalDate AWAL = LocalDate.of(2018, 1, 1);

    private KompetensiFixture() {}

    public static List<LevelKompetensi> limaLevel() {
        return IntStream.rangeClosed(1, 5)
                .mapToObj(i -> new LevelKompetensi(i, "Deskripsi level " + i, "Indikator perilaku level " + i))
                .toList();
    }

    public static RincianKompetensi manajerial() {
        return rincian(JenisKompetensi.MANAJERIAL, null);
    }

    public static RincianKompetensi teknis(String rumpun) {
        return rincian(JenisKompetensi.TEKNIS, rumpun);
    }

    public static RincianKompetensi rincian(JenisKompetensi jenis, @Nullable String rumpun) {
        return new RincianKompetensi(
                "Integritas Uji",
                jenis,
                rumpun,
                "Konsisten berperilaku selaras dengan nilai.",
                "PermenPANRB 38/2017",
                AWAL,
                null,
                limaLevel());
    }
}
