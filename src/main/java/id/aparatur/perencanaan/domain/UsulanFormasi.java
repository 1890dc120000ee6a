package id.aparatur.perencanaan.domain;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An usulan formasi (usulan kebutuhan ASN): the formation a cascade run left at the entry levels, proposed by BKD and
 * decided by the PPK. Its lifecycle ({@link StatusUsulanFormasi}): DRAF or DIKEMBALIKAN → DIAJUKAN (BKD) → DISETUJUI
 * (PPK, final) or DIKEMBALIKAN (PPK, with a note). The rows may change only while DRAF or DIKEMBALIKAN, and a jumlah
 * usulan never exceeds the vacancies the cascade computed.
 *
 * <p>Immutable: every transition checks the version the user saw and the state, and returns the new state with the
 * step for the trail ({@link #langkah()}) and the rows it changed ({@link #perubahan()}); the repository writes them
 * in one guarded update. Other aggregates (the cascade run, jabatan) are referenced by id.
 */
public final class UsulanFormasi {

    /** The planning year lies in this year … this year + {@value}. */
    public static final int TAHUN_KE_DEPAN = 5;

    public static final int JUDUL_MAKS = 200;
    public static final int KETERANGAN_MAKS = 300;
    /** A return must say why, at least this long. */
    public static final int CATATAN_MINIMAL = 10;

    public static final int CATATAN_MAKS = 2000;
    /** Message of a stale version (the user edited an older state). */
    public static final String VERSI_USANG = "galat.409.versi";

    /** A change to one row, as BKD enters it. */
    public record UbahBaris(
            long barisId,
            int jumlahUsulan,
            JenisPengadaan jenisPengadaan,
            @Nullable String keterangan) {}

    /** A row before and after a change. */
    public record PerubahanBaris(BarisUsulanFormasi sebelum, BarisUsulanFormasi sesudah) {}

    private final @Nullable Long id;
    private final int tahun;
    private final String judul;
    private final long kaskadeId;
    private final StatusUsulanFormasi status;
    private final List<BarisUsulanFormasi> baris;
    private final int versi;
    private final @Nullable LangkahUsulanFormasi langkah;
    private final List<PerubahanBaris> perubahan;

    private UsulanFormasi(
            @Nullable Long id,
            int tahun,
            String judul,
            long kaskadeId,
            StatusUsulanFormasi status,
            List<BarisUsulanFormasi> baris,
            int versi,
            @Nullable LangkahUsulanFormasi langkah,
            List<PerubahanBaris> perubahan) {
        this.id = id;
        this.tahun = tahun;
        this.judul = judul;
        this.kaskadeId = kaskadeId;
        this.status = status;
        this.baris = List.copyOf(baris);
        this.versi = versi;
        this.langkah = langkah;
        this.perubahan = List.copyOf(perubahan);
    }

    /**
     * A new DRAF from the formation of cascade run {@code kaskadeId}; its rows (one per jabatan, jumlah usulan =
     * lowongan) are taken from the run when stored.
     *
     * @param barisFormasi how many positions of the run's formation have a vacancy
     * @throws ValidasiException on a year outside this year … + {@value #TAHUN_KE_DEPAN} or a missing/too long title
     * @throws DataTidakDitemukanException when the run left no formation
     */
    public static UsulanFormasi buat(
            int tahun, @Nullable String judul, long kaskadeId, int barisFormasi, String oleh, OffsetDateTime pada) {
        List<Galat> galat = new ArrayList<>();
        if (tahun < pada.getYear() || tahun > pada.getYear() + TAHUN_KE_DEPAN) {
            galat.add(new Galat("tahun", "formasi.galat.tahun"));
        }
        if (judul == null || judul.isBlank() || judul.strip().length() > JUDUL_MAKS) {
            galat.add(new Galat("judul", "formasi.galat.judul"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        if (barisFormasi == 0) {
            throw new DataTidakDitemukanException("FormasiKaskade", kaskadeId);
        }
        return new UsulanFormasi(
                null,
                tahun,
                Objects.requireNonNull(judul).strip(),
                kaskadeId,
                StatusUsulanFormasi.DRAF,
                List.of(),
                0,
                new LangkahUsulanFormasi(null, StatusUsulanFormasi.DRAF, oleh, pada, null),
                List.of());
    }

    /** Rebuilds a stored proposal; no rules are checked (the data was valid when written). */
    public static UsulanFormasi pulihkan(
            long id,
            int tahun,
            String judul,
            long kaskadeId,
            StatusUsulanFormasi status,
            List<BarisUsulanFormasi> baris,
            int versi) {
        return new UsulanFormasi(id, tahun, judul, kaskadeId, status, baris, versi, null, List.of());
    }

    /**
     * Changes rows of a draft or returned proposal: all rows are checked before anything changes.
     *
     * @param versi the version the user edited
     * @throws KonflikException on a stale version ({@value #VERSI_USANG}) or when the proposal is no longer editable
     * @throws ValidasiException naming each broken field per row ({@code baris[i].jumlahUsulan})
     */
    public UsulanFormasi ubahBaris(List<UbahBaris> ubah, int versi) {
        pastikanVersi(versi);
        Map<Long, BarisUsulanFormasi> perId = new HashMap<>();
        baris.forEach(b -> perId.put(b.id(), b));
        List<Galat> galat = new ArrayList<>();
        for (int i = 0; i < ubah.size(); i++) {
            UbahBaris u = ubah.get(i);
            BarisUsulanFormasi b = perId.get(u.barisId());
            String lokasi = "baris[" + i + "]";
            if (b == null) {
                galat.add(new Galat(lokasi + ".barisId", "formasi.galat.baris-tidak-ada"));
                continue;
            }
            if (u.jumlahUsulan() < 0 || u.jumlahUsulan() > b.lowongan()) {
                galat.add(new Galat(lokasi + ".jumlahUsulan", "formasi.galat.jumlah"));
            }
            if (u.keterangan() != null && u.keterangan().strip().length() > KETERANGAN_MAKS) {
                galat.add(new Galat(lokasi + ".keterangan", "formasi.galat.keterangan"));
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        if (!status.dapatDiubah()) {
            throw new KonflikException(
                    "formasi.galat.tidak-dapat-diubah",
                    "Usulan formasi " + id + " berstatus " + status + " dan tidak dapat diubah");
        }
        List<PerubahanBaris> berubah = new ArrayList<>();
        for (UbahBaris u : ubah) {
            BarisUsulanFormasi b = perId.get(u.barisId());
            String ket = u.keterangan() == null || u.keterangan().isBlank()
                    ? null
                    : u.keterangan().strip();
            BarisUsulanFormasi baru = new BarisUsulanFormasi(
                    b.id(), b.jabatanId(), b.lowongan(), u.jumlahUsulan(), u.jenisPengadaan(), ket);
            if (!baru.equals(b)) {
                berubah.add(new PerubahanBaris(b, baru));
                perId.put(b.id(), baru);
            }
        }
        List<BarisUsulanFormasi> semua =
                baris.stream().map(b -> perId.get(b.id())).toList();
        return new UsulanFormasi(id, tahun, judul, kaskadeId, status, semua, versi, null, berubah);
    }

    /**
     * BKD submits the proposal to the PPK: DRAF/DIKEMBALIKAN → DIAJUKAN; the previous decision is cleared.
     *
     * @throws ValidasiException when nothing is proposed at all
     * @throws KonflikException on a stale version or when it is not a draft
     */
    public UsulanFormasi ajukan(int versi, String oleh, OffsetDateTime pada) {
        pastikanVersi(versi);
        if (!status.dapatDiajukan()) {
            throw new KonflikException(
                    "formasi.galat.tidak-dapat-diajukan", "Usulan formasi " + id + " tidak dapat diajukan");
        }
        if (jumlahUsulan() == 0) {
            throw new ValidasiException("baris", "formasi.galat.kosong");
        }
        return pindah(StatusUsulanFormasi.DIAJUKAN, oleh, pada, null);
    }

    /**
     * The PPK approves: DIAJUKAN → DISETUJUI, final.
     *
     * @throws ValidasiException when the optional note is too long
     * @throws KonflikException on a stale version or when it is not submitted
     */
    public UsulanFormasi setujui(int versi, @Nullable String catatan, String oleh, OffsetDateTime pada) {
        String c = catatan == null || catatan.isBlank() ? null : catatan.strip();
        if (c != null && c.length() > CATATAN_MAKS) {
            throw new ValidasiException("catatan", "formasi.galat.catatan-panjang");
        }
        return putuskan(versi, StatusUsulanFormasi.DISETUJUI, c, oleh, pada);
    }

    /**
     * The PPK returns it to BKD with a note of {@value #CATATAN_MINIMAL}–{@value #CATATAN_MAKS} characters:
     * DIAJUKAN → DIKEMBALIKAN.
     *
     * @throws ValidasiException when the note is missing, too short or too long
     * @throws KonflikException on a stale version or when it is not submitted
     */
    public UsulanFormasi kembalikan(int versi, @Nullable String catatan, String oleh, OffsetDateTime pada) {
        String c = catatan == null ? "" : catatan.strip();
        if (c.length() < CATATAN_MINIMAL || c.length() > CATATAN_MAKS) {
            throw new ValidasiException("catatan", "formasi.galat.catatan");
        }
        return putuskan(versi, StatusUsulanFormasi.DIKEMBALIKAN, c, oleh, pada);
    }

    private UsulanFormasi putuskan(
            int versi, StatusUsulanFormasi ke, @Nullable String catatan, String oleh, OffsetDateTime pada) {
        pastikanVersi(versi);
        if (!status.dapatDiputus()) {
            throw new KonflikException(
                    "formasi.galat.tidak-dapat-diputus", "Usulan formasi " + id + " tidak dapat diputus");
        }
        return pindah(ke, oleh, pada, catatan);
    }

    private UsulanFormasi pindah(StatusUsulanFormasi ke, String oleh, OffsetDateTime pada, @Nullable String catatan) {
        return new UsulanFormasi(
                id,
                tahun,
                judul,
                kaskadeId,
                ke,
                baris,
                versi,
                new LangkahUsulanFormasi(status, ke, oleh, pada, catatan),
                List.of());
    }

    /** A stale version is refused at once: the user decided on a state that is no longer there. */
    private void pastikanVersi(int versiPengguna) {
        if (versi != versiPengguna) {
            throw new KonflikException(VERSI_USANG, "Usulan formasi " + id + " sudah diubah; muat ulang");
        }
    }

    /** Σ jumlah usulan over the rows. */
    public int jumlahUsulan() {
        return baris.stream().mapToInt(BarisUsulanFormasi::jumlahUsulan).sum();
    }

    public @Nullable Long id() {
        return id;
    }

    public int tahun() {
        return tahun;
    }

    public String judul() {
        return judul;
    }

    public long kaskadeId() {
        return kaskadeId;
    }

    public StatusUsulanFormasi status() {
        return status;
    }

    public List<BarisUsulanFormasi> baris() {
        return baris;
    }

    /** The version this state was read at: the repository stores it only if the stored one is still this. */
    public int versi() {
        return versi;
    }

    /** The workflow step this instance made (null when it only changed rows or was just loaded). */
    public @Nullable LangkahUsulanFormasi langkah() {
        return langkah;
    }

    /** The rows this instance changed. */
    public List<PerubahanBaris> perubahan() {
        return perubahan;
    }
}
