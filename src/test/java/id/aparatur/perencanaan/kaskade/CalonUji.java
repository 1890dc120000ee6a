package id.aparatur.perencanaan.kaskade;

import id.aparatur.kinerja.PredikatKinerja;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Object Mother for cascade candidates: the short form most tests need — both required years rated like the latest
 * predikat (BAIK when there is none), a clean disciplinary record, age 45 on the planned inauguration date.
 */
public final class CalonUji {

    private CalonUji() {}

    public static CalonKaskade calon(
            String nip,
            @Nullable Long jabatanId,
            boolean pns,
            @Nullable String pendidikan,
            @Nullable String golongan,
            int bulanDiTingkat,
            boolean hukumanAktif,
            @Nullable PredikatKinerja predikat,
            Map<String, Integer> kompetensi) {
        PredikatKinerja tahunan = predikat == null ? PredikatKinerja.BAIK : predikat;
        return new CalonKaskade(
                nip,
                jabatanId,
                pns,
                pendidikan,
                golongan,
                bulanDiTingkat,
                hukumanAktif,
                predikat,
                kompetensi,
                List.of(tahunan, tahunan),
                false,
                false,
                45);
    }

    /** {@code c} with other predikat of the years before the reference year (newest first; null = no final SKP). */
    public static CalonKaskade denganPredikatTahunan(CalonKaskade c, @Nullable PredikatKinerja... predikat) {
        return new CalonKaskade(
                c.nip(),
                c.jabatanId(),
                c.pns(),
                c.pendidikan(),
                c.golongan(),
                c.bulanDiTingkat(),
                c.hukumanAktif(),
                c.predikatKinerja(),
                c.kompetensi(),
                java.util.Arrays.asList(predikat),
                c.pernahHukumanSedangBerat(),
                c.dalamPemeriksaan(),
                c.usia());
    }

    /** {@code c} with another disciplinary track record and age on the inauguration date. */
    public static CalonKaskade denganJpt(
            CalonKaskade c, boolean pernahSedangBerat, boolean dalamPemeriksaan, @Nullable Integer usia) {
        return new CalonKaskade(
                c.nip(),
                c.jabatanId(),
                c.pns(),
                c.pendidikan(),
                c.golongan(),
                c.bulanDiTingkat(),
                c.hukumanAktif(),
                c.predikatKinerja(),
                c.kompetensi(),
                c.predikatTahunan(),
                pernahSedangBerat,
                dalamPemeriksaan,
                usia);
    }
}
