package id.aparatur.penempatan.mesin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two baselines the optimum is compared with, on the same weights and rules: the <em>status quo</em> (everyone
 * stays where they are) and a <em>greedy fill</em> (each seat in turn takes the best person still available), the way
 * a BKD officer fills positions one at a time in a spreadsheet. Both are feasible placements, priced with the same
 * formula as the optimum, so the difference shows what the optimisation is worth.
 */
public final class GarisDasar {

    /**
     * A baseline placement and its cost.
     *
     * @param totalBiaya Σ biaya over placed employees + tidakDitempatkan × unplaced
     * @param ditempatkan placed employees (pinned included)
     * @param tidakDitempatkan employees left unplaced (excluded employees are not counted)
     * @param penempatan per employee index: position index, {@link HasilOptimasi#TIDAK_DITEMPATKAN} or
     *     {@link HasilOptimasi#DIKECUALIKAN}
     */
    public record Ringkasan(long totalBiaya, int ditempatkan, int tidakDitempatkan, int[] penempatan) {}

    private GarisDasar() {}

    /**
     * Everyone stays: pinned employees take their pinned seat first; then, in input order, every other employee keeps
     * their current position if the rules allow it and a seat is left there. The rest count as unplaced.
     */
    public static Ringkasan statusQuo(Instans in) {
        int[] sisa = in.jKuota.clone();
        int[] p = awal(in, sisa);
        for (int e = 0; e < in.nE; e++) {
            int j = in.eSaatIni[e];
            if (in.eStatus[e] == Instans.AKTIF && j >= 0 && sisa[j] > 0 && in.boleh(e, j)) {
                p[e] = j;
                sisa[j]--;
            }
        }
        return ringkas(in, p);
    }

    /**
     * Greedy fill: pinned employees first; then positions in input order, each free seat in turn, take the cheapest
     * allowed employee still available (ties: lowest input index). A position stops when nobody allowed is left.
     *
     * <p>Positions of one tipe cost the same for an employee except for the {@code pindah} term, so each tipe keeps one
     * lazily built candidate heap keyed by biayaTipe + pindah; the position's own current holders (for whom the pindah
     * term is 0) are checked beside it. The heap grows ring by ring of kelas distance: an employee whose kelas differs
     * by d costs at least selisihKelas·d + pindah, so farther rings are only priced when nothing cheaper is left.
     */
    public static Ringkasan serakah(Instans in) {
        int[] sisa = in.jKuota.clone();
        int[] p = awal(in, sisa);
        boolean[] terpakai = new boolean[in.nE];
        for (int e = 0; e < in.nE; e++) {
            terpakai[e] = in.eStatus[e] != Instans.AKTIF || in.eJenjang[e] < 0;
        }
        Pemegang pemegang = new Pemegang(in, terpakai);
        Map<Long, Kelompok> kelompok = Kelompok.bentuk(in, terpakai);
        int[] terakhir = new int[in.nT];
        Arrays.fill(terakhir, -1);
        for (int j = 0; j < in.nJ; j++) {
            if (in.jAktif[j]) {
                terakhir[in.jTipe[j]] = j;
            }
        }
        Aliran[] aliran = new Aliran[in.nT];
        for (int j = 0; j < in.nJ; j++) {
            if (!in.jAktif[j]) {
                continue;
            }
            int t = in.jTipe[j];
            if (sisa[j] > 0) {
                if (aliran[t] == null) {
                    aliran[t] = new Aliran(in, t, kelompok, terpakai);
                }
                Aliran a = aliran[t];
                int h = pemegang.mulai[j];
                int hAkhir = pemegang.mulai[j + 1];
                while (sisa[j] > 0) {
                    while (h < hAkhir && terpakai[pemegang.anggota[h]]) {
                        h++;
                    }
                    boolean adaAliran = a.puncak();
                    boolean adaPemegang = h < hAkhir;
                    int pilih;
                    if (adaPemegang && (!adaAliran || lebihKecil(pemegang.biaya[h], pemegang.anggota[h],
                            a.biayaPuncak(), a.pegawaiPuncak()))) {
                        pilih = pemegang.anggota[h++];
                    } else if (adaAliran) {
                        pilih = a.pegawaiPuncak();
                        a.buangPuncak();
                    } else {
                        break;
                    }
                    terpakai[pilih] = true;
                    p[pilih] = j;
                    sisa[j]--;
                }
            }
            if (terakhir[t] == j) {
                aliran[t] = null; // no later position of this tipe: free its heap
            }
        }
        return ringkas(in, p);
    }

    private static boolean lebihKecil(long biayaA, int a, long biayaB, int b) {
        return biayaA < biayaB || (biayaA == biayaB && a < b);
    }

    /** Excluded employees marked, pinned ones placed on their seat; everyone else unplaced for now. */
    private static int[] awal(Instans in, int[] sisa) {
        int[] p = new int[in.nE];
        for (int e = 0; e < in.nE; e++) {
            switch (in.eStatus[e]) {
                case Instans.DIKECUALIKAN -> p[e] = HasilOptimasi.DIKECUALIKAN;
                case Instans.DIKUNCI -> {
                    p[e] = in.eKunci[e];
                    sisa[in.eKunci[e]]--;
                }
                default -> p[e] = HasilOptimasi.TIDAK_DITEMPATKAN;
            }
        }
        return p;
    }

    private static Ringkasan ringkas(Instans in, int[] p) {
        long total = 0;
        int ditempatkan = 0;
        int tidak = 0;
        for (int e = 0; e < in.nE; e++) {
            if (p[e] >= 0) {
                total += in.biaya(e, p[e]);
                ditempatkan++;
            } else if (p[e] == HasilOptimasi.TIDAK_DITEMPATKAN) {
                tidak++;
            }
        }
        total += in.bobot.tidakDitempatkan() * tidak;
        return new Ringkasan(total, ditempatkan, tidak, p);
    }

    /**
     * Per position, the available employees whose current position it is and who may stay, sorted by (biayaTipe, e):
     * for them the pindah term is 0.
     */
    private static final class Pemegang {
        final int[] mulai;
        final int[] anggota;
        final long[] biaya;

        Pemegang(Instans in, boolean[] terpakai) {
            mulai = new int[in.nJ + 1];
            for (int e = 0; e < in.nE; e++) {
                int j = in.eSaatIni[e];
                if (!terpakai[e] && j >= 0 && in.boleh(e, j)) {
                    mulai[j + 1]++;
                }
            }
            for (int j = 0; j < in.nJ; j++) {
                mulai[j + 1] += mulai[j];
            }
            anggota = new int[mulai[in.nJ]];
            biaya = new long[anggota.length];
            int[] isi = Arrays.copyOf(mulai, in.nJ);
            for (int e = 0; e < in.nE; e++) {
                int j = in.eSaatIni[e];
                if (!terpakai[e] && j >= 0 && in.boleh(e, j)) {
                    anggota[isi[j]++] = e;
                }
            }
            for (int j = 0; j < in.nJ; j++) {
                int a = mulai[j];
                int b = mulai[j + 1];
                if (b - a == 0) {
                    continue;
                }
                int t = in.jTipe[j];
                long[][] kunci = new long[b - a][];
                for (int i = a; i < b; i++) {
                    kunci[i - a] = new long[] {in.biayaTipe(anggota[i], t), anggota[i]};
                }
                Arrays.sort(kunci, (x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
                for (int i = a; i < b; i++) {
                    biaya[i] = kunci[i - a][0];
                    anggota[i] = (int) kunci[i - a][1];
                }
            }
        }
    }

    /** Available employees of one jenjang and one rumpun restriction (-1: none), sorted by kelas. */
    private static final class Kelompok {
        final int[] anggota;
        /** distinct kelas values, ascending. */
        final int[] kelas;
        /** anggota[mulai[i] .. mulai[i+1]) have kelas[i]. */
        final int[] mulai;

        private Kelompok(int[] anggota, int[] kelas, int[] mulai) {
            this.anggota = anggota;
            this.kelas = kelas;
            this.mulai = mulai;
        }

        static long kunci(int jenjang, int rumpunWajib) {
            return ((long) jenjang << 32) | (rumpunWajib & 0xffffffffL);
        }

        static Map<Long, Kelompok> bentuk(Instans in, boolean[] terpakai) {
            Map<Long, List<Integer>> daftar = new HashMap<>();
            for (int e = 0; e < in.nE; e++) {
                if (!terpakai[e]) {
                    daftar.computeIfAbsent(kunci(in.eJenjang[e], in.eRumpunWajib[e]), k -> new ArrayList<>()).add(e);
                }
            }
            Map<Long, Kelompok> hasil = new HashMap<>();
            daftar.forEach((k, v) -> {
                int[] a = v.stream().sorted((x, y) -> in.eKelas[x] != in.eKelas[y]
                        ? Integer.compare(in.eKelas[x], in.eKelas[y]) : Integer.compare(x, y))
                        .mapToInt(Integer::intValue).toArray();
                int[] kelas = Arrays.stream(a).map(e -> in.eKelas[e]).distinct().toArray();
                int[] mulai = new int[kelas.length + 1];
                for (int i = 0, r = 0; i < a.length; i++) {
                    if (in.eKelas[a[i]] != kelas[r]) {
                        mulai[++r] = i;
                    }
                }
                mulai[kelas.length] = a.length;
                hasil.put(k, new Kelompok(a, kelas, mulai));
            });
            return hasil;
        }
    }

    /**
     * The employees allowed on tipe t, in order of (biayaTipe + pindah, e), produced lazily: a heap of the priced
     * employees plus the kelas rings not yet priced.
     */
    private static final class Aliran {
        private final Instans in;
        private final int t;
        private final boolean[] terpakai;
        private final Kelompok[] kelompok;
        /** per kelompok: next ring index below (down to -1) and above (up to kelas.length). */
        private final int[] bawah;
        private final int[] atas;
        private long[] biaya = new long[16];
        private int[] pegawai = new int[16];
        private int ukuran;

        Aliran(Instans in, int t, Map<Long, Kelompok> semua, boolean[] terpakai) {
            this.in = in;
            this.t = t;
            this.terpakai = terpakai;
            List<Kelompok> ks = new ArrayList<>(2);
            Kelompok bebas = semua.get(Kelompok.kunci(in.tJenjang[t], -1));
            if (bebas != null) {
                ks.add(bebas);
            }
            Kelompok serumpun = semua.get(Kelompok.kunci(in.tJenjang[t], in.tRumpun[t]));
            if (serumpun != null) {
                ks.add(serumpun);
            }
            kelompok = ks.toArray(Kelompok[]::new);
            bawah = new int[kelompok.length];
            atas = new int[kelompok.length];
            for (int g = 0; g < kelompok.length; g++) {
                int i = Arrays.binarySearch(kelompok[g].kelas, in.tKelas[t]);
                atas[g] = i >= 0 ? i : -i - 1;
                bawah[g] = atas[g] - 1;
            }
        }

        /** Kelas distance of the nearest ring not yet priced, or -1 when every ring is priced. */
        private int jarakBerikut() {
            int d = -1;
            int k = in.tKelas[t];
            for (int g = 0; g < kelompok.length; g++) {
                if (bawah[g] >= 0) {
                    int x = k - kelompok[g].kelas[bawah[g]];
                    d = d < 0 ? x : Math.min(d, x);
                }
                if (atas[g] < kelompok[g].kelas.length) {
                    int x = kelompok[g].kelas[atas[g]] - k;
                    d = d < 0 ? x : Math.min(d, x);
                }
            }
            return d;
        }

        /** Prices every ring at kelas distance d. */
        private void hargai(int d) {
            int k = in.tKelas[t];
            long pindah = in.bobot.pindah();
            for (int g = 0; g < kelompok.length; g++) {
                Kelompok kg = kelompok[g];
                if (bawah[g] >= 0 && k - kg.kelas[bawah[g]] == d) {
                    hargaiCincin(kg, bawah[g], pindah);
                    bawah[g]--;
                }
                if (atas[g] < kg.kelas.length && kg.kelas[atas[g]] - k == d) {
                    hargaiCincin(kg, atas[g], pindah);
                    atas[g]++;
                }
            }
        }

        private void hargaiCincin(Kelompok kg, int r, long pindah) {
            for (int i = kg.mulai[r]; i < kg.mulai[r + 1]; i++) {
                int e = kg.anggota[i];
                if (!terpakai[e]) {
                    tambah(in.biayaTipe(e, t) + pindah, e);
                }
            }
        }

        /**
         * Brings the cheapest available employee to the top; false when none is left. An unpriced employee at
         * distance d costs at least selisihKelas·d + pindah, so the top is final only when strictly below that.
         */
        boolean puncak() {
            while (true) {
                while (ukuran > 0 && terpakai[pegawai[0]]) {
                    buangPuncak();
                }
                int d = jarakBerikut();
                if (d < 0) {
                    return ukuran > 0;
                }
                if (ukuran > 0 && biaya[0] < in.bobot.selisihKelas() * d + in.bobot.pindah()) {
                    return true;
                }
                hargai(d);
            }
        }

        long biayaPuncak() {
            return biaya[0];
        }

        int pegawaiPuncak() {
            return pegawai[0];
        }

        private static boolean kurang(long ba, int a, long bb, int b) {
            return ba < bb || (ba == bb && a < b);
        }

        private void tambah(long c, int e) {
            if (ukuran == biaya.length) {
                biaya = Arrays.copyOf(biaya, ukuran * 2);
                pegawai = Arrays.copyOf(pegawai, ukuran * 2);
            }
            int i = ukuran++;
            while (i > 0) {
                int induk = (i - 1) >>> 1;
                if (!kurang(c, e, biaya[induk], pegawai[induk])) {
                    break;
                }
                biaya[i] = biaya[induk];
                pegawai[i] = pegawai[induk];
                i = induk;
            }
            biaya[i] = c;
            pegawai[i] = e;
        }

        void buangPuncak() {
            ukuran--;
            if (ukuran == 0) {
                return;
            }
            long c = biaya[ukuran];
            int e = pegawai[ukuran];
            int i = 0;
            while (true) {
                int anak = 2 * i + 1;
                if (anak >= ukuran) {
                    break;
                }
                if (anak + 1 < ukuran && kurang(biaya[anak + 1], pegawai[anak + 1], biaya[anak], pegawai[anak])) {
                    anak++;
                }
                if (!kurang(biaya[anak], pegawai[anak], c, e)) {
                    break;
                }
                biaya[i] = biaya[anak];
                pegawai[i] = pegawai[anak];
                i = anak;
            }
            biaya[i] = c;
            pegawai[i] = e;
        }
    }
}
