package id.aparatur.penempatan.mesin;

import id.aparatur.penempatan.mesin.MasalahTidakValidException.Galat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Masalah} compiled to flat arrays, validated. Positions with the same jenjang, kelas, rumpun and SKJ form one
 * <em>tipe</em>: their cost for an employee differs only by the {@code pindah} term, which the solver exploits.
 * Competency codes that no SKJ asks for are dropped (they cannot change any cost).
 */
public final class Instans {

    /** {@link #statusPegawai} values. */
    public static final int AKTIF = 0;

    public static final int DIKECUALIKAN = 1;
    public static final int DIKUNCI = 2;

    static final long BATAS_BOBOT = 1_000_000_000L;
    static final long BATAS_TIDAK_DITEMPATKAN = 1_000_000_000_000L;

    final Masalah masalah;
    final Bobot bobot;
    final String[] kodeKompetensi;
    final int nK;
    final String[] namaJenjang;

    // jabatan
    final int nJ;
    final String[] jabId;
    final int[] jJenjang;
    final int[] jKelas;
    final int[] jRumpun;
    final int[] jKuota;
    final int[] jTipe;
    final boolean[] jAktif;
    /** kuota minus the seats taken by pinned employees. */
    final int[] jKuotaBebas;

    // tipe
    final int nT;
    final int[] tJenjang;
    final int[] tKelas;
    final int[] tRumpun;
    final int[] tSkjMulai;
    final int[] tSkjKode;
    final int[] tSkjLevel;
    final long[] tSkjBobot;

    // pegawai
    final int nE;
    final String[] nip;
    final int[] eJenjang;
    final int[] eKelas;
    final int[] eSaatIni;
    final int[][] eMinat;
    final byte[] eLevel;
    final int[] eStatus;
    /** position index for pinned employees, else -1. */
    final int[] eKunci;
    /** rumpun an employee is restricted to under {@link Aturan#rumpunSama()}, or -1. */
    final int[] eRumpunWajib;

    private final Map<String, Integer> indeksJabatan;
    private final Map<String, Integer> indeksPegawai;

    private Instans(Masalah m) {
        this.masalah = m;
        this.bobot = m.bobot();
        List<Galat> galat = new ArrayList<>();
        Bobot b = m.bobot();
        if (b == null) {
            throw new MasalahTidakValidException(List.of(new Galat("bobot", "bobot-kosong", "Bobot wajib diisi")));
        }
        periksaBobot(galat, "bobot.selisihKelas", b.selisihKelas(), BATAS_BOBOT);
        periksaBobot(galat, "bobot.diluarMinat", b.diluarMinat(), BATAS_BOBOT);
        periksaBobot(galat, "bobot.pindah", b.pindah(), BATAS_BOBOT);
        periksaBobot(galat, "bobot.tidakDitempatkan", b.tidakDitempatkan(), BATAS_TIDAK_DITEMPATKAN);

        Map<String, Integer> jenjangIdx = new HashMap<>();
        List<String> jenjangNama = new ArrayList<>();
        Map<String, Integer> rumpunIdx = new HashMap<>();
        Map<String, Integer> kodeIdx = new HashMap<>();
        List<String> kodeNama = new ArrayList<>();

        List<JabatanMasukan> js = m.jabatan();
        nJ = js.size();
        jabId = new String[nJ];
        jJenjang = new int[nJ];
        jKelas = new int[nJ];
        jRumpun = new int[nJ];
        jKuota = new int[nJ];
        jTipe = new int[nJ];
        jAktif = new boolean[nJ];
        jKuotaBebas = new int[nJ];
        indeksJabatan = new HashMap<>(nJ * 2);
        for (int j = 0; j < nJ; j++) {
            JabatanMasukan ja = js.get(j);
            String lok = "jabatan[" + j + "]";
            if (ja == null || ja.id() == null || ja.id().isBlank()) {
                galat.add(new Galat(lok + ".id", "id-kosong", "Id jabatan wajib diisi"));
                continue;
            }
            lok = lok + " (" + ja.id() + ")";
            if (indeksJabatan.putIfAbsent(ja.id(), j) != null) {
                galat.add(
                        new Galat(lok + ".id", "jabatan-ganda", "Id jabatan " + ja.id() + " muncul lebih dari sekali"));
            }
            jabId[j] = ja.id();
            if (ja.jenjang() == null || ja.jenjang().isBlank()) {
                galat.add(new Galat(lok + ".jenjang", "jenjang-kosong", "Jenjang jabatan wajib diisi"));
            } else {
                jJenjang[j] = jenjangIdx.computeIfAbsent(ja.jenjang(), k -> {
                    jenjangNama.add(k);
                    return jenjangNama.size() - 1;
                });
            }
            if (ja.kuota() < 0) {
                galat.add(new Galat(lok + ".kuota", "kuota-negatif", "Kuota tidak boleh negatif: " + ja.kuota()));
            }
            if (ja.kelas() < 0) {
                galat.add(new Galat(lok + ".kelas", "kelas-negatif", "Kelas tidak boleh negatif: " + ja.kelas()));
            }
            jKelas[j] = ja.kelas();
            jRumpun[j] = rumpunIdx.computeIfAbsent(ja.rumpun() == null ? "" : ja.rumpun(), k -> rumpunIdx.size());
            jKuota[j] = Math.max(0, ja.kuota());
            jAktif[j] = true;
            if (ja.standarKompetensi() == null) {
                continue;
            }
            java.util.Set<String> kodeLihat = new java.util.HashSet<>();
            for (int s = 0; s < ja.standarKompetensi().size(); s++) {
                Syarat sy = ja.standarKompetensi().get(s);
                String ls = lok + ".standarKompetensi[" + s + "]";
                if (sy == null || sy.kode() == null || sy.kode().isBlank()) {
                    galat.add(new Galat(ls + ".kode", "kode-kosong", "Kode kompetensi wajib diisi"));
                    continue;
                }
                if (!kodeLihat.add(sy.kode())) {
                    galat.add(new Galat(ls + ".kode", "kode-ganda", "Kompetensi " + sy.kode() + " muncul dua kali"));
                }
                if (sy.level() < 0 || sy.level() > 5) {
                    galat.add(new Galat(
                            ls + ".level",
                            "level-di-luar-rentang",
                            "Level " + sy.kode() + " harus 0–5: " + sy.level()));
                }
                periksaBobot(galat, ls + ".bobot", sy.bobot(), BATAS_BOBOT);
                kodeIdx.computeIfAbsent(sy.kode(), k -> {
                    kodeNama.add(k);
                    return kodeNama.size() - 1;
                });
            }
        }
        kodeKompetensi = kodeNama.toArray(String[]::new);
        nK = kodeKompetensi.length;

        List<PegawaiMasukan> ps = m.pegawai();
        nE = ps.size();
        nip = new String[nE];
        eJenjang = new int[nE];
        eKelas = new int[nE];
        eSaatIni = new int[nE];
        eMinat = new int[nE][];
        eLevel = new byte[Math.multiplyExact(nE, Math.max(nK, 1))];
        eStatus = new int[nE];
        eKunci = new int[nE];
        eRumpunWajib = new int[nE];
        indeksPegawai = new HashMap<>(nE * 2);
        for (int e = 0; e < nE; e++) {
            PegawaiMasukan pe = ps.get(e);
            eKunci[e] = -1;
            eRumpunWajib[e] = -1;
            eSaatIni[e] = -1;
            eMinat[e] = new int[0];
            String lok = "pegawai[" + e + "]";
            if (pe == null || pe.nip() == null || pe.nip().isBlank()) {
                galat.add(new Galat(lok + ".nip", "nip-kosong", "NIP wajib diisi"));
                eJenjang[e] = -1;
                continue;
            }
            lok = lok + " (" + pe.nip() + ")";
            nip[e] = pe.nip();
            if (indeksPegawai.putIfAbsent(pe.nip(), e) != null) {
                galat.add(new Galat(lok + ".nip", "nip-ganda", "NIP " + pe.nip() + " muncul lebih dari sekali"));
            }
            Integer jj = pe.jenjang() == null ? null : jenjangIdx.get(pe.jenjang());
            if (pe.jenjang() == null || pe.jenjang().isBlank()) {
                galat.add(new Galat(lok + ".jenjang", "jenjang-kosong", "Jenjang pegawai wajib diisi"));
            }
            eJenjang[e] = jj == null ? -1 : jj; // a jenjang without any position: the employee can only stay unplaced
            eKelas[e] = pe.kelas();
            if (pe.kelas() < 0) {
                galat.add(new Galat(lok + ".kelas", "kelas-negatif", "Kelas tidak boleh negatif: " + pe.kelas()));
            }
            if (pe.jabatanSaatIni() != null && !pe.jabatanSaatIni().isEmpty()) {
                Integer j = indeksJabatan.get(pe.jabatanSaatIni());
                if (j == null) {
                    galat.add(new Galat(
                            lok + ".jabatanSaatIni",
                            "jabatan-tidak-dikenal",
                            "Jabatan saat ini " + pe.jabatanSaatIni() + " tidak ada di daftar jabatan"));
                } else {
                    eSaatIni[e] = j;
                }
            }
            if (pe.minatRumpun() != null && !pe.minatRumpun().isEmpty()) {
                // interests in a rumpun no position has still count as "has interests"; -1 never matches a position
                eMinat[e] = pe.minatRumpun().stream()
                        .mapToInt(r -> rumpunIdx.getOrDefault(r, -1))
                        .sorted()
                        .distinct()
                        .toArray();
            }
            if (pe.kompetensi() != null) {
                for (Map.Entry<String, Integer> k : pe.kompetensi().entrySet()) {
                    Integer lv = k.getValue();
                    if (k.getKey() == null || lv == null || lv < 0 || lv > 5) {
                        galat.add(new Galat(
                                lok + ".kompetensi." + k.getKey(),
                                "level-di-luar-rentang",
                                "Level " + k.getKey() + " harus 0–5: " + lv));
                        continue;
                    }
                    Integer ki = kodeIdx.get(k.getKey());
                    if (ki != null) {
                        eLevel[e * nK + ki] = lv.byteValue();
                    }
                }
            }
        }
        namaJenjang = jenjangNama.toArray(String[]::new);

        Aturan a = m.aturan() == null ? Aturan.TANPA : m.aturan();
        for (String id : a.jabatanDikecualikan()) {
            Integer j = indeksJabatan.get(id);
            if (j == null) {
                galat.add(new Galat(
                        "aturan.jabatanDikecualikan",
                        "jabatan-tidak-dikenal",
                        "Jabatan " + id + " tidak ada di daftar jabatan"));
            } else {
                jAktif[j] = false;
            }
        }
        for (String n : a.pegawaiDikecualikan()) {
            Integer e = indeksPegawai.get(n);
            if (e == null) {
                galat.add(new Galat(
                        "aturan.pegawaiDikecualikan",
                        "pegawai-tidak-dikenal",
                        "Pegawai " + n + " tidak ada di daftar pegawai"));
            } else {
                eStatus[e] = DIKECUALIKAN;
            }
        }
        System.arraycopy(jKuota, 0, jKuotaBebas, 0, nJ);
        a.dikunci().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(k -> {
            Integer e = indeksPegawai.get(k.getKey());
            Integer j = indeksJabatan.get(k.getValue());
            String lok = "aturan.dikunci." + k.getKey();
            if (e == null) {
                galat.add(new Galat(
                        lok, "pegawai-tidak-dikenal", "Pegawai " + k.getKey() + " tidak ada di daftar pegawai"));
            } else if (j == null) {
                galat.add(new Galat(
                        lok, "jabatan-tidak-dikenal", "Jabatan " + k.getValue() + " tidak ada di daftar jabatan"));
            } else if (eStatus[e] == DIKECUALIKAN || !jAktif[j]) {
                galat.add(new Galat(lok, "kunci-dikecualikan", "Pegawai atau jabatan yang dikunci juga dikecualikan"));
            } else if (eJenjang[e] != jJenjang[j]) {
                galat.add(new Galat(lok, "kunci-beda-jenjang", "Jenjang pegawai dan jabatan yang dikunci berbeda"));
            } else if (jKuotaBebas[j] == 0) {
                galat.add(new Galat(
                        lok, "kunci-melebihi-kuota", "Kuota jabatan " + k.getValue() + " habis oleh kuncian"));
            } else {
                jKuotaBebas[j]--;
                eStatus[e] = DIKUNCI;
                eKunci[e] = j;
            }
        });
        if (a.rumpunSama()) {
            for (int e = 0; e < nE; e++) {
                if (eSaatIni[e] >= 0) {
                    eRumpunWajib[e] = jRumpun[eSaatIni[e]];
                }
            }
        }
        if (!galat.isEmpty()) {
            throw new MasalahTidakValidException(galat);
        }

        // tipe: identical (jenjang, kelas, rumpun, SKJ) share one cost row
        Map<String, Integer> tipeIdx = new HashMap<>();
        List<int[]> tipeSkj = new ArrayList<>();
        List<long[]> tipeBobot = new ArrayList<>();
        List<int[]> tipeAttr = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < nJ; j++) {
            List<Syarat> skj = new ArrayList<>(js.get(j).standarKompetensi());
            skj.removeIf(s -> s.level() == 0 || s.bobot() == 0);
            skj.sort((x, y) -> x.kode().compareTo(y.kode()));
            sb.setLength(0);
            sb.append(jJenjang[j]).append('|').append(jKelas[j]).append('|').append(jRumpun[j]);
            for (Syarat s : skj) {
                sb.append('|')
                        .append(s.kode())
                        .append(':')
                        .append(s.level())
                        .append(':')
                        .append(s.bobot());
            }
            int jx = j;
            jTipe[j] = tipeIdx.computeIfAbsent(sb.toString(), k -> {
                int[] kl = new int[skj.size() * 2];
                long[] bb = new long[skj.size()];
                for (int i = 0; i < skj.size(); i++) {
                    kl[2 * i] = kodeIdx.get(skj.get(i).kode());
                    kl[2 * i + 1] = skj.get(i).level();
                    bb[i] = skj.get(i).bobot();
                }
                tipeSkj.add(kl);
                tipeBobot.add(bb);
                tipeAttr.add(new int[] {jJenjang[jx], jKelas[jx], jRumpun[jx]});
                return tipeSkj.size() - 1;
            });
        }
        nT = tipeSkj.size();
        tJenjang = new int[nT];
        tKelas = new int[nT];
        tRumpun = new int[nT];
        tSkjMulai = new int[nT + 1];
        for (int t = 0; t < nT; t++) {
            tJenjang[t] = tipeAttr.get(t)[0];
            tKelas[t] = tipeAttr.get(t)[1];
            tRumpun[t] = tipeAttr.get(t)[2];
            tSkjMulai[t + 1] = tSkjMulai[t] + tipeBobot.get(t).length;
        }
        tSkjKode = new int[tSkjMulai[nT]];
        tSkjLevel = new int[tSkjMulai[nT]];
        tSkjBobot = new long[tSkjMulai[nT]];
        for (int t = 0; t < nT; t++) {
            int[] kl = tipeSkj.get(t);
            long[] bb = tipeBobot.get(t);
            for (int i = 0; i < bb.length; i++) {
                tSkjKode[tSkjMulai[t] + i] = kl[2 * i];
                tSkjLevel[tSkjMulai[t] + i] = kl[2 * i + 1];
                tSkjBobot[tSkjMulai[t] + i] = bb[i];
            }
        }
    }

    private static void periksaBobot(List<Galat> galat, String lokasi, long nilai, long batas) {
        if (nilai < 0) {
            galat.add(new Galat(lokasi, "bobot-negatif", "Bobot tidak boleh negatif: " + nilai));
        } else if (nilai > batas) {
            galat.add(new Galat(lokasi, "bobot-terlalu-besar", "Bobot paling besar " + batas + ": " + nilai));
        }
    }

    /**
     * Validates and compiles a problem.
     *
     * @throws MasalahTidakValidException naming every offending item
     */
    public static Instans kompilasi(Masalah m) {
        return new Instans(m);
    }

    public Masalah masalah() {
        return masalah;
    }

    public int jumlahPegawai() {
        return nE;
    }

    public int jumlahJabatan() {
        return nJ;
    }

    public int jumlahTipe() {
        return nT;
    }

    public String nip(int e) {
        return nip[e];
    }

    public String idJabatan(int j) {
        return jabId[j];
    }

    public int indeksJabatan(String id) {
        Integer j = indeksJabatan.get(id);
        return j == null ? -1 : j;
    }

    public int indeksPegawai(String n) {
        Integer e = indeksPegawai.get(n);
        return e == null ? -1 : e;
    }

    /** {@link #AKTIF}, {@link #DIKECUALIKAN} or {@link #DIKUNCI}. */
    public int statusPegawai(int e) {
        return eStatus[e];
    }

    /** Position index of the employee's current position, or -1. */
    public int jabatanSaatIni(int e) {
        return eSaatIni[e];
    }

    public int kuota(int j) {
        return jKuota[j];
    }

    public boolean jabatanAktif(int j) {
        return jAktif[j];
    }

    /** Position a pinned employee is locked to, or -1. */
    public int kunci(int e) {
        return eKunci[e];
    }

    /** Σ bobot × max(0, level − level_e) over the SKJ of tipe t. */
    long kesenjanganTipe(int e, int t) {
        long s = 0;
        int basis = e * nK;
        for (int i = tSkjMulai[t], end = tSkjMulai[t + 1]; i < end; i++) {
            int d = tSkjLevel[i] - eLevel[basis + tSkjKode[i]];
            if (d > 0) {
                s += tSkjBobot[i] * d;
            }
        }
        return s;
    }

    boolean diluarMinat(int e, int rumpun) {
        int[] mi = eMinat[e];
        if (mi.length == 0) {
            return false;
        }
        return Arrays.binarySearch(mi, rumpun) < 0;
    }

    /** biaya(e,p) without the pindah term, identical for every position of tipe t. */
    long biayaTipe(int e, int t) {
        long c = kesenjanganTipe(e, t) + bobot.selisihKelas() * Math.abs(eKelas[e] - tKelas[t]);
        if (diluarMinat(e, tRumpun[t])) {
            c += bobot.diluarMinat();
        }
        return c;
    }

    /** True when the pair is allowed by jenjang and the hard rules (pins aside). */
    boolean bolehTipe(int e, int t) {
        return eJenjang[e] == tJenjang[t] && (eRumpunWajib[e] < 0 || eRumpunWajib[e] == tRumpun[t]);
    }

    /** True when employee e may be placed on position j (jenjang, exclusions, rumpun rule, pins). */
    public boolean boleh(int e, int j) {
        if (eStatus[e] == DIKECUALIKAN || !jAktif[j]) {
            return false;
        }
        if (eStatus[e] == DIKUNCI) {
            return eKunci[e] == j;
        }
        return bolehTipe(e, jTipe[j]);
    }

    /** biaya(e,j) of the formula. */
    public long biaya(int e, int j) {
        return biayaTipe(e, jTipe[j]) + (j == eSaatIni[e] ? 0 : bobot.pindah());
    }

    /** The four terms of biaya(e,j). */
    public Rincian rincian(int e, int j) {
        int t = jTipe[j];
        return new Rincian(
                kesenjanganTipe(e, t),
                bobot.selisihKelas() * Math.abs(eKelas[e] - tKelas[t]),
                diluarMinat(e, tRumpun[t]) ? bobot.diluarMinat() : 0,
                j == eSaatIni[e] ? 0 : bobot.pindah());
    }

    public Bobot bobot() {
        return bobot;
    }
}
