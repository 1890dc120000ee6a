package id.aparatur.perencanaan.kaskade;

import id.aparatur.penempatan.mesin.Syarat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A position in the cascade.
 *
 * @param id jabatan id
 * @param tingkat level key: the jenis jabatan ({@code JPT_PRATAMA}, {@code ADMINISTRATOR}, {@code PENGAWAS},
 *     {@code PELAKSANA}, …), for a jabatan fungsional {@code FUNGSIONAL/<JENJANG>} (e.g. {@code FUNGSIONAL/AHLI_MUDA})
 * @param kebutuhan K, the seats the position should have (≥ 0)
 * @param pendidikanMinimal minimum education as a code SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3 (e.g. {@code D3}); null = no syarat
 *     beyond the level default
 * @param pangkatMinimal minimum golongan (e.g. {@code III/b}); null = none beyond the level default
 * @param standarKompetensi SKJ lines: competency code, required level 0–5, integer weight ≥ 0
 */
public record PosisiKaskade(
        long id,
        long opdId,
        long unitId,
        String tingkat,
        int kelas,
        String rumpun,
        int kebutuhan,
        @Nullable String pendidikanMinimal,
        @Nullable String pangkatMinimal,
        List<Syarat> standarKompetensi) {

    public PosisiKaskade {
        standarKompetensi = List.copyOf(standarKompetensi);
    }
}
