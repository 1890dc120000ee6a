package id.aparatur.benchmark.perencanaan;

import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.CalonUji;
import id.aparatur.perencanaan.kaskade.MasalahKaskade;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded cascade instances shaped like a Pemda: one OPD per ~1,500 employees, each with a JPT pratama, administrators,
 * pengawas, pelaksana and jabatan fungsional (ahli pertama/muda/madya) in ten rumpun; nomenclature (and so SKJ)
 * repeats across OPDs as in real peta jabatan. About 7.5 % of the seats are vacant (more above the entry level, as
 * after a year of retirements) and 1.5 % of the positions are over-filled.
 */
public final class GeneratorKaskade {

    private static final int RUMPUN = 10;
    private static final String[] PEND_PELAKSANA = {"SMA", "SMA", "D3", "S1", "S1"};
    private static final String[] GOL = {"II/a", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c"};

    private GeneratorKaskade() {}

    /** An instance with about {@code pegawai} employees. */
    public static MasalahKaskade buat(int pegawai, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<PosisiKaskade> pos = new ArrayList<>();
        List<CalonKaskade> orang = new ArrayList<>();
        Map<String, List<Syarat>> skjPerNama = new HashMap<>();
        int opd = Math.max(3, pegawai / 1500);
        int kursiPerOpd = (int) Math.ceil(pegawai / 0.925 / opd);
        long[] nip = {0};
        for (int o = 0; o < opd; o++) {
            int rumpunOpd = o % RUMPUN;
            // Struktural pyramid.
            tambah(pos, orang, skjPerNama, rnd, nip, o, "JPT_PRATAMA", 14, rumpunOpd, 1, 0.10, 0);
            for (int a = 0; a < 4; a++) {
                tambah(
                        pos,
                        orang,
                        skjPerNama,
                        rnd,
                        nip,
                        o,
                        "ADMINISTRATOR",
                        a == 0 ? 12 : 11,
                        (rumpunOpd + a) % RUMPUN,
                        1,
                        0.08,
                        a);
            }
            for (int p = 0; p < 14; p++) {
                tambah(
                        pos,
                        orang,
                        skjPerNama,
                        rnd,
                        nip,
                        o,
                        "PENGAWAS",
                        p < 4 ? 9 : 8,
                        (rumpunOpd + p / 4) % RUMPUN,
                        1,
                        0.08,
                        p % 5);
            }
            int sisa = kursiPerOpd - 19;
            int jf = (int) (sisa * 0.40);
            int pelaksana = sisa - jf;
            // Pelaksana: ~25 nomenclatures per OPD, seats spread unevenly.
            int nPel = 25;
            for (int i = 0; i < nPel; i++) {
                int k = Math.max(1, (int) (pelaksana * (0.5 + rnd.nextDouble()) / nPel));
                tambah(
                        pos,
                        orang,
                        skjPerNama,
                        rnd,
                        nip,
                        o,
                        "PELAKSANA",
                        5 + i % 3,
                        (rumpunOpd + i % 4) % RUMPUN,
                        k,
                        0.075,
                        i);
            }
            // JF: ahli pertama / muda / madya in 6 nomenclatures.
            for (int i = 0; i < 6; i++) {
                int total = Math.max(3, (int) (jf * (0.5 + rnd.nextDouble()) / 6));
                int r = (rumpunOpd + i) % RUMPUN;
                tambah(
                        pos,
                        orang,
                        skjPerNama,
                        rnd,
                        nip,
                        o,
                        "FUNGSIONAL/AHLI_MADYA",
                        11,
                        r,
                        Math.max(1, total / 10),
                        0.08,
                        i);
                tambah(
                        pos,
                        orang,
                        skjPerNama,
                        rnd,
                        nip,
                        o,
                        "FUNGSIONAL/AHLI_MUDA",
                        9,
                        r,
                        Math.max(1, total * 3 / 10),
                        0.08,
                        i);
                tambah(
                        pos,
                        orang,
                        skjPerNama,
                        rnd,
                        nip,
                        o,
                        "FUNGSIONAL/AHLI_PERTAMA",
                        8,
                        r,
                        Math.max(1, total * 6 / 10),
                        0.075,
                        i);
            }
        }
        return new MasalahKaskade(pos, orang, AturanKaskade.STANDAR);
    }

    private static void tambah(
            List<PosisiKaskade> pos,
            List<CalonKaskade> orang,
            Map<String, List<Syarat>> skjPerNama,
            SplittableRandom rnd,
            long[] nip,
            int opd,
            String tingkat,
            int kelas,
            int rumpun,
            int k,
            double kosong,
            int varian) {
        String nama = tingkat + "/" + kelas + "/" + rumpun + "/" + varian;
        List<Syarat> skj = skjPerNama.computeIfAbsent(nama, x -> skj(rnd, tingkat, rumpun));
        String pend = switch (tingkat) {
            case "PELAKSANA" -> kelas == 7 ? "S1" : kelas == 6 ? "D3" : "SMA";
            case "FUNGSIONAL/AHLI_PERTAMA", "FUNGSIONAL/AHLI_MUDA", "FUNGSIONAL/AHLI_MADYA" -> "S1";
            default -> null;
        };
        long id = pos.size() + 1L;
        pos.add(new PosisiKaskade(id, opd + 1, opd * 100L + 1, tingkat, kelas, "R" + rumpun, k, pend, null, skj));
        int b = 0;
        for (int i = 0; i < k; i++) {
            if (rnd.nextDouble() >= kosong) {
                b++;
            }
        }
        if (rnd.nextDouble() < 0.015) {
            b += 1 + rnd.nextInt(2);
        }
        for (int i = 0; i < b; i++) {
            orang.add(calon(rnd, nip, id, tingkat, kelas, rumpun));
        }
    }

    private static List<Syarat> skj(SplittableRandom rnd, String tingkat, int rumpun) {
        int level = switch (tingkat) {
            case "JPT_PRATAMA" -> 4;
            case "ADMINISTRATOR", "FUNGSIONAL/AHLI_MADYA" -> 4;
            case "PENGAWAS", "FUNGSIONAL/AHLI_MUDA" -> 3;
            default -> 2;
        };
        List<Syarat> s = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            s.add(new Syarat("M." + (1 + rnd.nextInt(8)) + "." + m, Math.min(5, level + rnd.nextInt(2)), 100));
        }
        s.add(new Syarat("T." + rumpun + "." + (1 + rnd.nextInt(3)), level, 100));
        s.add(new Syarat("T." + rumpun + ".9", Math.max(1, level - 1), 50));
        // Distinct codes only.
        Map<String, Syarat> unik = new HashMap<>();
        s.forEach(x -> unik.putIfAbsent(x.kode(), x));
        return List.copyOf(unik.values());
    }

    private static CalonKaskade calon(
            SplittableRandom rnd, long[] nip, long jabatan, String tingkat, int kelas, int rumpun) {
        nip[0]++;
        String n = String.format("19%08d%08d", 70_000_000 + nip[0] % 30_000_000, nip[0]);
        String pend = switch (tingkat) {
            case "PELAKSANA" -> PEND_PELAKSANA[Math.min(PEND_PELAKSANA.length - 1, kelas - 5 + rnd.nextInt(3))];
            default -> rnd.nextInt(5) == 0 ? "S2" : "S1";
        };
        int golIdx = switch (tingkat) {
            case "PELAKSANA" -> rnd.nextInt(6);
            case "PENGAWAS", "FUNGSIONAL/AHLI_PERTAMA" -> 3 + rnd.nextInt(3);
            case "ADMINISTRATOR", "FUNGSIONAL/AHLI_MUDA" -> 5 + rnd.nextInt(3);
            default -> 6 + rnd.nextInt(3);
        };
        Map<String, Integer> komp = new HashMap<>();
        for (int m = 1; m <= 8; m++) {
            for (int v = 1; v <= 3; v++) {
                if (rnd.nextInt(3) == 0) {
                    komp.put("M." + m + "." + v, 1 + rnd.nextInt(5));
                }
            }
        }
        for (int t = 1; t <= 3; t++) {
            komp.put("T." + rumpun + "." + t, 1 + rnd.nextInt(5));
        }
        komp.put("T." + rumpun + ".9", 1 + rnd.nextInt(5));
        return CalonUji.calon(
                n,
                jabatan,
                rnd.nextDouble() < 0.9,
                pend,
                rnd.nextDouble() < 0.08 ? null : GOL[golIdx],
                rnd.nextInt(240),
                rnd.nextDouble() < 0.01,
                null,
                komp);
    }
}
