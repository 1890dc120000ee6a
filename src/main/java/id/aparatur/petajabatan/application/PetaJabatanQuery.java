package id.aparatur.petajabatan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.pegawai.Bezetting;
import id.aparatur.penempatan.DaftarSkenario.SkenarioRingkas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the peta jabatan of one OPD and the per-OPD totals, within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class PetaJabatanQuery {

    /** One position row: B holders now, K seats, selisih = B − K (negative: vacancies, positive: over-filled). */
    public record BarisJabatan(
            long id,
            String kode,
            String nama,
            String jenis,
            @Nullable String jenjang,
            int kelas,
            int b,
            int k,
            boolean kepala,
            boolean aktif) {

        public int selisih() {
            return b - k;
        }
    }

    /**
     * A unit with its positions. {@code dilipat}: in a large OPD the rows of service units (UPT such as schools and
     * puskesmas, kelurahan) are folded; their totals show, their positions load on demand.
     */
    public record BarisUnit(
            UnitRingkas unit, int kedalaman, List<BarisJabatan> jabatan, int b, int k, boolean dilipat) {

        public int selisih() {
            return b - k;
        }
    }

    /** Above this many positions an OPD's peta folds its service units (keeps the page small for big Dinas). */
    public static final int BATAS_RINCI = 300;

    /** Folded service units directly under one parent unit, shown as one row with their totals. */
    public record GrupLipat(long indukId, int kedalaman, int jumlahUnit, int b, int k) {

        public int selisih() {
            return b - k;
        }
    }

    /** One row of the peta as displayed: a unit (with its positions) or a group of folded units. */
    public record BarisTampil(
            @Nullable BarisUnit unit, @Nullable GrupLipat grup) {}

    /**
     * @param lingkup the unit (with its sub-units) and the placement scenario shown; both null: the whole OPD today
     */
    public record Peta(
            OpdRingkas opd, List<BarisUnit> unit, int b, int k, boolean ringkas, PetaKebutuhanQuery.Lingkup lingkup) {

        /** Display rows: every unit, except that folded units are replaced by one group row per parent. */
        public List<BarisTampil> tampil() {
            Map<Long, List<BarisUnit>> anakLipat = new HashMap<>();
            for (BarisUnit u : unit) {
                if (u.dilipat() && u.unit().indukId() != null) {
                    anakLipat
                            .computeIfAbsent(u.unit().indukId(), x -> new ArrayList<>())
                            .add(u);
                }
            }
            List<BarisTampil> hasil = new ArrayList<>();
            for (BarisUnit u : unit) {
                if (u.dilipat()) {
                    continue;
                }
                hasil.add(new BarisTampil(u, null));
                List<BarisUnit> anak = anakLipat.getOrDefault(u.unit().id(), List.of());
                if (!anak.isEmpty()) {
                    // Totals include the folded units' own folded sub-units.
                    int[] bk = new int[2];
                    ArrayList<BarisUnit> antrean = new ArrayList<>(anak);
                    while (!antrean.isEmpty()) {
                        BarisUnit x = antrean.remove(antrean.size() - 1);
                        bk[0] += x.b();
                        bk[1] += x.k();
                        antrean.addAll(anakLipat.getOrDefault(x.unit().id(), List.of()));
                    }
                    hasil.add(new BarisTampil(
                            null, new GrupLipat(u.unit().id(), u.kedalaman() + 1, anak.size(), bk[0], bk[1])));
                }
            }
            return hasil;
        }

        public int selisih() {
            return b - k;
        }

        public int jumlahJabatan() {
            return unit.stream().mapToInt(u -> u.jabatan().size()).sum();
        }
    }

    public record TotalOpd(OpdRingkas opd, int jumlahJabatan, int k, long b) {

        public long selisih() {
            return b - k;
        }
    }

    /** A node of the org chart (ECharts tree): name, tooltip lines, children. */
    public record Simpul(String name, List<String> rincian, List<Simpul> children) {}

    /** The peta page: the peta and the scenarios it can be shown after. */
    public record HalamanPeta(Peta peta, List<SkenarioRingkas> daftarSkenario) {}

    /**
     * The home page: the caller's scope and the totals per OPD in it.
     */
    public record Beranda(Cakupan cakupan, List<TotalOpd> total) {

        public long jumlahB() {
            return total.stream().mapToLong(TotalOpd::b).sum();
        }

        public int jumlahK() {
            return total.stream().mapToInt(TotalOpd::k).sum();
        }

        public int jumlahJabatan() {
            return total.stream().mapToInt(TotalOpd::jumlahJabatan).sum();
        }
    }

    private final StrukturOrganisasi organisasi;
    private final Bezetting bezetting;
    private final PetaKebutuhanQuery kebutuhan;
    private final CakupanPengguna cakupan;

    PetaJabatanQuery(
            StrukturOrganisasi organisasi, Bezetting bezetting, PetaKebutuhanQuery kebutuhan, CakupanPengguna cakupan) {
        this.organisasi = organisasi;
        this.bezetting = bezetting;
        this.kebutuhan = kebutuhan;
        this.cakupan = cakupan;
    }

    public HalamanPeta halaman(long opdId, @Nullable Long unitId, @Nullable Long skenarioId) {
        return new HalamanPeta(peta(opdId, unitId, skenarioId), kebutuhan.skenarioPilihan());
    }

    /**
     * The peta of one OPD, or of one of its units with the sub-units ({@code unitId}), today or after a placement
     * scenario ({@code skenarioId}, see {@link PetaKebutuhanQuery} for how seats are counted).
     *
     * @throws id.aparatur.shared.DataTidakDitemukanException OPD, unit or scenario unknown or out of scope
     * @throws id.aparatur.shared.ValidasiException the unit is not in the OPD, or the scenario cannot be chosen
     */
    public Peta peta(long opdId, @Nullable Long unitId, @Nullable Long skenarioId) {
        return peta(cakupan.saatIni(), opdId, unitId, skenarioId);
    }

    private Peta peta(Cakupan c, long opdId, @Nullable Long unitId, @Nullable Long skenarioId) {
        PetaKebutuhanQuery.Lingkup lingkup = kebutuhan.lingkup(c, opdId, unitId, skenarioId);
        OpdRingkas opd = organisasi.opd(c, opdId);
        List<UnitRingkas> unit = organisasi.unitOpd(c, opdId);
        if (unitId != null) {
            unit = subtree(unit, unitId);
        }
        java.util.Set<Long> unitTampil = new java.util.HashSet<>();
        unit.forEach(u -> unitTampil.add(u.id()));
        List<JabatanRingkas> jabatan = organisasi.jabatanOpd(c, opdId).stream()
                .filter(j -> unitTampil.contains(j.unitId()))
                .toList();
        Map<Long, Integer> b =
                skenarioId == null ? bezetting.perJabatan(opdId) : kebutuhan.bezettingPerJabatan(opdId, skenarioId);
        Map<Long, List<JabatanRingkas>> perUnit = new HashMap<>();
        jabatan.forEach(
                j -> perUnit.computeIfAbsent(j.unitId(), x -> new ArrayList<>()).add(j));
        Map<Long, Integer> kedalaman = new HashMap<>();
        boolean ringkas = jabatan.stream().filter(JabatanRingkas::aktif).count() > BATAS_RINCI;
        Long akar = unitId;
        java.util.Set<Long> dilipat = new java.util.HashSet<>();
        List<BarisUnit> baris = new ArrayList<>();
        int totalB = 0;
        int totalK = 0;
        for (UnitRingkas u : unit) {
            int d = u.indukId() == null || u.id() == (akar == null ? -1L : akar)
                    ? 0
                    : kedalaman.getOrDefault(u.indukId(), 0) + 1;
            kedalaman.put(u.id(), d);
            boolean lipat = ringkas
                    && (akar == null || u.id() != akar)
                    && (u.jenis() == id.aparatur.organisasi.JenisUnit.UPT
                            || u.jenis() == id.aparatur.organisasi.JenisUnit.KELURAHAN
                            || (u.indukId() != null && dilipat.contains(u.indukId())));
            if (lipat) {
                dilipat.add(u.id());
            }
            List<BarisJabatan> rows = new ArrayList<>();
            int ub = 0;
            int uk = 0;
            List<JabatanRingkas> js = new ArrayList<>(perUnit.getOrDefault(u.id(), List.of()));
            js.sort(Comparator.comparing(
                            (JabatanRingkas j) -> u.jabatanKepalaId() == null || j.id() != u.jabatanKepalaId())
                    .thenComparing(
                            Comparator.comparingInt(JabatanRingkas::kelas).reversed())
                    .thenComparing(JabatanRingkas::nama));
            for (JabatanRingkas j : js) {
                if (!j.aktif()) {
                    continue;
                }
                int jb = b.getOrDefault(j.id(), 0);
                rows.add(new BarisJabatan(
                        j.id(),
                        j.kode(),
                        j.nama(),
                        j.jenisJabatan().name(),
                        j.jenjang() == null ? null : j.jenjang().name(),
                        j.kelas(),
                        jb,
                        j.kuota(),
                        u.jabatanKepalaId() != null && j.id() == u.jabatanKepalaId(),
                        j.aktif()));
                ub += jb;
                uk += j.kuota();
            }
            baris.add(new BarisUnit(u, d, rows, ub, uk, lipat));
            totalB += ub;
            totalK += uk;
        }
        return new Peta(opd, baris, totalB, totalK, ringkas, lingkup);
    }

    /** The unit and its sub-units, in tree order (the list is in tree order already). */
    private static List<UnitRingkas> subtree(List<UnitRingkas> unit, long akar) {
        java.util.Set<Long> masuk = new java.util.HashSet<>();
        List<UnitRingkas> hasil = new ArrayList<>();
        for (UnitRingkas u : unit) {
            if (u.id() == akar || (u.indukId() != null && masuk.contains(u.indukId()))) {
                masuk.add(u.id());
                hasil.add(u);
            }
        }
        return hasil;
    }

    /**
     * The org chart of the peta of {@link #peta(long, Long, Long)}: units as nodes; with {@code rinci} every position
     * becomes a leaf under its unit.
     */
    public Simpul bagan(long opdId, @Nullable Long unitId, @Nullable Long skenarioId, boolean rinci) {
        return bagan(peta(opdId, unitId, skenarioId), rinci);
    }

    static Simpul bagan(Peta peta, boolean rinci) {
        Map<Long, Simpul> simpul = new LinkedHashMap<>();
        Map<Long, List<Simpul>> anak = new HashMap<>();
        Simpul akar = null;
        for (BarisUnit bu : peta.unit()) {
            List<Simpul> children = anak.computeIfAbsent(bu.unit().id(), x -> new ArrayList<>());
            List<String> rincian = new ArrayList<>();
            bu.jabatan().stream()
                    .filter(BarisJabatan::kepala)
                    .findFirst()
                    .ifPresent(j -> rincian.add(j.nama() + " [" + j.kelas() + "] " + j.b() + "/" + j.k()));
            for (BarisJabatan j : bu.jabatan()) {
                if (rincian.size() >= 25) {
                    break;
                }
                if (!j.kepala()) {
                    rincian.add(j.nama() + " — kelas " + j.kelas() + " — B " + j.b() + " / K " + j.k() + " ("
                            + tanda(j.selisih()) + ")");
                }
                if (rinci && !j.kepala() && !bu.dilipat()) {
                    children.add(
                            new Simpul(j.nama() + " [" + j.kelas() + "] " + j.b() + "/" + j.k(), List.of(), List.of()));
                }
            }
            Simpul s = new Simpul(
                    bu.unit().nama() + "\nB " + bu.b() + " / K " + bu.k() + " (" + tanda(bu.selisih()) + ")",
                    rincian,
                    children);
            simpul.put(bu.unit().id(), s);
            if (bu.unit().indukId() == null || !simpulInduk(peta, bu.unit().indukId())) {
                akar = akar == null ? s : akar;
            } else {
                anak.computeIfAbsent(bu.unit().indukId(), x -> new ArrayList<>())
                        .add(s);
            }
        }
        return akar == null ? new Simpul(peta.opd().nama(), List.of(), List.of()) : akar;
    }

    private static boolean simpulInduk(Peta peta, long indukId) {
        return peta.unit().stream().anyMatch(u -> u.unit().id() == indukId);
    }

    /** The folded units directly under {@code indukId} (for expanding a group row). */
    public List<BarisUnit> grup(long opdId, long indukId, @Nullable Long skenarioId) {
        return peta(opdId, null, skenarioId).unit().stream()
                .filter(u ->
                        u.dilipat() && u.unit().indukId() != null && u.unit().indukId() == indukId)
                .toList();
    }

    /** The rows of one unit of the peta (for a folded unit). */
    public BarisUnit unit(long opdId, long unitId, @Nullable Long skenarioId) {
        return peta(opdId, null, skenarioId).unit().stream()
                .filter(u -> u.unit().id() == unitId)
                .findFirst()
                .orElseThrow(() -> new id.aparatur.shared.DataTidakDitemukanException("Unit", unitId));
    }

    public Beranda beranda() {
        Cakupan c = cakupan.saatIni();
        return new Beranda(c, totalPerOpd(c));
    }

    /** B, K and the number of positions of every OPD the caller may see. */
    public List<TotalOpd> totalPerOpd() {
        return totalPerOpd(cakupan.saatIni());
    }

    private List<TotalOpd> totalPerOpd(Cakupan c) {
        Map<Long, Long> b = new HashMap<>();
        bezetting.perOpd().forEach(x -> b.put(x.opdId(), x.jumlah()));
        Map<Long, StrukturOrganisasi.JumlahJabatan> jabatan = new HashMap<>();
        organisasi.jumlahJabatanPerOpd().forEach(j -> jabatan.put(j.opdId(), j));
        List<TotalOpd> hasil = new ArrayList<>();
        for (OpdRingkas o : organisasi.semuaOpd(c)) {
            var j = jabatan.getOrDefault(o.id(), new StrukturOrganisasi.JumlahJabatan(o.id(), 0, 0));
            hasil.add(new TotalOpd(o, j.jumlahJabatan(), j.kuota(), b.getOrDefault(o.id(), 0L)));
        }
        return hasil;
    }

    private static String tanda(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }
}
