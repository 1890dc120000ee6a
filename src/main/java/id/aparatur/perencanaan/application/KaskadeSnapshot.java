package id.aparatur.perencanaan.application;

import id.aparatur.aturan.AturanDipakai;
import id.aparatur.perencanaan.kaskade.MasalahKaskade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cascade's problem as read from the database at one moment, with what the report needs besides (names of
 * positions, units, OPD and employees, the syarat texts, the retirements taken out).
 *
 * @param masalah the input of {@link id.aparatur.perencanaan.kaskade.KaskadePromosi#jalankan}
 * @param tanggalAcuan the day the months in level and the sanctions are counted at
 * @param skenarioId the approved placement scenario whose seats were used, or null for the current data
 * @param tahunRencana employees retiring by 31 December of this year were taken out, or null
 * @param jabatan every active position by id
 * @param namaPegawai name of every employee in the problem and of those taken out for retirement
 * @param pensiun the employees taken out because they retire by the end of {@code tahunRencana}
 * @param milidetik time to build the snapshot
 * @param tanggalPelantikanJpt the planned JPT inauguration date the candidates' age was read at
 * @param aturanDipakai the registry versions of the rule tables the run applies ({@code GERBANG_KASKADE})
 */
public record KaskadeSnapshot(
        MasalahKaskade masalah,
        LocalDate tanggalAcuan,
        @Nullable Long skenarioId,
        @Nullable Integer tahunRencana,
        Map<Long, Jabatan> jabatan,
        Map<String, String> namaPegawai,
        List<Pensiun> pensiun,
        long milidetik,
        LocalDate tanggalPelantikanJpt,
        List<AturanDipakai> aturanDipakai) {

    /** A position with the names the report shows. */
    public record Jabatan(
            long id,
            String nama,
            String tingkat,
            int kelas,
            String rumpun,
            long unitId,
            String unitNama,
            long opdId,
            String opdNama,
            @Nullable String syaratPendidikan,
            @Nullable String syaratPangkat) {}

    /** An employee taken out of the cascade because the TMT pensiun falls by the end of the planning year. */
    public record Pensiun(String nip, String nama, @Nullable Long jabatanId, LocalDate tmtPensiun) {}
}
