package id.aparatur.penempatan.mesin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Independent checker of a placement answer and its optimality certificate. It shares no code with the solver: it
 * recomputes biaya(e,p) from the {@link Masalah} itself and tests, for <em>every</em> allowed employee × position pair,
 * the LP-duality conditions of the transportation problem:
 * <ul>
 *   <li>the placement is feasible (jenjang, kuota, rules, pins, exclusions) and its cost is the claimed total;</li>
 *   <li>u_e ≤ tidakDitempatkan (not for pinned employees, who must be placed), v_p ≤ 0;</li>
 *   <li>u_e + v_p ≤ biaya(e,p) for every allowed pair;</li>
 *   <li>Σ u_e + Σ kuota_p · v_p equals the total cost.</li>
 * </ul>
 * The dual is a lower bound on every feasible placement, so equality proves the placement optimal.
 */
public final class PemeriksaSertifikat {

    private static final int MAKS_PELANGGARAN = 20;

    private PemeriksaSertifikat() {}

    /**
     * The verdict.
     *
     * @param sah true when the certificate proves the placement optimal
     * @param totalBiaya the recomputed primal cost
     * @param nilaiDual the recomputed dual objective
     * @param pasanganDiperiksa employee × position pairs checked
     * @param pelanggaran the first violations found (empty when valid)
     */
    public record Putusan(
            boolean sah, long totalBiaya, long nilaiDual, long pasanganDiperiksa, List<String> pelanggaran) {}

    /** Checks a solver result against its own problem. */
    public static Putusan periksa(HasilOptimasi h) {
        Instans in = h.instans();
        Map<String, String> pen = new HashMap<>();
        Map<String, Long> u = new HashMap<>();
        Map<String, Long> v = new HashMap<>();
        for (int e = 0; e < in.jumlahPegawai(); e++) {
            int j = h.penempatan()[e];
            if (j >= 0) {
                pen.put(in.nip(e), in.idJabatan(j));
            }
            if (j != HasilOptimasi.DIKECUALIKAN) {
                u.put(in.nip(e), h.potensialPegawai()[e]);
            }
        }
        for (int j = 0; j < in.jumlahJabatan(); j++) {
            if (in.jabatanAktif(j)) {
                v.put(in.idJabatan(j), h.potensialJabatan()[j]);
            }
        }
        return periksa(in.masalah(), pen, u, v, h.totalBiaya());
    }

    /**
     * Checks an answer given by identifiers, e.g. one read back from the API.
     *
     * @param penempatan nip → jabatan id of every placed employee
     * @param u nip → u_e of every employee not excluded
     * @param v jabatan id → v_p of every position not excluded
     * @param totalDiklaim the total cost the solver claims
     */
    public static Putusan periksa(
            Masalah m, Map<String, String> penempatan, Map<String, Long> u, Map<String, Long> v, long totalDiklaim) {
        List<String> pl = Collections.synchronizedList(new ArrayList<>());
        Bobot b = m.bobot();
        Aturan a = m.aturan() == null ? Aturan.TANPA : m.aturan();
        List<JabatanMasukan> js = m.jabatan();
        List<PegawaiMasukan> ps = m.pegawai();
        Map<String, Integer> jIdx = new HashMap<>();
        for (int j = 0; j < js.size(); j++) {
            jIdx.put(js.get(j).id(), j);
        }
        // competency codes, own numbering
        Map<String, Integer> kode = new HashMap<>();
        for (JabatanMasukan ja : js) {
            for (Syarat s : ja.standarKompetensi()) {
                kode.putIfAbsent(s.kode(), kode.size());
            }
        }
        int nK = kode.size();
        int[][] skjKode = new int[js.size()][];
        int[][] skjLevel = new int[js.size()][];
        long[][] skjBobot = new long[js.size()][];
        for (int j = 0; j < js.size(); j++) {
            List<Syarat> sk = js.get(j).standarKompetensi();
            skjKode[j] = sk.stream().mapToInt(s -> kode.get(s.kode())).toArray();
            skjLevel[j] = sk.stream().mapToInt(Syarat::level).toArray();
            skjBobot[j] = sk.stream().mapToLong(Syarat::bobot).toArray();
        }
        int[][] level = new int[ps.size()][];
        for (int e = 0; e < ps.size(); e++) {
            level[e] = new int[nK];
            for (Map.Entry<String, Integer> k : ps.get(e).kompetensi().entrySet()) {
                Integer ki = kode.get(k.getKey());
                if (ki != null) {
                    level[e][ki] = k.getValue();
                }
            }
        }
        Biaya biaya = (e, j) -> {
            PegawaiMasukan pe = ps.get(e);
            JabatanMasukan ja = js.get(j);
            long c = 0;
            for (int i = 0; i < skjKode[j].length; i++) {
                c += skjBobot[j][i] * Math.max(0, skjLevel[j][i] - level[e][skjKode[j][i]]);
            }
            c += b.selisihKelas() * Math.abs(pe.kelas() - ja.kelas());
            if (!pe.minatRumpun().isEmpty() && !pe.minatRumpun().contains(ja.rumpun())) {
                c += b.diluarMinat();
            }
            if (!ja.id().equals(pe.jabatanSaatIni())) {
                c += b.pindah();
            }
            return c;
        };
        Set<String> jabKecuali = new HashSet<>(a.jabatanDikecualikan());
        Set<String> pegKecuali = new HashSet<>(a.pegawaiDikecualikan());
        BolehFn boleh = (e, j) -> {
            PegawaiMasukan pe = ps.get(e);
            JabatanMasukan ja = js.get(j);
            if (pegKecuali.contains(pe.nip()) || jabKecuali.contains(ja.id())) {
                return false;
            }
            String kunci = a.dikunci().get(pe.nip());
            if (kunci != null) {
                return kunci.equals(ja.id());
            }
            if (!pe.jenjang().equals(ja.jenjang())) {
                return false;
            }
            if (a.rumpunSama() && pe.jabatanSaatIni() != null) {
                Integer cur = jIdx.get(pe.jabatanSaatIni());
                return cur != null && js.get(cur).rumpun().equals(ja.rumpun());
            }
            return true;
        };

        // primal: feasibility and cost
        long total = 0;
        int[] terisi = new int[js.size()];
        for (int e = 0; e < ps.size(); e++) {
            PegawaiMasukan pe = ps.get(e);
            String jid = penempatan.get(pe.nip());
            boolean kecuali = pegKecuali.contains(pe.nip());
            if (kecuali) {
                if (jid != null) {
                    catat(pl, "pegawai dikecualikan ditempatkan: " + pe.nip());
                }
                continue;
            }
            String kunci = a.dikunci().get(pe.nip());
            if (jid == null) {
                if (kunci != null) {
                    catat(pl, "pegawai dikunci tidak ditempatkan: " + pe.nip());
                }
                total += b.tidakDitempatkan();
                continue;
            }
            Integer j = jIdx.get(jid);
            if (j == null) {
                catat(pl, "jabatan tidak dikenal untuk " + pe.nip() + ": " + jid);
                continue;
            }
            if (!boleh.boleh(e, j)) {
                catat(pl, "pasangan tidak diizinkan: " + pe.nip() + " → " + jid);
            }
            terisi[j]++;
            total += biaya.biaya(e, j);
        }
        for (int j = 0; j < js.size(); j++) {
            if (terisi[j] > js.get(j).kuota()) {
                catat(
                        pl,
                        "kuota terlampaui: " + js.get(j).id() + " " + terisi[j] + " > "
                                + js.get(j).kuota());
            }
        }
        if (total != totalDiklaim) {
            catat(pl, "total biaya diklaim " + totalDiklaim + " ≠ dihitung " + total);
        }

        // dual feasibility over every allowed pair
        long[] ue = new long[ps.size()];
        boolean[] adaU = new boolean[ps.size()];
        long dual = 0;
        for (int e = 0; e < ps.size(); e++) {
            PegawaiMasukan pe = ps.get(e);
            if (pegKecuali.contains(pe.nip())) {
                continue;
            }
            Long x = u.get(pe.nip());
            if (x == null) {
                catat(pl, "potensial pegawai tidak ada: " + pe.nip());
                continue;
            }
            ue[e] = x;
            adaU[e] = true;
            dual += x;
            if (x > b.tidakDitempatkan() && !a.dikunci().containsKey(pe.nip())) {
                catat(pl, "u > tidakDitempatkan: " + pe.nip() + " = " + x);
            }
        }
        long[] vp = new long[js.size()];
        boolean[] adaV = new boolean[js.size()];
        for (int j = 0; j < js.size(); j++) {
            JabatanMasukan ja = js.get(j);
            if (jabKecuali.contains(ja.id())) {
                continue;
            }
            Long x = v.get(ja.id());
            if (x == null) {
                catat(pl, "potensial jabatan tidak ada: " + ja.id());
                continue;
            }
            vp[j] = x;
            adaV[j] = true;
            dual += (long) ja.kuota() * x;
            if (x > 0) {
                catat(pl, "v > 0: " + ja.id() + " = " + x);
            }
        }
        Map<String, List<Integer>> perJenjang = new HashMap<>();
        for (int j = 0; j < js.size(); j++) {
            perJenjang
                    .computeIfAbsent(js.get(j).jenjang(), k -> new ArrayList<>())
                    .add(j);
        }
        long[] diperiksa = new long[ps.size()];
        IntStream.range(0, ps.size()).parallel().forEach(e -> {
            if (!adaU[e]) {
                return;
            }
            String kunci = a.dikunci().get(ps.get(e).nip());
            List<Integer> calon = kunci != null
                    ? List.of(jIdx.get(kunci))
                    : perJenjang.getOrDefault(ps.get(e).jenjang(), List.of());
            for (int j : calon) {
                if (!adaV[j] || !boleh.boleh(e, j)) {
                    continue;
                }
                diperiksa[e]++;
                long c = biaya.biaya(e, j);
                if (ue[e] + vp[j] > c) {
                    catat(
                            pl,
                            "u + v > biaya: " + ps.get(e).nip() + " × "
                                    + js.get(j).id() + ": " + ue[e] + " + " + vp[j] + " > " + c);
                }
            }
        });
        if (dual != total) {
            catat(pl, "nilai dual " + dual + " ≠ total biaya " + total);
        }
        long n = 0;
        for (long x : diperiksa) {
            n += x;
        }
        List<String> hasil;
        synchronized (pl) {
            hasil = List.copyOf(pl);
        }
        return new Putusan(hasil.isEmpty(), total, dual, n, hasil);
    }

    private static void catat(List<String> pl, String s) {
        synchronized (pl) {
            if (pl.size() < MAKS_PELANGGARAN) {
                pl.add(s);
            }
        }
    }

    @FunctionalInterface
    private interface Biaya {
        long biaya(int e, int j);
    }

    @FunctionalInterface
    private interface BolehFn {
        boolean boleh(int e, int j);
    }
}
