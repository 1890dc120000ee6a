package id.aparatur.perencanaan.kaskade;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.penempatan.mesin.Aturan;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.MesinPenempatan;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.PemeriksaSertifikat;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.kaskade.HasilKaskade.AkhirRantai;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Formasi;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Langkah;
import id.aparatur.perencanaan.kaskade.HasilKaskade.LowonganSeleksiTerbuka;
import id.aparatur.perencanaan.kaskade.HasilKaskade.LowonganTanpaCalon;
import id.aparatur.perencanaan.kaskade.HasilKaskade.MataRantai;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Promosi;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Rantai;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Ringkasan;
import id.aparatur.perencanaan.kaskade.HasilKaskade.Surplus;
import id.aparatur.shared.Golongan;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The internal promotion cascade, top-down and global.
 *
 * <p>Every seat a position lacks ({@code K − B}) is a vacancy token that starts a chain. Levels are processed so that
 * every level comes before the levels it is filled from (a topological order of {@link AturanKaskade#pengisi()}), and
 * within a level from the highest kelas down. One <em>step</em> = all vacancies of one level and kelas: the eligible
 * people of the feeder levels (same rumpun; rumpun is the engine's jenjang key, so each rumpun is an independent
 * component) are assigned by {@link MesinPenempatan} at cost = Σ weight × gap against the target SKJ + the
 * performance term, with "not promoted" costing {@link #TIDAK_DIPROMOSIKAN}: so each step first fills as many seats as
 * the eligible people allow and, among those fills, minimises the total gap — provably (each step's dual certificate
 * is checked by {@link PemeriksaSertifikat}). Per-seat gates (pendidikan, pangkat) enter as pseudo-competencies whose
 * gap costs more than leaving the seat empty, so an ineligible pair is never chosen. A promotion from a position with
 * {@code B ≤ K} opens that seat, which carries the chain to a later step.
 *
 * <p>JPT levels are never filled: their vacancies are listed with the internal people who meet the JPT gates, for the
 * open selection. After the last step, employees above K are redistributed to the vacancies left at their level and
 * rumpun (one more optimal assignment where they compete for their own K seats), and the entry-level vacancies still
 * open are the formation.
 */
public final class KaskadePromosi {

    /** Cost of leaving a candidate where they are; larger than any real cost (checked), so fills are maximised. */
    static final long TIDAK_DIPROMOSIKAN = 10_000_000L;
    /** Cost of failing a per-seat gate; larger than {@link #TIDAK_DIPROMOSIKAN}, so such a pair is never used. */
    static final long GAGAL_GERBANG = 2 * TIDAK_DIPROMOSIKAN;
    /** Cost of a move in the redistribution; more than any gap, less than {@link #TIDAK_DIPROMOSIKAN}. */
    static final long PINDAH_REDISTRIBUSI = 1_000_000L;

    private static final String PSEUDO_PENDIDIKAN = "#PENDIDIKAN>=";
    private static final String PSEUDO_PANGKAT = "#PANGKAT>=";
    private static final String PSEUDO_KINERJA = "#KINERJA";
    private static final int LEVEL_KINERJA = 4;

    private KaskadePromosi() {}

    /** Runs the whole cascade. */
    public static HasilKaskade jalankan(MasalahKaskade m) {
        return new Jalan(m).jalankan();
    }

    /**
     * The gates {@code c} fails for a promotion from {@code asal} (the seat held now, null = none) to {@code tujuan},
     * in the order of {@link Gerbang}; empty = eligible.
     */
    public static List<Gerbang> gerbang(
            AturanKaskade a,
            CalonKaskade c,
            @Nullable PosisiKaskade asal,
            PosisiKaskade tujuan,
            boolean periksaRumpun) {
        List<Gerbang> gagal = new ArrayList<>();
        if (periksaRumpun && (asal == null || !asal.rumpun().equals(tujuan.rumpun()))) {
            gagal.add(Gerbang.RUMPUN);
        }
        boolean setingkat = asal != null && asal.tingkat().equals(tujuan.tingkat());
        if (asal == null
                || !a.pengisi().getOrDefault(tujuan.tingkat(), List.of()).contains(asal.tingkat())) {
            gagal.add(Gerbang.TINGKAT);
        }
        if (setingkat && asal.kelas() >= tujuan.kelas()) {
            gagal.add(Gerbang.KELAS);
        }
        if (c.bulanDiTingkat() < masaMinimal(a, asal, tujuan)) {
            gagal.add(Gerbang.MASA);
        }
        if (!memenuhiPendidikan(c.pendidikan(), pendidikanMinimal(a, tujuan))) {
            gagal.add(Gerbang.PENDIDIKAN);
        }
        if (!memenuhiPangkat(c.golongan(), pangkatMinimal(a, tujuan))) {
            gagal.add(Gerbang.PANGKAT);
        }
        if (c.hukumanAktif()) {
            gagal.add(Gerbang.HUKUMAN);
        }
        if (!c.pns()) {
            gagal.add(Gerbang.STATUS);
        }
        if (a.kinerja().gagalPredikat(c.predikatTahunan())) {
            gagal.add(Gerbang.KINERJA);
        }
        if (a.kinerja().gagalDataTidakLengkap(c.predikatTahunan())) {
            gagal.add(Gerbang.DATA_KINERJA);
        }
        if (a.tingkatSeleksiTerbuka().contains(tujuan.tingkat())
                && (c.pernahHukumanSedangBerat() || c.dalamPemeriksaan())) {
            gagal.add(Gerbang.REKAM_JEJAK_DISIPLIN);
        }
        if (a.usiaJpt().gagal(c, tujuan.tingkat())) {
            gagal.add(Gerbang.USIA);
        }
        return gagal;
    }

    /** Months required in the current level for this move. */
    public static int masaMinimal(AturanKaskade a, @Nullable PosisiKaskade asal, PosisiKaskade tujuan) {
        if (asal != null && asal.tingkat().equals(tujuan.tingkat())) {
            return a.masaMinimalSetingkatBulan();
        }
        return a.masaMinimalBulan().getOrDefault(tujuan.tingkat(), 0);
    }

    /** The stricter of the position's own syarat and the level's default, as a code; null = none. */
    public static @Nullable String pendidikanMinimal(AturanKaskade a, PosisiKaskade p) {
        String bawaan = a.pendidikanMinimal().get(p.tingkat());
        String sendiri = p.pendidikanMinimal();
        if (bawaan == null) {
            return sendiri;
        }
        if (sendiri == null) {
            return bawaan;
        }
        return SyaratPendidikan.peringkat(sendiri) >= SyaratPendidikan.peringkat(bawaan) ? sendiri : bawaan;
    }

    /** The stricter of the position's own minimum golongan and the level's default; null = none. */
    public static @Nullable Golongan pangkatMinimal(AturanKaskade a, PosisiKaskade p) {
        Golongan bawaan = golongan(a.pangkatMinimal().get(p.tingkat()));
        Golongan sendiri = golongan(p.pangkatMinimal());
        if (bawaan == null) {
            return sendiri;
        }
        if (sendiri == null) {
            return bawaan;
        }
        return sendiri.compareTo(bawaan) >= 0 ? sendiri : bawaan;
    }

    /**
     * Steps below SANGAT_BAIK in the order of {@link PredikatKinerja} (declared best first, PermenPANRB 6/2022):
     * SANGAT_BAIK 0, BAIK 1 (also: no predikat), BUTUH_PERBAIKAN 2, KURANG 3, SANGAT_KURANG 4.
     */
    public static int langkahKinerja(@Nullable PredikatKinerja predikat) {
        return (predikat == null ? PredikatKinerja.BAIK : predikat).ordinal() - PredikatKinerja.SANGAT_BAIK.ordinal();
    }

    /** Σ weight × max(0, required − current) over the SKJ (a missing competency counts as 0). */
    public static long kesenjangan(CalonKaskade c, PosisiKaskade p) {
        long total = 0;
        for (Syarat s : p.standarKompetensi()) {
            int level = c.kompetensi().getOrDefault(s.kode(), 0);
            total += s.bobot() * Math.max(0, s.level() - level);
        }
        return total;
    }

    private static boolean memenuhiPendidikan(@Nullable String punya, @Nullable String minimal) {
        return minimal == null || SyaratPendidikan.peringkat(punya) >= SyaratPendidikan.peringkat(minimal);
    }

    private static boolean memenuhiPangkat(@Nullable String punya, @Nullable Golongan minimal) {
        if (minimal == null) {
            return true;
        }
        Golongan g = golongan(punya);
        return g != null && g.compareTo(minimal) >= 0;
    }

    private static @Nullable Golongan golongan(@Nullable String kode) {
        return kode == null ? null : Golongan.dari(kode).orElse(null);
    }

    /** One run: the mutable state of the cascade. */
    private static final class Jalan {

        private final AturanKaskade a;
        private final List<PosisiKaskade> pos;
        private final List<CalonKaskade> peg;
        private final Map<Long, Integer> indeksPosisi = new HashMap<>();
        private final int[] kursi;
        private final int[] terisi;
        private final boolean[] dipromosikan;
        /** Open tokens per position: chain ids (-1 for a JPT vacancy, which has no chain). */
        private final List<ArrayDeque<Long>> token;
        /** Holders per position (employee indices), kept in NIP order. */
        private final List<TreeSet<Integer>> pemegang;

        private final List<RantaiDraf> rantai = new ArrayList<>();
        private final List<Promosi> promosi = new ArrayList<>();
        private final List<Langkah> langkah = new ArrayList<>();
        private final List<LowonganSeleksiTerbuka> seleksiTerbuka = new ArrayList<>();
        private int lowonganAwal;
        private int kursiTerbuka;
        private int terisiRedistribusi;
        private boolean semuaSah = true;

        Jalan(MasalahKaskade m) {
            this.a = m.aturan();
            this.pos = m.jabatan();
            this.peg = m.pegawai();
            List<String> galat = new ArrayList<>();
            for (int j = 0; j < pos.size(); j++) {
                PosisiKaskade p = pos.get(j);
                if (indeksPosisi.put(p.id(), j) != null) {
                    galat.add("jabatan " + p.id() + " ganda");
                }
                if (p.kebutuhan() < 0) {
                    galat.add("jabatan " + p.id() + ": kebutuhan negatif");
                }
            }
            Set<String> nip = new HashSet<>();
            kursi = new int[peg.size()];
            dipromosikan = new boolean[peg.size()];
            terisi = new int[pos.size()];
            pemegang = new ArrayList<>(pos.size());
            token = new ArrayList<>(pos.size());
            for (int j = 0; j < pos.size(); j++) {
                pemegang.add(new TreeSet<>(
                        Comparator.comparing((Integer e) -> peg.get(e).nip())));
                token.add(new ArrayDeque<>());
            }
            for (int e = 0; e < peg.size(); e++) {
                CalonKaskade c = peg.get(e);
                if (!nip.add(c.nip())) {
                    galat.add("pegawai " + c.nip() + " ganda");
                }
                Integer j = c.jabatanId() == null ? null : indeksPosisi.get(c.jabatanId());
                if (c.jabatanId() != null && j == null) {
                    galat.add("pegawai " + c.nip() + ": jabatan " + c.jabatanId() + " tidak ada");
                }
                kursi[e] = j == null ? -1 : j;
                if (j != null) {
                    terisi[j]++;
                    pemegang.get(j).add(e);
                }
            }
            if (!galat.isEmpty()) {
                throw new IllegalArgumentException("Masalah kaskade tidak sah: " + String.join("; ", galat));
            }
        }

        HasilKaskade jalankan() {
            long mulai = System.nanoTime();
            for (int j = 0; j < pos.size(); j++) {
                boolean jpt = a.tingkatSeleksiTerbuka().contains(pos.get(j).tingkat());
                for (int i = terisi[j]; i < pos.get(j).kebutuhan(); i++) {
                    lowonganAwal++;
                    token.get(j).add(jpt ? -1L : baruRantai(pos.get(j).id()));
                }
            }
            int surplusAwal = 0;
            for (int j = 0; j < pos.size(); j++) {
                surplusAwal += Math.max(0, terisi[j] - pos.get(j).kebutuhan());
            }
            for (String t : urutanTingkat()) {
                if (a.tingkatSeleksiTerbuka().contains(t)) {
                    catatSeleksiTerbuka(t);
                } else if (!a.pengisi().getOrDefault(t, List.of()).isEmpty()) {
                    TreeSet<Integer> kelas = new TreeSet<>(Comparator.reverseOrder());
                    for (PosisiKaskade p : pos) {
                        if (p.tingkat().equals(t)) {
                            kelas.add(p.kelas());
                        }
                    }
                    for (int k : kelas) {
                        langkah(t, k);
                    }
                }
            }
            List<Surplus> surplus = redistribusi();
            List<Formasi> formasi = new ArrayList<>();
            List<LowonganTanpaCalon> tanpaCalon = new ArrayList<>();
            int jumlahFormasi = 0;
            int jumlahTanpaCalon = 0;
            int jumlahSeleksi = 0;
            Map<String, Map<Gerbang, Integer>> diagnosa = new HashMap<>();
            Map<String, Integer> diperiksa = new HashMap<>();
            for (int j = 0; j < pos.size(); j++) {
                ArrayDeque<Long> tk = token.get(j);
                if (tk.isEmpty()) {
                    continue;
                }
                PosisiKaskade p = pos.get(j);
                if (a.tingkatSeleksiTerbuka().contains(p.tingkat())) {
                    jumlahSeleksi += tk.size();
                    continue;
                }
                boolean awal = a.tingkatAwal().contains(p.tingkat());
                for (long r : tk) {
                    rantai.get((int) r).akhiri(awal ? AkhirRantai.FORMASI : AkhirRantai.TANPA_CALON, p.id(), null);
                }
                if (awal) {
                    formasi.add(new Formasi(p.id(), p.tingkat(), tk.size()));
                    jumlahFormasi += tk.size();
                } else {
                    String kunci = p.tingkat() + "|" + p.kelas() + "|" + p.rumpun() + "|" + pendidikanMinimal(a, p)
                            + "|" + pangkatMinimal(a, p);
                    Map<Gerbang, Integer> g = diagnosa.computeIfAbsent(kunci, x -> new EnumMap<>(Gerbang.class));
                    if (!diperiksa.containsKey(kunci)) {
                        int n = 0;
                        for (int e = 0; e < peg.size(); e++) {
                            if (dipromosikan[e]
                                    || kursi[e] < 0
                                    || !pos.get(kursi[e]).rumpun().equals(p.rumpun())
                                    || !a.pengisi()
                                            .getOrDefault(p.tingkat(), List.of())
                                            .contains(pos.get(kursi[e]).tingkat())) {
                                continue;
                            }
                            n++;
                            List<Gerbang> gg = gerbang(a, peg.get(e), pos.get(kursi[e]), p, true);
                            if (!gg.isEmpty()) {
                                g.merge(gg.get(0), 1, Integer::sum);
                            }
                        }
                        diperiksa.put(kunci, n);
                    }
                    tanpaCalon.add(new LowonganTanpaCalon(p.id(), p.tingkat(), tk.size(), diperiksa.get(kunci), g));
                    jumlahTanpaCalon += tk.size();
                }
            }
            List<Rantai> hasilRantai = new ArrayList<>(rantai.size());
            for (RantaiDraf r : rantai) {
                hasilRantai.add(r.selesai());
            }
            int surplusDiusulkan = (int)
                    surplus.stream().filter(s -> s.jabatanUsulanId() != null).count();
            Ringkasan ringkasan = new Ringkasan(
                    lowonganAwal,
                    kursiTerbuka,
                    promosi.size(),
                    terisiRedistribusi,
                    jumlahFormasi,
                    jumlahTanpaCalon,
                    jumlahSeleksi,
                    surplusAwal,
                    surplusDiusulkan,
                    langkah.size(),
                    semuaSah,
                    (System.nanoTime() - mulai) / 1_000_000);
            if (lowonganAwal + kursiTerbuka
                    != promosi.size() + terisiRedistribusi + jumlahFormasi + jumlahTanpaCalon + jumlahSeleksi) {
                throw new IllegalStateException("Neraca lowongan kaskade tidak seimbang: " + ringkasan);
            }
            return new HasilKaskade(
                    promosi, hasilRantai, surplus, formasi, seleksiTerbuka, tanpaCalon, langkah, ringkasan);
        }

        /** The highest kelas of {@code t} and every level below it in the feeder graph (a cycle is refused later). */
        private int prioritas(String t, Map<String, Integer> kelas, Map<String, Integer> memo, Set<String> jalur) {
            Integer ada = memo.get(t);
            if (ada != null) {
                return ada;
            }
            int p = kelas.getOrDefault(t, 0);
            if (jalur.add(t)) {
                for (String f : pengisiLain(t)) {
                    p = Math.max(p, prioritas(f, kelas, memo, jalur));
                }
                jalur.remove(t);
            }
            memo.put(t, p);
            return p;
        }

        /** The distinct levels {@code t} is filled from, other than itself. */
        private Set<String> pengisiLain(String t) {
            Set<String> hasil = new TreeSet<>(a.pengisi().getOrDefault(t, List.of()));
            hasil.remove(t);
            return hasil;
        }

        private long baruRantai(long jabatanId) {
            rantai.add(new RantaiDraf(rantai.size(), jabatanId));
            return rantai.size() - 1L;
        }

        /** Levels ordered so that each comes before every level it is filled from; ties by highest kelas, name. */
        private List<String> urutanTingkat() {
            Map<String, Integer> kelasTertinggi = new TreeMap<>();
            for (PosisiKaskade p : pos) {
                kelasTertinggi.merge(p.tingkat(), p.kelas(), Math::max);
            }
            for (Map.Entry<String, List<String>> e : a.pengisi().entrySet()) {
                kelasTertinggi.putIfAbsent(e.getKey(), 0);
                e.getValue().forEach(t -> kelasTertinggi.putIfAbsent(t, 0));
            }
            Map<String, Integer> masuk = new HashMap<>();
            kelasTertinggi.keySet().forEach(t -> masuk.put(t, 0));
            for (Map.Entry<String, List<String>> e : a.pengisi().entrySet()) {
                for (String f : pengisiLain(e.getKey())) {
                    masuk.merge(f, 1, Integer::sum);
                }
            }
            // Among the levels that may go next, the one heading the highest kelas goes first: its own positions or,
            // for a level without positions (a JPT madya in a kabupaten), those of the levels it is filled from.
            Map<String, Integer> prioritas = new HashMap<>();
            for (String t : kelasTertinggi.keySet()) {
                prioritas(t, kelasTertinggi, prioritas, new HashSet<>());
            }
            Comparator<String> urut =
                    Comparator.comparing((String t) -> -prioritas.get(t)).thenComparing(Comparator.naturalOrder());
            TreeSet<String> siap = new TreeSet<>(urut);
            masuk.forEach((t, n) -> {
                if (n == 0) {
                    siap.add(t);
                }
            });
            List<String> hasil = new ArrayList<>();
            while (!siap.isEmpty()) {
                String t = siap.pollFirst();
                hasil.add(t);
                for (String f : pengisiLain(t)) {
                    if (masuk.merge(f, -1, Integer::sum) == 0) {
                        siap.add(f);
                    }
                }
            }
            if (hasil.size() != masuk.size()) {
                throw new IllegalArgumentException("Aturan pengisi kaskade berputar (siklus): " + a.pengisi());
            }
            return hasil;
        }

        /** JPT: list the vacancies and the internal people meeting the JPT gates; nothing is filled. */
        private void catatSeleksiTerbuka(String t) {
            for (int j = 0; j < pos.size(); j++) {
                PosisiKaskade p = pos.get(j);
                if (!p.tingkat().equals(t) || token.get(j).isEmpty()) {
                    continue;
                }
                List<String> calon = new ArrayList<>();
                for (int e = 0; e < peg.size(); e++) {
                    if (!dipromosikan[e]
                            && kursi[e] >= 0
                            && gerbang(a, peg.get(e), pos.get(kursi[e]), p, false)
                                    .isEmpty()) {
                        calon.add(peg.get(e).nip());
                    }
                }
                calon.sort(Comparator.naturalOrder());
                seleksiTerbuka.add(
                        new LowonganSeleksiTerbuka(p.id(), t, token.get(j).size(), calon));
            }
        }

        /** One step: every vacancy of level {@code t} and kelas {@code k}, all rumpun at once. */
        private void langkah(String t, int k) {
            List<Integer> kosong = new ArrayList<>();
            Set<String> rumpun = new HashSet<>();
            for (int j = 0; j < pos.size(); j++) {
                PosisiKaskade p = pos.get(j);
                if (p.tingkat().equals(t) && p.kelas() == k && !token.get(j).isEmpty()) {
                    kosong.add(j);
                    rumpun.add(p.rumpun());
                }
            }
            if (kosong.isEmpty()) {
                return;
            }
            long mulai = System.nanoTime();
            List<String> pengisi = a.pengisi().getOrDefault(t, List.of());
            GerbangKursi gerbang = new GerbangKursi();
            List<JabatanMasukan> jm = new ArrayList<>(kosong.size());
            long biayaNyataMaks = 0;
            for (int j : kosong) {
                PosisiKaskade p = pos.get(j);
                List<Syarat> skj = new ArrayList<>(p.standarKompetensi());
                long maks = 0;
                for (Syarat s : skj) {
                    maks += s.bobot() * s.level();
                }
                gerbang.kursi(a, p, skj);
                if (a.bobotKinerja() > 0) {
                    skj.add(new Syarat(PSEUDO_KINERJA, LEVEL_KINERJA, a.bobotKinerja()));
                    maks += a.bobotKinerja() * LEVEL_KINERJA;
                }
                biayaNyataMaks = Math.max(biayaNyataMaks, maks);
                jm.add(new JabatanMasukan(
                        Long.toString(p.id()),
                        p.rumpun(),
                        k,
                        p.rumpun(),
                        token.get(j).size(),
                        skj));
            }
            if (biayaNyataMaks >= TIDAK_DIPROMOSIKAN) {
                throw new IllegalArgumentException("Bobot SKJ terlalu besar untuk kaskade (biaya maksimum "
                        + biayaNyataMaks + " ≥ " + TIDAK_DIPROMOSIKAN + ")");
            }
            List<PegawaiMasukan> pm = new ArrayList<>();
            List<Integer> calon = new ArrayList<>();
            for (int e = 0; e < peg.size(); e++) {
                if (dipromosikan[e] || kursi[e] < 0) {
                    continue;
                }
                PosisiKaskade asal = pos.get(kursi[e]);
                if (!pengisi.contains(asal.tingkat()) || !rumpun.contains(asal.rumpun())) {
                    continue;
                }
                CalonKaskade c = peg.get(e);
                boolean setingkat = asal.tingkat().equals(t);
                if ((setingkat && asal.kelas() >= k)
                        || c.bulanDiTingkat()
                                < (setingkat
                                        ? a.masaMinimalSetingkatBulan()
                                        : a.masaMinimalBulan().getOrDefault(t, 0))
                        || c.hukumanAktif()
                        || !c.pns()
                        || a.kinerja().gagal(c.predikatTahunan())) {
                    continue;
                }
                Map<String, Integer> komp = gerbang.calon(c);
                if (a.bobotKinerja() > 0) {
                    komp.put(PSEUDO_KINERJA, LEVEL_KINERJA - langkahKinerja(c.predikatKinerja()));
                }
                pm.add(new PegawaiMasukan(c.nip(), asal.rumpun(), asal.kelas(), null, List.of(), komp));
                calon.add(e);
            }
            int terisiLangkah = 0;
            long totalBiaya = 0;
            boolean sah = true;
            if (!pm.isEmpty()) {
                Masalah masalah = new Masalah(new Bobot(0, 0, 0, TIDAK_DIPROMOSIKAN), jm, pm, Aturan.TANPA);
                HasilOptimasi h = MesinPenempatan.selesaikan(Instans.kompilasi(masalah));
                sah = PemeriksaSertifikat.periksa(h).sah();
                semuaSah &= sah;
                // Fill in NIP order per seat, so chains are deterministic.
                Map<Integer, List<Integer>> perKursi = new TreeMap<>();
                for (int i = 0; i < calon.size(); i++) {
                    int pj = h.penempatan()[i];
                    if (pj >= 0) {
                        perKursi.computeIfAbsent(kosong.get(pj), x -> new ArrayList<>())
                                .add(calon.get(i));
                    }
                }
                for (Map.Entry<Integer, List<Integer>> en : perKursi.entrySet()) {
                    en.getValue().sort(Comparator.comparing(e -> peg.get(e).nip()));
                    for (int e : en.getValue()) {
                        long biaya = promosikan(e, en.getKey(), langkah.size() + 1);
                        totalBiaya += biaya;
                        terisiLangkah++;
                    }
                }
            }
            langkah.add(new Langkah(
                    langkah.size() + 1,
                    t,
                    k,
                    jm.stream().mapToInt(JabatanMasukan::kuota).sum(),
                    pm.size(),
                    terisiLangkah,
                    totalBiaya,
                    sah,
                    (System.nanoTime() - mulai) / 1_000_000));
        }

        /** Moves employee {@code e} to position {@code j}, consuming one token; returns the cost. */
        private long promosikan(int e, int j, int nomorLangkah) {
            CalonKaskade c = peg.get(e);
            int asalIdx = kursi[e];
            PosisiKaskade asal = pos.get(asalIdx);
            PosisiKaskade tujuan = pos.get(j);
            List<Gerbang> gagal = gerbang(a, c, asal, tujuan, true);
            if (!gagal.isEmpty()) {
                throw new IllegalStateException("Promosi " + c.nip() + " ke " + tujuan.id() + " melanggar " + gagal);
            }
            long rantaiId = token.get(j).removeFirst();
            RantaiDraf r = rantai.get((int) rantaiId);
            r.mata.add(new MataRantai(tujuan.id(), c.nip(), asal.id()));
            dipromosikan[e] = true;
            pemegang.get(asalIdx).remove(e);
            pemegang.get(j).add(e);
            terisi[asalIdx]--;
            terisi[j]++;
            kursi[e] = j;
            boolean membuka = terisi[asalIdx] < asal.kebutuhan();
            if (membuka) {
                token.get(asalIdx).add(rantaiId);
                kursiTerbuka++;
            } else {
                r.akhiri(AkhirRantai.TANPA_KURSI_TERBUKA, tujuan.id(), null);
            }
            long kes = kesenjangan(c, tujuan);
            long kin = a.bobotKinerja() * langkahKinerja(c.predikatKinerja());
            promosi.add(new Promosi(
                    nomorLangkah,
                    c.nip(),
                    asal.id(),
                    tujuan.id(),
                    asal.tingkat(),
                    tujuan.tingkat(),
                    kes + kin,
                    kes,
                    kin,
                    c.bulanDiTingkat(),
                    membuka,
                    rantaiId));
            return kes + kin;
        }

        /**
         * Employees above K, per level: they compete for their positions' K seats and the vacancies left at their
         * level in the same rumpun; whoever does not keep a seat gets the proposal (or none when nothing is left).
         */
        private List<Surplus> redistribusi() {
            Map<String, List<Integer>> lebihPerTingkat = new TreeMap<>();
            for (int j = 0; j < pos.size(); j++) {
                if (terisi[j] > pos.get(j).kebutuhan()
                        && !a.tingkatSeleksiTerbuka().contains(pos.get(j).tingkat())) {
                    lebihPerTingkat
                            .computeIfAbsent(pos.get(j).tingkat(), x -> new ArrayList<>())
                            .add(j);
                }
            }
            List<Surplus> hasil = new ArrayList<>();
            for (Map.Entry<String, List<Integer>> en : lebihPerTingkat.entrySet()) {
                String t = en.getKey();
                Set<String> rumpun = new HashSet<>();
                en.getValue().forEach(j -> rumpun.add(pos.get(j).rumpun()));
                List<Integer> lowong = new ArrayList<>();
                for (int j = 0; j < pos.size(); j++) {
                    if (pos.get(j).tingkat().equals(t)
                            && !token.get(j).isEmpty()
                            && rumpun.contains(pos.get(j).rumpun())) {
                        lowong.add(j);
                    }
                }
                List<Integer> posisi = new ArrayList<>(en.getValue());
                posisi.addAll(lowong);
                GerbangKursi gerbang = new GerbangKursi();
                List<JabatanMasukan> jm = new ArrayList<>();
                for (int j : posisi) {
                    PosisiKaskade p = pos.get(j);
                    boolean kosong = !token.get(j).isEmpty();
                    List<Syarat> skj = new ArrayList<>(p.standarKompetensi());
                    if (kosong) {
                        // Gates apply to a new seat only, never to the seat one already holds.
                        gerbang.kursi(a, p, skj);
                    }
                    jm.add(new JabatanMasukan(
                            Long.toString(p.id()),
                            t,
                            p.kelas(),
                            p.rumpun(),
                            kosong ? token.get(j).size() : p.kebutuhan(),
                            skj));
                }
                List<PegawaiMasukan> pm = new ArrayList<>();
                List<Integer> orang = new ArrayList<>();
                for (int j : en.getValue()) {
                    for (int e : pemegang.get(j)) {
                        CalonKaskade c = peg.get(e);
                        Map<String, Integer> komp = gerbang.calon(c);
                        PosisiKaskade p = pos.get(j);
                        pm.add(new PegawaiMasukan(c.nip(), t, p.kelas(), Long.toString(p.id()), List.of(), komp));
                        orang.add(e);
                    }
                }
                // First as many people as possible keep a seat; then moving costs more than any gap, so each position
                // keeps K of its own holders (the best fitting) and only the excess moves, where it fits best.
                HasilOptimasi h = MesinPenempatan.selesaikan(Instans.kompilasi(new Masalah(
                        new Bobot(Bobot.SELISIH_KELAS_BAKU, 0, PINDAH_REDISTRIBUSI, TIDAK_DIPROMOSIKAN),
                        jm,
                        pm,
                        new Aturan(true, Map.of(), Set.of(), Set.of()))));
                semuaSah &= PemeriksaSertifikat.periksa(h).sah();
                for (int i = 0; i < orang.size(); i++) {
                    int e = orang.get(i);
                    int asal = kursi[e];
                    int pj = h.penempatan()[i];
                    int ke = pj >= 0 ? posisi.get(pj) : -1;
                    if (ke == asal) {
                        continue;
                    }
                    if (ke < 0) {
                        hasil.add(new Surplus(peg.get(e).nip(), pos.get(asal).id(), null, 0));
                        continue;
                    }
                    // Into a vacancy (ends its chain) or into a K seat of another over-filled position that its
                    // own holders vacated for vacancies only they were eligible for (more people keep a seat).
                    if (!token.get(ke).isEmpty()) {
                        long rantaiId = token.get(ke).removeFirst();
                        rantai.get((int) rantaiId)
                                .akhiri(
                                        AkhirRantai.DIISI_REDISTRIBUSI,
                                        pos.get(ke).id(),
                                        peg.get(e).nip());
                        terisiRedistribusi++;
                    }
                    terisi[asal]--;
                    terisi[ke]++;
                    pemegang.get(asal).remove(e);
                    pemegang.get(ke).add(e);
                    kursi[e] = ke;
                    var rincian = h.instans().rincian(i, pj);
                    hasil.add(new Surplus(
                            peg.get(e).nip(),
                            pos.get(asal).id(),
                            pos.get(ke).id(),
                            rincian.kesenjangan() + rincian.selisihKelas()));
                }
            }
            hasil.sort(Comparator.comparing(Surplus::nip));
            return hasil;
        }
    }

    /**
     * The per-seat gates (education and golongan minima) of one assignment as pseudo-competencies: a seat requires
     * level 1 of one code per minimum, at a weight above "not placed"; a person has level 1 of every code they meet.
     */
    private static final class GerbangKursi {
        private final Set<String> ambangPendidikan = new TreeSet<>();
        private final Set<Golongan> ambangPangkat = new TreeSet<>();

        /** Adds the seat's gates to its SKJ lines. */
        void kursi(AturanKaskade a, PosisiKaskade p, List<Syarat> skj) {
            String pend = pendidikanMinimal(a, p);
            if (pend != null) {
                ambangPendidikan.add(pend);
                skj.add(new Syarat(PSEUDO_PENDIDIKAN + pend, 1, GAGAL_GERBANG));
            }
            Golongan gol = pangkatMinimal(a, p);
            if (gol != null) {
                ambangPangkat.add(gol);
                skj.add(new Syarat(PSEUDO_PANGKAT + gol.kode(), 1, GAGAL_GERBANG));
            }
        }

        /** The person's levels plus the gate codes they meet (call after every seat was added). */
        Map<String, Integer> calon(CalonKaskade c) {
            Map<String, Integer> komp = new HashMap<>(c.kompetensi());
            for (String ambang : ambangPendidikan) {
                if (memenuhiPendidikan(c.pendidikan(), ambang)) {
                    komp.put(PSEUDO_PENDIDIKAN + ambang, 1);
                }
            }
            for (Golongan ambang : ambangPangkat) {
                if (memenuhiPangkat(c.golongan(), ambang)) {
                    komp.put(PSEUDO_PANGKAT + ambang.kode(), 1);
                }
            }
            return komp;
        }
    }

    /** A chain being built. */
    private static final class RantaiDraf {
        final long id;
        final long jabatanAwalId;
        final List<MataRantai> mata = new ArrayList<>();

        @Nullable
        AkhirRantai akhir;

        long jabatanAkhirId;

        @Nullable
        String nipRedistribusi;

        RantaiDraf(long id, long jabatanAwalId) {
            this.id = id;
            this.jabatanAwalId = jabatanAwalId;
        }

        void akhiri(AkhirRantai a, long jabatanId, @Nullable String nip) {
            if (akhir != null) {
                throw new IllegalStateException("Rantai " + id + " sudah berakhir");
            }
            akhir = a;
            jabatanAkhirId = jabatanId;
            nipRedistribusi = nip;
        }

        Rantai selesai() {
            if (akhir == null) {
                throw new IllegalStateException("Rantai " + id + " tidak berakhir");
            }
            return new Rantai(id, jabatanAwalId, List.copyOf(mata), akhir, jabatanAkhirId, nipRedistribusi);
        }
    }
}
