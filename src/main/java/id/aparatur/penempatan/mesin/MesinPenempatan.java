package id.aparatur.penempatan.mesin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The exact solver. Deterministic, pure Java, no I/O.
 *
 * <h2>Model</h2>
 * The problem is a transportation problem. Positions of one <em>tipe</em> (same jenjang, kelas, rumpun and SKJ) cost
 * every employee the same except for the {@code pindah} term, which only the employee's own current position waives.
 * So the network per jenjang is: employee → tipe (cost biaya + pindah, a "mover"), employee → its current position
 * (cost biaya, a "stayer"), current position → its tipe (capacity = kuota), tipe → sink (capacity = Σ kuota of its
 * positions), employee → sink (cost tidakDitempatkan). This is exact: movers into a tipe may take any of its free
 * seats. Jenjang never mix, so each jenjang is an independent component, solved in parallel.
 *
 * <h2>Algorithm</h2>
 * Primal-dual min-cost flow: Dijkstra from every employee not yet routed (reduced costs, node potentials), potentials
 * raised by the distances, then a maximum flow (Dinic) on the zero-reduced-cost arcs; repeated until everyone is
 * routed. Competency gaps are small, tie-heavy integers, so few distinct shortest-path lengths exist and each phase
 * routes many employees at once — the case where one-path-at-a-time codes crawl over plateaus. Large components start
 * on <em>candidate</em> arcs (each employee's cheapest tipe plus its own); afterwards every employee × tipe pair of the
 * jenjang is priced with the final potentials, and any pair with negative reduced cost is added and the component
 * solved again, so the answer is optimal over all pairs, not only the candidates.
 *
 * <h2>Certificate</h2>
 * From the potentials φ: u_e = φ(sink) − φ(e), and for a position p of tipe t:
 * v_p = min(0, φ(t) − φ(sink)) + min(0, φ(p) − φ(t)) (the second term only for a position someone currently holds).
 * Then u_e ≤ tidakDitempatkan, v_p ≤ 0, u_e + v_p ≤ biaya(e,p) for every allowed pair, and
 * Σ u_e + Σ kuota_p · v_p = total cost. Pinned employees are placed first; their u_e = biaya(e,p) − v_p.
 */
public final class MesinPenempatan {

    /** Components with at most this many employee × tipe pairs get every pair as an arc (no pricing needed). */
    static final long BATAS_PADAT = 100_000L;
    /** Candidate tipe per employee in larger components (plus its own tipe and ties at the boundary). */
    static final int KANDIDAT = 12;
    /** Components with at most this many pairs keep every mover cost in memory (an int each). */
    static final long BATAS_MATRIKS = 40_000_000L;

    private MesinPenempatan() {}

    public static HasilOptimasi selesaikan(Masalah m) {
        return selesaikan(Instans.kompilasi(m));
    }

    public static HasilOptimasi selesaikan(Instans in) {
        return selesaikan(in, BATAS_PADAT, KANDIDAT);
    }

    /** With explicit tuning (tests force the candidate-and-pricing path on small instances). */
    static HasilOptimasi selesaikan(Instans in, long batasPadat, int kandidat) {
        long mulai = System.nanoTime();
        int nE = in.nE;
        int[] penempatan = new int[nE];
        long[] u = new long[nE];
        long[] v = new long[in.nJ];
        Arrays.fill(penempatan, HasilOptimasi.TIDAK_DITEMPATKAN);

        // components: one per jenjang that has positions
        int nG = in.namaJenjang.length;
        List<List<Integer>> pegawaiG = new ArrayList<>();
        List<List<Integer>> tipeG = new ArrayList<>();
        for (int g = 0; g < nG; g++) {
            pegawaiG.add(new ArrayList<>());
            tipeG.add(new ArrayList<>());
        }
        for (int e = 0; e < nE; e++) {
            if (in.eStatus[e] == Instans.DIKECUALIKAN) {
                penempatan[e] = HasilOptimasi.DIKECUALIKAN;
            } else if (in.eStatus[e] == Instans.DIKUNCI) {
                penempatan[e] = in.eKunci[e];
            } else if (in.eJenjang[e] >= 0) {
                pegawaiG.get(in.eJenjang[e]).add(e);
            } else {
                u[e] = in.bobot.tidakDitempatkan(); // no position of this jenjang exists
            }
        }
        boolean[] tipeAktif = new boolean[in.nT];
        for (int j = 0; j < in.nJ; j++) {
            if (in.jAktif[j]) {
                tipeAktif[in.jTipe[j]] = true;
            }
        }
        for (int t = 0; t < in.nT; t++) {
            if (tipeAktif[t]) {
                tipeG.get(in.tJenjang[t]).add(t);
            }
        }
        Komponen[] komponen = IntStream.range(0, nG)
                .mapToObj(g -> new Komponen(in, pegawaiG.get(g), tipeG.get(g), batasPadat, kandidat))
                .toArray(Komponen[]::new);
        Arrays.stream(komponen)
                .sorted(Comparator.comparingLong(k -> -k.ukuran()))
                .parallel()
                .forEach(Komponen::selesaikan);

        long fase = 0;
        int putaran = 0;
        long busur = 0;
        long diharga = 0;
        for (Komponen k : komponen) {
            k.tulis(penempatan, u, v);
            fase += k.fase;
            putaran += k.putaranHarga;
            busur += k.busur;
            diharga += k.pasanganDiharga;
        }
        // pinned employees: their seat was removed from the optimisation; u_e = biaya − v_p keeps the duals tight
        for (int e = 0; e < nE; e++) {
            if (in.eStatus[e] == Instans.DIKUNCI) {
                u[e] = in.biaya(e, in.eKunci[e]) - v[in.eKunci[e]];
            }
        }
        long[] biaya = new long[nE];
        long total = 0;
        for (int e = 0; e < nE; e++) {
            int j = penempatan[e];
            if (j >= 0) {
                biaya[e] = in.biaya(e, j);
            } else if (j == HasilOptimasi.TIDAK_DITEMPATKAN) {
                biaya[e] = in.bobot.tidakDitempatkan();
            }
            total += biaya[e];
        }
        long dual = 0;
        for (int e = 0; e < nE; e++) {
            if (in.eStatus[e] != Instans.DIKECUALIKAN) {
                dual += u[e];
            }
        }
        for (int j = 0; j < in.nJ; j++) {
            if (in.jAktif[j]) {
                dual += (long) in.jKuota[j] * v[j];
            }
        }
        if (dual != total) {
            throw new IllegalStateException("sertifikat tidak cocok: primal " + total + " ≠ dual " + dual);
        }
        long ms = (System.nanoTime() - mulai) / 1_000_000;
        return new HasilOptimasi(
                in,
                penempatan,
                biaya,
                total,
                u,
                v,
                dual,
                new HasilOptimasi.Statistik(nG, fase, putaran, busur, diharga, ms));
    }

    /** One jenjang: the network, its flow and potentials. */
    static final class Komponen {

        private static final int BEBAS = -1;
        private static final int TAK = -2;

        final Instans in;
        final int[] gE; // local employee → global
        final int[] gT; // local tipe → global
        final int nE;
        final int nT;
        // stay nodes: positions someone of this component currently holds (active)
        int nS;
        int[] gS; // local stay → global position
        int[] sTipe;
        int[] sCap;
        int[] sHMulai;
        int[] sH;
        int[] tSMulai;
        int[] tS;
        int[] eStay;
        long[] eStayBiaya;
        // candidate arcs employee → tipe (CSR)
        int[] aMulai;
        int[] aKe;
        long[] aBiaya;
        int[] matriks; // mover cost per (employee, tipe), -1 when not allowed; null when too large
        long[][] tambahan; // per employee, extra arcs found by pricing: pairs (tipe, biaya) packed as two longs
        int[] tCap;
        final long m;
        // flow state
        int[] rute; // BEBAS, TAK (unplaced), 0..nT-1 mover, nT+s stayer
        long[] ruteBiaya;
        int[] tPakai;
        int[] sPakai;
        int[][] penghuni; // movers per tipe
        int[] nPenghuni;
        int[] posPenghuni;
        long[] phi;
        int[] defisit;
        int defisitSink;
        int[] tak; // unplaced employees (reverse arcs out of the sink)
        int nTak;
        int bebas;
        int sink;
        int nNode;
        // statistics
        long fase;
        long putaranBfs;
        int putaranHarga;
        long busur;
        long pasanganDiharga;

        final long batasPadat;
        final int kandidat;

        Komponen(Instans in, List<Integer> pegawai, List<Integer> tipe, long batasPadat, int kandidat) {
            this.in = in;
            this.batasPadat = batasPadat;
            this.kandidat = kandidat;
            this.gE = pegawai.stream().mapToInt(Integer::intValue).toArray();
            this.gT = tipe.stream().mapToInt(Integer::intValue).toArray();
            this.nE = gE.length;
            this.nT = gT.length;
            this.m = in.bobot.tidakDitempatkan();
        }

        /**
         * Fills {@code buf[e]} with biaya + pindah of every local employee moving into tipe t, or -1 where the pair is
         * not allowed. Column-wise loops over employees (levels stored per competency) so the JIT can vectorise them.
         */
        long[] baris(int t, long[] buf) {
            if (matriks != null) {
                int basis = t * nE;
                for (int e = 0; e < nE; e++) {
                    buf[e] = matriks[basis + e];
                }
                return buf;
            }
            int gt = gT[t];
            long sk = in.bobot.selisihKelas();
            int kt = in.tKelas[gt];
            long tetap = in.bobot.pindah();
            for (int e = 0; e < nE; e++) {
                buf[e] = tetap + sk * Math.abs(kelas[e] - kt);
            }
            long[] pen = penaltiMinat[lokalRumpun[t]];
            for (int e = 0; e < nE; e++) {
                buf[e] += pen[e];
            }
            for (int i = in.tSkjMulai[gt]; i < in.tSkjMulai[gt + 1]; i++) {
                byte[] kol = levelKolom[in.tSkjKode[i]];
                int lv = in.tSkjLevel[i];
                long w = in.tSkjBobot[i];
                for (int e = 0; e < nE; e++) {
                    buf[e] += w * Math.max(0, lv - kol[e]);
                }
            }
            if (wajib != null) {
                int r = in.tRumpun[gt];
                for (int e = 0; e < nE; e++) {
                    if (wajib[e] >= 0 && wajib[e] != r) {
                        buf[e] = -1;
                    }
                }
            }
            return buf;
        }

        private int[] kelas;
        private byte[][] levelKolom;
        private long[][] penaltiMinat;
        private int[] lokalRumpun;
        private int[] wajib;

        /** Column-wise employee data for {@link #baris}, and the cost matrix when it fits. */
        private void bangunMatriks() {
            kelas = new int[nE];
            levelKolom = new byte[in.nK][nE];
            boolean adaWajib = false;
            for (int e = 0; e < nE; e++) {
                int ge = gE[e];
                kelas[e] = in.eKelas[ge];
                for (int k = 0; k < in.nK; k++) {
                    levelKolom[k][e] = in.eLevel[ge * in.nK + k];
                }
                adaWajib |= in.eRumpunWajib[ge] >= 0;
            }
            if (adaWajib) {
                wajib = new int[nE];
                for (int e = 0; e < nE; e++) {
                    wajib[e] = in.eRumpunWajib[gE[e]];
                }
            }
            lokalRumpun = new int[nT];
            java.util.Map<Integer, Integer> rIdx = new java.util.HashMap<>();
            List<long[]> pen = new ArrayList<>();
            for (int t = 0; t < nT; t++) {
                int r = in.tRumpun[gT[t]];
                lokalRumpun[t] = rIdx.computeIfAbsent(r, x -> {
                    long[] p = new long[nE];
                    for (int e = 0; e < nE; e++) {
                        p[e] = in.diluarMinat(gE[e], x) ? in.bobot.diluarMinat() : 0;
                    }
                    pen.add(p);
                    return pen.size() - 1;
                });
            }
            penaltiMinat = pen.toArray(long[][]::new);
            if ((long) nE * nT > BATAS_MATRIKS || nT == 0) {
                return;
            }
            // the largest possible cost must fit in an int
            long maksGap = 0;
            for (int t = 0; t < nT; t++) {
                long g = 0;
                for (int i = in.tSkjMulai[gT[t]]; i < in.tSkjMulai[gT[t] + 1]; i++) {
                    g += in.tSkjBobot[i] * in.tSkjLevel[i];
                }
                maksGap = Math.max(maksGap, g);
            }
            long maksKelas = 0;
            for (int e = 0; e < nE; e++) {
                maksKelas = Math.max(maksKelas, kelas[e]);
            }
            for (int t = 0; t < nT; t++) {
                maksKelas = Math.max(maksKelas, in.tKelas[gT[t]]);
            }
            double maks = (double) maksGap
                    + (double) in.bobot.selisihKelas() * maksKelas
                    + in.bobot.diluarMinat()
                    + in.bobot.pindah();
            if (maks >= Integer.MAX_VALUE) {
                return;
            }
            int[] mx = new int[nE * nT];
            IntStream.range(0, nT).parallel().forEach(t -> {
                long[] buf = baris(t, new long[nE]);
                int basis = t * nE;
                for (int e = 0; e < nE; e++) {
                    mx[basis + e] = (int) buf[e];
                }
            });
            matriks = mx;
        }

        long ukuran() {
            return (long) nE * Math.max(1, nT);
        }

        void selesaikan() {
            bangunStruktur();
            phi = new long[nNode];
            if (nE == 0) {
                return;
            }
            bangunMatriks();
            bangunKandidat();
            mulaiKosong();
            alirkan();
            while (!padat() && harga()) {
                putaranHarga++;
                alirkan();
            }
        }

        private boolean padat() {
            return (long) nE * nT <= batasPadat;
        }

        private void bangunStruktur() {
            int[] lokalTipe = new int[in.nT];
            Arrays.fill(lokalTipe, -1);
            for (int t = 0; t < nT; t++) {
                lokalTipe[gT[t]] = t;
            }
            tCap = new int[nT];
            for (int j = 0; j < in.nJ; j++) {
                int t = lokalTipe[in.jTipe[j]];
                if (in.jAktif[j] && t >= 0) {
                    tCap[t] += in.jKuotaBebas[j];
                }
            }
            // stay nodes
            int[] lokalStay = new int[in.nJ];
            Arrays.fill(lokalStay, -1);
            List<Integer> stay = new ArrayList<>();
            eStay = new int[nE];
            eStayBiaya = new long[nE];
            int[] hitungH = new int[0];
            for (int e = 0; e < nE; e++) {
                eStay[e] = -1;
                int ge = gE[e];
                int j = in.eSaatIni[ge];
                if (j >= 0 && in.jAktif[j] && lokalTipe[in.jTipe[j]] >= 0 && in.bolehTipe(ge, in.jTipe[j])) {
                    if (lokalStay[j] < 0) {
                        lokalStay[j] = stay.size();
                        stay.add(j);
                    }
                    eStay[e] = lokalStay[j];
                    eStayBiaya[e] = in.biayaTipe(ge, in.jTipe[j]);
                }
            }
            nS = stay.size();
            gS = stay.stream().mapToInt(Integer::intValue).toArray();
            sTipe = new int[nS];
            sCap = new int[nS];
            for (int s = 0; s < nS; s++) {
                sTipe[s] = lokalTipe[in.jTipe[gS[s]]];
                sCap[s] = in.jKuotaBebas[gS[s]];
            }
            hitungH = new int[nS + 1];
            for (int e = 0; e < nE; e++) {
                if (eStay[e] >= 0) {
                    hitungH[eStay[e] + 1]++;
                }
            }
            for (int s = 0; s < nS; s++) {
                hitungH[s + 1] += hitungH[s];
            }
            sHMulai = hitungH;
            sH = new int[nE];
            int[] isi = Arrays.copyOf(sHMulai, nS);
            for (int e = 0; e < nE; e++) {
                if (eStay[e] >= 0) {
                    sH[isi[eStay[e]]++] = e;
                }
            }
            tSMulai = new int[nT + 1];
            for (int s = 0; s < nS; s++) {
                tSMulai[sTipe[s] + 1]++;
            }
            for (int t = 0; t < nT; t++) {
                tSMulai[t + 1] += tSMulai[t];
            }
            tS = new int[nS];
            int[] isiT = Arrays.copyOf(tSMulai, nT);
            for (int s = 0; s < nS; s++) {
                tS[isiT[sTipe[s]]++] = s;
            }
            nNode = nE + nT + nS + 1;
            sink = nNode - 1;
            tambahan = new long[nE][];
        }

        /** Arcs employee → tipe: every allowed tipe when small, else the cheapest few plus the employee's own. */
        private void bangunKandidat() {
            boolean semua = padat();
            int k = semua ? nT : Math.min(kandidat, nT);
            long[] topC = new long[nE * k];
            int[] topT = new int[nE * k];
            int[] n = new int[nE];
            long[] buf = new long[nE];
            for (int t = 0; t < nT; t++) {
                baris(t, buf);
                for (int e = 0; e < nE; e++) {
                    long c = buf[e];
                    if (c < 0) {
                        continue;
                    }
                    int basis = e * k;
                    int cnt = n[e];
                    if (semua) {
                        topC[basis + cnt] = c;
                        topT[basis + cnt] = t;
                        n[e]++;
                    } else if (cnt < k || c < topC[basis + k - 1]) {
                        // insertion into the sorted top-k; equal costs keep the earlier tipe
                        int i = cnt < k ? cnt : k - 1;
                        while (i > 0 && topC[basis + i - 1] > c) {
                            topC[basis + i] = topC[basis + i - 1];
                            topT[basis + i] = topT[basis + i - 1];
                            i--;
                        }
                        topC[basis + i] = c;
                        topT[basis + i] = t;
                        if (cnt < k) {
                            n[e]++;
                        }
                    }
                }
            }
            // the employee's own tipe is always a candidate
            int[] sendiri = new int[nE];
            int total = 0;
            for (int e = 0; e < nE; e++) {
                sendiri[e] = -1;
                int ts = eStay[e] >= 0 ? sTipe[eStay[e]] : -1;
                if (ts >= 0 && !semua) {
                    boolean ada = false;
                    for (int i = 0; i < n[e]; i++) {
                        ada |= topT[e * k + i] == ts;
                    }
                    if (!ada) {
                        sendiri[e] = ts;
                    }
                }
                total += n[e] + (sendiri[e] >= 0 ? 1 : 0);
            }
            aMulai = new int[nE + 1];
            aKe = new int[total];
            aBiaya = new long[total];
            int p = 0;
            for (int e = 0; e < nE; e++) {
                aMulai[e] = p;
                for (int i = 0; i < n[e]; i++) {
                    aKe[p] = topT[e * k + i];
                    aBiaya[p++] = topC[e * k + i];
                }
                if (sendiri[e] >= 0) {
                    aKe[p] = sendiri[e];
                    aBiaya[p++] = eStayBiaya[e] + in.bobot.pindah();
                }
            }
            aMulai[nE] = p;
            busur = total;
        }

        /**
         * Prices every allowed employee × tipe pair with the current potentials and adds the violated ones as arcs.
         *
         * @return true when arcs were added (the flow continues from the current state)
         */
        private boolean harga() {
            int blok = 64;
            int nBlok = (nT + blok - 1) / blok;
            @SuppressWarnings("unchecked")
            List<long[]>[] temuan = new List[nBlok];
            IntStream.range(0, nBlok).parallel().forEach(bk -> {
                long[] buf = new long[nE];
                List<long[]> hasil = new ArrayList<>();
                for (int t = bk * blok; t < Math.min(nT, (bk + 1) * blok); t++) {
                    baris(t, buf);
                    long pt = phi[nE + t];
                    for (int e = 0; e < nE; e++) {
                        long c = buf[e];
                        if (c >= 0 && c + phi[e] - pt < 0) {
                            hasil.add(new long[] {e, t, c});
                        }
                    }
                }
                temuan[bk] = hasil;
            });
            pasanganDiharga += (long) nE * nT;
            int[] jumlah = new int[nE];
            int semua = 0;
            for (List<long[]> h : temuan) {
                for (long[] x : h) {
                    jumlah[(int) x[0]]++;
                    semua++;
                }
            }
            if (semua == 0) {
                return false;
            }
            for (int e = 0; e < nE; e++) {
                if (jumlah[e] > 0) {
                    tambahan[e] = new long[2 * jumlah[e]];
                    jumlah[e] = 0;
                }
            }
            for (List<long[]> h : temuan) {
                for (long[] x : h) {
                    int e = (int) x[0];
                    tambahan[e][jumlah[e]++] = x[1];
                    tambahan[e][jumlah[e]++] = x[2];
                }
            }
            busur += semua;
            boolean[] dilepas = new boolean[nE];
            for (int e = 0; e < nE; e++) {
                dilepas[e] = tambahan[e] != null;
            }
            gabungTambahan();
            for (int e = 0; e < nE; e++) {
                if (dilepas[e]) {
                    lepas(e);
                }
            }
            return true;
        }

        private void gabungTambahan() {
            int total = aKe.length;
            for (int e = 0; e < nE; e++) {
                if (tambahan[e] != null) {
                    total += tambahan[e].length / 2;
                }
            }
            int[] mulai = new int[nE + 1];
            int[] ke = new int[total];
            long[] bi = new long[total];
            int p = 0;
            for (int e = 0; e < nE; e++) {
                mulai[e] = p;
                for (int a = aMulai[e]; a < aMulai[e + 1]; a++) {
                    ke[p] = aKe[a];
                    bi[p++] = aBiaya[a];
                }
                if (tambahan[e] != null) {
                    for (int i = 0; i < tambahan[e].length; i += 2) {
                        ke[p] = (int) tambahan[e][i];
                        bi[p++] = tambahan[e][i + 1];
                    }
                }
            }
            mulai[nE] = p;
            aMulai = mulai;
            aKe = ke;
            aBiaya = bi;
            Arrays.fill(tambahan, null);
        }

        // ---------------------------------------------------------------- min-cost flow

        private void mulaiKosong() {
            rute = new int[nE];
            Arrays.fill(rute, BEBAS);
            ruteBiaya = new long[nE];
            tPakai = new int[nT];
            sPakai = new int[nS];
            penghuni = new int[nT][];
            nPenghuni = new int[nT];
            posPenghuni = new int[nE];
            for (int t = 0; t < nT; t++) {
                penghuni[t] = new int[4];
            }
            defisit = new int[nNode];
            defisitSink = nE;
            tak = new int[nE];
            nTak = 0;
            bebas = nE;
            // row reduction: every employee starts with a zero-reduced-cost arc to its cheapest option(s), so the
            // first phase already routes most of them instead of only those whose cheapest cost is the global minimum
            for (int e = 0; e < nE; e++) {
                long min = m;
                for (int a = aMulai[e]; a < aMulai[e + 1]; a++) {
                    min = Math.min(min, aBiaya[a]);
                }
                if (eStay[e] >= 0) {
                    min = Math.min(min, eStayBiaya[e]);
                }
                phi[e] = -min;
            }
        }

        /**
         * Takes an employee off its route to make room for a new arc with negative reduced cost: the node it flowed
         * into keeps its outflow and becomes a deficit (its seat waits to be re-filled), and the employee's potential
         * is raised until every arc out of it has a non-negative reduced cost again. All other reduced costs are
         * untouched, so the primal-dual loop continues from here instead of starting over.
         */
        private void lepas(int e) {
            int r = rute[e];
            if (r >= 0 && r < nT) {
                keluar(r, e);
                defisit[nE + r]++;
            } else if (r >= nT) {
                defisit[nE + r]++; // stay node r − nT has node id nE + nT + (r − nT)
            } else if (r == TAK) {
                keluarTak(e);
                defisitSink++;
            }
            if (r != BEBAS) {
                rute[e] = BEBAS;
                bebas++;
            }
            long p = phi[sink] - m;
            for (int a = aMulai[e]; a < aMulai[e + 1]; a++) {
                p = Math.max(p, phi[nE + aKe[a]] - aBiaya[a]);
            }
            if (eStay[e] >= 0) {
                p = Math.max(p, phi[nE + nT + eStay[e]] - eStayBiaya[e]);
            }
            phi[e] = Math.max(phi[e], p);
        }

        private boolean target(int x) {
            return x == sink ? defisitSink > 0 : defisit[x] > 0;
        }

        private void alirkan() {
            long[] dist = new long[nNode];
            int[] level = new int[nNode];
            int[] ptr = new int[nNode];
            Heap heap = new Heap(nNode);
            int[] antrian = new int[nNode];
            int[] jalur = new int[nNode + 1];
            int[] daftarBebas = new int[nE];
            while (bebas > 0) {
                fase++;
                // Dijkstra from every free employee to the nearest node that still lacks inflow
                Arrays.fill(dist, Long.MAX_VALUE);
                heap.kosongkan();
                for (int e = 0; e < nE; e++) {
                    if (rute[e] == BEBAS) {
                        dist[e] = 0;
                        heap.tambah(0, e);
                    }
                }
                long d = Long.MAX_VALUE;
                while (!heap.isEmpty()) {
                    long du = heap.kunciMin();
                    int x = heap.ambil();
                    if (du > dist[x]) {
                        continue;
                    }
                    if (target(x)) {
                        d = du;
                        break;
                    }
                    relaksasi(x, du, dist, heap);
                }
                if (d == Long.MAX_VALUE) {
                    throw new IllegalStateException("tidak ada jalur augmentasi");
                }
                for (int x = 0; x < nNode; x++) {
                    phi[x] += Math.min(dist[x], d);
                }
                // maximum flow on the zero-reduced-cost arcs (Dinic)
                while (bebas > 0 && bfs(level, antrian)) {
                    putaranBfs++;
                    Arrays.fill(ptr, 0);
                    int nb = 0;
                    for (int e = 0; e < nE; e++) {
                        if (rute[e] == BEBAS) {
                            daftarBebas[nb++] = e;
                        }
                    }
                    for (int i = 0; i < nb; i++) {
                        if (dfs(daftarBebas[i], level, ptr, jalur)) {
                            bebas--;
                        }
                    }
                }
            }
        }

        private long rc(long c, int a, int b) {
            return c + phi[a] - phi[b];
        }

        private void relaksasi(int x, long du, long[] dist, Heap heap) {
            if (x == sink) {
                // reverse arcs: give back a seat of a tipe, or place someone now unplaced
                for (int t = 0; t < nT; t++) {
                    if (tPakai[t] > 0) {
                        coba(nE + t, du + rc(0, x, nE + t), dist, heap);
                    }
                }
                for (int i = 0; i < nTak; i++) {
                    int e = tak[i];
                    coba(e, du + rc(-m, x, e), dist, heap);
                }
            } else if (x < nE) {
                for (int a = aMulai[x]; a < aMulai[x + 1]; a++) {
                    coba(nE + aKe[a], du + rc(aBiaya[a], x, nE + aKe[a]), dist, heap);
                }
                if (eStay[x] >= 0) {
                    int s = nE + nT + eStay[x];
                    coba(s, du + rc(eStayBiaya[x], x, s), dist, heap);
                }
                coba(sink, du + rc(m, x, sink), dist, heap);
            } else if (x < nE + nT) {
                int t = x - nE;
                if (tPakai[t] < tCap[t]) {
                    coba(sink, du + rc(0, x, sink), dist, heap);
                }
                for (int i = tSMulai[t]; i < tSMulai[t + 1]; i++) {
                    int s = tS[i];
                    if (sPakai[s] > 0) {
                        coba(nE + nT + s, du + rc(0, x, nE + nT + s), dist, heap);
                    }
                }
                int[] ph = penghuni[t];
                for (int i = 0, n = nPenghuni[t]; i < n; i++) {
                    int e = ph[i];
                    coba(e, du + rc(-ruteBiaya[e], x, e), dist, heap);
                }
            } else {
                int s = x - nE - nT;
                if (sPakai[s] < sCap[s]) {
                    coba(nE + sTipe[s], du + rc(0, x, nE + sTipe[s]), dist, heap);
                }
                for (int i = sHMulai[s]; i < sHMulai[s + 1]; i++) {
                    int e = sH[i];
                    if (rute[e] == nT + s) {
                        coba(e, du + rc(-ruteBiaya[e], x, e), dist, heap);
                    }
                }
            }
        }

        private static void coba(int y, long nd, long[] dist, Heap heap) {
            if (nd < dist[y]) {
                dist[y] = nd;
                heap.tambah(nd, y);
            }
        }

        /** Number of arcs out of node x in the fixed enumeration order used by BFS/DFS. */
        private int derajat(int x) {
            if (x == sink) {
                return nT + nTak;
            } else if (x < nE) {
                return aMulai[x + 1] - aMulai[x] + 2;
            } else if (x < nE + nT) {
                int t = x - nE;
                return 1 + (tSMulai[t + 1] - tSMulai[t]) + nPenghuni[t];
            } else {
                int s = x - nE - nT;
                return 1 + (sHMulai[s + 1] - sHMulai[s]);
            }
        }

        /** Head of the i-th arc out of x if that arc is residual and admissible (reduced cost 0), else -1. */
        private int busurLayak(int x, int i) {
            if (x == sink) {
                if (i < nT) {
                    return tPakai[i] > 0 && rc(0, x, nE + i) == 0 ? nE + i : -1;
                }
                int e = tak[i - nT];
                return rc(-m, x, e) == 0 ? e : -1;
            } else if (x < nE) {
                int deg = aMulai[x + 1] - aMulai[x];
                if (i < deg) {
                    int a = aMulai[x] + i;
                    int y = nE + aKe[a];
                    return rc(aBiaya[a], x, y) == 0 ? y : -1;
                }
                if (i == deg) {
                    if (eStay[x] < 0) {
                        return -1;
                    }
                    int y = nE + nT + eStay[x];
                    return rc(eStayBiaya[x], x, y) == 0 ? y : -1;
                }
                return rc(m, x, sink) == 0 ? sink : -1;
            } else if (x < nE + nT) {
                int t = x - nE;
                if (i == 0) {
                    return tPakai[t] < tCap[t] && rc(0, x, sink) == 0 ? sink : -1;
                }
                int k = tSMulai[t + 1] - tSMulai[t];
                if (i <= k) {
                    int s = tS[tSMulai[t] + i - 1];
                    int y = nE + nT + s;
                    return sPakai[s] > 0 && rc(0, x, y) == 0 ? y : -1;
                }
                int e = penghuni[t][i - 1 - k];
                return rc(-ruteBiaya[e], x, e) == 0 ? e : -1;
            } else {
                int s = x - nE - nT;
                if (i == 0) {
                    int y = nE + sTipe[s];
                    return sPakai[s] < sCap[s] && rc(0, x, y) == 0 ? y : -1;
                }
                int e = sH[sHMulai[s] + i - 1];
                return rute[e] == nT + s && rc(-ruteBiaya[e], x, e) == 0 ? e : -1;
            }
        }

        private boolean bfs(int[] level, int[] antrian) {
            Arrays.fill(level, -1);
            int kepala = 0;
            int ekor = 0;
            for (int e = 0; e < nE; e++) {
                if (rute[e] == BEBAS) {
                    level[e] = 0;
                    antrian[ekor++] = e;
                }
            }
            int levelTarget = -1;
            while (kepala < ekor) {
                int x = antrian[kepala++];
                if (levelTarget >= 0 && level[x] >= levelTarget) {
                    break;
                }
                for (int i = 0, deg = derajat(x); i < deg; i++) {
                    int y = busurLayak(x, i);
                    if (y >= 0 && level[y] < 0) {
                        level[y] = level[x] + 1;
                        if (target(y)) {
                            if (levelTarget < 0) {
                                levelTarget = level[y];
                            }
                        } else {
                            antrian[ekor++] = y;
                        }
                    }
                }
            }
            return levelTarget >= 0;
        }

        private boolean dfs(int akar, int[] level, int[] ptr, int[] jalur) {
            int panjang = 0;
            jalur[panjang++] = akar;
            while (panjang > 0) {
                int x = jalur[panjang - 1];
                if (panjang > 1 && target(x)) {
                    tambahAliran(jalur, panjang, ptr);
                    return true;
                }
                int y = -1;
                int deg = derajat(x);
                while (ptr[x] < deg) {
                    int c = busurLayak(x, ptr[x]);
                    if (c >= 0 && level[c] == level[x] + 1) {
                        y = c;
                        break;
                    }
                    ptr[x]++;
                }
                if (y >= 0) {
                    jalur[panjang++] = y;
                } else {
                    level[x] = -1; // dead end for this round
                    panjang--;
                    if (panjang > 0) {
                        ptr[jalur[panjang - 1]]++;
                    }
                }
            }
            return false;
        }

        /** Pushes one unit along the path; arcs are identified by ptr of each node. */
        private void tambahAliran(int[] jalur, int panjang, int[] ptr) {
            int akhir = jalur[panjang - 1];
            if (akhir == sink) {
                defisitSink--;
            } else {
                defisit[akhir]--;
            }
            for (int i = 0; i + 1 < panjang; i++) {
                int x = jalur[i];
                int y = jalur[i + 1];
                if (x < nE) {
                    int deg = aMulai[x + 1] - aMulai[x];
                    int k = ptr[x];
                    if (k < deg) {
                        int t = y - nE;
                        rute[x] = t;
                        ruteBiaya[x] = aBiaya[aMulai[x] + k];
                        masuk(t, x);
                    } else if (k == deg) {
                        rute[x] = nT + eStay[x];
                        ruteBiaya[x] = eStayBiaya[x];
                    } else {
                        rute[x] = TAK;
                        ruteBiaya[x] = m;
                        masukTak(x);
                    }
                } else if (x == sink) {
                    if (y < nE) {
                        keluarTak(y); // an unplaced employee gets placed; its next arc follows on the path
                    } else {
                        tPakai[y - nE]--;
                    }
                } else if (x < nE + nT) {
                    int t = x - nE;
                    if (y == sink) {
                        tPakai[t]++;
                    } else if (y >= nE + nT) {
                        sPakai[y - nE - nT]--;
                    } else {
                        keluar(t, y); // mover y gives its seat in t away; its next arc follows on the path
                    }
                } else {
                    int s = x - nE - nT;
                    if (y == nE + sTipe[s]) {
                        sPakai[s]++;
                    }
                    // else: stayer y leaves its position; its next arc follows on the path
                }
            }
        }

        private void masuk(int t, int e) {
            if (nPenghuni[t] == penghuni[t].length) {
                penghuni[t] = Arrays.copyOf(penghuni[t], penghuni[t].length * 2);
            }
            posPenghuni[e] = nPenghuni[t];
            penghuni[t][nPenghuni[t]++] = e;
        }

        private void masukTak(int e) {
            posPenghuni[e] = nTak;
            tak[nTak++] = e;
        }

        private void keluarTak(int e) {
            int i = posPenghuni[e];
            int last = tak[--nTak];
            tak[i] = last;
            posPenghuni[last] = i;
        }

        private void keluar(int t, int e) {
            int i = posPenghuni[e];
            int last = penghuni[t][--nPenghuni[t]];
            penghuni[t][i] = last;
            posPenghuni[last] = i;
        }

        // ---------------------------------------------------------------- result

        /** Seats movers, and writes placements and potentials in global indices. */
        void tulis(int[] penempatan, long[] u, long[] v) {
            int[] lokalStay = new int[in.nJ];
            Arrays.fill(lokalStay, -1);
            for (int s = 0; s < nS; s++) {
                lokalStay[gS[s]] = s;
            }
            int[] lokalTipe = new int[in.nT];
            Arrays.fill(lokalTipe, -1);
            for (int t = 0; t < nT; t++) {
                lokalTipe[gT[t]] = t;
            }
            for (int j = 0; j < in.nJ; j++) {
                int t = in.jAktif[j] ? lokalTipe[in.jTipe[j]] : -1;
                if (t < 0) {
                    continue;
                }
                long lt = Math.min(0, phi[nE + t] - phi[sink]);
                int s = lokalStay[j];
                long ls = s >= 0 ? Math.min(0, phi[nE + nT + s] - phi[nE + t]) : 0;
                v[j] = lt + ls;
            }
            if (nE == 0) {
                return;
            }
            // free seats per position after stayers
            int[] sisa = new int[in.nJ];
            List<List<Integer>> posisiTipe = new ArrayList<>();
            for (int t = 0; t < nT; t++) {
                posisiTipe.add(new ArrayList<>());
            }
            for (int j = 0; j < in.nJ; j++) {
                int t = in.jAktif[j] ? lokalTipe[in.jTipe[j]] : -1;
                if (t >= 0) {
                    sisa[j] = in.jKuotaBebas[j];
                    posisiTipe.get(t).add(j);
                }
            }
            for (int e = 0; e < nE; e++) {
                int ge = gE[e];
                u[ge] = phi[sink] - phi[e];
                if (rute[e] >= nT) {
                    int j = gS[rute[e] - nT];
                    penempatan[ge] = j;
                    sisa[j]--;
                }
            }
            // movers: first into their own current position when it still has a seat (only possible when pindah = 0)
            boolean[] duduk = new boolean[nE];
            for (int e = 0; e < nE; e++) {
                int ge = gE[e];
                int j = in.eSaatIni[ge];
                if (rute[e] >= 0
                        && rute[e] < nT
                        && j >= 0
                        && in.jAktif[j]
                        && lokalTipe[in.jTipe[j]] == rute[e]
                        && sisa[j] > 0) {
                    penempatan[ge] = j;
                    sisa[j]--;
                    duduk[e] = true;
                }
            }
            int[] kursor = new int[nT];
            for (int e = 0; e < nE; e++) {
                int t = rute[e];
                if (t < 0 || t >= nT || duduk[e]) {
                    continue;
                }
                List<Integer> ps = posisiTipe.get(t);
                while (sisa[ps.get(kursor[t])] == 0) {
                    kursor[t]++;
                }
                int j = ps.get(kursor[t]);
                penempatan[gE[e]] = j;
                sisa[j]--;
            }
        }
    }

    /** A binary min-heap of (key, node) with lazy deletion. */
    static final class Heap {
        private long[] kunci;
        private int[] node;
        private int n;

        Heap(int kapasitas) {
            kunci = new long[Math.max(16, kapasitas)];
            node = new int[kunci.length];
        }

        void kosongkan() {
            n = 0;
        }

        boolean isEmpty() {
            return n == 0;
        }

        long kunciMin() {
            return kunci[0];
        }

        void tambah(long k, int x) {
            if (n == kunci.length) {
                kunci = Arrays.copyOf(kunci, n * 2);
                node = Arrays.copyOf(node, n * 2);
            }
            int i = n++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (kunci[p] <= k) {
                    break;
                }
                kunci[i] = kunci[p];
                node[i] = node[p];
                i = p;
            }
            kunci[i] = k;
            node[i] = x;
        }

        int ambil() {
            int hasil = node[0];
            n--;
            if (n > 0) {
                long k = kunci[n];
                int x = node[n];
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= n) {
                        break;
                    }
                    if (c + 1 < n && kunci[c + 1] < kunci[c]) {
                        c++;
                    }
                    if (kunci[c] >= k) {
                        break;
                    }
                    kunci[i] = kunci[c];
                    node[i] = node[c];
                    i = c;
                }
                kunci[i] = k;
                node[i] = x;
            }
            return hasil;
        }
    }
}
