package id.aparatur.kinerja.domain;

import java.util.Set;

/**
 * The state machine of an SKP (PermenPANRB 6/2022) and who may take each step. The owner drafts and edits the RHK
 * while the SKP is a DRAF; the penilai (the atasan langsung recorded on the SKP when it was created) agrees, rates
 * (and may rate again until final) and finalises; before rating the penilai may also return it to the owner for
 * revision (with a note); BKD may take every step. A FINAL SKP is locked: nothing is allowed.
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
        FINALKAN
    }

    /** In which capacity the acting user relates to the SKP; a user may hold several. */
    public enum Pihak {
        PEMILIK, PENILAI, BKD
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

    public static Hasil periksa(StatusSkp status, Aksi aksi, Set<Pihak> pihak) {
        StatusSkp tujuan = switch (aksi) {
            case UBAH -> status == StatusSkp.DRAF ? StatusSkp.DRAF : null;
            case SETUJUI -> status == StatusSkp.DRAF ? StatusSkp.DISETUJUI : null;
            case KEMBALIKAN -> status == StatusSkp.DRAF || status == StatusSkp.DISETUJUI ? StatusSkp.DRAF : null;
            case NILAI -> status == StatusSkp.DISETUJUI || status == StatusSkp.DINILAI ? StatusSkp.DINILAI : null;
            case FINALKAN -> status == StatusSkp.DINILAI ? StatusSkp.FINAL : null;
        };
        if (tujuan == null) {
            return new SalahStatus(status, aksi);
        }
        Pihak berhak = aksi == Aksi.UBAH ? Pihak.PEMILIK : Pihak.PENILAI;
        if (pihak.contains(Pihak.BKD) || pihak.contains(berhak)) {
            return new Boleh(tujuan);
        }
        return new BukanHaknya(aksi);
    }
}
