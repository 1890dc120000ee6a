package id.aparatur.penempatan.mesin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
        KodeLangka langka = new KodeLangka(in, terpakai);
        int[] cap = new int[in.nE];
        int[] terakhir = new int[in.nT];
        Arrays.fill(terakhir, -1);
        int[] kursi = new int[in.nT];
        int[] perJenjang = new int[in.namaJenjang.length + 1];
        for (int j = 0; j < in.nJ; j++) {
            if (in.jAktif[j]) {
                terakhir[in.jTipe[j]] = j;
                kursi[in.jTipe[j]] += sisa[j];
                perJenjang[in.jJenjang[j] + 1]++;
            }
        }
        // Jenjang never share an employee: each one is filled on its own, in parallel, with the same result as one
        // pass over all positions in input order.
        for (int g = 0; g < in.namaJenjang.length; g++) {
            perJenjang[g + 1] += perJenjang[g];
        }
        int[] posisi = new int[perJenjang[in.namaJenjang.length]];
        int[] isi = Arrays.copyOf(perJenjang, in.namaJenjang.length);
        for (int j = 0; j < in.nJ; j++) {
            if (in.jAktif[j]) {
                posisi[isi[in.jJenjang[j]]++] = j;
            }
        }
        Aliran[] aliran = new Aliran[in.nT];
        IntStream.range(0, in.namaJenjang.length)
                .boxed()
                .sorted(Comparator.comparingInt(g -> perJenjang[g] - perJenjang[g + 1]))
                .parallel()
                .forEach(g -> {
                    Ruang ruang = new Ruang();
                    for (int x = perJenjang[g]; x < perJenjang[g + 1]; x++) {
                        int j = posisi[x];
                        int t = in.jTipe[j];
                        if (sisa[j] > 0) {
                            if (aliran[t] == null) {
                                aliran[t] = new Aliran(in, t, kelompok, langka, terpakai, cap, ruang, kursi);
                            }
                            isi(in, j, aliran[t], pemegang, terpakai, p, sisa, kursi);
                        }
                        if (terakhir[t] == j) {
                            aliran[t] = null; // no later position of this tipe: free its heap
                        }
                    }
                });
        return ringkas(in, p);
    }

    /** Fills the free seats of position j one by one with the cheapest available employee. */
    private static void isi(
            Instans in, int j, Aliran a, Pemegang pemegang, boolean[] terpakai, int[] p, int[] sisa, int[] kursi) {
        int h = pemegang.mulai[j];
        int hAkhir = pemegang.mulai[j + 1];
        while (sisa[j] > 0) {
            while (h < hAkhir && terpakai[pemegang.anggota[h]]) {
                h++;
            }
            boolean adaAliran = a.puncak();
            boolean adaPemegang = h < hAkhir;
            int pilih;
            if (adaPemegang
                    && (!adaAliran
                            || lebihKecil(
                                    pemegang.biaya[h], pemegang.anggota[h], a.biayaPuncak(), a.pegawaiPuncak()))) {
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
            kursi[in.jTipe[j]]--;
        }
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
        final Instans in;
        final boolean[] terpakai;
        final int[] anggota;
        /** distinct kelas values, ascending. */
        final int[] kelas;
        /** ring r holds anggota[mulai[r] .. akhir[r]); taken members are squeezed out now and then. */
        final int[] mulai;

        final int[] akhir;
        /** per competency code, the members' levels in member order (built on first use): rings are read in a row. */
        private final byte[][] kolom;
        /** per rumpun, 1 where the member has interests and this rumpun is not among them (built on first use). */
        private final Map<Integer, byte[]> diluarMinat = new HashMap<>();

        private Kelompok(Instans in, boolean[] terpakai, int[] anggota, int[] kelas, int[] mulai) {
            this.in = in;
            this.terpakai = terpakai;
            this.anggota = anggota;
            this.kelas = kelas;
            this.mulai = mulai;
            this.akhir = Arrays.copyOfRange(mulai, 1, mulai.length);
            this.kolom = new byte[in.nK][];
        }

        /** Squeezes the taken members out of ring r (in every column built so far), keeping the order of the rest. */
        void padatkan(int r) {
            int w = mulai[r];
            for (int i = mulai[r]; i < akhir[r]; i++) {
                if (!terpakai[anggota[i]]) {
                    anggota[w] = anggota[i];
                    for (byte[] c : kolom) {
                        if (c != null) {
                            c[w] = c[i];
                        }
                    }
                    for (byte[] c : diluarMinat.values()) {
                        c[w] = c[i];
                    }
                    w++;
                }
            }
            akhir[r] = w;
        }

        byte[] diluarMinat(int rumpun) {
            return diluarMinat.computeIfAbsent(rumpun, r -> {
                byte[] c = new byte[anggota.length];
                for (int i = 0; i < anggota.length; i++) {
                    c[i] = (byte) (in.diluarMinat(anggota[i], r) ? 1 : 0);
                }
                return c;
            });
        }

        byte[] kolom(int k) {
            byte[] c = kolom[k];
            if (c == null) {
                c = new byte[anggota.length];
                for (int i = 0; i < anggota.length; i++) {
                    c[i] = in.eLevel[anggota[i] * in.nK + k];
                }
                kolom[k] = c;
            }
            return c;
        }

        static long kunci(int jenjang, int rumpunWajib) {
            return ((long) jenjang << 32) | (rumpunWajib & 0xffffffffL);
        }

        static Map<Long, Kelompok> bentuk(Instans in, boolean[] terpakai) {
            Map<Long, List<Integer>> daftar = new HashMap<>();
            for (int e = 0; e < in.nE; e++) {
                if (!terpakai[e]) {
                    daftar.computeIfAbsent(kunci(in.eJenjang[e], in.eRumpunWajib[e]), k -> new ArrayList<>())
                            .add(e);
                }
            }
            Map<Long, Kelompok> hasil = new HashMap<>();
            daftar.forEach((k, v) -> {
                int[] a = v.stream()
                        .sorted((x, y) -> in.eKelas[x] != in.eKelas[y]
                                ? Integer.compare(in.eKelas[x], in.eKelas[y])
                                : Integer.compare(x, y))
                        .mapToInt(Integer::intValue)
                        .toArray();
                int[] kelas = Arrays.stream(a).map(e -> in.eKelas[e]).distinct().toArray();
                int[] mulai = new int[kelas.length + 1];
                for (int i = 0, r = 0; i < a.length; i++) {
                    if (in.eKelas[a[i]] != kelas[r]) {
                        mulai[++r] = i;
                    }
                }
                mulai[kelas.length] = a.length;
                hasil.put(k, new Kelompok(in, terpakai, a, kelas, mulai));
            });
            return hasil;
        }
    }

    /** Scratch arrays for pricing rings, shared by all streams of one run. */
    private static final class Ruang {
        int[] biayaInt = new int[0];
        long[] biaya = new long[0];
        byte[] lewati = new byte[0];
        long[] calonBiaya = new long[64];
        int[] calonPegawai = new int[64];
        int calon;

        void siapkanCincin(int n, boolean kecil) {
            if (lewati.length < n) {
                lewati = new byte[n];
            }
            if (kecil && biayaInt.length < n) {
                biayaInt = new int[n];
            } else if (!kecil && biaya.length < n) {
                biaya = new long[n];
            }
        }

        void tambahCalon(long c, int e) {
            if (calon == calonBiaya.length) {
                calonBiaya = Arrays.copyOf(calonBiaya, calon * 2);
                calonPegawai = Arrays.copyOf(calonPegawai, calon * 2);
            }
            calonBiaya[calon] = c;
            calonPegawai[calon++] = e;
        }
    }

    /**
     * Competency codes held (level &gt; 0) by at most an eighth of the available employees, with their holders. An
     * employee without any of a tipe's rare codes misses their whole weight, which bounds the cost of everyone not on
     * the lists from below without pricing them.
     */
    private static final class KodeLangka {
        final boolean[] langka;
        final int[] mulai;
        final int[] pemegang;

        KodeLangka(Instans in, boolean[] terpakai) {
            int nK = in.nK;
            int[] jumlah = new int[nK];
            int tersedia = 0;
            for (int e = 0; e < in.nE; e++) {
                if (!terpakai[e]) {
                    tersedia++;
                    for (int k = 0, b = e * nK; k < nK; k++) {
                        if (in.eLevel[b + k] > 0) {
                            jumlah[k]++;
                        }
                    }
                }
            }
            langka = new boolean[nK];
            mulai = new int[nK + 1];
            for (int k = 0; k < nK; k++) {
                langka[k] = jumlah[k] <= tersedia / 8;
                mulai[k + 1] = mulai[k] + (langka[k] ? jumlah[k] : 0);
            }
            pemegang = new int[mulai[nK]];
            int[] isi = Arrays.copyOf(mulai, nK);
            for (int e = 0; e < in.nE; e++) {
                if (!terpakai[e]) {
                    for (int k = 0, b = e * nK; k < nK; k++) {
                        if (langka[k] && in.eLevel[b + k] > 0) {
                            pemegang[isi[k]++] = e;
                        }
                    }
                }
            }
        }
    }

    /**
     * The employees allowed on tipe t, in order of (biayaTipe + pindah, e), produced lazily. Those holding one of the
     * tipe's rare codes are priced at once; everyone else misses the rare codes' full weight R and costs at least
     * R + selisihKelas·d + pindah at kelas distance d, so they are priced ring by ring, only when nothing cheaper is
     * left. Only the best K priced candidates are kept in the heap (K follows the tipe's free seats); the smallest key
     * dropped is remembered, and when the heap cannot prove its top below it the kept set is rebuilt with a larger K.
     */
    private static final class Aliran {
        private final Instans in;
        private final int t;
        private final boolean[] terpakai;
        private final Kelompok[] kelompok;
        /** per kelompok: next ring index below (down to -1) and above (up to kelas.length); between: priced. */
        private final int[] bawah;

        private final int[] atas;
        /** SKJ line indices of the tipe's rare codes (ascending) and their full weight. */
        private final int[] langka;

        private final long beratLangka;
        /** SKJ line indices of the other (frequent) codes. */
        private final int[] sering;
        /** every cost of this tipe fits in an int: ring pricing runs on ints. */
        private final boolean kecil;
        /** employees priced through the rare codes, and their price (kept: rebuilds reuse it). */
        private final int[] dilihat;

        private final long[] dilihatBiaya;
        private final Ruang ruang;
        private final int[] kursi;
        private int k;
        private long[] biaya = new long[16];
        private int[] pegawai = new int[16];
        private int ukuran;
        /** smallest (biaya, pegawai) dropped from the heap since the last rebuild; Long.MAX_VALUE: none. */
        private long buangBiaya = Long.MAX_VALUE;

        private int buangPegawai = Integer.MAX_VALUE;

        Aliran(
                Instans in,
                int t,
                Map<Long, Kelompok> semua,
                KodeLangka kl,
                boolean[] terpakai,
                int[] cap,
                Ruang ruang,
                int[] kursi) {
            this.in = in;
            this.t = t;
            this.terpakai = terpakai;
            this.ruang = ruang;
            this.kursi = kursi;
            this.k = Math.max(64, 2 * kursi[t]);
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
            int n = 0;
            long berat = 0;
            int[] ls = new int[in.tSkjMulai[t + 1] - in.tSkjMulai[t]];
            for (int s = in.tSkjMulai[t]; s < in.tSkjMulai[t + 1]; s++) {
                if (kl.langka[in.tSkjKode[s]]) {
                    ls[n++] = s;
                    berat += in.tSkjBobot[s] * in.tSkjLevel[s];
                }
            }
            langka = Arrays.copyOf(ls, n);
            beratLangka = berat;
            int[] sr = new int[ls.length];
            int nS = 0;
            long maks = 0;
            for (int s = in.tSkjMulai[t]; s < in.tSkjMulai[t + 1]; s++) {
                maks += in.tSkjBobot[s] * in.tSkjLevel[s];
                if (!kl.langka[in.tSkjKode[s]]) {
                    sr[nS++] = s;
                }
            }
            sering = Arrays.copyOf(sr, nS);
            int rentangKelas = 0;
            for (Kelompok kg : kelompok) {
                if (kg.kelas.length > 0) {
                    rentangKelas = Math.max(
                            rentangKelas,
                            Math.max(
                                    Math.abs(kg.kelas[0] - in.tKelas[t]),
                                    Math.abs(kg.kelas[kg.kelas.length - 1] - in.tKelas[t])));
                }
            }
            kecil = (double) maks
                            + (double) in.bobot.selisihKelas() * rentangKelas
                            + in.bobot.diluarMinat()
                            + in.bobot.pindah()
                    < Integer.MAX_VALUE;
            int tanda = t + 1; // each tipe builds its stream at most once
            int[] lihat = new int[16];
            int nLihat = 0;
            for (int s : langka) {
                int kode = in.tSkjKode[s];
                for (int i = kl.mulai[kode]; i < kl.mulai[kode + 1]; i++) {
                    int e = kl.pemegang[i];
                    if (cap[e] != tanda && !terpakai[e] && in.bolehTipe(e, t)) {
                        cap[e] = tanda;
                        if (nLihat == lihat.length) {
                            lihat = Arrays.copyOf(lihat, nLihat * 2);
                        }
                        lihat[nLihat++] = e;
                    }
                }
            }
            dilihat = Arrays.copyOf(lihat, nLihat);
            dilihatBiaya = new long[nLihat];
            for (int i = 0; i < nLihat; i++) {
                dilihatBiaya[i] = in.biayaTipe(dilihat[i], t) + in.bobot.pindah();
            }
            ruang.calon = 0;
            hargaiDilihat();
            pangkas();
        }

        private void hargaiDilihat() {
            for (int i = 0; i < dilihat.length; i++) {
                if (!terpakai[dilihat[i]]) {
                    ruang.tambahCalon(dilihatBiaya[i], dilihat[i]);
                }
            }
        }

        /** Kelas distance of the nearest ring not yet priced, or -1 when every ring is priced. */
        private int jarakBerikut() {
            int d = -1;
            int kt = in.tKelas[t];
            for (int g = 0; g < kelompok.length; g++) {
                if (bawah[g] >= 0) {
                    int x = kt - kelompok[g].kelas[bawah[g]];
                    d = d < 0 ? x : Math.min(d, x);
                }
                if (atas[g] < kelompok[g].kelas.length) {
                    int x = kelompok[g].kelas[atas[g]] - kt;
                    d = d < 0 ? x : Math.min(d, x);
                }
            }
            return d;
        }

        /** Prices every ring at kelas distance d into the candidates. */
        private void hargai(int d) {
            int kt = in.tKelas[t];
            for (int g = 0; g < kelompok.length; g++) {
                Kelompok kg = kelompok[g];
                if (bawah[g] >= 0 && kt - kg.kelas[bawah[g]] == d) {
                    hargaiCincin(kg, bawah[g]);
                    bawah[g]--;
                }
                if (atas[g] < kg.kelas.length && kg.kelas[atas[g]] - kt == d) {
                    hargaiCincin(kg, atas[g]);
                    atas[g]++;
                }
            }
        }

        /**
         * Prices the ring column by column (the rows of its members are scattered in memory, their columns are not).
         * Members holding a rare code are skipped: they are priced through {@link #dilihat}.
         */
        private void hargaiCincin(Kelompok kg, int r) {
            int a = kg.mulai[r];
            int n = kg.akhir[r] - a;
            int dipakai = 0;
            for (int i = 0; i < n; i++) {
                dipakai += terpakai[kg.anggota[a + i]] ? 1 : 0;
            }
            if (dipakai == n) {
                kg.akhir[r] = a;
                return;
            }
            if (dipakai > 16 && 2 * dipakai > n) {
                kg.padatkan(r);
                n = kg.akhir[r] - a;
            }
            ruang.siapkanCincin(n, kecil);
            byte[] lewati = ruang.lewati;
            for (int i = 0; i < n; i++) {
                lewati[i] = (byte) (terpakai[kg.anggota[a + i]] ? 1 : 0);
            }
            for (int s : langka) {
                byte[] kol = kg.kolom(in.tSkjKode[s]);
                for (int i = 0; i < n; i++) {
                    lewati[i] |= (byte) (kol[a + i] > 0 ? 1 : 0);
                }
            }
            long dasar =
                    beratLangka + in.bobot.selisihKelas() * Math.abs(kg.kelas[r] - in.tKelas[t]) + in.bobot.pindah();
            byte[] minat = in.bobot.diluarMinat() > 0 ? kg.diluarMinat(in.tRumpun[t]) : null;
            if (kecil) {
                int[] c = ruang.biayaInt;
                Arrays.fill(c, 0, n, (int) dasar);
                for (int s : sering) {
                    byte[] kol = kg.kolom(in.tSkjKode[s]);
                    int level = in.tSkjLevel[s];
                    int w = (int) in.tSkjBobot[s];
                    for (int i = 0; i < n; i++) {
                        c[i] += w * Math.max(0, level - kol[a + i]);
                    }
                }
                if (minat != null) {
                    int w = (int) in.bobot.diluarMinat();
                    for (int i = 0; i < n; i++) {
                        c[i] += w * minat[a + i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (lewati[i] == 0) {
                        ruang.tambahCalon(c[i], kg.anggota[a + i]);
                    }
                }
            } else {
                long[] c = ruang.biaya;
                Arrays.fill(c, 0, n, dasar);
                for (int s : sering) {
                    byte[] kol = kg.kolom(in.tSkjKode[s]);
                    int level = in.tSkjLevel[s];
                    long w = in.tSkjBobot[s];
                    for (int i = 0; i < n; i++) {
                        c[i] += w * Math.max(0, level - kol[a + i]);
                    }
                }
                if (minat != null) {
                    long w = in.bobot.diluarMinat();
                    for (int i = 0; i < n; i++) {
                        c[i] += w * minat[a + i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    if (lewati[i] == 0) {
                        ruang.tambahCalon(c[i], kg.anggota[a + i]);
                    }
                }
            }
        }

        /**
         * Merges the candidates into the heap, keeping the best k; the smallest dropped key bounds everything not
         * kept.
         */
        private void pangkas() {
            int m = ruang.calon;
            if (m == 0) {
                return;
            }
            if (ukuran + m <= k) {
                for (int i = 0; i < m; i++) {
                    tambah(ruang.calonBiaya[i], ruang.calonPegawai[i]);
                }
                ruang.calon = 0;
                return;
            }
            for (int i = 0; i < ukuran; i++) {
                if (!terpakai[pegawai[i]]) {
                    ruang.tambahCalon(biaya[i], pegawai[i]);
                }
            }
            m = ruang.calon;
            long[] cb = ruang.calonBiaya;
            int[] cp = ruang.calonPegawai;
            ukuran = 0;
            if (m <= k) {
                for (int i = 0; i < m; i++) {
                    tambah(cb[i], cp[i]);
                }
                ruang.calon = 0;
                return;
            }
            pilih(cb, cp, 0, m - 1, k);
            if (kurang(cb[k], cp[k], buangBiaya, buangPegawai)) {
                buangBiaya = cb[k];
                buangPegawai = cp[k];
            }
            for (int i = k + 1; i < m; i++) {
                if (kurang(cb[i], cp[i], buangBiaya, buangPegawai)) {
                    buangBiaya = cb[i];
                    buangPegawai = cp[i];
                }
            }
            if (biaya.length < k) {
                biaya = new long[k];
                pegawai = new int[k];
            }
            for (int i = 0; i < k; i++) {
                tambah(cb[i], cp[i]);
            }
            ruang.calon = 0;
        }

        /** Rearranges [lo, hi] so that index n holds the n-th smallest key, smaller ones before, larger after. */
        private static void pilih(long[] b, int[] p, int lo, int hi, int n) {
            while (hi > lo) {
                int mid = (lo + hi) >>> 1;
                long pb = b[mid];
                int pp = p[mid];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (kurang(b[i], p[i], pb, pp)) {
                        i++;
                    }
                    while (kurang(pb, pp, b[j], p[j])) {
                        j--;
                    }
                    if (i <= j) {
                        long tb = b[i];
                        b[i] = b[j];
                        b[j] = tb;
                        int tp = p[i];
                        p[i] = p[j];
                        p[j] = tp;
                        i++;
                        j--;
                    }
                }
                if (n <= j) {
                    hi = j;
                } else if (n >= i) {
                    lo = i;
                } else {
                    return;
                }
            }
        }

        /** Re-prices everything priced so far with a larger k: the kept candidates ran out before the dropped ones. */
        private void bangunUlang() {
            k = Math.max(4 * k, 2 * kursi[t]);
            ukuran = 0;
            buangBiaya = Long.MAX_VALUE;
            buangPegawai = Integer.MAX_VALUE;
            ruang.calon = 0;
            hargaiDilihat();
            for (int g = 0; g < kelompok.length; g++) {
                for (int r = bawah[g] + 1; r < atas[g]; r++) {
                    hargaiCincin(kelompok[g], r);
                }
            }
            pangkas();
        }

        /**
         * Brings the cheapest available employee to the top; false when none is left. The top is final only when
         * strictly below the smallest dropped key and the bound of the nearest unpriced ring (ties go to the lower
         * index, which may be unpriced).
         */
        boolean puncak() {
            while (true) {
                while (ukuran > 0 && terpakai[pegawai[0]]) {
                    buangPuncak();
                }
                boolean adaBuang = buangBiaya != Long.MAX_VALUE;
                if (ukuran > 0 && adaBuang && !kurang(biaya[0], pegawai[0], buangBiaya, buangPegawai)
                        || ukuran == 0 && adaBuang) {
                    bangunUlang();
                    continue;
                }
                int d = jarakBerikut();
                if (d < 0) {
                    return ukuran > 0;
                }
                if (ukuran > 0 && biaya[0] < beratLangka + in.bobot.selisihKelas() * d + in.bobot.pindah()) {
                    return true;
                }
                ruang.calon = 0;
                hargai(d);
                pangkas();
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
