package id.aparatur.kinerja.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of an SKP (PermenPANRB 6/2022) and who may take each step. The owner drafts and edits the RHK
 * while the SKP is a DRAF; the penilai (the atasan langsung recorded on the SKP when it was created) agrees, rates
 * (and may rate again until final) and finalises; before rating the penilai may return it to the owner for revision
 * (with a note); BKD may take every one of these steps. While the SKP is agreed the
 * owner records realisation with evidence, the penilai evaluates each period, and both write feedback notes (also
 * while rated); once rated, the penilai's own atasan (atasan pejabat penilai) may review the rating. Realisation,
 * feedback and review are personal (the employee's claim, a conversation, the reviewer's own judgement), so BKD does
 * not take them. Only BKD records a non-PNS penilai (the kepala daerah) on a draft; where the penilai is not a PNS, the
 * PPK account holds the penilai's capacity (the kepala daerah is the Pemda's PPK). A FINAL SKP is locked: nothing is
 * allowed.
 */
public final class AlurSkp {

    /** A step of the flow. */
    public enum Aksi {
        /** change the RHK and indicators, or the evaluation period */
        UBAH,
        SETUJUI,
        /** the penilai returns a draft or an agreed (not yet rated) SKP to the owner for revision, with a note */
        KEMBALIKAN,
        NILAI,
        FINALKAN,
        /** record the realisation of an indicator in a period, with evidence */
        REALISASI,
        /** a continuous feedback note (atasan to employee, or the employee's reply) */
        UMPAN_BALIK,
        /** rate hasil kerja and perilaku kerja for one period */
        EVALUASI_PERIODIK,
        /** review of the rating by the penilai's atasan */
        TINJAU,
        /** BKD records a non-PNS penilai (the kepala daerah) on a draft */
        TETAPKAN_PENILAI
    }

    /** In which capacity the acting user relates to the SKP; a user may hold several. */
    public enum Pihak {
        PEMILIK,
        PENILAI,
        ATASAN_PENILAI,
        BKD
    }

    /** The outcome of asking for a step. */
    public sealed interface Hasil {}

    /** The step is allowed and leads to {@code status}. */
    public record Boleh(StatusSkp status) implements Hasil {}

    /** The SKP is not in a state where the step applies (or it is FINAL). */
    public record SalahStatus(StatusSkp status, Aksi aksi) implements Hasil {}

    /** The step applies but this user may not take it. */
    public record BukanHaknya(Aksi aksi) implements Hasil {}

    private AlurSkp() {}

    /** The capacities that may take {@code aksi}. */
    public static Set<Pihak> berhak(Aksi aksi) {
        return switch (aksi) {
            case UBAH -> EnumSet.of(Pihak.PEMILIK, Pihak.BKD);
            case SETUJUI, KEMBALIKAN, NILAI, FINALKAN, EVALUASI_PERIODIK -> EnumSet.of(Pihak.PENILAI, Pihak.BKD);
            case REALISASI -> EnumSet.of(Pihak.PEMILIK);
            case UMPAN_BALIK -> EnumSet.of(Pihak.PENILAI, Pihak.PEMILIK);
            case TINJAU -> EnumSet.of(Pihak.ATASAN_PENILAI);
            case TETAPKAN_PENILAI -> EnumSet.of(Pihak.BKD);
        };
    }

    /** The steps these capacities may take on an SKP in {@code status} (what a page offers). */
    public static Set<Aksi> boleh(StatusSkp status, Set<Pihak> pihak) {
        Set<Aksi> hasil = EnumSet.noneOf(Aksi.class);
        for (Aksi a : Aksi.values()) {
            if (periksa(status, a, pihak) instanceof Boleh) {
                hasil.add(a);
            }
        }
        return hasil;
    }

    public static Hasil periksa(StatusSkp status, Aksi aksi, Set<Pihak> pihak) {
        StatusSkp tujuan = switch (aksi) {
            case UBAH -> status == StatusSkp.DRAF ? StatusSkp.DRAF : null;
            case SETUJUI -> status == StatusSkp.DRAF ? StatusSkp.DISETUJUI : null;
            case KEMBALIKAN -> status == StatusSkp.DRAF || status == StatusSkp.DISETUJUI ? StatusSkp.DRAF : null;
            case NILAI -> status == StatusSkp.DISETUJUI || status == StatusSkp.DINILAI ? StatusSkp.DINILAI : null;
            case FINALKAN -> status == StatusSkp.DINILAI ? StatusSkp.FINAL : null;
            case REALISASI, EVALUASI_PERIODIK -> status == StatusSkp.DISETUJUI ? status : null;
            case UMPAN_BALIK -> status == StatusSkp.DISETUJUI || status == StatusSkp.DINILAI ? status : null;
            case TINJAU -> status == StatusSkp.DINILAI ? status : null;
            case TETAPKAN_PENILAI -> status == StatusSkp.DRAF ? status : null;
        };
        if (tujuan == null) {
            return new SalahStatus(status, aksi);
        }
        if (!Collections.disjoint(pihak, berhak(aksi))) {
            return new Boleh(tujuan);
        }
        return new BukanHaknya(aksi);
    }
}
