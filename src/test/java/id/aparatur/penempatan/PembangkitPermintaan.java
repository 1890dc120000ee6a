package id.aparatur.penempatan;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded request body for {@code POST /api/v1/penempatan/optimasi} shaped like a large Pemda: jenjang mix with many
 * pelaksana and JF, positions sharing SKJ templates across OPDs (one template per ~20 positions), kuota 1–8, SKJ of 8 manajerial + 1 sosial kultural +
 * 2–4 teknis lines, employees whose levels mostly equal their current position's SKJ (±1, rarely ±2: tie-heavy gaps), interests in
 * 0–2 rumpun, a few without a current position. At 60,000 employees the body is ~25–30 MB.
 */
public final class PembangkitPermintaan {

    /** jenjang, share of positions, lowest kelas, highest kelas. */
    private static final Object[][] JENJANG = {
        {"PELAKSANA", 40, 5, 7}, {"TERAMPIL", 8, 6, 7}, {"MAHIR", 4, 7, 8}, {"AHLI_PERTAMA", 20, 8, 8},
        {"AHLI_MUDA", 14, 9, 9}, {"AHLI_MADYA", 4, 11, 11}, {"PENGAWAS", 6, 8, 9}, {"ADMINISTRATOR", 4, 11, 12}
    };

    private static final String[] RUMPUN = {
        "KEUANGAN",
        "KEPEGAWAIAN",
        "PERENCANAAN",
        "HUKUM",
        "PENDIDIKAN",
        "KESEHATAN",
        "PEKERJAAN_UMUM",
        "PERTANIAN",
        "KOMUNIKASI",
        "UMUM",
        "ARSIP",
        "PENGADAAN",
        "LINGKUNGAN",
        "SOSIAL",
        "PERHUBUNGAN",
        "PERDAGANGAN"
    };

    public record Badan(String json, int pegawai, int jabatan, int kursi) {}

    private PembangkitPermintaan() {}

    /** About four employees per position; total seats ≈ 1.03 × employees. */
    public static Badan buat(int jumlahPegawai, long seed) {
        Random r = new Random(seed);
        int nJ = Math.max(1, jumlahPegawai / 4);
        int nTemplat = Math.max(1, nJ / 20);
        String[] tJenjang = new String[nTemplat];
        int[] tKelas = new int[nTemplat];
        String[] tRumpun = new String[nTemplat];
        String[] tSkj = new String[nTemplat];
        int[][] tKode = new int[nTemplat][];
        int[][] tLevel = new int[nTemplat][];
        for (int t = 0; t < nTemplat; t++) {
            Object[] jj = pilihJenjang(r);
            tJenjang[t] = (String) jj[0];
            tKelas[t] = (int) jj[2] + r.nextInt((int) jj[3] - (int) jj[2] + 1);
            tRumpun[t] = RUMPUN[r.nextInt(RUMPUN.length)];
            int teknis = 2 + r.nextInt(3);
            tKode[t] = new int[9 + teknis];
            tLevel[t] = new int[9 + teknis];
            StringBuilder s = new StringBuilder("[");
            int dasar = Math.min(5, 1 + (tKelas[t] - 4) / 2);
            int awalTeknis = r.nextInt(200);
            for (int k = 0; k < tKode[t].length; k++) {
                tKode[t][k] = k < 9 ? k : 9 + (awalTeknis + (k - 9) * 37) % 200;
                tLevel[t][k] = Math.max(1, Math.min(5, dasar + r.nextInt(3) - 1));
                if (k > 0) {
                    s.append(',');
                }
                s.append("{\"kode\":\"")
                        .append(kode(tKode[t][k]))
                        .append("\",\"level\":")
                        .append(tLevel[t][k])
                        .append(",\"bobot\":")
                        .append(1 + r.nextInt(3))
                        .append('}');
            }
            tSkj[t] = s.append(']').toString();
        }
        int[] jTemplat = new int[nJ];
        int[] kuota = new int[nJ];
        int kursi = 0;
        for (int j = 0; j < nJ; j++) {
            jTemplat[j] = r.nextInt(nTemplat);
            kuota[j] = 1 + r.nextInt(7);
            kursi += kuota[j];
        }
        // scale seats to ≈ 1.03 × employees
        double f = 1.03 * jumlahPegawai / kursi;
        kursi = 0;
        for (int j = 0; j < nJ; j++) {
            kuota[j] = Math.max(1, (int) Math.round(kuota[j] * f));
            kursi += kuota[j];
        }
        StringBuilder b = new StringBuilder(jumlahPegawai * 480);
        b.append("{\"bobot\":{\"selisihKelas\":2,\"diluarMinat\":1,\"pindah\":1,\"tidakDitempatkan\":1000000},");
        b.append("\"jabatan\":[");
        for (int j = 0; j < nJ; j++) {
            int t = jTemplat[j];
            if (j > 0) {
                b.append(',');
            }
            b.append("{\"id\":\"J")
                    .append(j)
                    .append("\",\"jenjang\":\"")
                    .append(tJenjang[t])
                    .append("\",\"kelas\":")
                    .append(tKelas[t])
                    .append(",\"rumpun\":\"")
                    .append(tRumpun[t])
                    .append("\",\"kuota\":")
                    .append(kuota[j])
                    .append(",\"standarKompetensi\":")
                    .append(tSkj[t])
                    .append('}');
        }
        b.append("],\"pegawai\":[");
        // seat employees on positions (most positions full, a few over-full), 3 % without a position
        List<Integer> kursiList = new ArrayList<>(kursi);
        for (int j = 0; j < nJ; j++) {
            for (int k = 0; k < kuota[j]; k++) {
                kursiList.add(j);
            }
        }
        java.util.Collections.shuffle(kursiList, r);
        for (int e = 0; e < jumlahPegawai; e++) {
            int j = kursiList.get(e % kursiList.size());
            int t = jTemplat[j];
            boolean tanpaJabatan = r.nextInt(33) == 0;
            if (e > 0) {
                b.append(',');
            }
            b.append("{\"nip\":\"")
                    .append(nip(e))
                    .append("\",\"jenjang\":\"")
                    .append(tJenjang[t])
                    .append("\",\"kelas\":")
                    .append(tKelas[t] + (r.nextInt(50) == 0 ? r.nextInt(3) - 1 : 0))
                    .append(",\"jabatanSaatIni\":")
                    .append(tanpaJabatan ? "null" : "\"J" + j + "\"")
                    .append(",\"minatRumpun\":[");
            int minat = r.nextInt(3);
            for (int m = 0; m < minat; m++) {
                if (m > 0) {
                    b.append(',');
                }
                b.append('"')
                        .append(m == 0 && r.nextBoolean() ? tRumpun[t] : RUMPUN[r.nextInt(RUMPUN.length)])
                        .append('"');
            }
            b.append("],\"kompetensi\":{");
            for (int k = 0; k < tKode[t].length; k++) {
                if (k > 0) {
                    b.append(',');
                }
                int acak = r.nextInt(20);
                int lv = Math.max(
                        0,
                        Math.min(
                                5,
                                tLevel[t][k]
                                        + (acak < 13
                                                ? 0
                                                : acak < 18 ? (acak % 2 == 0 ? 1 : -1) : (acak % 2 == 0 ? 2 : -2))));
                b.append('"').append(kode(tKode[t][k])).append("\":").append(lv);
            }
            int awalLain = r.nextInt(50);
            for (int k = 0; k < 3; k++) {
                b.append(",\"")
                        .append(kode(209 + (awalLain + 7 * k) % 50))
                        .append("\":")
                        .append(r.nextInt(6));
            }
            b.append("}}");
        }
        b.append("]}");
        return new Badan(b.toString(), jumlahPegawai, nJ, kursi);
    }

    private static Object[] pilihJenjang(Random r) {
        int x = r.nextInt(100);
        for (Object[] j : JENJANG) {
            x -= (int) j[1];
            if (x < 0) {
                return j;
            }
        }
        return JENJANG[0];
    }

    static String kode(int k) {
        if (k < 8) {
            return "M.0" + (k + 1);
        }
        if (k == 8) {
            return "S.01";
        }
        return "T." + (100 + (k - 9) / 10) + "." + (k - 9) % 10;
    }

    /** A valid, unique NIP: birth date 1965–, TMT CPNS 25 years later, gender, sequence 001–999. */
    public static String nip(int i) {
        java.time.LocalDate lahir = java.time.LocalDate.of(1965, 1, 1).plusDays(i / 999 * 7L);
        return String.format(
                "%04d%02d%02d%04d%02d%d%03d",
                lahir.getYear(),
                lahir.getMonthValue(),
                lahir.getDayOfMonth(),
                lahir.getYear() + 25,
                1 + i % 12,
                1 + i % 2,
                1 + i % 999);
    }
}
