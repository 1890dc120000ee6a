package id.aparatur.petajabatan.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.pegawai.Bezetting;
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
    public record BarisJabatan(long id, String kode, String nama, String jenis, @Nullable String jenjang, int kelas,
            int b, int k, boolean kepala, boolean aktif) {

        public int selisih() {
            return b - k;
        }
    }

    public record BarisUnit(UnitRingkas unit, int kedalaman, List<BarisJabatan> jabatan, int b, int k) {

        public int selisih() {
            return b - k;
        }
    }

    public record Peta(OpdRingkas opd, List<BarisUnit> unit, int b, int k) {

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

    private final StrukturOrganisasi organisasi;
    private final Bezetting bezetting;

    PetaJabatanQuery(StrukturOrganisasi organisasi, Bezetting bezetting) {
        this.organisasi = organisasi;
        this.bezetting = bezetting;
    }

    public Peta peta(Cakupan c, long opdId) {
        OpdRingkas opd = organisasi.opd(c, opdId);
        List<UnitRingkas> unit = organisasi.unitOpd(c, opdId);
        List<JabatanRingkas> jabatan = organisasi.jabatanOpd(c, opdId);
        Map<Long, Integer> b = bezetting.perJabatan(opdId);
        Map<Long, List<JabatanRingkas>> perUnit = new HashMap<>();
        jabatan.forEach(j -> perUnit.computeIfAbsent(j.unitId(), x -> new ArrayList<>()).add(j));
        Map<Long, Integer> kedalaman = new HashMap<>();
        List<BarisUnit> baris = new ArrayList<>();
        int totalB = 0;
        int totalK = 0;
        for (UnitRingkas u : unit) {
            int d = u.indukId() == null ? 0 : kedalaman.getOrDefault(u.indukId(), 0) + 1;
            kedalaman.put(u.id(), d);
            List<BarisJabatan> rows = new ArrayList<>();
            int ub = 0;
            int uk = 0;
            List<JabatanRingkas> js = new ArrayList<>(perUnit.getOrDefault(u.id(), List.of()));
            js.sort(Comparator.comparing((JabatanRingkas j) -> u.jabatanKepalaId() == null || j.id() != u.jabatanKepalaId())
                    .thenComparing(Comparator.comparingInt(JabatanRingkas::kelas).reversed())
                    .thenComparing(JabatanRingkas::nama));
            for (JabatanRingkas j : js) {
                if (!j.aktif()) {
                    continue;
                }
                int jb = b.getOrDefault(j.id(), 0);
                rows.add(new BarisJabatan(j.id(), j.kode(), j.nama(), j.jenisJabatan().name(),
                        j.jenjang() == null ? null : j.jenjang().name(), j.kelas(), jb, j.kuota(),
                        u.jabatanKepalaId() != null && j.id() == u.jabatanKepalaId(), j.aktif()));
                ub += jb;
                uk += j.kuota();
            }
            baris.add(new BarisUnit(u, d, rows, ub, uk));
            totalB += ub;
            totalK += uk;
        }
        return new Peta(opd, baris, totalB, totalK);
    }

    /** The org chart: units as nodes; with {@code rinci} every position becomes a leaf under its unit. */
    public Simpul bagan(Peta peta, boolean rinci) {
        Map<Long, Simpul> simpul = new LinkedHashMap<>();
        Map<Long, List<Simpul>> anak = new HashMap<>();
        Simpul akar = null;
        for (BarisUnit bu : peta.unit()) {
            List<Simpul> children = anak.computeIfAbsent(bu.unit().id(), x -> new ArrayList<>());
            List<String> rincian = new ArrayList<>();
            String kepala = bu.jabatan().stream().filter(BarisJabatan::kepala).findFirst()
                    .map(j -> j.nama() + " [" + j.kelas() + "] " + j.b() + "/" + j.k()).orElse("-");
            for (BarisJabatan j : bu.jabatan()) {
                rincian.add(j.nama() + " — kelas " + j.kelas() + " — B " + j.b() + " / K " + j.k() + " (" + tanda(j.selisih()) + ")");
                if (rinci && !j.kepala()) {
                    children.add(new Simpul(j.nama() + "\n[" + j.kelas() + "] " + j.b() + "/" + j.k(), List.of(), List.of()));
                }
            }
            Simpul s = new Simpul(bu.unit().nama() + "\n" + kepala + "\nB " + bu.b() + " / K " + bu.k(), rincian, children);
            simpul.put(bu.unit().id(), s);
            if (bu.unit().indukId() == null) {
                akar = akar == null ? s : akar;
            } else {
                anak.computeIfAbsent(bu.unit().indukId(), x -> new ArrayList<>()).add(s);
            }
        }
        return akar == null ? new Simpul(peta.opd().nama(), List.of(), List.of()) : akar;
    }

    public List<TotalOpd> totalPerOpd(Cakupan c) {
        Map<Long, Long> b = new HashMap<>();
        bezetting.perOpd().forEach(x -> b.put(x.opdId(), x.jumlah()));
        List<TotalOpd> hasil = new ArrayList<>();
        for (OpdRingkas o : organisasi.semuaOpd(c)) {
            List<JabatanRingkas> js = organisasi.jabatanOpd(c, o.id());
            int k = js.stream().filter(JabatanRingkas::aktif).mapToInt(JabatanRingkas::kuota).sum();
            hasil.add(new TotalOpd(o, js.size(), k, b.getOrDefault(o.id(), 0L)));
        }
        return hasil;
    }

    private static String tanda(int n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }
}
