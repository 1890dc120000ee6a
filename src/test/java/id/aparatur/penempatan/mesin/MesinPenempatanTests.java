package id.aparatur.penempatan.mesin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MesinPenempatanTests {

    private static final Bobot B = Bobot.BAKU;

    static JabatanMasukan jab(String id, String jenjang, int kelas, String rumpun, int kuota, Syarat... skj) {
        return new JabatanMasukan(id, jenjang, kelas, rumpun, kuota, List.of(skj));
    }

    static PegawaiMasukan peg(
            String nip, String jenjang, int kelas, String saatIni, List<String> minat, Map<String, Integer> komp) {
        return new PegawaiMasukan(nip, jenjang, kelas, saatIni, minat, komp);
    }

    static Syarat s(String kode, int level, long bobot) {
        return new Syarat(kode, level, bobot);
    }

    @Test
    void duaPegawaiBertukarKarenaKompetensiLebihCocok() {
        // A holds J1 (needs M.01:3) but is strong in M.02; B holds J2 (needs M.02:3) but is strong in M.01.
        // Staying: A gap 2 (M.01 3−1), B gap 2 → 4. Swapping: 0 gap + pindah 1 each → 2. Optimum 2.
        Masalah m = new Masalah(
                B,
                List.of(
                        jab("J1", "PELAKSANA", 7, "KEU", 1, s("M.01", 3, 1)),
                        jab("J2", "PELAKSANA", 7, "KEU", 1, s("M.02", 3, 1))),
                List.of(
                        peg("A", "PELAKSANA", 7, "J1", List.of(), Map.of("M.01", 1, "M.02", 3)),
                        peg("B", "PELAKSANA", 7, "J2", List.of(), Map.of("M.01", 3, "M.02", 1))));
        HasilOptimasi h = MesinPenempatan.selesaikan(m);
        assertThat(h.totalBiaya()).isEqualTo(2);
        assertThat(h.penempatan()).containsExactly(1, 0);
        assertThat(h.biaya()).containsExactly(1, 1);
        assertThat(h.nilaiDual()).isEqualTo(2);
        assertThat(PemeriksaSertifikat.periksa(h).sah()).isTrue();
    }

    @Test
    void tetapDiTempatBilaPindahTidakMenguntungkan() {
        // gap saving 1 would cost pindah 2 for each of two people: staying (total 2) is optimal.
        Masalah m = new Masalah(
                new Bobot(2, 1, 2, 1_000_000),
                List.of(
                        jab("J1", "PELAKSANA", 7, "KEU", 1, s("M.01", 2, 1)),
                        jab("J2", "PELAKSANA", 7, "KEU", 1, s("M.02", 2, 1))),
                List.of(
                        peg("A", "PELAKSANA", 7, "J1", List.of(), Map.of("M.01", 1, "M.02", 2)),
                        peg("B", "PELAKSANA", 7, "J2", List.of(), Map.of("M.01", 2, "M.02", 1))));
        HasilOptimasi h = MesinPenempatan.selesaikan(m);
        assertThat(h.penempatan()).containsExactly(0, 1);
        assertThat(h.totalBiaya()).isEqualTo(2);
    }

    @Test
    void kelasMinatDanTidakDitempatkan() {
        // One seat, two PELAKSANA. A: kelas 7 vs J1 kelas 9 → 2×2 = 4, out of interest +1, pindah +1 = 6.
        // B: kelas 9, interest KEU matches, no gap, pindah 1 → 1. B takes the seat, A is unplaced (1,000,000).
        // The ADMINISTRATOR has no position of its jenjang at all.
        Masalah m = new Masalah(
                B,
                List.of(jab("J1", "PELAKSANA", 9, "KEU", 1, s("M.01", 2, 3))),
                List.of(
                        peg("A", "PELAKSANA", 7, null, List.of("HUKUM"), Map.of("M.01", 2)),
                        peg("B", "PELAKSANA", 9, null, List.of("KEU"), Map.of("M.01", 4)),
                        peg("C", "ADMINISTRATOR", 12, null, List.of(), Map.of())));
        HasilOptimasi h = MesinPenempatan.selesaikan(m);
        assertThat(h.penempatan()).containsExactly(-1, 0, -1);
        assertThat(h.totalBiaya()).isEqualTo(1 + 2_000_000);
        assertThat(h.instans().rincian(0, 0)).isEqualTo(new Rincian(0, 4, 1, 1));
        assertThat(PemeriksaSertifikat.periksa(h).sah()).isTrue();
    }

    @Test
    void levelKompetensiYangTidakAdaDihitungNol() {
        Masalah m = new Masalah(
                B,
                List.of(jab("J1", "JF", 8, "KES", 2, s("T.01", 4, 2), s("M.01", 1, 1))),
                List.of(peg("A", "JF", 8, "J1", List.of(), Map.of())));
        HasilOptimasi h = MesinPenempatan.selesaikan(m);
        assertThat(h.biaya()).containsExactly(2 * 4 + 1);
        assertThat(h.penempatan()).containsExactly(0);
    }

    @Test
    void aturanKunciPengecualianDanRumpun() {
        List<JabatanMasukan> js = List.of(
                jab("J1", "P", 7, "KEU", 1, s("M.01", 4, 1)),
                jab("J2", "P", 7, "HUKUM", 1, s("M.01", 1, 1)),
                jab("J3", "P", 7, "KEU", 1, s("M.01", 5, 1)));
        List<PegawaiMasukan> ps = List.of(
                peg("A", "P", 7, "J1", List.of(), Map.of("M.01", 1)),
                peg("B", "P", 7, "J3", List.of(), Map.of("M.01", 5)),
                peg("C", "P", 7, "J2", List.of(), Map.of("M.01", 5)));
        // without rules: staying costs 3 (A's gap at J1); C (level 5) to J1 and A to J2 cost 0 + 1 each; B stays
        HasilOptimasi bebas = MesinPenempatan.selesaikan(new Masalah(B, js, ps));
        assertThat(bebas.penempatan()).containsExactly(1, 2, 0);
        // same rumpun: A (KEU) may not take J2 (HUKUM), C (HUKUM) may not take J1
        HasilOptimasi rumpun =
                MesinPenempatan.selesaikan(new Masalah(B, js, ps, new Aturan(true, Map.of(), Set.of(), Set.of())));
        assertThat(rumpun.penempatan()).containsExactly(0, 2, 1);
        assertThat(PemeriksaSertifikat.periksa(rumpun).sah()).isTrue();
        // pin A on J3, exclude B and J2: C takes J1
        HasilOptimasi aturan = MesinPenempatan.selesaikan(
                new Masalah(B, js, ps, new Aturan(false, Map.of("A", "J3"), Set.of("B"), Set.of("J2"))));
        assertThat(aturan.penempatan()).containsExactly(2, HasilOptimasi.DIKECUALIKAN, 0);
        assertThat(PemeriksaSertifikat.periksa(aturan).sah()).isTrue();
    }

    @Test
    void masalahTidakValidMenyebutSetiapButir() {
        Masalah m = new Masalah(
                new Bobot(-1, 1, 1, 1),
                List.of(jab("J1", "P", 7, "KEU", -2, s("M.01", 6, 1)), jab("J1", "P", 7, "KEU", 1)),
                List.of(
                        peg("A", "P", 7, "JX", List.of(), Map.of("M.01", 9)),
                        peg("A", "P", 7, null, List.of(), Map.of())));
        assertThatThrownBy(() -> Instans.kompilasi(m))
                .isInstanceOfSatisfying(
                        MasalahTidakValidException.class,
                        ex -> assertThat(ex.galat())
                                .extracting(MasalahTidakValidException.Galat::kode)
                                .contains(
                                        "bobot-negatif",
                                        "kuota-negatif",
                                        "level-di-luar-rentang",
                                        "jabatan-ganda",
                                        "jabatan-tidak-dikenal",
                                        "nip-ganda"));
    }

    // ------------------------------------------------------------------ random instances vs brute force

    static Masalah acak(Random r, int nP, int nJ, boolean aturan) {
        String[] jenjang = {"P", "Q"};
        String[] rumpun = {"KEU", "HUKUM", "KES"};
        String[] kode = {"M.01", "M.02", "M.03"};
        List<JabatanMasukan> js = new ArrayList<>();
        for (int j = 0; j < nJ; j++) {
            List<Syarat> skj = new ArrayList<>();
            for (String k : kode) {
                if (r.nextInt(3) > 0) {
                    skj.add(s(k, 1 + r.nextInt(5), 1 + r.nextInt(3)));
                }
            }
            js.add(new JabatanMasukan(
                    "J" + j, jenjang[r.nextInt(2)], 5 + r.nextInt(4), rumpun[r.nextInt(3)], r.nextInt(3), skj));
        }
        List<PegawaiMasukan> ps = new ArrayList<>();
        for (int e = 0; e < nP; e++) {
            Map<String, Integer> komp = new HashMap<>();
            for (String k : kode) {
                if (r.nextInt(4) > 0) {
                    komp.put(k, r.nextInt(6));
                }
            }
            List<String> minat = r.nextBoolean() ? List.of() : List.of(rumpun[r.nextInt(3)]);
            String saatIni = r.nextInt(4) == 0 ? null : "J" + r.nextInt(nJ);
            ps.add(new PegawaiMasukan("E" + e, jenjang[r.nextInt(2)], 5 + r.nextInt(4), saatIni, minat, komp));
        }
        Bobot b = new Bobot(r.nextInt(3), r.nextInt(3), r.nextInt(3), 5 + r.nextInt(30));
        Aturan a = Aturan.TANPA;
        if (aturan) {
            Map<String, String> kunci = new HashMap<>();
            Set<String> kecualiP = new HashSet<>();
            Set<String> kecualiJ = new HashSet<>();
            if (r.nextBoolean()) {
                kecualiP.add("E" + r.nextInt(nP));
            }
            if (r.nextBoolean()) {
                kecualiJ.add("J" + r.nextInt(nJ));
            }
            int e = r.nextInt(nP);
            int j = r.nextInt(nJ);
            if (!kecualiP.contains("E" + e)
                    && !kecualiJ.contains("J" + j)
                    && js.get(j).kuota() > 0
                    && ps.get(e).jenjang().equals(js.get(j).jenjang())) {
                kunci.put("E" + e, "J" + j);
            }
            a = new Aturan(r.nextBoolean(), kunci, kecualiP, kecualiJ);
        }
        return new Masalah(b, js, ps, a);
    }

    /** Exhaustive optimum over every feasible placement. */
    static long bruteForce(Instans in) {
        int[] sisa = new int[in.jumlahJabatan()];
        for (int j = 0; j < sisa.length; j++) {
            sisa[j] = in.kuota(j);
        }
        return cari(in, 0, sisa);
    }

    private static long cari(Instans in, int e, int[] sisa) {
        if (e == in.jumlahPegawai()) {
            return 0;
        }
        if (in.statusPegawai(e) == Instans.DIKECUALIKAN) {
            return cari(in, e + 1, sisa);
        }
        long terbaik = Long.MAX_VALUE;
        if (in.statusPegawai(e) != Instans.DIKUNCI) {
            long c = cari(in, e + 1, sisa);
            if (c != Long.MAX_VALUE) {
                terbaik = in.bobot().tidakDitempatkan() + c;
            }
        }
        for (int j = 0; j < sisa.length; j++) {
            if (sisa[j] > 0 && in.boleh(e, j)) {
                sisa[j]--;
                long c = cari(in, e + 1, sisa);
                sisa[j]++;
                if (c != Long.MAX_VALUE) {
                    terbaik = Math.min(terbaik, in.biaya(e, j) + c);
                }
            }
        }
        return terbaik;
    }

    @Test
    void samaDenganBruteForcePadaRibuanMasalahKecil() {
        Random r = new Random(20261128);
        for (int i = 0; i < 3000; i++) {
            Masalah m = acak(r, 1 + r.nextInt(7), 1 + r.nextInt(5), i % 2 == 0);
            Instans in;
            try {
                in = Instans.kompilasi(m);
            } catch (MasalahTidakValidException ex) {
                continue; // a random pin may collide with an exclusion; such problems are rejected by design
            }
            long optimum = bruteForce(in);
            HasilOptimasi padat = MesinPenempatan.selesaikan(in);
            HasilOptimasi kandidat = MesinPenempatan.selesaikan(in, 0, 1); // forces candidate arcs + pricing
            assertThat(padat.totalBiaya()).as("masalah %d", i).isEqualTo(optimum);
            assertThat(kandidat.totalBiaya()).as("masalah %d (kandidat)", i).isEqualTo(optimum);
            PemeriksaSertifikat.Putusan p1 = PemeriksaSertifikat.periksa(padat);
            PemeriksaSertifikat.Putusan p2 = PemeriksaSertifikat.periksa(kandidat);
            assertThat(p1.pelanggaran()).as("masalah %d", i).isEmpty();
            assertThat(p2.pelanggaran()).as("masalah %d (kandidat)", i).isEmpty();
        }
    }

    @Test
    void pemeriksaMenolakSertifikatYangDiubah() {
        Random r = new Random(7);
        int ditolak = 0;
        for (int i = 0; i < 300; i++) {
            Masalah m = acak(r, 3 + r.nextInt(5), 2 + r.nextInt(4), false);
            HasilOptimasi h = MesinPenempatan.selesaikan(m);
            Instans in = h.instans();
            assertThat(PemeriksaSertifikat.periksa(h).sah()).isTrue();
            // raise one u_e by one: either a pair constraint, the u ≤ M bound or the dual sum breaks
            int e = r.nextInt(in.jumlahPegawai());
            long[] u = h.potensialPegawai().clone();
            u[e]++;
            assertThat(PemeriksaSertifikat.periksa(ganti(h, h.penempatan(), u, h.potensialJabatan(), h.totalBiaya()))
                            .sah())
                    .isFalse();
            // lower one u_e: the dual sum no longer equals the total
            u = h.potensialPegawai().clone();
            u[e]--;
            assertThat(PemeriksaSertifikat.periksa(ganti(h, h.penempatan(), u, h.potensialJabatan(), h.totalBiaya()))
                            .sah())
                    .isFalse();
            // claim a lower total
            assertThat(PemeriksaSertifikat.periksa(ganti(
                                    h, h.penempatan(), h.potensialPegawai(), h.potensialJabatan(), h.totalBiaya() - 1))
                            .sah())
                    .isFalse();
            // move a placed employee to another seat or unplace them: cost changes or feasibility breaks
            int[] pen = h.penempatan().clone();
            for (int x = 0; x < pen.length; x++) {
                if (pen[x] >= 0) {
                    pen[x] = HasilOptimasi.TIDAK_DITEMPATKAN;
                    assertThat(PemeriksaSertifikat.periksa(
                                            ganti(h, pen, h.potensialPegawai(), h.potensialJabatan(), h.totalBiaya()))
                                    .sah())
                            .isFalse();
                    ditolak++;
                    break;
                }
            }
        }
        assertThat(ditolak).isGreaterThan(100);
    }

    private static HasilOptimasi ganti(HasilOptimasi h, int[] pen, long[] u, long[] v, long total) {
        return new HasilOptimasi(h.instans(), pen, h.biaya(), total, u, v, h.nilaiDual(), h.statistik());
    }

    @Test
    void deterministik() {
        Masalah m = acakBesar(new Random(3), 3000, 400);
        HasilOptimasi a = MesinPenempatan.selesaikan(m);
        HasilOptimasi b = MesinPenempatan.selesaikan(m);
        assertThat(b.penempatan()).isEqualTo(a.penempatan());
        assertThat(b.potensialPegawai()).isEqualTo(a.potensialPegawai());
        assertThat(b.potensialJabatan()).isEqualTo(a.potensialJabatan());
    }

    @Test
    void jalurKandidatDanPadatMemberiOptimumYangSama() {
        Masalah m = acakBesar(new Random(11), 2500, 300);
        Instans in = Instans.kompilasi(m);
        HasilOptimasi padat = MesinPenempatan.selesaikan(in);
        HasilOptimasi kandidat = MesinPenempatan.selesaikan(in, 0, 3);
        assertThat(kandidat.totalBiaya()).isEqualTo(padat.totalBiaya());
        assertThat(PemeriksaSertifikat.periksa(padat).pelanggaran()).isEmpty();
        assertThat(PemeriksaSertifikat.periksa(kandidat).pelanggaran()).isEmpty();
        assertThat(kandidat.statistik().pasanganDiharga()).isPositive();
    }

    /** A tie-heavy medium instance: several jenjang, positions sharing SKJ, levels near the requirement. */
    static Masalah acakBesar(Random r, int nP, int nJ) {
        String[] jenjang = {"PELAKSANA", "AHLI_PERTAMA", "AHLI_MUDA", "PENGAWAS"};
        String[] rumpun = {"KEU", "HUKUM", "KES", "PENDIDIKAN", "TEKNIK"};
        int nTipe = nJ / 4;
        List<JabatanMasukan> tipe = new ArrayList<>();
        for (int t = 0; t < nTipe; t++) {
            List<Syarat> skj = new ArrayList<>();
            for (int k = 1; k <= 9; k++) {
                if (r.nextInt(4) > 0) {
                    skj.add(s("M.0" + k, 1 + r.nextInt(4), 1 + r.nextInt(3)));
                }
            }
            skj.add(s("T." + r.nextInt(8), 2 + r.nextInt(3), 2));
            tipe.add(new JabatanMasukan(
                    "T" + t,
                    jenjang[r.nextInt(jenjang.length)],
                    5 + r.nextInt(5),
                    rumpun[r.nextInt(rumpun.length)],
                    0,
                    skj));
        }
        List<JabatanMasukan> js = new ArrayList<>();
        int kursi = 0;
        for (int j = 0; j < nJ; j++) {
            JabatanMasukan t = tipe.get(r.nextInt(nTipe));
            int kuota = 1 + r.nextInt(2 * nP / nJ);
            kursi += kuota;
            js.add(new JabatanMasukan("J" + j, t.jenjang(), t.kelas(), t.rumpun(), kuota, t.standarKompetensi()));
        }
        List<PegawaiMasukan> ps = new ArrayList<>();
        for (int e = 0; e < nP; e++) {
            JabatanMasukan cur = js.get(r.nextInt(nJ));
            Map<String, Integer> komp = new HashMap<>();
            for (Syarat sy : cur.standarKompetensi()) {
                komp.put(sy.kode(), Math.max(0, Math.min(5, sy.level() + r.nextInt(3) - 1)));
            }
            List<String> minat = r.nextInt(10) < 6 ? List.of(rumpun[r.nextInt(rumpun.length)]) : List.of();
            ps.add(new PegawaiMasukan(String.format("%018d", e), cur.jenjang(), cur.kelas(), cur.id(), minat, komp));
        }
        return new Masalah(Bobot.BAKU, js, ps);
    }
}
