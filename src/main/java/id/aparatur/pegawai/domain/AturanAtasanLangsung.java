package id.aparatur.pegawai.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Who an employee's atasan langsung is, and which choices of atasan are impossible.
 *
 * <ul>
 *   <li><b>From the structure:</b> when no atasan is recorded by hand, the atasan langsung is the active holder of the
 *       head position ({@code jabatan_kepala_id}) of the employee's own unit, else of the nearest parent unit whose
 *       head position has an active holder; never the employee themself, and never a head position that is the
 *       employee's own jabatan (the head of a unit reports to the head of the parent unit). Several holders of one
 *       head position: the lowest NIP, so the choice is reproducible. Legal basis: the atasan langsung is the
 *       pejabat penilai kinerja, the structural head of the unit the employee serves in (PP 30/2019 tentang Penilaian
 *       Kinerja PNS, ketentuan umum; PermenPANRB 6/2022 tentang Pengelolaan Kinerja Pegawai ASN).
 *   <li><b>No cycle:</b> the chain of atasan is a hierarchy; an employee can be neither their own atasan nor the atasan
 *       of anyone above them.
 * </ul>
 *
 * <p>The structural rule runs set-wise in SQL as the published function {@code pegawai.atasan_langsung(nip, unit,
 * jabatan)} ({@code R__pegawai_kontrak_baca.sql}), which every caller uses (employee form and API, import, mutation);
 * {@code AturanAtasanLangsungIT} proves it agrees with {@link #menurutStruktur}. The cycle rule is
 * {@link #membentukSiklus}, used by the employee form and API and by the import.
 */
public final class AturanAtasanLangsung {

    private AturanAtasanLangsung() {}

    /**
     * @param nip the employee
     * @param jabatanId the employee's jabatan
     * @param kepalaNaik the head position of each unit from the employee's own unit up to the top of the OPD, in that
     *     order (null where a unit has none)
     * @param pemegangAktif the NIPs of the active holders of a jabatan
     * @return the atasan langsung the structure gives, empty when no unit above has an active head
     */
    public static Optional<String> menurutStruktur(
            String nip,
            long jabatanId,
            List<@Nullable Long> kepalaNaik,
            Function<Long, Collection<String>> pemegangAktif) {
        for (Long kepala : kepalaNaik) {
            if (kepala == null || kepala == jabatanId) {
                continue;
            }
            Optional<String> pemegang = pemegangAktif.apply(kepala).stream()
                    .filter(n -> !n.equals(nip))
                    .sorted()
                    .findFirst();
            if (pemegang.isPresent()) {
                return pemegang;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether making {@code calonAtasan} the atasan of {@code nip} closes a cycle: {@code nip} is the candidate
     * themself or stands in the candidate's chain of atasan. A cycle in the recorded chain that does not pass through
     * {@code nip} is not this choice's fault and ends the walk.
     *
     * @param atasanDari the recorded atasan of an employee (null: none)
     */
    public static boolean membentukSiklus(
            String nip, String calonAtasan, Function<String, @Nullable String> atasanDari) {
        Set<String> dilihat = new HashSet<>();
        for (String x = calonAtasan; x != null; x = atasanDari.apply(x)) {
            if (x.equals(nip)) {
                return true;
            }
            if (!dilihat.add(x)) {
                return false;
            }
        }
        return false;
    }
}
