package id.aparatur.penempatan.application;

import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.mesin.Masalah;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The database snapshot a scenario runs on: the engine's {@link Masalah} plus what the result page needs to explain it
 * (the original SKJ bobot, each participant's levels, who was left out and why).
 *
 * @param masalah the engine input; jabatan ids are the database ids as text, employees are NIPs
 * @param jabatan the positions of the problem, in the order of {@code masalah.jabatan()}
 * @param peserta the employees of the problem, in the order of {@code masalah.pegawai()}
 * @param dikecualikan employees in scope left out (they keep their position)
 * @param skj SKJ of every position that appears (in the problem or held by someone in scope), by jabatan id
 */
public record Cuplikan(
        Masalah masalah,
        List<JabatanCuplikan> jabatan,
        List<PegawaiCuplikan> peserta,
        List<PegawaiCuplikan> dikecualikan,
        Map<Long, List<SyaratSkj>> skj) {

    /** One SKJ line: as stored (level, bobot in percent) and the engine's integer weight. */
    public record SyaratSkj(String kode, int level, BigDecimal bobot, long bobotMesin) {}

    /**
     * A position of the problem.
     *
     * @param kuota seats in the catalogue
     * @param kuotaEfektif seats offered: kuota minus those held by employees who stay out of the optimisation
     * @param dikecualikan excluded by BKD: nobody is placed there
     */
    public record JabatanCuplikan(
            long id,
            long opdId,
            String jenjang,
            int kelas,
            String rumpun,
            int kuota,
            int kuotaEfektif,
            boolean dikecualikan) {}

    /**
     * An employee in scope.
     *
     * @param jabatanId current position (null when none)
     * @param kelas kelas of the current position (0 when none)
     * @param jenjang {@link id.aparatur.penempatan.domain.KunciJenjang} of the current position ("" when none)
     * @param alasan why left out, null for a participant
     */
    public record PegawaiCuplikan(
            String nip,
            @Nullable Long opdId,
            @Nullable Long jabatanId,
            int kelas,
            String jenjang,
            List<String> minat,
            Map<String, Integer> kompetensi,
            boolean dikunci,
            @Nullable AlasanPengecualian alasan) {}
}
