package id.aparatur.kompetensi.domain;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.shared.KonflikException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the kamus kompetensi (PermenPANRB 38/2017): a managerial, sosial-kultural or technical competency with
 * its five levels, legal basis and period of validity. Immutable: every transition returns the new state.
 *
 * <p>Entries are never deleted. {@link #nonaktifkan} retires an entry; a retired entry keeps its meaning for records
 * made while it was in force (old SKJ, past assessments) and can no longer be changed.
 */
public final class Kompetensi {

    private final String kode;
    private final String nama;
    private final JenisKompetensi jenis;
    private final @Nullable String rumpunKode;
    private final String definisi;
    private final String dasarHukum;
    private final LocalDate berlakuMulai;
    private final @Nullable LocalDate berlakuSampai;
    private final boolean aktif;
    private final int versi;
    private final List<LevelKompetensi> daftarLevel;

    private Kompetensi(String kode, RincianKompetensi r, boolean aktif, int versi) {
        this.kode = kode;
        this.nama = Objects.requireNonNull(r.nama()).trim();
        this.jenis = Objects.requireNonNull(r.jenis());
        this.rumpunKode = r.rumpunKode();
        this.definisi = Objects.requireNonNull(r.definisi()).trim();
        this.dasarHukum = Objects.requireNonNull(r.dasarHukum()).trim();
        this.berlakuMulai = Objects.requireNonNull(r.berlakuMulai());
        this.berlakuSampai = r.berlakuSampai();
        this.aktif = aktif;
        this.versi = versi;
        this.daftarLevel = r.level().stream()
                .map(l -> new LevelKompetensi(
                        l.level(), l.deskripsi().trim(), l.indikator().trim()))
                .toList();
    }

    /**
     * A new active entry at versi 0.
     *
     * @param kodeSudahDipakai whether an entry (active or retired) already has this kode: kodes are never reused
     * @throws KompetensiTidakSahException when any rule of {@link AturanKompetensi} is broken
     * @throws KonflikException when the kode is already used
     */
    public static Kompetensi buat(
            @Nullable String kode, RincianKompetensi rincian, Predicate<String> rumpunAda, boolean kodeSudahDipakai) {
        List<Pelanggaran> pelanggaran = new ArrayList<>(AturanKompetensi.kodeSesuaiPola(kode));
        pelanggaran.addAll(AturanKompetensi.periksa(rincian, rumpunAda));
        if (!pelanggaran.isEmpty()) {
            throw new KompetensiTidakSahException(pelanggaran);
        }
        if (kodeSudahDipakai) {
            throw new KonflikException("kompetensi.kode.duplikat", "Kode kompetensi sudah dipakai: " + kode);
        }
        return new Kompetensi(Objects.requireNonNull(kode), rincian, true, 0);
    }

    /** Rebuilds a stored entry; no rules are checked (the data was valid when written). */
    public static Kompetensi pulihkan(String kode, RincianKompetensi rincian, boolean aktif, int versi) {
        return new Kompetensi(kode, rincian, aktif, versi);
    }

    /**
     * The same entry with new content. The kode never changes (other modules and old SKJ refer to it).
     *
     * @throws KonflikException when the entry is retired
     * @throws KompetensiTidakSahException when any rule of {@link AturanKompetensi} is broken
     */
    public Kompetensi ubah(RincianKompetensi rincian, Predicate<String> rumpunAda) {
        if (!aktif) {
            throw new KonflikException("kompetensi.nonaktif.tidak-dapat-diubah", "Kompetensi nonaktif: " + kode);
        }
        List<Pelanggaran> pelanggaran = AturanKompetensi.periksa(rincian, rumpunAda);
        if (!pelanggaran.isEmpty()) {
            throw new KompetensiTidakSahException(pelanggaran);
        }
        return new Kompetensi(kode, rincian, true, versi);
    }

    /**
     * Retires the entry as of {@code tanggal}: it stays in the dictionary for existing references but is no longer
     * offered for new SKJ (master data is dinonaktifkan, never deleted).
     *
     * @throws KonflikException when the entry is already retired
     * @throws KompetensiTidakSahException when {@code tanggal} is before the start of validity
     */
    public Kompetensi nonaktifkan(LocalDate tanggal) {
        if (!aktif) {
            throw new KonflikException("kompetensi.nonaktif.sudah", "Kompetensi sudah nonaktif: " + kode);
        }
        if (tanggal.isBefore(berlakuMulai)) {
            throw new KompetensiTidakSahException(
                    List.of(new Pelanggaran("tanggal", "kompetensi.berlaku-sampai.sebelum-mulai")));
        }
        return new Kompetensi(
                kode,
                new RincianKompetensi(
                        nama, jenis, rumpunKode, definisi, dasarHukum, berlakuMulai, tanggal, daftarLevel),
                false,
                versi);
    }

    public RincianKompetensi rincian() {
        return new RincianKompetensi(
                nama, jenis, rumpunKode, definisi, dasarHukum, berlakuMulai, berlakuSampai, daftarLevel);
    }

    public String kode() {
        return kode;
    }

    public String nama() {
        return nama;
    }

    public JenisKompetensi jenis() {
        return jenis;
    }

    public @Nullable String rumpunKode() {
        return rumpunKode;
    }

    public String definisi() {
        return definisi;
    }

    public String dasarHukum() {
        return dasarHukum;
    }

    public LocalDate berlakuMulai() {
        return berlakuMulai;
    }

    public @Nullable LocalDate berlakuSampai() {
        return berlakuSampai;
    }

    public boolean aktif() {
        return aktif;
    }

    public int versi() {
        return versi;
    }

    public List<LevelKompetensi> daftarLevel() {
        return daftarLevel;
    }
}
