package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.SkpDifinalkan;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AlurSkp.Pihak;
import id.aparatur.shared.KonflikException;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The annual Sasaran Kinerja Pegawai of one employee (PermenPANRB 6/2022): its RHK with indicators, the penilai's
 * ratings with the feedback on the seven BerAKHLAK values, and the predikat of the 3×3 matrix. Immutable: every
 * transition returns the new state and guards itself with {@link AlurSkp} — a step that does not apply in the current
 * state throws {@link KonflikException} (409), a step the acting user may not take {@link LangkahSkpDitolakException}
 * (403). DRAF → DISETUJUI → DINILAI → FINAL; a FINAL SKP never changes (the database locks it too).
 *
 * <p>Every timestamp comes from the caller ({@code pada}, the injected clock); the version is the repository's
 * ({@link SkpRepository#simpan}). Which parts a transition changed ({@link #bagianBerubah()}) tells the repository what
 * to write.
 */
public final class Skp {

    /** The parts of the aggregate stored apart from the SKP row. */
    public enum Bagian {
        RHK,
        PERILAKU
    }

    /**
     * Where the employee sat when the SKP was made: the distribution of predikat is checked per this OPD.
     *
     * @param opdId null only when the employee had no OPD
     */
    public record Tempat(
            @Nullable Long opdId,
            @Nullable Long unitId,
            @Nullable Long jabatanId) {}

    /** Who recorded what when: creation, last change and the steps of the flow. */
    public record Jejak(
            String dibuatOleh,
            OffsetDateTime dibuatPada,
            String diubahOleh,
            OffsetDateTime diubahPada,
            @Nullable OffsetDateTime disetujuiPada,
            @Nullable OffsetDateTime dinilaiPada,
            @Nullable OffsetDateTime difinalkanPada) {

        Jejak diubah(String oleh, OffsetDateTime pada) {
            return new Jejak(dibuatOleh, dibuatPada, oleh, pada, disetujuiPada, dinilaiPada, difinalkanPada);
        }
    }

    /**
     * The penilai's rating: both ratings, their predikat and the feedback per BerAKHLAK value (all seven once rated).
     */
    public record Penilaian(
            @Nullable Ekspektasi hasilKerja,
            @Nullable Ekspektasi perilakuKerja,
            @Nullable PredikatKinerja predikat,
            Map<NilaiBerakhlak, CatatanPerilaku> perilaku) {

        public Penilaian {
            Map<NilaiBerakhlak, CatatanPerilaku> salin = new EnumMap<>(NilaiBerakhlak.class);
            salin.putAll(perilaku);
            perilaku = Collections.unmodifiableMap(salin);
        }

        static final Penilaian BELUM = new Penilaian(null, null, null, Map.of());
    }

    private final @Nullable Long id;
    private final String nip;
    private final int tahun;
    private final PeriodeEvaluasi periodeEvaluasi;
    private final @Nullable String penilaiNip;
    private final @Nullable PenilaiNonPns penilaiNonPns;
    private final Tempat tempat;
    private final StatusSkp status;
    private final Penilaian penilaian;
    private final List<Rhk> rhk;
    private final int versi;
    private final Jejak jejak;
    private final Set<Bagian> berubah;

    private Skp(
            @Nullable Long id,
            String nip,
            int tahun,
            PeriodeEvaluasi periodeEvaluasi,
            @Nullable String penilaiNip,
            @Nullable PenilaiNonPns penilaiNonPns,
            Tempat tempat,
            StatusSkp status,
            Penilaian penilaian,
            List<Rhk> rhk,
            int versi,
            Jejak jejak,
            Set<Bagian> berubah) {
        if (penilaiNip != null && penilaiNonPns != null) {
            throw new IllegalArgumentException("Penilai SKP satu orang: PNS (NIP) atau non-PNS, bukan keduanya");
        }
        if (tahun < 2000 || tahun > 2100) {
            throw new IllegalArgumentException("Tahun SKP di luar 2000–2100: " + tahun);
        }
        if ((status == StatusSkp.DINILAI || status == StatusSkp.FINAL) && penilaian.predikat() == null) {
            throw new IllegalArgumentException("SKP " + status + " tanpa predikat");
        }
        this.id = id;
        this.nip = nip.strip();
        this.tahun = tahun;
        this.periodeEvaluasi = periodeEvaluasi;
        this.penilaiNip = penilaiNip == null ? null : penilaiNip.strip();
        this.penilaiNonPns = penilaiNonPns;
        this.tempat = tempat;
        this.status = status;
        this.penilaian = penilaian;
        this.rhk = List.copyOf(rhk);
        this.versi = versi;
        this.jejak = jejak;
        this.berubah = berubah.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(berubah));
    }

    /**
     * A new DRAF by the employee; the penilai is their atasan langsung at this moment (and stays so after a move), or
     * — for an employee without a PNS atasan, such as the Sekda — the kepala daerah, who is not a PNS.
     *
     * @param penilaiNonPns the non-PNS penilai when {@code penilaiNip} is null (null: none known)
     * @param oleh the user name of who drafts it
     */
    public static Skp susun(
            String nip,
            int tahun,
            PeriodeEvaluasi periodeEvaluasi,
            @Nullable String penilaiNip,
            @Nullable PenilaiNonPns penilaiNonPns,
            Tempat tempat,
            String oleh,
            OffsetDateTime pada) {
        return new Skp(
                null,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                StatusSkp.DRAF,
                Penilaian.BELUM,
                List.of(),
                0,
                new Jejak(oleh, pada, oleh, pada, null, null, null),
                Set.of());
    }

    /** Rebuilds a stored SKP; no rule is checked (it was valid when written). */
    public static Skp pulihkan(
            long id,
            String nip,
            int tahun,
            PeriodeEvaluasi periodeEvaluasi,
            @Nullable String penilaiNip,
            @Nullable PenilaiNonPns penilaiNonPns,
            Tempat tempat,
            StatusSkp status,
            Penilaian penilaian,
            List<Rhk> rhk,
            int versi,
            Jejak jejak) {
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                status,
                penilaian,
                rhk,
                versi,
                jejak,
                Set.of());
    }

    /**
     * Checks that the acting user, in the capacities {@code pihak}, may take {@code aksi} on the SKP now.
     *
     * @throws KonflikException when the step does not apply in the current state (or the SKP is FINAL)
     * @throws LangkahSkpDitolakException when the step applies but is not theirs
     */
    public void periksa(Aksi aksi, Set<Pihak> pihak) {
        tujuan(aksi, pihak);
    }

    private StatusSkp tujuan(Aksi aksi, Set<Pihak> pihak) {
        AlurSkp.Hasil h = AlurSkp.periksa(status, aksi, pihak);
        if (h instanceof AlurSkp.Boleh b) {
            return b.status();
        }
        if (h instanceof AlurSkp.BukanHaknya) {
            throw new LangkahSkpDitolakException(aksi);
        }
        throw new KonflikException(
                "skp.status.tidak-sesuai", "Langkah " + aksi + " tidak berlaku untuk SKP berstatus " + status);
    }

    /** The steps the user in the capacities {@code pihak} may take now. */
    public Set<Aksi> langkahBoleh(Set<Pihak> pihak) {
        return AlurSkp.boleh(status, pihak);
    }

    /**
     * The owner (or BKD) replaces the RHK list while the SKP is a DRAF. An RHK with an id keeps it (the RHK of
     * subordinates intervening it stay linked); the id must be one of this SKP's.
     *
     * @throws IllegalArgumentException when an id is not one of this SKP's RHK
     */
    public Skp ubahRhk(List<Rhk> baru, Set<Pihak> pihak, String oleh, OffsetDateTime pada) {
        StatusSkp ke = tujuan(Aksi.UBAH, pihak);
        for (Rhk r : baru) {
            if (r.id() != null && !punyaRhk(r.id())) {
                throw new IllegalArgumentException("RHK " + r.id() + " bukan milik SKP " + id);
            }
        }
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                ke,
                penilaian,
                baru,
                versi,
                jejak.diubah(oleh, pada),
                tambah(Bagian.RHK));
    }

    /** The ids of this SKP's RHK that {@code baru} no longer holds (they will be removed). */
    public Set<Long> rhkDihapus(List<Rhk> baru) {
        Set<Long> hasil = new java.util.LinkedHashSet<>();
        rhk.forEach(r -> hasil.add(Objects.requireNonNull(r.id())));
        baru.forEach(r -> hasil.remove(r.id()));
        return hasil;
    }

    /**
     * BKD records a non-PNS penilai (the kepala daerah) on a draft, replacing the PNS atasan recorded when it was made
     * — e.g. for the head of an OPD whom the Bupati rates. Once agreed, the penilai stays.
     */
    public Skp tetapkanPenilaiNonPns(PenilaiNonPns penilai, Set<Pihak> pihak, String oleh, OffsetDateTime pada) {
        StatusSkp ke = tujuan(Aksi.TETAPKAN_PENILAI, pihak);
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                null,
                penilai,
                tempat,
                ke,
                penilaian,
                rhk,
                versi,
                jejak.diubah(oleh, pada),
                berubah);
    }

    /** The penilai (or BKD) agrees to the draft. */
    public Skp setujui(Set<Pihak> pihak, String oleh, OffsetDateTime pada) {
        StatusSkp ke = tujuan(Aksi.SETUJUI, pihak);
        Jejak j = jejak.diubah(oleh, pada);
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                ke,
                penilaian,
                rhk,
                versi,
                new Jejak(j.dibuatOleh(), j.dibuatPada(), oleh, pada, pada, j.dinilaiPada(), j.difinalkanPada()),
                berubah);
    }

    /**
     * The penilai (or BKD) returns a draft or an agreed, not yet rated SKP to the owner for revision: a DRAF again,
     * no longer agreed. The note goes to the feedback of the SKP (the caller stores it).
     */
    public Skp kembalikan(Set<Pihak> pihak, String oleh, OffsetDateTime pada) {
        StatusSkp ke = tujuan(Aksi.KEMBALIKAN, pihak);
        Jejak j = jejak.diubah(oleh, pada);
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                ke,
                penilaian,
                rhk,
                versi,
                new Jejak(j.dibuatOleh(), j.dibuatPada(), oleh, pada, null, j.dinilaiPada(), j.difinalkanPada()),
                berubah);
    }

    /**
     * The penilai (or BKD) rates hasil kerja and perilaku kerja, with feedback on each of the seven BerAKHLAK values;
     * the predikat follows from the 3×3 matrix ({@link MatriksPredikat}). Allowed again until final. A value given
     * without its own ekspektasi keeps the one rated before.
     *
     * @throws IllegalArgumentException when a BerAKHLAK value has no feedback
     */
    public Skp nilai(
            Ekspektasi hasilKerja,
            Ekspektasi perilakuKerja,
            Map<NilaiBerakhlak, CatatanPerilaku> catatan,
            Set<Pihak> pihak,
            String oleh,
            OffsetDateTime pada) {
        return nilai(hasilKerja, perilakuKerja, catatan, pihak, oleh, pada, TabelPredikat.STANDAR);
    }

    /** As {@link #nilai(Ekspektasi, Ekspektasi, Map, Set, String, OffsetDateTime)}, with the matrix in force. */
    public Skp nilai(
            Ekspektasi hasilKerja,
            Ekspektasi perilakuKerja,
            Map<NilaiBerakhlak, CatatanPerilaku> catatan,
            Set<Pihak> pihak,
            String oleh,
            OffsetDateTime pada,
            TabelPredikat matriks) {
        StatusSkp ke = tujuan(Aksi.NILAI, pihak);
        Map<NilaiBerakhlak, CatatanPerilaku> perilaku = new EnumMap<>(NilaiBerakhlak.class);
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            CatatanPerilaku c = catatan.get(n);
            if (c == null) {
                throw new IllegalArgumentException("Tanpa umpan balik untuk " + n);
            }
            CatatanPerilaku lama = penilaian.perilaku().get(n);
            perilaku.put(
                    n,
                    c.ekspektasi() != null || lama == null
                            ? c
                            : new CatatanPerilaku(n, c.catatan(), lama.ekspektasi()));
        }
        Penilaian p = new Penilaian(hasilKerja, perilakuKerja, matriks.predikat(hasilKerja, perilakuKerja), perilaku);
        Jejak j = jejak.diubah(oleh, pada);
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                ke,
                p,
                rhk,
                versi,
                new Jejak(j.dibuatOleh(), j.dibuatPada(), oleh, pada, j.disetujuiPada(), pada, j.difinalkanPada()),
                tambah(Bagian.PERILAKU));
    }

    /** The penilai (or BKD) finalises the rated SKP: locked from now on. */
    public Skp finalkan(Set<Pihak> pihak, String oleh, OffsetDateTime pada) {
        StatusSkp ke = tujuan(Aksi.FINALKAN, pihak);
        Jejak j = jejak.diubah(oleh, pada);
        return new Skp(
                id,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                ke,
                penilaian,
                rhk,
                versi,
                new Jejak(j.dibuatOleh(), j.dibuatPada(), oleh, pada, j.disetujuiPada(), j.dinilaiPada(), pada),
                berubah);
    }

    /** The event of a FINAL SKP, for the other modules. */
    public SkpDifinalkan difinalkan() {
        if (status != StatusSkp.FINAL || id == null) {
            throw new IllegalStateException("SKP " + id + " belum final");
        }
        return new SkpDifinalkan(id, nip, tahun, tempat.opdId(), Objects.requireNonNull(penilaian.predikat()));
    }

    /** The follow-up the final predikat opens by the Pemda's mapping (PermenPANRB 6/2022), if any. */
    public Optional<AturanTindakLanjut.TindakLanjutBaku> tindakLanjut(AturanTindakLanjut aturan) {
        return status == StatusSkp.FINAL
                ? aturan.untuk(Objects.requireNonNull(penilaian.predikat()))
                : Optional.empty();
    }

    public boolean punyaRhk(long rhkId) {
        return rhk.stream().anyMatch(r -> Objects.equals(r.id(), rhkId));
    }

    public boolean punyaIndikator(long indikatorId) {
        return rhk.stream().flatMap(r -> r.indikator().stream()).anyMatch(i -> Objects.equals(i.id(), indikatorId));
    }

    /** Whether {@code ke} is a period of the SKP's evaluation cycle (1–4 quarters or 1–12 months). */
    public boolean periodeSah(@Nullable Integer ke) {
        return ke != null && ke >= 1 && ke <= periodeEvaluasi.jumlah();
    }

    /** The same SKP as stored: with its id, the repository's new version and nothing left to write. */
    public Skp tersimpan(long idTersimpan, int versiTersimpan, List<Rhk> rhkTersimpan) {
        return new Skp(
                idTersimpan,
                nip,
                tahun,
                periodeEvaluasi,
                penilaiNip,
                penilaiNonPns,
                tempat,
                status,
                penilaian,
                rhkTersimpan,
                versiTersimpan,
                jejak,
                Set.of());
    }

    private Set<Bagian> tambah(Bagian b) {
        Set<Bagian> s = EnumSet.of(b);
        s.addAll(berubah);
        return s;
    }

    public @Nullable Long id() {
        return id;
    }

    public String nip() {
        return nip;
    }

    public int tahun() {
        return tahun;
    }

    public PeriodeEvaluasi periodeEvaluasi() {
        return periodeEvaluasi;
    }

    public @Nullable String penilaiNip() {
        return penilaiNip;
    }

    /** The penilai when not a PNS (then {@link #penilaiNip()} is null). */
    public @Nullable PenilaiNonPns penilaiNonPns() {
        return penilaiNonPns;
    }

    public Tempat tempat() {
        return tempat;
    }

    public StatusSkp status() {
        return status;
    }

    public Penilaian penilaian() {
        return penilaian;
    }

    public List<Rhk> rhk() {
        return rhk;
    }

    public int versi() {
        return versi;
    }

    public Jejak jejak() {
        return jejak;
    }

    /** The parts changed since loading (or since stored), beyond the SKP row itself. */
    public Set<Bagian> bagianBerubah() {
        return berubah;
    }
}
