package id.aparatur.perencanaan.domain;

import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ABK version: the analisis beban kerja of a jabatan for a year (PermenPANRB 1/2020), with the WKE and rounding
 * rule it is computed with (copied when created, refreshed while it can be edited, frozen from submission on) and its
 * tasks. Its lifecycle ({@link StatusAbk}): DRAF → DIAJUKAN (the OPD head) → FINAL (BKD; the kebutuhan becomes the
 * jabatan's kuota) or DIKEMBALIKAN (BKD, with a note; editable again); any version can be copied to the next year.
 *
 * <p>Immutable: every transition checks its rules and returns the new state, with the step it made
 * ({@link #langkah()}) and whether the tasks changed ({@link #tugasDiubah()}); the repository writes it in one guarded
 * update at the version it was read at. Other aggregates (jabatan, OPD) are referenced by id.
 */
public final class Abk {

    /** Message of a stale version (the user edited an older state). */
    public static final String VERSI_USANG = "galat.409.versi";

    /** A status step: from, to, and the note of a return. */
    public record Langkah(
            StatusAbk dari, StatusAbk ke, @Nullable String catatan) {}

    private final @Nullable Long id;
    private final long jabatanId;
    private final long opdId;
    private final int tahun;
    private final StatusAbk status;
    private final int wkeMenit;
    private final LocalDate wkeBerlakuMulai;
    private final AturanPembulatan aturanPembulatan;
    private final List<TugasAbk> tugas;
    private final @Nullable String catatanPengembalian;
    private final int versi;
    private final @Nullable Long disalinDariId;
    private final @Nullable Langkah langkah;
    private final boolean tugasDiubah;

    private Abk(
            @Nullable Long id,
            long jabatanId,
            long opdId,
            int tahun,
            StatusAbk status,
            int wkeMenit,
            LocalDate wkeBerlakuMulai,
            AturanPembulatan aturanPembulatan,
            List<TugasAbk> tugas,
            @Nullable String catatanPengembalian,
            int versi,
            @Nullable Long disalinDariId,
            @Nullable Langkah langkah,
            boolean tugasDiubah) {
        this.id = id;
        this.jabatanId = jabatanId;
        this.opdId = opdId;
        this.tahun = tahun;
        this.status = status;
        this.wkeMenit = wkeMenit;
        this.wkeBerlakuMulai = wkeBerlakuMulai;
        this.aturanPembulatan = aturanPembulatan;
        this.tugas = List.copyOf(tugas);
        this.catatanPengembalian = catatanPengembalian;
        this.versi = versi;
        this.disalinDariId = disalinDariId;
        this.langkah = langkah;
        this.tugasDiubah = tugasDiubah;
    }

    /**
     * A new DRAF without tasks, computed with {@code wke} (the row in force on 1 January of {@code tahun}) and
     * {@code aturan}.
     *
     * @throws ValidasiException when the year is outside {@value AturanAbk#TAHUN_MIN}–{@value AturanAbk#TAHUN_MAKS}
     */
    public static Abk buat(long jabatanId, long opdId, int tahun, WaktuKerjaEfektif wke, AturanPembulatan aturan) {
        AturanAbk.periksaTahun(tahun);
        return new Abk(
                null,
                jabatanId,
                opdId,
                tahun,
                StatusAbk.DRAF,
                wke.menitPerTahun(),
                wke.berlakuMulai(),
                aturan,
                List.of(),
                null,
                0,
                null,
                null,
                false);
    }

    /** Rebuilds a stored version; no rules are checked (the data was valid when written). */
    public static Abk pulihkan(
            long id,
            long jabatanId,
            long opdId,
            int tahun,
            StatusAbk status,
            int wkeMenit,
            LocalDate wkeBerlakuMulai,
            AturanPembulatan aturanPembulatan,
            List<TugasAbk> tugas,
            @Nullable String catatanPengembalian,
            int versi) {
        return new Abk(
                id,
                jabatanId,
                opdId,
                tahun,
                status,
                wkeMenit,
                wkeBerlakuMulai,
                aturanPembulatan,
                tugas,
                catatanPengembalian,
                versi,
                null,
                null,
                false);
    }

    /**
     * Replaces the task list of an editable version (DRAF or DIKEMBALIKAN) and refreshes its WKE and rounding rule.
     * All-or-nothing: one broken row rejects the whole list.
     *
     * @param versi the version the user edited
     * @throws KonflikException when it is submitted or final, or on a stale version ({@value #VERSI_USANG})
     * @throws ValidasiException naming each broken field per row ({@code tugas[i].volume})
     */
    public Abk gantiTugas(List<AturanAbk.Isian> isian, int versi, WaktuKerjaEfektif wke, AturanPembulatan aturan) {
        status.pastikanDapatDiubah();
        if (this.versi != versi) {
            throw new KonflikException(VERSI_USANG, "ABK " + id + " versi " + versi + " usang");
        }
        return dengan(
                status, wke, aturan, AturanAbk.periksa(isian, wke.menitPerTahun(), aturan), catatanPengembalian, null);
    }

    /**
     * The OPD head confirms it: DRAF/DIKEMBALIKAN → DIAJUKAN. The WKE and rounding rule are refreshed a last time
     * (the table may have changed since the last save) and frozen from here on.
     *
     * @throws KonflikException when it is already submitted or final
     * @throws ValidasiException when it has no task
     */
    public Abk ajukan(WaktuKerjaEfektif wke, AturanPembulatan aturan) {
        StatusAbk ke = status.ajukan();
        if (tugas.isEmpty()) {
            throw new ValidasiException("tugas", "abk.ajukan.tanpa-tugas");
        }
        return dengan(
                ke,
                wke,
                aturan,
                AturanAbk.periksa(AturanAbk.isian(tugas), wke.menitPerTahun(), aturan),
                catatanPengembalian,
                new Langkah(status, ke, null));
    }

    /**
     * BKD verifies it: DIAJUKAN → FINAL; its {@link #kebutuhan()} is to become the jabatan's kuota.
     *
     * @throws KonflikException when it was not submitted
     */
    public Abk finalkan() {
        StatusAbk ke = status.finalkan();
        return new Abk(
                id,
                jabatanId,
                opdId,
                tahun,
                ke,
                wkeMenit,
                wkeBerlakuMulai,
                aturanPembulatan,
                tugas,
                catatanPengembalian,
                versi,
                disalinDariId,
                new Langkah(status, ke, null),
                false);
    }

    /**
     * BKD returns it with a mandatory note: DIAJUKAN → DIKEMBALIKAN; the OPD can edit it again.
     *
     * @throws KonflikException when it was not submitted
     * @throws ValidasiException when the note is missing or too long
     */
    public Abk kembalikan(@Nullable String catatan) {
        StatusAbk ke = status.kembalikan();
        String teks = AturanAbk.periksaCatatan(catatan);
        return new Abk(
                id,
                jabatanId,
                opdId,
                tahun,
                ke,
                wkeMenit,
                wkeBerlakuMulai,
                aturanPembulatan,
                tugas,
                teks,
                versi,
                disalinDariId,
                new Langkah(status, ke, teks),
                false);
    }

    /**
     * A new DRAF for the next year with this version's tasks (any status), computed with that year's WKE.
     *
     * @throws ValidasiException when the next year is out of range or a task breaks the rules under the new WKE
     */
    public Abk salinKeTahunBerikut(WaktuKerjaEfektif wke, AturanPembulatan aturan) {
        int berikut = tahun + 1;
        AturanAbk.periksaTahun(berikut);
        return new Abk(
                null,
                jabatanId,
                opdId,
                berikut,
                StatusAbk.DRAF,
                wke.menitPerTahun(),
                wke.berlakuMulai(),
                aturan,
                AturanAbk.periksa(AturanAbk.isian(tugas), wke.menitPerTahun(), aturan),
                null,
                0,
                id,
                null,
                true);
    }

    private Abk dengan(
            StatusAbk ke,
            WaktuKerjaEfektif wke,
            AturanPembulatan aturan,
            List<TugasAbk> baru,
            @Nullable String catatan,
            @Nullable Langkah l) {
        return new Abk(
                id,
                jabatanId,
                opdId,
                tahun,
                ke,
                wke.menitPerTahun(),
                wke.berlakuMulai(),
                aturan,
                baru,
                catatan,
                versi,
                disalinDariId,
                l,
                true);
    }

    /** The calculation with the current number of holders. */
    public PerhitunganAbk.Hasil hitung(int pemangku, BatasGradeEj batas) {
        return PerhitunganAbk.hitung(tugas, wkeMenit, aturanPembulatan, pemangku, batas);
    }

    /** Σ beban kerja of the tasks in minutes. */
    public long totalBebanMenit() {
        return PerhitunganAbk.hitung(tugas, wkeMenit, aturanPembulatan, 0, BatasGradeEj.BAKU)
                .totalBebanMenit();
    }

    /** The whole number of employees needed (Σ beban ÷ WKE, rounded by the version's rule). */
    public int kebutuhan() {
        return PerhitunganAbk.hitung(tugas, wkeMenit, aturanPembulatan, 0, BatasGradeEj.BAKU)
                .kebutuhan();
    }

    public @Nullable Long id() {
        return id;
    }

    public long jabatanId() {
        return jabatanId;
    }

    public long opdId() {
        return opdId;
    }

    public int tahun() {
        return tahun;
    }

    public StatusAbk status() {
        return status;
    }

    public int wkeMenit() {
        return wkeMenit;
    }

    public LocalDate wkeBerlakuMulai() {
        return wkeBerlakuMulai;
    }

    public AturanPembulatan aturanPembulatan() {
        return aturanPembulatan;
    }

    public List<TugasAbk> tugas() {
        return tugas;
    }

    public @Nullable String catatanPengembalian() {
        return catatanPengembalian;
    }

    /** The version this state was read at: the repository stores it only if the stored one is still this. */
    public int versi() {
        return versi;
    }

    /** For a copy: the version it was copied from. */
    public @Nullable Long disalinDariId() {
        return disalinDariId;
    }

    /** The status step this instance made (null when it only changed the tasks or was just loaded). */
    public @Nullable Langkah langkah() {
        return langkah;
    }

    /** Whether the tasks and their calculation basis were (re)written by this instance. */
    public boolean tugasDiubah() {
        return tugasDiubah;
    }
}
