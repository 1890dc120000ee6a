package id.aparatur.penempatan.mesin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Status quo and greedy fill: hand-checked cases and the greedy against its literal definition on random instances. */
class GarisDasarTests {

    static final Bobot BOBOT = new Bobot(2, 1, 1, 1000);

    /*
     * J1: PELAKSANA kelas 7 KEUANGAN kuota 1, SKJ M.01 level 3 bobot 2
     * J2: PELAKSANA kelas 8 UMUM     kuota 2, SKJ M.01 level 2 bobot 1
     * A: PELAKSANA kelas 7, on J1, minat KEUANGAN, M.01=1
     * B: PELAKSANA kelas 7, on J1, no minat,       M.01=3
     * C: PELAKSANA kelas 8, on J2, minat KEUANGAN, M.01=0
     * D: AHLI_PERTAMA kelas 8, no position (no position of its jenjang exists)
     *
     * biaya      J1                                 J2
     * A   gap 2·2=4, kelas 0, minat 0, pindah 0 = 4   gap 1, kelas 2, minat 1, pindah 1 = 5
     * B   0 + 0 + 0 + 0 = 0                          gap 0, kelas 2, minat 0, pindah 1 = 3
     * C   gap 2·3=6, kelas 2, minat 0, pindah 1 = 9   gap 2, kelas 0, minat 1, pindah 0 = 3
     */
    static Masalah contoh(Aturan aturan) {
        List<JabatanMasukan> j = List.of(
                new JabatanMasukan("J1", "PELAKSANA", 7, "KEUANGAN", 1, List.of(new Syarat("M.01", 3, 2))),
                new JabatanMasukan("J2", "PELAKSANA", 8, "UMUM", 2, List.of(new Syarat("M.01", 2, 1))));
        List<PegawaiMasukan> p = List.of(
                new PegawaiMasukan("A", "PELAKSANA", 7, "J1", List.of("KEUANGAN"), Map.of("M.01", 1)),
                new PegawaiMasukan("B", "PELAKSANA", 7, "J1", List.of(), Map.of("M.01", 3)),
                new PegawaiMasukan("C", "PELAKSANA", 8, "J2", List.of("KEUANGAN"), Map.of()),
                new PegawaiMasukan("D", "AHLI_PERTAMA", 8, null, List.of(), Map.of()));
        return new Masalah(BOBOT, j, p, aturan);
    }

    @Test
    void contohBiayaSesuaiHitunganTangan() {
        Instans in = Instans.kompilasi(contoh(Aturan.TANPA));
        assertThat(in.biaya(0, 0)).isEqualTo(4);
        assertThat(in.biaya(0, 1)).isEqualTo(5);
        assertThat(in.biaya(1, 0)).isZero();
        assertThat(in.biaya(1, 1)).isEqualTo(3);
        assertThat(in.biaya(2, 0)).isEqualTo(9);
        assertThat(in.biaya(2, 1)).isEqualTo(3);
    }

    @Test
    void statusQuoUrutanMasukanMenentukanSaatKuotaPenuh() {
        // A keeps J1 (4); B also sits on J1 but its only seat is taken: unplaced (1000); C keeps J2 (3); D unplaced.
        var r = GarisDasar.statusQuo(Instans.kompilasi(contoh(Aturan.TANPA)));
        assertThat(r.penempatan()).containsExactly(0, -1, 1, -1);
        assertThat(r.totalBiaya()).isEqualTo(4 + 1000 + 3 + 1000);
        assertThat(r.ditempatkan()).isEqualTo(2);
        assertThat(r.tidakDitempatkan()).isEqualTo(2);
    }

    @Test
    void serakahMengisiKursiDenganYangTermurah() {
        // J1: B (0) beats A (4) and C (9). J2 seat 1: C (3) beats A (5); seat 2: A (5). D unplaced.
        var r = GarisDasar.serakah(Instans.kompilasi(contoh(Aturan.TANPA)));
        assertThat(r.penempatan()).containsExactly(1, 0, 1, -1);
        assertThat(r.totalBiaya()).isEqualTo(0 + 3 + 5 + 1000);
        assertThat(r.ditempatkan()).isEqualTo(3);
        assertThat(r.tidakDitempatkan()).isEqualTo(1);
    }

    @Test
    void kunciDanPengecualianDihormatiKeduaGarisDasar() {
        Aturan a = new Aturan(false, Map.of("C", "J1"), Set.of("D"), Set.of());
        Instans in = Instans.kompilasi(contoh(a));
        // Status quo: C pinned to J1 (9) fills it, so A cannot stay (unplaced), B unplaced, D excluded.
        var sq = GarisDasar.statusQuo(in);
        assertThat(sq.penempatan()).containsExactly(-1, -1, 0, -2);
        assertThat(sq.totalBiaya()).isEqualTo(9 + 2000);
        assertThat(sq.ditempatkan()).isEqualTo(1);
        assertThat(sq.tidakDitempatkan()).isEqualTo(2);
        // Greedy: J1 is full by the pin; J2 seat 1: B (3) beats A (5); seat 2: A.
        var g = GarisDasar.serakah(in);
        assertThat(g.penempatan()).containsExactly(1, 1, 0, -2);
        assertThat(g.totalBiaya()).isEqualTo(9 + 3 + 5);
        assertThat(g.ditempatkan()).isEqualTo(3);
        assertThat(g.tidakDitempatkan()).isZero();
    }

    @Test
    void serakahSeriDimenangkanIndeksTerkecilDanJabatanDikecualikanDilewati() {
        // Two identical employees, neither currently placed: cost 1 (pindah) each on J2; the first in input order wins.
        // J1 is excluded: nobody goes there, and its current holder may not stay in the status quo either.
        List<JabatanMasukan> j = List.of(
                new JabatanMasukan("J1", "X", 5, "R", 1, List.of()),
                new JabatanMasukan("J2", "X", 5, "R", 1, List.of()));
        List<PegawaiMasukan> p = List.of(
                new PegawaiMasukan("P0", "X", 5, "J1", List.of(), Map.of()),
                new PegawaiMasukan("P1", "X", 5, null, List.of(), Map.of()),
                new PegawaiMasukan("P2", "X", 5, null, List.of(), Map.of()));
        Instans in = Instans.kompilasi(new Masalah(BOBOT, j, p, new Aturan(false, Map.of(), Set.of(), Set.of("J1"))));
        var g = GarisDasar.serakah(in);
        assertThat(g.penempatan()).containsExactly(1, -1, -1);
        assertThat(g.totalBiaya()).isEqualTo(1 + 2000);
        var sq = GarisDasar.statusQuo(in);
        assertThat(sq.penempatan()).containsExactly(-1, -1, -1);
        assertThat(sq.totalBiaya()).isEqualTo(3000);
    }

    @Test
    void serakahLebihMemilihPemegangJabatanKarenaTanpaBiayaPindah() {
        // P1 holds J1 (cost 0), P0 is free (cost pindah 1) but earlier in input: the holder wins.
        // With pindah 0 both cost 0 and the lower index wins.
        List<JabatanMasukan> j = List.of(new JabatanMasukan("J1", "X", 5, "R", 1, List.of()));
        List<PegawaiMasukan> p = List.of(
                new PegawaiMasukan("P0", "X", 5, null, List.of(), Map.of()),
                new PegawaiMasukan("P1", "X", 5, "J1", List.of(), Map.of()));
        assertThat(GarisDasar.serakah(Instans.kompilasi(new Masalah(BOBOT, j, p)))
                        .penempatan())
                .containsExactly(-1, 0);
        Bobot tanpaPindah = new Bobot(2, 1, 0, 1000);
        assertThat(GarisDasar.serakah(Instans.kompilasi(new Masalah(tanpaPindah, j, p)))
                        .penempatan())
                .containsExactly(0, -1);
    }

    @Test
    void serakahSamaDenganDefinisinyaPadaInstansAcak() {
        Random r = new Random(20260401);
        for (int kasus = 0; kasus < 3000; kasus++) {
            Masalah m = acak(r);
            Instans in = Instans.kompilasi(m);
            var g = GarisDasar.serakah(in);
            int[] harap = serakahHarfiah(in);
            assertThat(g.penempatan()).as("kasus %d: %s", kasus, m).containsExactly(harap);
            assertThat(g.totalBiaya()).isEqualTo(biaya(in, harap));
            assertThat(GarisDasar.statusQuo(in).totalBiaya()).isEqualTo(biaya(in, statusQuoHarfiah(in)));
            assertThat(GarisDasar.statusQuo(in).penempatan()).containsExactly(statusQuoHarfiah(in));
        }
    }

    /** The greedy exactly as specified, O(seats × employees). */
    static int[] serakahHarfiah(Instans in) {
        int n = in.jumlahPegawai();
        int[] p = new int[n];
        int[] sisa = new int[in.jumlahJabatan()];
        for (int j = 0; j < sisa.length; j++) {
            sisa[j] = in.kuota(j);
        }
        for (int e = 0; e < n; e++) {
            p[e] = switch (in.statusPegawai(e)) {
                case Instans.DIKECUALIKAN -> -2;
                case Instans.DIKUNCI -> in.kunci(e);
                default -> -1;
            };
            if (p[e] >= 0) {
                sisa[p[e]]--;
            }
        }
        for (int j = 0; j < sisa.length; j++) {
            while (sisa[j] > 0) {
                int best = -1;
                for (int e = 0; e < n; e++) {
                    if (p[e] == -1 && in.boleh(e, j) && (best < 0 || in.biaya(e, j) < in.biaya(best, j))) {
                        best = e;
                    }
                }
                if (best < 0) {
                    break;
                }
                p[best] = j;
                sisa[j]--;
            }
        }
        return p;
    }

    static int[] statusQuoHarfiah(Instans in) {
        int n = in.jumlahPegawai();
        int[] p = new int[n];
        int[] isi = new int[in.jumlahJabatan()];
        for (int e = 0; e < n; e++) {
            p[e] = in.statusPegawai(e) == Instans.DIKECUALIKAN ? -2 : in.kunci(e);
            if (p[e] >= 0) {
                isi[p[e]]++;
            }
        }
        for (int e = 0; e < n; e++) {
            int j = in.jabatanSaatIni(e);
            if (in.statusPegawai(e) == Instans.AKTIF && j >= 0 && in.boleh(e, j) && isi[j] < in.kuota(j)) {
                p[e] = j;
                isi[j]++;
            }
        }
        return p;
    }

    static long biaya(Instans in, int[] p) {
        long s = 0;
        for (int e = 0; e < p.length; e++) {
            s += p[e] >= 0 ? in.biaya(e, p[e]) : p[e] == -1 ? in.bobot().tidakDitempatkan() : 0;
        }
        return s;
    }

    static Masalah acak(Random r) {
        String[] jenjang = {"A", "B"};
        String[] rumpun = {"R1", "R2", "R3"};
        String[] kode = {"K1", "K2", "K3", "K4"};
        int nJ = 1 + r.nextInt(8);
        int nE = r.nextInt(22);
        List<JabatanMasukan> js = new ArrayList<>();
        for (int j = 0; j < nJ; j++) {
            List<Syarat> skj = new ArrayList<>();
            for (String k : kode) {
                if (r.nextInt(3) > 0) {
                    skj.add(new Syarat(k, r.nextInt(6), r.nextInt(4)));
                }
            }
            // small pools of SKJ/kelas so that several positions share a tipe
            js.add(new JabatanMasukan(
                    "J" + j,
                    jenjang[r.nextInt(2)],
                    3 + r.nextInt(4),
                    rumpun[r.nextInt(3)],
                    r.nextInt(4),
                    r.nextInt(3) == 0 && j > 0 ? js.get(r.nextInt(j)).standarKompetensi() : skj));
        }
        List<PegawaiMasukan> ps = new ArrayList<>();
        for (int e = 0; e < nE; e++) {
            Map<String, Integer> lv = new HashMap<>();
            for (String k : kode) {
                if (r.nextBoolean()) {
                    lv.put(k, r.nextInt(6));
                }
            }
            List<String> minat = new ArrayList<>();
            for (String ru : rumpun) {
                if (r.nextInt(4) == 0) {
                    minat.add(ru);
                }
            }
            ps.add(new PegawaiMasukan(
                    "P" + e,
                    jenjang[r.nextInt(2)],
                    2 + r.nextInt(6),
                    r.nextInt(4) == 0 ? null : "J" + r.nextInt(nJ),
                    minat,
                    lv));
        }
        Bobot b = new Bobot(r.nextInt(4), r.nextInt(3), r.nextInt(3), 5 + r.nextInt(50));
        Set<String> exP = new HashSet<>();
        Set<String> exJ = new HashSet<>();
        Map<String, String> kunci = new HashMap<>();
        if (r.nextBoolean()) {
            for (PegawaiMasukan p : ps) {
                if (r.nextInt(8) == 0) {
                    exP.add(p.nip());
                }
            }
            for (JabatanMasukan j : js) {
                if (r.nextInt(8) == 0) {
                    exJ.add(j.id());
                }
            }
            int[] terkunci = new int[nJ];
            for (PegawaiMasukan p : ps) {
                int j = r.nextInt(nJ);
                JabatanMasukan ja = js.get(j);
                if (r.nextInt(6) == 0
                        && !exP.contains(p.nip())
                        && !exJ.contains(ja.id())
                        && ja.jenjang().equals(p.jenjang())
                        && terkunci[j] < ja.kuota()) {
                    terkunci[j]++;
                    kunci.put(p.nip(), ja.id());
                }
            }
        }
        return new Masalah(b, js, ps, new Aturan(r.nextInt(3) == 0, kunci, exP, exJ));
    }
}
