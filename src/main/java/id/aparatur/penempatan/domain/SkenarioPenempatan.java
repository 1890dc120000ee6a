package id.aparatur.penempatan.domain;

import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A placement scenario: one attempt of BKD at re-placing the employees of a scope, from its settings to the SK that
 * decides it. Immutable: every transition returns the new state, and refuses an illegal one with a
 * {@link KonflikException} (409) naming why, or a {@link ValidasiException} (400) for bad settings or SK data.
 *
 * <p>Lifecycle ({@link StatusSkenario}): a {@code DRAF} — settings, pins and exclusions can change only here — is run
 * ({@code BERJALAN}, in the background) and ends {@code SELESAI} or {@code GAGAL} (a failed one may run again); a
 * finished one whose optimality certificate holds is approved ({@code DISETUJUI}); the SK (nomor, tanggal SK, TMT)
 * decides it ({@code DITETAPKAN}), and the moves take effect at the TMT ({@link #diterapkanPada}). A result is computed
 * on the positions the employees held when it ran: approval and SK are refused when any of them has moved or left
 * since. Any scenario except a running one can be archived and unarchived; nothing is ever deleted.
 */
public final class SkenarioPenempatan {

    /** The longest failure message kept. */
    public static final int PANJANG_PESAN_MAKS = 4000;

    private final @Nullable Long id;
    private final @Nullable Long asalId;
    private final PengaturanSkenario pengaturan;
    private final StatusSkenario status;
    private final int progres;
    private final @Nullable String tahap;
    private final @Nullable String pesanGalat;
    private final @Nullable OffsetDateTime dijalankanPada;
    private final @Nullable OffsetDateTime selesaiPada;
    private final @Nullable Boolean sertifikatSah;
    private final @Nullable Tindakan disetujui;
    private final @Nullable KeputusanMutasi keputusan;
    private final @Nullable Tindakan ditetapkan;
    private final @Nullable OffsetDateTime diterapkanPada;
    private final boolean diarsipkan;
    private final @Nullable Tindakan pengarsipan;
    private final Tindakan dibuat;
    private final int versi;

    private SkenarioPenempatan(Keadaan k) {
        this.id = k.id;
        this.asalId = k.asalId;
        this.pengaturan = Objects.requireNonNull(k.pengaturan);
        this.status = Objects.requireNonNull(k.status);
        this.progres = k.progres;
        this.tahap = k.tahap;
        this.pesanGalat = k.pesanGalat;
        this.dijalankanPada = k.dijalankanPada;
        this.selesaiPada = k.selesaiPada;
        this.sertifikatSah = k.sertifikatSah;
        this.disetujui = k.disetujui;
        this.keputusan = k.keputusan;
        this.ditetapkan = k.ditetapkan;
        this.diterapkanPada = k.diterapkanPada;
        this.diarsipkan = k.diarsipkan;
        this.pengarsipan = k.pengarsipan;
        this.dibuat = Objects.requireNonNull(k.dibuat);
        this.versi = k.versi;
    }

    /**
     * A new draft.
     *
     * @param asalId the scenario it was copied from, or null
     * @throws ValidasiException when the settings break a rule of {@link PengaturanSkenario#periksa()}
     */
    public static SkenarioPenempatan buat(PengaturanSkenario pengaturan, @Nullable Long asalId, Tindakan dibuat) {
        periksa(pengaturan);
        Keadaan k = new Keadaan();
        k.asalId = asalId;
        k.pengaturan = pengaturan;
        k.status = StatusSkenario.DRAF;
        k.dibuat = dibuat;
        return new SkenarioPenempatan(k);
    }

    /**
     * Rebuilds a stored scenario; no rules are checked (the data was valid when written).
     *
     * @param keputusan the SK once decided, else null
     */
    public static SkenarioPenempatan pulihkan(
            long id,
            @Nullable Long asalId,
            PengaturanSkenario pengaturan,
            StatusSkenario status,
            Jalannya jalannya,
            @Nullable Tindakan disetujui,
            @Nullable KeputusanMutasi keputusan,
            @Nullable Tindakan ditetapkan,
            @Nullable OffsetDateTime diterapkanPada,
            boolean diarsipkan,
            @Nullable Tindakan pengarsipan,
            Tindakan dibuat,
            int versi) {
        Keadaan k = new Keadaan();
        k.id = id;
        k.asalId = asalId;
        k.pengaturan = pengaturan;
        k.status = status;
        k.progres = jalannya.progres();
        k.tahap = jalannya.tahap();
        k.pesanGalat = jalannya.pesanGalat();
        k.dijalankanPada = jalannya.dijalankanPada();
        k.selesaiPada = jalannya.selesaiPada();
        k.sertifikatSah = jalannya.sertifikatSah();
        k.disetujui = disetujui;
        k.keputusan = keputusan;
        k.ditetapkan = ditetapkan;
        k.diterapkanPada = diterapkanPada;
        k.diarsipkan = diarsipkan;
        k.pengarsipan = pengarsipan;
        k.dibuat = dibuat;
        k.versi = versi;
        return new SkenarioPenempatan(k);
    }

    /**
     * The state of the (last) run.
     *
     * @param progres percent done, 0–100
     * @param tahap the step the run is at while it runs ({@code MENUNGGU}, {@code MEMUAT}, …), else null
     * @param pesanGalat why the run failed
     * @param sertifikatSah whether the optimality certificate of the result holds (null: no result)
     */
    public record Jalannya(
            int progres,
            @Nullable String tahap,
            @Nullable String pesanGalat,
            @Nullable OffsetDateTime dijalankanPada,
            @Nullable OffsetDateTime selesaiPada,
            @Nullable Boolean sertifikatSah) {

        public static final Jalannya BELUM = new Jalannya(0, null, null, null, null, null);
    }

    /**
     * A new draft with the same settings, pins and exclusions; this scenario stays as it is.
     *
     * @param nama the copy's name; blank: this name with "(salinan)"
     */
    public SkenarioPenempatan salin(@Nullable String nama, Tindakan dibuat) {
        String baru = nama == null || nama.isBlank() ? salinanNama(pengaturan.nama()) : nama.trim();
        return buat(pengaturan.denganNama(baru), idTersimpan(), dibuat);
    }

    /**
     * Pins {@code nip} to {@code jabatanId}.
     *
     * @param diLuarCakupan why the employee or the position cannot be pinned in this scenario's scope (unknown, out of
     *     scope, another jenjang), as found by the caller; empty: they can
     * @throws KonflikException when the scenario is no (active) draft
     * @throws ValidasiException when {@code diLuarCakupan} is not empty or the pin contradicts an exclusion
     */
    public SkenarioPenempatan kunci(String nip, long jabatanId, List<Galat> diLuarCakupan) {
        PengaturanSkenario p = pastikanDraf();
        if (!diLuarCakupan.isEmpty()) {
            throw new ValidasiException(diLuarCakupan);
        }
        return denganAturan(p.denganKunci(normal(nip), jabatanId));
    }

    public SkenarioPenempatan lepasKunci(String nip) {
        return denganAturan(pastikanDraf().tanpaKunci(normal(nip)));
    }

    public SkenarioPenempatan kecualikanPegawai(String nip, boolean kecualikan) {
        return denganAturan(pastikanDraf().denganPegawaiDikecualikan(normal(nip), kecualikan));
    }

    public SkenarioPenempatan kecualikanJabatan(long jabatanId, boolean kecualikan) {
        return denganAturan(pastikanDraf().denganJabatanDikecualikan(jabatanId, kecualikan));
    }

    /**
     * Starts a run (a draft, or a failed scenario again).
     *
     * @throws KonflikException when archived, running, or already with a result
     * @throws ValidasiException when the settings break a rule
     */
    public SkenarioPenempatan jalankan(OffsetDateTime kini) {
        if (diarsipkan || !status.dapatDijalankan()) {
            throw new KonflikException("penempatan.tidak-dapat-dijalankan", "Skenario " + id + " berstatus " + status);
        }
        periksa(pengaturan);
        Keadaan k = keadaan();
        k.status = StatusSkenario.BERJALAN;
        k.progres = 0;
        k.tahap = "MENUNGGU";
        k.pesanGalat = null;
        k.dijalankanPada = kini;
        k.selesaiPada = null;
        return new SkenarioPenempatan(k);
    }

    /**
     * The run stored its result.
     *
     * @param sertifikatSah whether the optimality certificate holds (only then can the scenario be approved)
     * @throws KonflikException when the scenario is no longer running (a restart failed it meanwhile)
     */
    public SkenarioPenempatan selesai(boolean sertifikatSah, OffsetDateTime kini) {
        pastikanBerjalan();
        Keadaan k = keadaan();
        k.status = StatusSkenario.SELESAI;
        k.progres = 100;
        k.tahap = null;
        k.pesanGalat = null;
        k.selesaiPada = kini;
        k.sertifikatSah = sertifikatSah;
        return new SkenarioPenempatan(k);
    }

    /**
     * The run failed (invalid problem, a pin that cannot apply, a full queue, a restart); it may be run again.
     *
     * @throws KonflikException when the scenario is no longer running
     */
    public SkenarioPenempatan gagal(String pesan, OffsetDateTime kini) {
        pastikanBerjalan();
        Keadaan k = keadaan();
        k.status = StatusSkenario.GAGAL;
        k.progres = 100;
        k.tahap = null;
        k.pesanGalat = pesan.length() > PANJANG_PESAN_MAKS ? pesan.substring(0, PANJANG_PESAN_MAKS) : pesan;
        k.selesaiPada = kini;
        return new SkenarioPenempatan(k);
    }

    /**
     * A finished scenario whose certificate holds becomes the approved draft of the mutation list.
     *
     * @param pegawaiBerubah employees of the result who have moved or left since it ran
     * @throws KonflikException when not finished, archived, the certificate does not hold, or the data has changed
     */
    public SkenarioPenempatan setujui(Tindakan oleh, long pegawaiBerubah) {
        if (diarsipkan || status != StatusSkenario.SELESAI) {
            throw new KonflikException("penempatan.tidak-dapat-disetujui", "Skenario " + id + " berstatus " + status);
        }
        if (!Boolean.TRUE.equals(sertifikatSah)) {
            throw new KonflikException("penempatan.sertifikat-tidak-sah", "Sertifikat optimalitas tidak sah");
        }
        pastikanDataBelumBerubah(pegawaiBerubah);
        Keadaan k = keadaan();
        k.status = StatusSkenario.DISETUJUI;
        k.disetujui = oleh;
        return new SkenarioPenempatan(k);
    }

    /**
     * Decides an approved scenario with its SK ({@link KeputusanMutasi}). When the TMT is {@code hariIni} or earlier
     * the moves take effect at once ({@link #diterapkanPada} is set), otherwise when the TMT arrives ({@link #terapkan}).
     *
     * @param pegawaiBerubah employees of the result who have moved or left since it ran
     * @throws ValidasiException when the SK data break a rule of {@link KeputusanMutasi#periksa}
     * @throws KonflikException when not approved, archived, or the data has changed
     */
    public SkenarioPenempatan tetapkan(KeputusanMutasi sk, Tindakan oleh, LocalDate hariIni, long pegawaiBerubah) {
        List<Galat> g = sk.periksa(hariIni);
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        if (diarsipkan || status != StatusSkenario.DISETUJUI) {
            throw new KonflikException("penempatan.tidak-dapat-ditetapkan", "Skenario " + id + " berstatus " + status);
        }
        pastikanDataBelumBerubah(pegawaiBerubah);
        Keadaan k = keadaan();
        k.status = StatusSkenario.DITETAPKAN;
        k.keputusan = new KeputusanMutasi(Objects.requireNonNull(sk.nomorSk()).trim(), sk.tanggalSk(), sk.tmt());
        k.ditetapkan = oleh;
        k.diterapkanPada = Objects.requireNonNull(sk.tmt()).isAfter(hariIni) ? null : oleh.pada();
        return new SkenarioPenempatan(k);
    }

    /**
     * The TMT of the SK has arrived: the moves take effect now.
     *
     * @throws KonflikException when not decided or already applied
     */
    public SkenarioPenempatan terapkan(OffsetDateTime kini) {
        if (!menungguTmt()) {
            throw new KonflikException("galat.409.versi", "Skenario " + id + " tidak menunggu TMT");
        }
        Keadaan k = keadaan();
        k.diterapkanPada = kini;
        return new SkenarioPenempatan(k);
    }

    /**
     * Hides the scenario from the list ({@code arsip}) or shows it again; never while it runs.
     *
     * @throws KonflikException when it runs, or already is in the state asked for
     */
    public SkenarioPenempatan arsipkan(boolean arsip, Tindakan oleh) {
        if (status == StatusSkenario.BERJALAN) {
            throw new KonflikException("penempatan.sedang-berjalan", "Skenario sedang berjalan");
        }
        if (diarsipkan == arsip) {
            throw new KonflikException("galat.409.versi", "Skenario " + id + " berjalan atau sudah diarsipkan");
        }
        Keadaan k = keadaan();
        k.diarsipkan = arsip;
        k.pengarsipan = arsip ? oleh : null;
        return new SkenarioPenempatan(k);
    }

    /** The same scenario as stored under {@code idBaru} (the repository after an insert). */
    public SkenarioPenempatan tersimpan(long idBaru, int versiBaru) {
        Keadaan k = keadaan();
        k.id = idBaru;
        k.versi = versiBaru;
        return new SkenarioPenempatan(k);
    }

    /** Decided, with a TMT that had not arrived yet when it was decided, and not applied since. */
    public boolean menungguTmt() {
        return status == StatusSkenario.DITETAPKAN && diterapkanPada == null;
    }

    private PengaturanSkenario pastikanDraf() {
        if (diarsipkan || !status.pengaturanDapatDiubah()) {
            throw new KonflikException("penempatan.bukan-draf", "Pengaturan hanya dapat diubah pada skenario DRAF");
        }
        return pengaturan;
    }

    private SkenarioPenempatan denganAturan(PengaturanSkenario baru) {
        periksa(baru);
        Keadaan k = keadaan();
        k.pengaturan = baru;
        return new SkenarioPenempatan(k);
    }

    private void pastikanBerjalan() {
        if (status != StatusSkenario.BERJALAN) {
            throw new KonflikException("galat.409.versi", "Skenario " + id + " tidak lagi berjalan");
        }
    }

    private static void pastikanDataBelumBerubah(long pegawaiBerubah) {
        if (pegawaiBerubah > 0) {
            throw new KonflikException(
                    "penempatan.data-berubah",
                    pegawaiBerubah + " pegawai sudah berpindah jabatan " + "atau nonaktif sejak skenario dijalankan");
        }
    }

    private static void periksa(PengaturanSkenario p) {
        List<Galat> g = p.periksa();
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
    }

    private static String normal(String nip) {
        return nip.replace(" ", "");
    }

    private static String salinanNama(String nama) {
        String s = nama + " (salinan)";
        return s.length() > PengaturanSkenario.PANJANG_NAMA_MAKS
                ? s.substring(0, PengaturanSkenario.PANJANG_NAMA_MAKS)
                : s;
    }

    private long idTersimpan() {
        if (id == null) {
            throw new IllegalStateException("Skenario belum disimpan");
        }
        return id;
    }

    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long asalId() {
        return asalId;
    }

    public PengaturanSkenario pengaturan() {
        return pengaturan;
    }

    public String nama() {
        return pengaturan.nama();
    }

    public StatusSkenario status() {
        return status;
    }

    public Jalannya jalannya() {
        return new Jalannya(progres, tahap, pesanGalat, dijalankanPada, selesaiPada, sertifikatSah);
    }

    public @Nullable Tindakan disetujui() {
        return disetujui;
    }

    public @Nullable KeputusanMutasi keputusan() {
        return keputusan;
    }

    public @Nullable Tindakan ditetapkan() {
        return ditetapkan;
    }

    public @Nullable OffsetDateTime diterapkanPada() {
        return diterapkanPada;
    }

    public boolean diarsipkan() {
        return diarsipkan;
    }

    public @Nullable Tindakan pengarsipan() {
        return pengarsipan;
    }

    public Tindakan dibuat() {
        return dibuat;
    }

    public int versi() {
        return versi;
    }

    private Keadaan keadaan() {
        Keadaan k = new Keadaan();
        k.id = id;
        k.asalId = asalId;
        k.pengaturan = pengaturan;
        k.status = status;
        k.progres = progres;
        k.tahap = tahap;
        k.pesanGalat = pesanGalat;
        k.dijalankanPada = dijalankanPada;
        k.selesaiPada = selesaiPada;
        k.sertifikatSah = sertifikatSah;
        k.disetujui = disetujui;
        k.keputusan = keputusan;
        k.ditetapkan = ditetapkan;
        k.diterapkanPada = diterapkanPada;
        k.diarsipkan = diarsipkan;
        k.pengarsipan = pengarsipan;
        k.dibuat = dibuat;
        k.versi = versi;
        return k;
    }

    /** The fields of a state while a transition builds the next one (never leaves this class). */
    private static final class Keadaan {
        @Nullable
        Long id;

        @Nullable
        Long asalId;

        @Nullable
        PengaturanSkenario pengaturan;

        @Nullable
        StatusSkenario status;

        int progres;

        @Nullable
        String tahap;

        @Nullable
        String pesanGalat;

        @Nullable
        OffsetDateTime dijalankanPada;

        @Nullable
        OffsetDateTime selesaiPada;

        @Nullable
        Boolean sertifikatSah;

        @Nullable
        Tindakan disetujui;

        @Nullable
        KeputusanMutasi keputusan;

        @Nullable
        Tindakan ditetapkan;

        @Nullable
        OffsetDateTime diterapkanPada;

        boolean diarsipkan;

        @Nullable
        Tindakan pengarsipan;

        @Nullable
        Tindakan dibuat;

        int versi;
    }
}
