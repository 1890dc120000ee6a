package id.aparatur.aturan.domain;

import id.aparatur.aturan.StatusVersi;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule table of the registry with its versions; guards how they change. Rules (style §8.4.2: a rule table is dated
 * data, a decision uses the version in force on its reference date):
 *
 * <ul>
 *   <li>a version is never edited once decided, and a version in force in the past never changes: a rule changes only
 *       by a new version;
 *   <li>a new version starts after today (it never rewrites the past) and after every approved version (it supersedes
 *       them; it does not slip in between);
 *   <li>a proposal is in force only once the PPK approved it, and only if its start is still in the future then;
 *   <li>a rejection carries the PPK's reason;
 *   <li>a table its owner keeps dated in its own schema takes no proposals here.
 * </ul>
 */
public final class Aturan {

    /** Longest legal basis and note stored. */
    public static final int DASAR_HUKUM_MAKS = 500;

    public static final int CATATAN_MAKS = 4000;

    private final String kode;
    private final boolean dikelolaPemilik;
    private final List<Versi> daftarVersi;

    private Aturan(String kode, boolean dikelolaPemilik, List<Versi> daftarVersi) {
        this.kode = kode;
        this.dikelolaPemilik = dikelolaPemilik;
        this.daftarVersi = daftarVersi.stream()
                .sorted(Comparator.comparingInt(Versi::nomor))
                .toList();
    }

    /** Rebuilds a stored table. */
    public static Aturan pulihkan(String kode, boolean dikelolaPemilik, List<Versi> versi) {
        return new Aturan(kode, dikelolaPemilik, versi);
    }

    /** The first version of a declared table: its shipped default, approved by "sistem". */
    public static Versi versiAwal(
            LocalDate berlakuMulai,
            String dasarHukum,
            @Nullable String catatan,
            tools.jackson.databind.JsonNode nilai,
            boolean belumDikonfirmasi,
            OffsetDateTime pada) {
        return new Versi(
                1,
                berlakuMulai,
                dasarHukum,
                catatan,
                nilai,
                belumDikonfirmasi,
                StatusVersi.DISETUJUI,
                "sistem",
                pada,
                "sistem",
                pada,
                null,
                0);
    }

    /**
     * A new proposal, numbered after the last version.
     *
     * @param galatNilai what the owner's check found wrong inside the value (fields {@code nilai…})
     * @throws ValidasiException listing every offending field
     */
    public Versi usulkan(UsulanVersi u, List<Galat> galatNilai, LocalDate hariIni, String oleh, OffsetDateTime pada) {
        List<Galat> galat = new ArrayList<>();
        if (dikelolaPemilik) {
            galat.add(new Galat("kode", "aturan.dikelola-pemilik"));
        }
        LocalDate mulai = u.berlakuMulai();
        if (mulai == null) {
            galat.add(new Galat("berlakuMulai", "aturan.berlaku-mulai.wajib"));
        } else if (!mulai.isAfter(hariIni)) {
            galat.add(new Galat("berlakuMulai", "aturan.berlaku-mulai.harus-setelah-hari-ini"));
        } else if (mulaiTerakhirDisetujui().filter(t -> !mulai.isAfter(t)).isPresent()) {
            galat.add(new Galat("berlakuMulai", "aturan.berlaku-mulai.harus-setelah-versi-disetujui"));
        }
        String dasar = u.dasarHukum() == null ? "" : u.dasarHukum().strip();
        if (dasar.isEmpty()) {
            galat.add(new Galat("dasarHukum", "aturan.dasar-hukum.wajib"));
        } else if (dasar.length() > DASAR_HUKUM_MAKS) {
            galat.add(new Galat("dasarHukum", "aturan.dasar-hukum.terlalu-panjang"));
        }
        String catatan = u.catatan() == null || u.catatan().isBlank()
                ? null
                : u.catatan().strip();
        if (catatan != null && catatan.length() > CATATAN_MAKS) {
            galat.add(new Galat("catatan", "aturan.catatan.terlalu-panjang"));
        }
        if (u.nilai() == null || u.nilai().isNull()) {
            galat.add(new Galat("nilai", "aturan.nilai.wajib"));
        } else {
            galat.addAll(galatNilai);
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        int nomor = daftarVersi.stream().mapToInt(Versi::nomor).max().orElse(0) + 1;
        return new Versi(
                nomor,
                java.util.Objects.requireNonNull(mulai),
                dasar,
                catatan,
                java.util.Objects.requireNonNull(u.nilai()),
                u.belumDikonfirmasi(),
                StatusVersi.DIUSULKAN,
                oleh,
                pada,
                null,
                null,
                null,
                0);
    }

    /**
     * The PPK approves a proposal: in force from its berlakuMulai.
     *
     * @param versi the versi the PPK saw
     * @throws KonflikException when it is already decided, changed meanwhile, its start is no longer in the future, or
     *     another version from the same or a later date was approved meanwhile
     */
    public Versi setujui(int nomor, int versi, LocalDate hariIni, String oleh, OffsetDateTime pada) {
        Versi v = usulanTerbuka(nomor, versi);
        if (!v.berlakuMulai().isAfter(hariIni)) {
            throw new KonflikException(
                    "aturan.setujui.tanggal-lewat",
                    kode + " v" + nomor + " mulai " + v.berlakuMulai() + " sudah lewat");
        }
        if (mulaiTerakhirDisetujui().filter(t -> !v.berlakuMulai().isAfter(t)).isPresent()) {
            throw new KonflikException(
                    "aturan.setujui.tidak-setelah-versi-disetujui",
                    kode + " v" + nomor + " tidak setelah versi disetujui");
        }
        return v.putus(StatusVersi.DISETUJUI, oleh, pada, null);
    }

    /**
     * The PPK rejects a proposal, with a reason; it is never in force.
     *
     * @throws ValidasiException without a reason
     * @throws KonflikException when it is already decided or changed meanwhile
     */
    public Versi tolak(int nomor, int versi, @Nullable String alasan, String oleh, OffsetDateTime pada) {
        String a = alasan == null ? "" : alasan.strip();
        if (a.isEmpty()) {
            throw new ValidasiException("alasan", "aturan.alasan.wajib");
        }
        if (a.length() > CATATAN_MAKS) {
            throw new ValidasiException("alasan", "aturan.catatan.terlalu-panjang");
        }
        return usulanTerbuka(nomor, versi).putus(StatusVersi.DITOLAK, oleh, pada, a);
    }

    /** The approved version in force on {@code tanggal}; before the first one, the first one. */
    public Optional<Versi> berlakuPada(LocalDate tanggal) {
        List<Versi> disetujui = disetujui();
        Versi hasil = null;
        for (Versi v : disetujui) {
            if (!v.berlakuMulai().isAfter(tanggal)) {
                hasil = v;
            }
        }
        return Optional.ofNullable(hasil != null ? hasil : disetujui.isEmpty() ? null : disetujui.get(0));
    }

    /** For an approved version: the day before the next approved version starts; null while open or not approved. */
    public @Nullable LocalDate berlakuSampai(Versi v) {
        if (!v.disetujui()) {
            return null;
        }
        return disetujui().stream()
                .map(Versi::berlakuMulai)
                .filter(m -> m.isAfter(v.berlakuMulai()))
                .min(Comparator.naturalOrder())
                .map(m -> m.minusDays(1))
                .orElse(null);
    }

    private List<Versi> disetujui() {
        return daftarVersi.stream()
                .filter(Versi::disetujui)
                .sorted(Comparator.comparing(Versi::berlakuMulai))
                .toList();
    }

    private Optional<LocalDate> mulaiTerakhirDisetujui() {
        return disetujui().stream().map(Versi::berlakuMulai).max(Comparator.naturalOrder());
    }

    private Versi usulanTerbuka(int nomor, int versi) {
        Versi v = daftarVersi.stream()
                .filter(x -> x.nomor() == nomor)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Versi aturan", kode + " v" + nomor));
        if (v.status() != StatusVersi.DIUSULKAN) {
            throw new KonflikException("aturan.versi.sudah-diputus", kode + " v" + nomor + " sudah " + v.status());
        }
        if (v.versi() != versi) {
            throw new KonflikException("aturan.versi.usang", kode + " v" + nomor + " versi " + versi + " usang");
        }
        return v;
    }

    public String kode() {
        return kode;
    }

    public boolean dikelolaPemilik() {
        return dikelolaPemilik;
    }

    public List<Versi> daftarVersi() {
        return daftarVersi;
    }
}
