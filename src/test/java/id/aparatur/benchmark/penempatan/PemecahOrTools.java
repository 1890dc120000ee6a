package id.aparatur.benchmark.penempatan;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.Syarat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference solver of the benchmark: OR-Tools' min-cost flow ({@code SimpleMinCostFlow}, Java class
 * {@link MinCostFlow}, cost-scaling push–relabel) on the same {@link Instans} as the engine, with the costs taken from
 * {@link Instans#biaya(int, int)}. Network: source supply 1 at every employee; employee → position arcs (capacity 1,
 * cost biaya); position → sink (capacity kuota, cost 0); employee → UNPLACED (capacity 1, cost tidakDitempatkan);
 * UNPLACED → sink. OR-Tools returns the optimal cost and the flows but <b>no dual values</b>, so it gives no
 * certificate of optimality; only its status OPTIMAL.
 *
 * <p>Three networks ({@link Model}):
 *
 * <ul>
 *   <li>{@link Model#PENUH}: an arc for every allowed (same-jenjang) pair: the plain formulation. Its arc count is
 *       Σ over jenjang of employees × positions, ~10⁸ at 60,000 employees (≈ 85 bytes per arc in OR-Tools, so it does
 *       not fit); refused above {@code batasBusur}.
 *   <li>{@link Model#TIPE}: exact and small. Positions with the same jenjang, kelas, rumpun and SKJ cost the same for an
 *       employee except for the {@code pindah} term, so each employee gets one arc per tipe (cost biaya + pindah) to a
 *       tipe node that feeds its positions (capacity kuota), plus one direct arc to the current position without
 *       {@code pindah}. The optimum equals that of {@link Model#PENUH} (any assignment maps to a flow of the same or
 *       lower cost and back). This is the same structural idea the engine uses, given to OR-Tools for a fair race.
 *   <li>{@link Model#KANDIDAT}: the candidate restriction of {@code shared/domain/assignment-solvers.md} §4.1: same
 *       jenjang, |kelas difference| ≤ 1, and the rumpun of the current position or one of the employee's interests,
 *       plus the current position. Not exact in general: its optimum is ≥ the true one (no pricing of the rest).
 *       With real nomenclature the rule is loose (all guru of a jenjang share rumpun and kelas), so it is refused
 *       above {@code batasBusur} too.
 * </ul>
 *
 * The tipe grouping here is computed independently of the engine's.
 */
public final class PemecahOrTools {

    /** The network built for OR-Tools. */
    public enum Model {
        PENUH,
        TIPE,
        KANDIDAT
    }

    /**
     * One OR-Tools run.
     *
     * @param model the network
     * @param status OR-Tools' status ({@code OPTIMAL}) or why it was not run
     * @param node nodes
     * @param busur arcs
     * @param totalBiaya OR-Tools' optimal cost (−1 when not solved)
     * @param totalBiayaDihitungUlang the cost of the extracted assignment recomputed with {@link Instans#biaya}
     * @param ditempatkan employees placed
     * @param milidetikBangun building the network (computing costs and adding arcs through JNI)
     * @param milidetikSelesai {@code solve()}
     */
    public record Hasil(
            Model model,
            String status,
            int node,
            long busur,
            long totalBiaya,
            long totalBiayaDihitungUlang,
            int ditempatkan,
            long milidetikBangun,
            long milidetikSelesai) {}

    private static boolean dimuat;

    private PemecahOrTools() {}

    static synchronized void muat() {
        if (!dimuat) {
            Loader.loadNativeLibraries();
            dimuat = true;
        }
    }

    /** Arcs employee → position of {@link Model#PENUH}. */
    public static long busurPenuh(Instans in) {
        Masalah m = in.masalah();
        Map<String, Integer> posisiPerJenjang = new HashMap<>();
        for (int j = 0; j < in.jumlahJabatan(); j++) {
            if (in.jabatanAktif(j)) {
                posisiPerJenjang.merge(m.jabatan().get(j).jenjang(), 1, Integer::sum);
            }
        }
        long s = 0;
        for (int e = 0; e < in.jumlahPegawai(); e++) {
            s += posisiPerJenjang.getOrDefault(m.pegawai().get(e).jenjang(), 0);
        }
        return s;
    }

    public static Hasil selesaikan(Instans in, Model model, long batasBusur) {
        long busur = model == Model.PENUH ? busurPenuh(in) : model == Model.KANDIDAT ? busurKandidat(in) : 0;
        if (busur > batasBusur) {
            return new Hasil(
                    model,
                    String.format("TIDAK_MUAT (%,d busur > batas %,d)", busur, batasBusur),
                    0,
                    busur,
                    -1,
                    -1,
                    0,
                    0,
                    0);
        }
        for (int e = 0; e < in.jumlahPegawai(); e++) {
            if (in.statusPegawai(e) != Instans.AKTIF) {
                throw new IllegalArgumentException(
                        "the benchmark runner handles problems without pins/exclusions only");
            }
        }
        muat();
        long t0 = System.nanoTime();
        Jaringan jar = switch (model) {
            case PENUH -> penuh(in);
            case TIPE -> tipe(in);
            case KANDIDAT -> kandidat(in);
        };
        long t1 = System.nanoTime();
        MinCostFlowBase.Status status = jar.mcf.solve();
        long t2 = System.nanoTime();
        long total = -1;
        long ulang = -1;
        int ditempatkan = 0;
        if (status == MinCostFlowBase.Status.OPTIMAL) {
            total = jar.mcf.getOptimalCost();
            int[] p = jar.penempatan(in);
            ulang = 0;
            for (int e = 0; e < p.length; e++) {
                if (p[e] >= 0) {
                    ulang += in.biaya(e, p[e]);
                    ditempatkan++;
                } else {
                    ulang += in.bobot().tidakDitempatkan();
                }
            }
        }
        Hasil h = new Hasil(
                model,
                status.toString(),
                jar.mcf.getNumNodes(),
                jar.mcf.getNumArcs(),
                total,
                ulang,
                ditempatkan,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        jar.mcf.delete();
        return h;
    }

    /** The network and how to read an assignment back from its flows. */
    private static final class Jaringan {
        final MinCostFlow mcf;
        /** per arc added for an employee: the employee (arcs of other kinds: -1). */
        final int[] busurPegawai;
        /** per arc: the position it leads to directly, or -(tipe + 1) for an arc to a tipe node, or MIN for others. */
        final int[] busurTujuan;

        int jumlah;
        /** tipe mode: per tipe node, the positions it feeds and their arc ids. */
        int[][] tipeJabatan;

        int[][] tipeBusur;

        Jaringan(MinCostFlow mcf, long perkiraanBusur) {
            this.mcf = mcf;
            this.busurPegawai = new int[Math.toIntExact(perkiraanBusur)];
            this.busurTujuan = new int[busurPegawai.length];
        }

        void busur(int dari, int ke, long kapasitas, long biaya, int pegawai, int tujuan) {
            int a = mcf.addArcWithCapacityAndUnitCost(dari, ke, kapasitas, biaya);
            if (a != jumlah) {
                throw new IllegalStateException("unexpected arc id " + a);
            }
            busurPegawai[a] = pegawai;
            busurTujuan[a] = tujuan;
            jumlah++;
        }

        int[] penempatan(Instans in) {
            int[] p = new int[in.jumlahPegawai()];
            java.util.Arrays.fill(p, -1);
            List<List<Integer>> lewatTipe = new ArrayList<>();
            for (int a = 0; a < jumlah; a++) {
                if (busurPegawai[a] < 0 || mcf.getFlow(a) == 0) {
                    continue;
                }
                int e = busurPegawai[a];
                int ke = busurTujuan[a];
                if (ke >= 0) {
                    p[e] = ke;
                } else if (ke != Integer.MIN_VALUE) {
                    int t = -ke - 1;
                    while (lewatTipe.size() <= t) {
                        lewatTipe.add(new ArrayList<>());
                    }
                    lewatTipe.get(t).add(e);
                }
            }
            // tipe mode: hand out the seats a tipe node sent to its positions to the employees routed through it
            for (int t = 0; t < lewatTipe.size(); t++) {
                List<Integer> es = lewatTipe.get(t);
                int i = 0;
                for (int k = 0; k < tipeJabatan[t].length && i < es.size(); k++) {
                    long f = mcf.getFlow(tipeBusur[t][k]);
                    for (long c = 0; c < f && i < es.size(); c++) {
                        p[es.get(i++)] = tipeJabatan[t][k];
                    }
                }
                if (i != es.size()) {
                    throw new IllegalStateException("flow of tipe " + t + " does not add up");
                }
            }
            return p;
        }
    }

    private static final int LAIN = Integer.MIN_VALUE;

    /** Common part: supplies, the UNPLACED node, position → sink. Node layout: employees, positions, extra, U, sink. */
    private static Jaringan dasar(Instans in, int nodeTambahan, long busurPegawai) {
        int nE = in.jumlahPegawai();
        int nJ = in.jumlahJabatan();
        int u = nE + nJ + nodeTambahan;
        int sink = u + 1;
        long perkiraan = busurPegawai + 2L * nE + nJ + 1 + 2L * nodeTambahan + nJ;
        MinCostFlow mcf = new MinCostFlow(sink + 1, Math.toIntExact(Math.min(Integer.MAX_VALUE, perkiraan)));
        Jaringan jar = new Jaringan(mcf, perkiraan);
        for (int e = 0; e < nE; e++) {
            mcf.setNodeSupply(e, 1);
            jar.busur(e, u, 1, in.bobot().tidakDitempatkan(), -1, LAIN);
        }
        mcf.setNodeSupply(sink, -nE);
        jar.busur(u, sink, nE, 0, -1, LAIN);
        for (int j = 0; j < nJ; j++) {
            if (in.jabatanAktif(j) && in.kuota(j) > 0) {
                jar.busur(nE + j, sink, in.kuota(j), 0, -1, LAIN);
            }
        }
        return jar;
    }

    private static Map<String, List<Integer>> jabatanPerJenjang(Instans in) {
        Map<String, List<Integer>> hasil = new LinkedHashMap<>();
        for (int j = 0; j < in.jumlahJabatan(); j++) {
            if (in.jabatanAktif(j) && in.kuota(j) > 0) {
                hasil.computeIfAbsent(in.masalah().jabatan().get(j).jenjang(), k -> new ArrayList<>())
                        .add(j);
            }
        }
        return hasil;
    }

    private static Jaringan penuh(Instans in) {
        Jaringan jar = dasar(in, 0, busurPenuh(in));
        int nE = in.jumlahPegawai();
        Map<String, List<Integer>> perJenjang = jabatanPerJenjang(in);
        for (int e = 0; e < nE; e++) {
            for (int j : perJenjang.getOrDefault(in.masalah().pegawai().get(e).jenjang(), List.of())) {
                if (in.boleh(e, j)) {
                    jar.busur(e, nE + j, 1, in.biaya(e, j), e, j);
                }
            }
        }
        return jar;
    }

    /** Same jenjang, kelas and rumpun, and the same SKJ once lines that cannot cost anything are dropped. */
    static String kunciTipe(JabatanMasukan j) {
        List<Syarat> skj = new ArrayList<>(j.standarKompetensi());
        skj.removeIf(s -> s.level() == 0 || s.bobot() == 0);
        skj.sort((a, b) -> a.kode().compareTo(b.kode()));
        StringBuilder sb = new StringBuilder(j.jenjang())
                .append('|')
                .append(j.kelas())
                .append('|')
                .append(j.rumpun());
        skj.forEach(s -> sb.append('|')
                .append(s.kode())
                .append(':')
                .append(s.level())
                .append(':')
                .append(s.bobot()));
        return sb.toString();
    }

    private static Jaringan tipe(Instans in) {
        Masalah m = in.masalah();
        int nE = in.jumlahPegawai();
        Map<String, Integer> indeks = new HashMap<>();
        List<List<Integer>> anggota = new ArrayList<>();
        Map<String, List<Integer>> tipePerJenjang = new LinkedHashMap<>();
        for (int j = 0; j < in.jumlahJabatan(); j++) {
            if (!in.jabatanAktif(j) || in.kuota(j) == 0) {
                continue;
            }
            JabatanMasukan ja = m.jabatan().get(j);
            int t = indeks.computeIfAbsent(kunciTipe(ja), k -> {
                anggota.add(new ArrayList<>());
                tipePerJenjang
                        .computeIfAbsent(ja.jenjang(), x -> new ArrayList<>())
                        .add(anggota.size() - 1);
                return anggota.size() - 1;
            });
            anggota.get(t).add(j);
        }
        int nT = anggota.size();
        long busurPegawai = nE; // direct arcs to the current position
        for (int e = 0; e < nE; e++) {
            busurPegawai += tipePerJenjang
                    .getOrDefault(m.pegawai().get(e).jenjang(), List.of())
                    .size();
        }
        Jaringan jar = dasar(in, nT, busurPegawai + in.jumlahJabatan());
        int basisTipe = nE + in.jumlahJabatan();
        jar.tipeJabatan = new int[nT][];
        jar.tipeBusur = new int[nT][];
        for (int t = 0; t < nT; t++) {
            List<Integer> js = anggota.get(t);
            jar.tipeJabatan[t] = js.stream().mapToInt(Integer::intValue).toArray();
            jar.tipeBusur[t] = new int[js.size()];
            for (int k = 0; k < js.size(); k++) {
                jar.tipeBusur[t][k] = jar.jumlah;
                jar.busur(basisTipe + t, nE + js.get(k), in.kuota(js.get(k)), 0, -1, LAIN);
            }
        }
        long pindah = in.bobot().pindah();
        for (int e = 0; e < nE; e++) {
            int saatIni = in.jabatanSaatIni(e);
            for (int t : tipePerJenjang.getOrDefault(m.pegawai().get(e).jenjang(), List.of())) {
                int wakil = anggota.get(t).get(0);
                if (!in.boleh(e, wakil)) {
                    continue;
                }
                long c = in.biaya(e, wakil) + (wakil == saatIni ? pindah : 0);
                jar.busur(e, basisTipe + t, 1, c, e, -(t + 1));
            }
            if (saatIni >= 0 && in.jabatanAktif(saatIni) && in.kuota(saatIni) > 0 && in.boleh(e, saatIni)) {
                jar.busur(e, nE + saatIni, 1, in.biaya(e, saatIni), e, saatIni);
            }
        }
        return jar;
    }

    /** True when (e, j) is a candidate pair of {@link Model#KANDIDAT} (j of e's jenjang). */
    private static boolean kandidat(Instans in, int e, int j) {
        Masalah m = in.masalah();
        var p = m.pegawai().get(e);
        int saatIni = in.jabatanSaatIni(e);
        JabatanMasukan ja = m.jabatan().get(j);
        boolean cocok = j == saatIni
                || (Math.abs(ja.kelas() - p.kelas()) <= 1
                        && ((saatIni >= 0
                                        && ja.rumpun()
                                                .equals(m.jabatan().get(saatIni).rumpun()))
                                || p.minatRumpun().contains(ja.rumpun())));
        return cocok && in.boleh(e, j);
    }

    /** Arcs employee → position of {@link Model#KANDIDAT}. */
    public static long busurKandidat(Instans in) {
        Map<String, List<Integer>> perJenjang = jabatanPerJenjang(in);
        long s = 0;
        for (int e = 0; e < in.jumlahPegawai(); e++) {
            for (int j : perJenjang.getOrDefault(in.masalah().pegawai().get(e).jenjang(), List.of())) {
                s += kandidat(in, e, j) ? 1 : 0;
            }
        }
        return s;
    }

    private static Jaringan kandidat(Instans in) {
        Jaringan jar = dasar(in, 0, busurKandidat(in));
        int nE = in.jumlahPegawai();
        Map<String, List<Integer>> perJenjang = jabatanPerJenjang(in);
        for (int e = 0; e < nE; e++) {
            for (int j : perJenjang.getOrDefault(in.masalah().pegawai().get(e).jenjang(), List.of())) {
                if (kandidat(in, e, j)) {
                    jar.busur(e, nE + j, 1, in.biaya(e, j), e, j);
                }
            }
        }
        return jar;
    }
}
