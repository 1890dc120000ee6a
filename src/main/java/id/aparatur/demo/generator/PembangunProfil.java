package id.aparatur.demo.generator;

import static id.aparatur.demo.generator.KatalogProfil.GOLONGAN;
import static id.aparatur.demo.generator.KatalogProfil.PANGKAT;
import static id.aparatur.demo.generator.KatalogProfil.TINGKAT;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Completes the seated pegawai with profile fields, riwayat, minat and competency assessments. Uses the generator's
 * one {@link Random} (drawn after the structure, so it does not disturb it) and dates relative to
 * {@link DemoKabupaten#TANGGAL_ACUAN}; only ordered collections are iterated, so the result depends on the seed alone.
 */
final class PembangunProfil {

    /** A jabatan with what the profile needs beyond the public record. */
    record InfoJabatan(
            Jabatan jabatan, String kategori, boolean kepala, String namaUnit, String namaOpd, String jenisOpd) {}

    record Hasil(
            List<Pegawai> pegawai,
            List<Riwayat> riwayat,
            List<MinatRumpun> minatRumpun,
            List<MinatJabatan> minatJabatan,
            List<Asesmen> asesmen) {}

    static final LocalDate ACUAN = DemoKabupaten.TANGGAL_ACUAN;

    /** Target shares of the JPM bands (BKN): cukup optimal 78–&lt;90 %, kurang optimal &lt;78 %; the rest optimal. */
    static final double TARGET_CUKUP = 0.225;

    static final double TARGET_KURANG = 0.125;

    static final int SMA = TINGKAT.indexOf("SMA");
    static final int D3 = TINGKAT.indexOf("D3");
    static final int D4 = TINGKAT.indexOf("D4");
    static final int S1 = TINGKAT.indexOf("S1");
    static final int S2 = TINGKAT.indexOf("S2");

    private static final List<String> JENIS_RIWAYAT =
            List.of("PANGKAT", "JABATAN", "PENDIDIKAN", "PELATIHAN", "PENGHARGAAN", "HUKUMAN_DISIPLIN");
    private static final List<String> KEAHLIAN = List.of("AHLI_PERTAMA", "AHLI_MUDA", "AHLI_MADYA", "AHLI_UTAMA");
    private static final List<String> KETERAMPILAN = List.of("PEMULA", "TERAMPIL", "MAHIR", "PENYELIA");

    private final Random rnd;
    private final List<InfoJabatan> jabatan;
    private final List<String> tempatDaerah = new ArrayList<>();
    private final int jumlahKecamatan;
    private final Map<String, Integer> urutNik = new HashMap<>();
    private final Map<String, Integer> urutNomor = new HashMap<>();
    private final Map<String, List<Jabatan>> perOpdJenis = new HashMap<>();
    private final Map<String, List<Jabatan>> perJenis = new HashMap<>();
    private final Map<String, List<Jabatan>> perNama = new HashMap<>();
    private final Map<String, List<Jabatan>> perRumpunUrutKelas = new HashMap<>();
    private final List<Jabatan> semuaUrutKelas;
    private final List<String> rumpun;
    private final Kelayakan[] kelayakan;

    private final List<Pegawai> pegawai = new ArrayList<>();
    private final List<Riwayat> riwayat = new ArrayList<>();
    private final List<MinatRumpun> minatRumpun = new ArrayList<>();
    private final List<MinatJabatan> minatJabatan = new ArrayList<>();
    private final List<Asesmen> asesmen = new ArrayList<>();
    private double peluangCukup;
    private double peluangKurang;

    PembangunProfil(Random rnd, List<InfoJabatan> jabatan, List<String> kecamatan) {
        this.rnd = rnd;
        this.jabatan = jabatan;
        this.jumlahKecamatan = Math.max(1, kecamatan.size());
        tempatDaerah.add("Contoh");
        for (String k : kecamatan) {
            if (!k.startsWith("Kota ")) {
                tempatDaerah.add(k);
            }
        }
        TreeSet<String> semuaRumpun = new TreeSet<>();
        kelayakan = new Kelayakan[jabatan.size()];
        for (int i = 0; i < jabatan.size(); i++) {
            Jabatan j = jabatan.get(i).jabatan();
            if (j.id() != i + 1) {
                throw new IllegalStateException("Id jabatan tidak berurutan: " + j.id());
            }
            perOpdJenis
                    .computeIfAbsent(j.opdId() + "/" + j.jenisJabatan(), k -> new ArrayList<>())
                    .add(j);
            perJenis.computeIfAbsent(j.jenisJabatan(), k -> new ArrayList<>()).add(j);
            perNama.computeIfAbsent(j.nama(), k -> new ArrayList<>()).add(j);
            perRumpunUrutKelas
                    .computeIfAbsent(j.rumpunKode(), k -> new ArrayList<>())
                    .add(j);
            semuaRumpun.add(j.rumpunKode());
            kelayakan[i] = Kelayakan.dari(j);
        }
        Comparator<Jabatan> urut = Comparator.comparingInt(Jabatan::kelas).thenComparingLong(Jabatan::id);
        perRumpunUrutKelas.values().forEach(l -> l.sort(urut));
        semuaUrutKelas = jabatan.stream().map(InfoJabatan::jabatan).sorted(urut).toList();
        rumpun = List.copyOf(semuaRumpun);
    }

    Hasil bangun(List<Pembangun.Orang> orang) {
        // Calibrate the band probabilities: a band is only drawn for pegawai whose SKJ allows it.
        int bisaCukup = 0;
        int bisaKurang = 0;
        for (Pembangun.Orang o : orang) {
            Kelayakan k = kelayakan[(int) o.jabatanId() - 1];
            bisaCukup += k.bisaCukup() ? 1 : 0;
            bisaKurang += k.bisaKurang() ? 1 : 0;
        }
        peluangCukup = bisaCukup == 0 ? 0 : Math.min(0.6, TARGET_CUKUP * orang.size() / bisaCukup);
        peluangKurang = bisaKurang == 0 ? 0 : Math.min(0.35, TARGET_KURANG * orang.size() / bisaKurang);
        Map<String, Pegawai> perNip = new HashMap<>();
        for (Pembangun.Orang o : orang) {
            Pegawai p = lengkapi(o, perNip);
            pegawai.add(p);
            perNip.put(p.nip(), p);
        }
        return new Hasil(pegawai, riwayat, minatRumpun, minatJabatan, asesmen);
    }

    // ================================================================ one pegawai

    /** A riwayat entry before it gets its id. */
    private record Entri(
            String jenis,
            String uraian,
            @Nullable String keterangan,
            @Nullable String golongan,
            @Nullable Long jabatanId,
            @Nullable String tingkat,
            @Nullable Integer jp,
            @Nullable String nomorSk,
            @Nullable LocalDate tanggalSk,
            LocalDate tmt,
            @Nullable LocalDate tmtSelesai) {}

    private Pegawai lengkapi(Pembangun.Orang orang, Map<String, Pegawai> perNip) {
        InfoJabatan ij = info(orang.jabatanId());
        Jabatan j = ij.jabatan();
        boolean perempuan = orang.jenisKelamin().equals("P");
        int bulanKerja = (int) ChronoUnit.MONTHS.between(orang.tmtCpns(), ACUAN);
        String status = status(orang, ij, bulanKerja);
        // A PPPK gets an NI PPPK instead of the NIP drawn while seating (PPPK are never unit heads, so no atasan link
        // points at the old number); its TMT CPNS field is only the date of appointment here, never stored.
        Pembangun.Orang o = status.equals("PPPK") ? denganNiPppk(orang) : orang;

        String[] kata = o.nama().split(" ");
        String agama = agama(kata);
        String tempatLahir = tempatLahir(kata, agama);
        String nik = nik(o.tanggalLahir(), perempuan);
        String kawin = statusPerkawinan(o.tanggalLahir(), perempuan);
        String disabilitas = rnd.nextDouble() < 0.01 ? pilih(KatalogProfil.DISABILITAS) : null;

        List<Entri> entri = new ArrayList<>();
        Pendidikan pd = pendidikan(o, ij, tempatLahir);
        for (Studi s : pd.riwayat()) {
            entri.add(new Entri(
                    "PENDIDIKAN",
                    s.uraian(),
                    s.institusi(),
                    null,
                    null,
                    TINGKAT.get(s.tingkat()),
                    null,
                    s.nomorIjazah(),
                    s.lulus(),
                    s.lulus(),
                    null));
        }
        Studi awal = pd.riwayat().get(0);
        Studi akhir = pd.riwayat().get(pd.riwayat().size() - 1);

        String golongan = null;
        LocalDate tmtGolongan = null;
        String golonganPppk = null;
        if (!status.equals("PPPK")) {
            int g = pangkat(o, j, awal.tingkat(), akhir.tingkat(), status, bulanKerja, entri);
            golongan = GOLONGAN.get(g);
            tmtGolongan = entri.get(entri.size() - 1).tmt();
        } else {
            golonganPppk = GOLONGAN_PPPK_AWAL.get(TINGKAT.get(akhir.tingkat()));
        }
        LocalDate tmtJabatan = jabatan(o, ij, status, bulanKerja, entri);
        pelatihan(o, ij, status, tmtJabatan, awal.tingkat(), entri);
        boolean hukumanBerat = hukuman(o, bulanKerja, entri);
        penghargaan(o, ij, status, bulanKerja, hukumanBerat, entri);

        entri.sort(Comparator.comparingInt((Entri e) -> JENIS_RIWAYAT.indexOf(e.jenis()))
                .thenComparing(Entri::tmt));
        for (Entri e : entri) {
            riwayat.add(new Riwayat(
                    riwayat.size() + 1L,
                    o.nip(),
                    e.jenis(),
                    e.uraian(),
                    e.keterangan(),
                    e.golongan(),
                    e.jabatanId(),
                    e.tingkat(),
                    e.jp(),
                    e.nomorSk(),
                    e.tanggalSk(),
                    e.tmt(),
                    e.tmtSelesai()));
        }
        minat(o, j);
        Pegawai atasan = o.atasanNip() == null ? null : perNip.get(o.atasanNip());
        asesmen(o, ij, atasan);
        return new Pegawai(
                o.nip(),
                o.nama(),
                pd.gelarDepan(),
                pd.gelarBelakang(),
                o.jenisKelamin(),
                o.tanggalLahir(),
                status.equals("PPPK") ? null : o.tmtCpns(),
                o.jabatanId(),
                o.unitId(),
                o.opdId(),
                o.atasanNip(),
                tempatLahir,
                nik,
                status,
                golongan,
                tmtGolongan,
                tmtJabatan,
                TINGKAT.get(akhir.tingkat()),
                akhir.jurusan(),
                akhir.lulus().getYear(),
                agama,
                kawin,
                disabilitas,
                golonganPppk,
                o.tmtCpns());
    }

    /**
     * Golongan PPPK at appointment by education, as in the PPPK announcements (Perpres 98/2020 salary scale; the
     * mapping is customary, not confirmed by a regulation text): SD I, SMP IV, SLTA/D-I V, D-II VI, D-III VII,
     * S-1/D-IV IX, S-2 X, S-3 XI.
     */
    static final Map<String, String> GOLONGAN_PPPK_AWAL = Map.of(
            "SD", "I", "SMP", "IV", "SMA", "V", "D1", "V", "D2", "VI", "D3", "VII", "D4", "IX", "S1", "IX", "S2", "X",
            "S3", "XI");

    private final Map<String, Integer> urutNiPppk = new HashMap<>();

    /**
     * The pegawai with an NI PPPK: birth date, year of appointment, {@code 21}, gender digit, serial number. The demo
     * writes 21 in digits 13–14 (their meaning is unconfirmed), which no NIP has as a month: a demo NI PPPK is never a
     * valid NIP, so every page that must not read it as one is exercised. No random draw: the seed stays comparable.
     */
    private Pembangun.Orang denganNiPppk(Pembangun.Orang o) {
        String awalan =
                o.nip().substring(0, 8) + o.tmtCpns().getYear() + "21" + o.nip().charAt(14);
        int urut = urutNiPppk.merge(awalan, 1, Integer::sum);
        String ni = awalan + String.format(java.util.Locale.ROOT, "%03d", urut);
        return new Pembangun.Orang(
                ni,
                o.nama(),
                o.gelarDepan(),
                o.gelarBelakang(),
                o.jenisKelamin(),
                o.tanggalLahir(),
                o.tmtCpns(),
                o.jabatanId(),
                o.unitId(),
                o.opdId(),
                o.atasanNip());
    }

    private InfoJabatan info(long jabatanId) {
        return jabatan.get((int) jabatanId - 1);
    }

    // ================================================================ status, identity

    private static boolean struktural(Jabatan j) {
        return !j.jenisJabatan().equals("FUNGSIONAL") && !j.jenisJabatan().equals("PELAKSANA");
    }

    /** PPPK (from 2020, not in struktural posts), CPNS in the first year, PNS otherwise. */
    private String status(Pembangun.Orang o, InfoJabatan ij, int bulanKerja) {
        if (!ij.kepala() && !struktural(ij.jabatan()) && o.tmtCpns().getYear() >= 2020) {
            double p = switch (ij.kategori()) {
                case "GURU", "PERAWAT", "BIDAN", "PENYULUH", "DOKTER" -> 0.75;
                default -> 0.5;
            };
            if (rnd.nextDouble() < p) {
                return "PPPK";
            }
        }
        return bulanKerja < 12 ? "CPNS" : "PNS";
    }

    private String agama(String[] kata) {
        boolean muslim = false;
        boolean kristiani = false;
        boolean katolik = false;
        boolean sebagian = false;
        boolean batak = false;
        for (String k : kata) {
            muslim |= KatalogProfil.NAMA_MUSLIM.contains(k);
            kristiani |= KatalogProfil.NAMA_KRISTIANI.contains(k);
            katolik |= KatalogProfil.NAMA_KATOLIK.contains(k);
            sebagian |= KatalogProfil.NAMA_KRISTIANI_SEBAGIAN.contains(k);
            batak |= KatalogProfil.MARGA_BATAK.contains(k);
        }
        double r = rnd.nextDouble();
        if (muslim) {
            return "ISLAM";
        }
        if (kristiani) {
            return r < 0.9 ? (katolik == (rnd.nextDouble() < 0.7) ? "KATOLIK" : "KRISTEN") : "ISLAM";
        }
        if (batak) {
            return r < 0.8 ? "KRISTEN" : r < 0.88 ? "KATOLIK" : "ISLAM";
        }
        if (sebagian) {
            return r < 0.4 ? "KRISTEN" : r < 0.5 ? "KATOLIK" : "ISLAM";
        }
        return r < 0.93
                ? "ISLAM"
                : r < 0.96
                        ? "KRISTEN"
                        : r < 0.98
                                ? "KATOLIK"
                                : r < 0.99 ? "HINDU" : r < 0.997 ? "BUDDHA" : r < 0.999 ? "KONGHUCU" : "KEPERCAYAAN";
    }

    private String tempatLahir(String[] kata, String agama) {
        boolean batak = false;
        for (String k : kata) {
            batak |= KatalogProfil.MARGA_BATAK.contains(k);
        }
        double r = rnd.nextDouble();
        if (batak && r < 0.45) {
            return pilih(KatalogProfil.KOTA_BATAK);
        }
        if (agama.equals("HINDU") && r < 0.7) {
            return pilih(KatalogProfil.KOTA_BALI);
        }
        if ((agama.equals("KRISTEN") || agama.equals("KATOLIK")) && r < 0.15) {
            return pilih(KatalogProfil.KOTA_KRISTEN);
        }
        double s = rnd.nextDouble();
        return s < 0.62
                ? pilih(tempatDaerah)
                : s < 0.92 ? pilih(KatalogProfil.KOTA_JAWA) : pilih(KatalogProfil.KOTA_LUAR_JAWA);
    }

    /** NIK: kode wilayah (domicile, 6), tanggal lahir ddMMyy (+40 on the day for women), nomor urut (4). */
    private String nik(LocalDate lahir, boolean perempuan) {
        String wilayah = rnd.nextDouble() < 0.88
                ? KatalogProfil.KODE_KABUPATEN + dua(1 + rnd.nextInt(jumlahKecamatan))
                : pilih(KatalogProfil.WILAYAH_LAIN)[0] + dua(1 + rnd.nextInt(20));
        String awalan = wilayah
                + dua(lahir.getDayOfMonth() + (perempuan ? 40 : 0))
                + dua(lahir.getMonthValue())
                + dua(lahir.getYear() % 100);
        int urut = urutNik.merge(awalan, 1, Integer::sum);
        return awalan + nol(urut, 4);
    }

    private String statusPerkawinan(LocalDate lahir, boolean perempuan) {
        int umur = (int) ChronoUnit.YEARS.between(lahir, ACUAN);
        double r = rnd.nextDouble();
        double belum;
        double ceraiHidup;
        double ceraiMati;
        if (umur < 25) {
            belum = 0.75;
            ceraiHidup = 0;
            ceraiMati = 0;
        } else if (umur < 30) {
            belum = 0.40;
            ceraiHidup = 0.01;
            ceraiMati = 0;
        } else if (umur < 40) {
            belum = 0.12;
            ceraiHidup = 0.025;
            ceraiMati = 0.005;
        } else if (umur < 50) {
            belum = 0.05;
            ceraiHidup = 0.035;
            ceraiMati = perempuan ? 0.035 : 0.02;
        } else {
            belum = 0.03;
            ceraiHidup = 0.04;
            ceraiMati = perempuan ? 0.12 : 0.06;
        }
        return r < belum
                ? "BELUM_KAWIN"
                : r < belum + ceraiHidup ? "CERAI_HIDUP" : r < belum + ceraiHidup + ceraiMati ? "CERAI_MATI" : "KAWIN";
    }

    // ================================================================ pendidikan and gelar

    /** One completed education; {@code tingkat} indexes {@link KatalogProfil#TINGKAT}. */
    record Studi(int tingkat, String jurusan, String uraian, String institusi, String nomorIjazah, LocalDate lulus) {}

    /** The education history (1–2, chronological) and the gelar that follow from it. */
    record Pendidikan(
            List<Studi> riwayat,
            @Nullable String gelarDepan,
            @Nullable String gelarBelakang) {}

    /** The tingkat levels a syarat pendidikan names, lowest first; empty for "Paling rendah …" and "Profesi …". */
    static List<Integer> tingkatSyarat(String syarat) {
        if (syarat.startsWith("SLTA/D-III")) {
            return List.of(SMA, D3);
        }
        if (syarat.startsWith("D-III/S-1")) {
            return List.of(D3, S1);
        }
        if (syarat.startsWith("S-1/D-IV")) {
            return List.of(D4, S1);
        }
        if (syarat.startsWith("D-III")) {
            return List.of(D3);
        }
        if (syarat.startsWith("S-1")) {
            return List.of(S1);
        }
        if (syarat.startsWith("S-2")) {
            return List.of(S2);
        }
        return List.of();
    }

    /** The lowest tingkat a syarat pendidikan admits. */
    static int tingkatMinimal(String syarat) {
        List<Integer> t = tingkatSyarat(syarat);
        if (!t.isEmpty()) {
            return t.get(0);
        }
        if (syarat.startsWith("Profesi Dokter Spesialis")) {
            return S2;
        }
        if (syarat.startsWith("Paling rendah S-1/D-IV")) {
            return D4;
        }
        if (syarat.startsWith("Profesi") || syarat.startsWith("Paling rendah S-1")) {
            return S1;
        }
        if (syarat.startsWith("Paling rendah D-III")) {
            return D3;
        }
        return SMA;
    }

    /** Program studi options the syarat names for tingkat {@code t}, or null when it leaves the field open. */
    private static @Nullable List<String> jurusanSyarat(String syarat, int t) {
        List<Integer> tingkat = tingkatSyarat(syarat);
        int kosong = syarat.indexOf(' ');
        if (!tingkat.contains(t) && !(t == D4 && tingkat.contains(S1)) || kosong < 0) {
            return null;
        }
        String bidang = syarat.substring(kosong + 1);
        if (bidang.contains("semua jurusan")) {
            return null;
        }
        List<String> hasil = new ArrayList<>();
        List<String> utuh = KatalogProfil.JURUSAN_SYARAT.get(bidang);
        if (utuh != null) {
            return utuh;
        }
        for (String bagian : bidang.split("/")) {
            hasil.addAll(KatalogProfil.JURUSAN_SYARAT.getOrDefault(bagian, List.of(bagian)));
        }
        return hasil;
    }

    static String gelarS1(String jurusan) {
        return jurusan.startsWith("Pendidikan") ? "S.Pd." : KatalogProfil.GELAR_S1.getOrDefault(jurusan, "S.Sos.");
    }

    private static boolean jurusanKesehatan(String jurusan) {
        return List.of("Keperawatan", "Kebidanan", "Kesehatan Lingkungan", "Analis Kesehatan", "Gizi", "Rekam Medis")
                .contains(jurusan);
    }

    private Pendidikan pendidikan(Pembangun.Orang o, InfoJabatan ij, String tempatLahir) {
        Jabatan j = ij.jabatan();
        String syarat = j.syaratPendidikan();
        String depan = o.gelarDepan();
        String belakang = o.gelarBelakang();
        String magister = null;
        String spesialis = null;
        if (belakang != null) {
            for (String t : belakang.split(",")) {
                t = t.strip();
                if (t.startsWith("M.")) {
                    magister = t;
                } else if (t.startsWith("Sp.")) {
                    spesialis = t;
                }
            }
        }
        boolean drs = "Drs.".equals(depan) || "Dra.".equals(depan);
        int tGelar = depan == null && belakang == null
                ? SMA
                : belakang != null && belakang.startsWith("A.Md")
                        ? D3
                        : magister != null || spesialis != null ? S2 : S1;
        int t = Math.max(tGelar, tingkatMinimal(syarat));

        // The last education, and the one before it when the pegawai studied on while in service.
        String jurusan;
        String[] pt;
        String gelarDepan = null;
        String gelarBelakang;
        String jurusanAwal = null;
        String[] ptAwal = null;
        int tAwal = t;
        switch (ij.kategori()) {
            case "DOKTER" -> {
                gelarDepan = "dr.";
                gelarBelakang = spesialis;
                jurusanAwal = "Pendidikan Dokter";
                ptAwal = pilih(KatalogProfil.PT_KEDOKTERAN);
                if (spesialis != null) {
                    t = S2;
                    tAwal = S1;
                    jurusan = "Spesialis " + KatalogProfil.SPESIALIS.get(spesialis);
                    pt = pilih(KatalogProfil.PT_KEDOKTERAN);
                } else {
                    t = S1;
                    tAwal = S1;
                    jurusan = jurusanAwal;
                    pt = ptAwal;
                }
            }
            case "GURU" -> {
                List<String> opsi = jurusanSyarat(syarat, S1);
                jurusanAwal = opsi == null ? "Pendidikan Guru Sekolah Dasar" : pilih(opsi);
                ptAwal = pilih(jurusanAwal.contains("Agama") ? KatalogProfil.PT_AGAMA : KatalogProfil.PT_KEPENDIDIKAN);
                gelarBelakang = belakang;
                if (magister != null) {
                    t = S2;
                    tAwal = S1;
                    jurusan = pilih(
                            List.of("Manajemen Pendidikan", "Pendidikan Dasar", "Penelitian dan Evaluasi Pendidikan"));
                    pt = pilih(KatalogProfil.PT_KEPENDIDIKAN);
                } else {
                    t = S1;
                    tAwal = S1;
                    jurusan = jurusanAwal;
                    pt = ptAwal;
                }
            }
            case "PERAWAT", "BIDAN" -> {
                t = belakang != null && belakang.startsWith("A.Md") ? D3 : S1;
                tAwal = t;
                jurusan = ij.kategori().equals("BIDAN") ? "Kebidanan" : "Keperawatan";
                pt = pilih(KatalogProfil.PT_KESEHATAN);
                gelarBelakang = belakang;
            }
            default -> {
                if (t == SMA) {
                    String[] slta = pilih(KatalogProfil.SLTA);
                    String kota = rnd.nextDouble() < 0.6 ? tempatLahir : "Contoh";
                    jurusan = slta[0];
                    pt = new String[] {slta[1] + " Negeri " + (1 + rnd.nextInt(3)) + " " + kota, slta[1]};
                    gelarBelakang = null;
                } else if (t == D3) {
                    List<String> opsi = jurusanSyarat(syarat, D3);
                    jurusan = pilih(
                            opsi != null
                                    ? opsi
                                    : KatalogProfil.D3_RUMPUN.getOrDefault(j.rumpunKode(), KatalogProfil.D3_UMUM));
                    pt = pilih(jurusanKesehatan(jurusan) ? KatalogProfil.PT_KESEHATAN : KatalogProfil.PT_VOKASI);
                    gelarBelakang = KatalogProfil.GELAR_D3.getOrDefault(jurusan, "A.Md.");
                } else {
                    // S1/D4, possibly followed by S2
                    String s1;
                    String[] ptS1;
                    String gelarSarjana;
                    int tingkatS1 = S1;
                    if (syarat.equals("Profesi Apoteker")) {
                        s1 = "Farmasi";
                        ptS1 = pilih(KatalogProfil.PT_KEDOKTERAN);
                        gelarSarjana = "S.Farm., Apt.";
                    } else if (j.rumpunKode().equals("PEM")
                            && !j.jenisJabatan().equals("FUNGSIONAL")
                            && jurusanSyarat(syarat, S1) == null
                            && tingkatMinimal(syarat) <= D4
                            && rnd.nextDouble() < 0.2) {
                        s1 = "Ilmu Pemerintahan";
                        ptS1 = KatalogProfil.IPDN;
                        gelarSarjana = "S.STP.";
                        tingkatS1 = D4;
                    } else {
                        List<String> opsi = jurusanSyarat(syarat, S1);
                        s1 = pilih(
                                opsi != null
                                        ? opsi
                                        : KatalogProfil.S1_RUMPUN.getOrDefault(j.rumpunKode(), KatalogProfil.S1_UMUM));
                        ptS1 = pilih(
                                s1.startsWith("Pendidikan") ? KatalogProfil.PT_KEPENDIDIKAN : KatalogProfil.PT_UMUM);
                        gelarSarjana = gelarS1(s1);
                    }
                    if (drs) {
                        gelarDepan = depan;
                        gelarSarjana = null;
                    }
                    if (t == S2) {
                        String m =
                                magister != null ? magister : pilih(List.of("M.Si.", "M.M.", "M.AP.", "M.T.", "M.H."));
                        jurusanAwal = s1;
                        ptAwal = ptS1;
                        tAwal = tingkatS1;
                        jurusan = KatalogProfil.S2_GELAR.get(m);
                        pt = pilih(KatalogProfil.PT_UMUM);
                        gelarBelakang = gelarSarjana == null ? m : gelarSarjana + ", " + m;
                    } else {
                        t = tingkatS1;
                        tAwal = tingkatS1;
                        jurusan = s1;
                        pt = ptS1;
                        gelarBelakang = gelarSarjana;
                    }
                }
            }
        }

        // Dates: the first education before the TMT CPNS, a later one (S2, spesialis) while in service.
        LocalDate lahir = o.tanggalLahir();
        LocalDate tmt = o.tmtCpns();
        boolean lanjut = tAwal < t
                && (ij.kategori().equals("DOKTER") || rnd.nextDouble() < 0.85)
                && !tmt.plusYears(2).isAfter(ACUAN.minusMonths(3));
        List<Studi> riwayatStudi = new ArrayList<>();
        if (lanjut) {
            LocalDate lulusAwal = lulus(lahir, tmt, tAwal);
            riwayatStudi.add(studi(tAwal, jurusanAwal, ptAwal, lulusAwal));
            LocalDate lulusAkhir = wisuda(antara(tmt.plusYears(2), ACUAN.minusMonths(3)));
            if (lulusAkhir.isAfter(ACUAN.minusMonths(1))) {
                lulusAkhir = lulusAkhir.minusYears(1);
            }
            riwayatStudi.add(studi(t, jurusan, pt, lulusAkhir));
        } else {
            riwayatStudi.add(studi(t, jurusan, pt, lulus(lahir, tmt, t)));
        }
        return new Pendidikan(riwayatStudi, gelarDepan, gelarBelakang);
    }

    /** Graduation date of an education completed before entering the service. */
    private LocalDate lulus(LocalDate lahir, LocalDate tmt, int tingkat) {
        int umur = tingkat <= SMA ? 18 : tingkat == D3 ? 21 : tingkat < S2 ? 22 + rnd.nextInt(2) : 25 + rnd.nextInt(2);
        LocalDate lulus = tingkat <= SMA
                ? lahir.plusYears(umur).withMonth(5 + rnd.nextInt(2)).withDayOfMonth(1 + rnd.nextInt(28))
                : wisuda(lahir.plusYears(umur));
        LocalDate batas = tmt.minusMonths(2);
        if (lulus.isAfter(batas)) {
            lulus = batas.minusDays(rnd.nextInt(300));
        }
        return lulus;
    }

    /** Moves a date to a graduation day of the same academic half-year (Feb–Mar or Aug–Nov). */
    private LocalDate wisuda(LocalDate d) {
        int[] bulan = {2, 3, 8, 9, 10, 11};
        int m = bulan[rnd.nextInt(bulan.length)];
        return LocalDate.of(d.getYear(), m, 1 + rnd.nextInt(28));
    }

    private Studi studi(int tingkat, String jurusan, String[] pt, LocalDate lulus) {
        String uraian;
        String nomor;
        if (tingkat <= SMA) {
            uraian = pt[1] + " " + jurusan;
            nomor = "DN-03 Ma " + nol(rnd.nextInt(10_000_000), 7);
        } else {
            uraian = TINGKAT.get(tingkat) + " " + jurusan;
            nomor = pt[1] + "/" + TINGKAT.get(tingkat) + "/" + lulus.getYear() + "/" + nol(1 + rnd.nextInt(99_999), 5);
        }
        return new Studi(tingkat, jurusan, uraian, pt[0], nomor, lulus);
    }

    // ================================================================ golongan

    /** Golongan at appointment by education (penyesuaian ijazah): SMA II/a, D3 II/c, S1/D4 III/a, S2 III/b. */
    static int golonganAwal(int tingkat) {
        return tingkat >= S2
                ? GOLONGAN.indexOf("III/b")
                : tingkat >= D4
                        ? GOLONGAN.indexOf("III/a")
                        : tingkat >= D3 ? GOLONGAN.indexOf("II/c") : GOLONGAN.indexOf("II/a");
    }

    /** Highest golongan by regular promotion for an education: SMA III/b, D3 III/c, S1/D4 III/d, S2 IV/a. */
    static int golonganPlafon(int tingkat) {
        return tingkat >= S2
                ? GOLONGAN.indexOf("IV/a")
                : tingkat >= D4
                        ? GOLONGAN.indexOf("III/d")
                        : tingkat >= D3 ? GOLONGAN.indexOf("III/c") : GOLONGAN.indexOf("III/b");
    }

    /** {lowest, highest} golongan for a jabatan (pelaksana: by education). */
    static int[] rentangGolongan(Jabatan j, int tingkat) {
        String[] r = switch (j.jenisJabatan()) {
            case "JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA" -> new String[] {"IV/c", "IV/d"};
            case "ADMINISTRATOR" -> new String[] {"III/d", "IV/b"};
            case "PENGAWAS" -> new String[] {"III/b", "III/d"};
            case "FUNGSIONAL" ->
                switch (String.valueOf(j.jenjang())) {
                    case "AHLI_UTAMA" -> new String[] {"IV/d", "IV/e"};
                    case "AHLI_MADYA" -> new String[] {"IV/a", "IV/c"};
                    case "AHLI_MUDA", "PENYELIA" -> new String[] {"III/c", "III/d"};
                    case "AHLI_PERTAMA", "MAHIR" -> new String[] {"III/a", "III/b"};
                    case "TERAMPIL" -> new String[] {"II/c", "II/d"};
                    default -> new String[] {"II/a", "II/b"};
                };
            default -> null;
        };
        if (r == null) {
            return new int[] {golonganAwal(tingkat), golonganPlafon(tingkat)};
        }
        return new int[] {GOLONGAN.indexOf(r[0]), GOLONGAN.indexOf(r[1])};
    }

    /** Draws the current golongan and adds the PANGKAT riwayat from the entry golongan to it; returns it. */
    private int pangkat(
            Pembangun.Orang o,
            Jabatan j,
            int tingkatAwal,
            int tingkatAkhir,
            String status,
            int bulanKerja,
            List<Entri> entri) {
        int awal = golonganAwal(tingkatAwal);
        double tahun = bulanKerja / 12.0;
        double laju = 3.5 + rnd.nextDouble() * 1.5;
        int alami = awal + (int) (tahun / laju);
        int[] rentang = rentangGolongan(j, tingkatAkhir);
        int g = Math.min(Math.max(alami, rentang[0]), Math.max(rentang[1], awal));
        g = Math.min(g, awal + (int) (tahun / 1.5));
        if (status.equals("CPNS")) {
            g = awal;
        }
        g = Math.max(g, awal);

        LocalDate tmt = o.tmtCpns();
        entri.add(new Entri(
                "PANGKAT",
                PANGKAT.get(awal) + " (" + GOLONGAN.get(awal) + ")",
                "Pengangkatan CPNS",
                GOLONGAN.get(awal),
                null,
                null,
                null,
                nomor("813.3", tmt.getYear()),
                tmt.minusDays(14 + rnd.nextInt(47)),
                tmt,
                null));
        int langkah = g - awal;
        if (langkah > 0) {
            double jarak = Math.min(laju * 12, (bulanKerja - 6) / (double) langkah);
            LocalDate sebelum = tmt;
            for (int i = 1; i <= langkah; i++) {
                LocalDate d = periodeKp(tmt.plusMonths(Math.round(i * jarak)));
                if (!d.isAfter(sebelum)) {
                    d = sebelum.plusMonths(6);
                }
                int gol = awal + i;
                String jenisKp = gol <= alami
                        ? "Kenaikan pangkat reguler"
                        : j.jenisJabatan().equals("FUNGSIONAL")
                                ? "Kenaikan pangkat pilihan (jabatan fungsional)"
                                : struktural(j)
                                        ? "Kenaikan pangkat pilihan (jabatan struktural)"
                                        : "Kenaikan pangkat reguler";
                entri.add(new Entri(
                        "PANGKAT",
                        PANGKAT.get(gol) + " (" + GOLONGAN.get(gol) + ")",
                        jenisKp,
                        GOLONGAN.get(gol),
                        null,
                        null,
                        null,
                        nomor("823.3", d.getYear()),
                        d.minusDays(14 + rnd.nextInt(47)),
                        d,
                        null));
                sebelum = d;
            }
        }
        return g;
    }

    /** The kenaikan pangkat period (1 April or 1 October) on or before {@code d}. */
    static LocalDate periodeKp(LocalDate d) {
        if (d.getMonthValue() >= 10) {
            return LocalDate.of(d.getYear(), 10, 1);
        }
        if (d.getMonthValue() >= 4) {
            return LocalDate.of(d.getYear(), 4, 1);
        }
        return LocalDate.of(d.getYear() - 1, 10, 1);
    }

    /** A numbered SK of the BKD (BKPSDM from 2017), e.g. 823.3/0123/BKPSDM/2019. */
    private String nomor(String kode, int tahun) {
        int n = urutNomor.merge(kode + "/" + tahun, 1, Integer::sum);
        return kode + "/" + nol(n, 4) + "/" + (tahun < 2017 ? "BKD" : "BKPSDM") + "/" + tahun;
    }

    // ================================================================ jabatan

    /** Adds 1–3 JABATAN entries, the last the current jabatan; returns its TMT. */
    private LocalDate jabatan(Pembangun.Orang o, InfoJabatan ij, String status, int bulanKerja, List<Entri> entri) {
        Jabatan j = ij.jabatan();
        LocalDate tmtCpns = o.tmtCpns();
        int minimal = switch (j.jenisJabatan()) {
            case "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA" -> 3;
            case "ADMINISTRATOR", "PENGAWAS" -> 2;
            default -> 1;
        };
        int maksimal = j.jenisJabatan().equals("PELAKSANA") ? 2 : 3;
        int n = minimal + rnd.nextInt(maksimal - minimal + 1);
        if (status.equals("CPNS") || status.equals("PPPK") || bulanKerja < 36) {
            n = 1;
        }
        n = Math.min(n, 1 + bulanKerja / 36);
        LocalDate tmtJabatan = tmtCpns;
        if (n > 1) {
            int maksTahun = switch (j.jenisJabatan()) {
                case "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA" -> 5;
                case "ADMINISTRATOR" -> 6;
                case "PENGAWAS" -> 7;
                default -> 10;
            };
            LocalDate paling = tmtCpns.plusYears(2L * (n - 1));
            LocalDate bawah = paling.isAfter(ACUAN.minusYears(maksTahun)) ? paling : ACUAN.minusYears(maksTahun);
            LocalDate atas = ACUAN.minusMonths(1);
            if (bawah.isAfter(atas)) {
                bawah = paling;
            }
            if (bawah.isAfter(atas)) {
                n = 1;
            } else {
                tmtJabatan = antara(bawah, atas);
            }
        }
        // Earlier posts first (so the dates can follow their level), then the dates backwards from the current TMT:
        // an entry-level post (pelaksana, fungsional) starts at the TMT CPNS, a struktural one years later.
        List<Jabatan> lalu = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            lalu.add(pendahulu(ij, n - 1 - i));
        }
        LocalDate[] tanggal = new LocalDate[n];
        tanggal[n - 1] = tmtJabatan;
        if (n > 1) {
            Jabatan pertama = lalu.get(0);
            boolean awalKarier = pertama == null || !struktural(pertama);
            LocalDate batas = tmtJabatan.minusYears(2L * (n - 1));
            LocalDate d = awalKarier
                    ? tmtCpns
                    : antara(
                            tmtCpns.plusYears(3),
                            batas.isBefore(tmtCpns.plusYears(12)) ? batas : tmtCpns.plusYears(12));
            tanggal[0] = d.isAfter(batas) ? tmtCpns : d;
            if (n == 3) {
                tanggal[1] = antara(tanggal[0].plusYears(1), tmtJabatan.minusYears(1));
            }
        }
        for (int i = 0; i < n; i++) {
            LocalDate d = tanggal[i];
            LocalDate selesai = i < n - 1 ? tanggal[i + 1].minusDays(1) : null;
            String uraian;
            Long id;
            String keterangan;
            Jabatan pos = i == n - 1 ? j : lalu.get(i);
            if (pos == null) {
                uraian = namaJenjangLebihRendah(j, n - 1 - i);
                id = null;
                keterangan = ij.namaOpd();
            } else {
                uraian = pos.nama();
                id = pos.id();
                keterangan = tempat(info(pos.id()));
            }
            entri.add(new Entri(
                    "JABATAN",
                    uraian,
                    keterangan,
                    null,
                    id,
                    null,
                    null,
                    nomor("821.2", d.getYear()),
                    d.minusDays(3 + rnd.nextInt(28)),
                    d,
                    selesai));
        }
        return tmtJabatan;
    }

    private static String tempat(InfoJabatan ij) {
        return ij.namaUnit().equals(ij.namaOpd()) ? ij.namaOpd() : ij.namaUnit() + ", " + ij.namaOpd();
    }

    /** The fungsional jenjang {@code langkah} steps below, or null when there is none. */
    private static @Nullable String jenjangLebihRendah(@Nullable String jenjang, int langkah) {
        for (List<String> tangga : List.of(KEAHLIAN, KETERAMPILAN)) {
            int i = tangga.indexOf(jenjang);
            if (i >= 0) {
                return i - langkah >= 0 ? tangga.get(i - langkah) : null;
            }
        }
        return null;
    }

    private static String namaJenjangLebihRendah(Jabatan j, int langkah) {
        String jenjang = j.jenjang();
        String lebihRendah = jenjangLebihRendah(jenjang, langkah);
        if (jenjang == null || lebihRendah == null) {
            return j.nama();
        }
        String label = Pembangun.labelJenjang(jenjang);
        String dasar = j.nama().endsWith(" " + label)
                ? j.nama().substring(0, j.nama().length() - label.length() - 1)
                : j.nama();
        return dasar + " " + Pembangun.labelJenjang(lebihRendah);
    }

    /** A real jabatan held {@code langkah} steps before the current one, or null to describe it by name only. */
    private @Nullable Jabatan pendahulu(InfoJabatan ij, int langkah) {
        Jabatan j = ij.jabatan();
        String jenis = switch (j.jenisJabatan()) {
            case "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA" -> langkah == 1 ? "ADMINISTRATOR" : "PENGAWAS";
            case "ADMINISTRATOR" -> langkah == 1 ? "PENGAWAS" : "PELAKSANA";
            case "PENGAWAS" -> langkah == 1 && rnd.nextDouble() < 0.2 ? "FUNGSIONAL" : "PELAKSANA";
            case "FUNGSIONAL" -> null;
            default -> "PELAKSANA";
        };
        if (jenis == null) {
            String lebihRendah = jenjangLebihRendah(j.jenjang(), langkah);
            if (lebihRendah == null) {
                // the same jabatan elsewhere (mutasi) or a pelaksana post before the first jenjang
                List<Jabatan> sama = perNama.getOrDefault(j.nama(), List.of());
                Jabatan lain = sama.size() > 1 && rnd.nextBoolean() ? pilih(sama) : null;
                return lain != null && lain.id() != j.id() ? lain : pilihJenis(j.opdId(), "PELAKSANA");
            }
            List<Jabatan> calon = perNama.get(namaJenjangLebihRendah(j, langkah));
            if (calon == null) {
                return null;
            }
            for (Jabatan c : calon) {
                if (c.opdId() == j.opdId() && rnd.nextDouble() < 0.5) {
                    return c;
                }
            }
            return pilih(calon);
        }
        return pilihJenis(j.opdId(), jenis);
    }

    private @Nullable Jabatan pilihJenis(long opdId, String jenis) {
        List<Jabatan> calon = perOpdJenis.get(opdId + "/" + jenis);
        if (calon == null || rnd.nextDouble() < 0.25) {
            calon = perJenis.get(jenis);
        }
        return calon == null || calon.isEmpty() ? null : pilih(calon);
    }

    // ================================================================ pelatihan, penghargaan, hukuman

    private void pelatihan(
            Pembangun.Orang o,
            InfoJabatan ij,
            String status,
            LocalDate tmtJabatan,
            int tingkatAwal,
            List<Entri> entri) {
        Jabatan j = ij.jabatan();
        LocalDate tmtCpns = o.tmtCpns();
        int maks = 4;
        int n = 0;
        // Pelatihan dasar during the CPNS year (PPPK: orientasi)
        LocalDate mulai = tmtCpns.plusMonths(2 + rnd.nextInt(6));
        if (!mulai.plusDays(60).isAfter(ACUAN)) {
            String nama;
            int jp;
            String tingkat = "STRUKTURAL";
            if (status.equals("PPPK")) {
                nama = "Orientasi Pegawai PPPK";
                jp = 40;
                tingkat = "TEKNIS";
            } else {
                String gol = golonganAwal(tingkatAwal) >= GOLONGAN.indexOf("III/a") ? "III" : "II";
                nama = tmtCpns.getYear() >= 2018
                        ? "Pelatihan Dasar CPNS Golongan " + gol
                        : "Diklat Prajabatan Golongan " + gol;
                jp = 120;
            }
            n += latihan(entri, nama, tingkat, jp, mulai, "BPSDMD Provinsi Jawa Tengah");
        }
        // Kepemimpinan for the current struktural post (and the one before it)
        String[] kepemimpinan = switch (j.jenisJabatan()) {
            case "PENGAWAS" -> new String[] {"Pelatihan Kepemimpinan Pengawas", "Diklat Kepemimpinan Tingkat IV"};
            case "ADMINISTRATOR" ->
                new String[] {"Pelatihan Kepemimpinan Administrator", "Diklat Kepemimpinan Tingkat III"};
            case "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA" ->
                new String[] {"Pelatihan Kepemimpinan Nasional Tingkat II", "Diklat Kepemimpinan Tingkat II"};
            default -> null;
        };
        if (kepemimpinan != null) {
            LocalDate awal = tmtJabatan.plusMonths(2);
            LocalDate akhir = tmtJabatan.plusMonths(14).isBefore(ACUAN.minusMonths(2))
                    ? tmtJabatan.plusMonths(14)
                    : ACUAN.minusMonths(2);
            if (!awal.isAfter(akhir)) {
                LocalDate d = antara(awal, akhir);
                int jp = switch (j.jenisJabatan()) {
                    case "PENGAWAS" -> 254;
                    case "ADMINISTRATOR" -> 280;
                    default -> 365;
                };
                n += latihan(
                        entri,
                        d.getYear() >= 2019 ? kepemimpinan[0] : kepemimpinan[1],
                        "STRUKTURAL",
                        jp,
                        d,
                        jp == 365 ? "Lembaga Administrasi Negara" : "BPSDMD Provinsi Jawa Tengah");
            }
        }
        // Fungsional
        if (j.jenisJabatan().equals("FUNGSIONAL")
                && !ij.kategori().equals("GURU")
                && n < maks
                && rnd.nextDouble() < 0.5) {
            LocalDate awal = tmtJabatan.plusMonths(1);
            if (awal.isBefore(ACUAN.minusMonths(2))) {
                String dasar = namaJenjangLebihRendah(j, 0);
                n += latihan(
                        entri,
                        "Pelatihan Fungsional " + dasar,
                        "FUNGSIONAL",
                        40 + 8 * rnd.nextInt(8),
                        antara(awal, ACUAN.minusMonths(2)),
                        "Instansi pembina jabatan fungsional");
            }
        }
        // Teknis
        int teknis = rnd.nextDouble() < 0.35 ? 0 : rnd.nextDouble() < 0.6 ? 1 : 2;
        LocalDate awal = tmtCpns.plusYears(1);
        List<String> daftar = KatalogProfil.PELATIHAN_TEKNIS.getOrDefault(j.rumpunKode(), KatalogProfil.PELATIHAN_UMUM);
        String sebelumnya = null;
        for (int i = 0; i < teknis && n < maks && awal.isBefore(ACUAN.minusMonths(1)); i++) {
            String nama = pilih(rnd.nextDouble() < 0.7 ? daftar : KatalogProfil.PELATIHAN_UMUM);
            if (nama.equals(sebelumnya)) {
                continue;
            }
            sebelumnya = nama;
            n += latihan(
                    entri,
                    nama,
                    "TEKNIS",
                    24 + 8 * rnd.nextInt(4),
                    antara(awal, ACUAN.minusMonths(1)),
                    pilih(KatalogProfil.PENYELENGGARA));
        }
    }

    /** Adds a PELATIHAN: tmt = first day, tmt_selesai = last day (8 JP a day), tanggal_sk = certificate date. */
    private int latihan(List<Entri> entri, String nama, String tingkat, int jp, LocalDate mulai, String penyelenggara) {
        LocalDate selesai = mulai.plusDays(Math.max(1, jp / 8) - 1);
        LocalDate sertifikat = selesai.plusDays(rnd.nextInt(15));
        String nomor = "STTPL/" + nol(1 + rnd.nextInt(99_999), 5) + "/" + mulai.getYear();
        entri.add(new Entri(
                "PELATIHAN", nama, penyelenggara, null, null, tingkat, jp, nomor, sertifikat, mulai, selesai));
        return 1;
    }

    /** Rare (~1 %) hukuman disiplin; returns whether it was sedang or berat. */
    private boolean hukuman(Pembangun.Orang o, int bulanKerja, List<Entri> entri) {
        if (bulanKerja < 24 || rnd.nextDouble() >= 0.01) {
            return false;
        }
        double r = rnd.nextDouble();
        String[] h = KatalogProfil.HUKUMAN.get(r < 0.65 ? rnd.nextInt(3) : r < 0.93 ? 3 + rnd.nextInt(3) : 6);
        int bulan = Integer.parseInt(h[2]);
        LocalDate awal = o.tmtCpns().plusYears(1);
        LocalDate akhir = h[1].equals("BERAT") ? ACUAN.minusMonths(14) : ACUAN.minusMonths(1);
        if (akhir.isBefore(awal)) {
            akhir = awal;
        }
        LocalDate tmt = antara(awal, akhir);
        LocalDate selesai = bulan == 0 ? null : tmt.plusMonths(bulan).minusDays(1);
        entri.add(new Entri(
                "HUKUMAN_DISIPLIN",
                h[0],
                h[3],
                null,
                null,
                h[1],
                null,
                nomor("862.3", tmt.getYear()),
                tmt.minusDays(rnd.nextInt(15)),
                tmt,
                selesai));
        return bulan > 0;
    }

    /** Satyalancana Karya Satya (10/20/30 years, never after a sedang/berat sanction) and a few other awards. */
    private void penghargaan(
            Pembangun.Orang o, InfoJabatan ij, String status, int bulanKerja, boolean hukumanBerat, List<Entri> entri) {
        if (status.equals("PNS") && !hukumanBerat && bulanKerja >= 120 && rnd.nextDouble() < 0.07) {
            String[] tanda = {"X", "XX", "XXX"};
            for (int i = 0; i < 3 && bulanKerja >= 120 * (i + 1); i++) {
                if (i > 0 && rnd.nextDouble() < 0.4) {
                    break;
                }
                int tahun = o.tmtCpns().getYear() + 10 * (i + 1) + rnd.nextInt(2);
                LocalDate keppres = LocalDate.of(tahun, 7, 1 + rnd.nextInt(25));
                if (keppres.isAfter(ACUAN)) {
                    break;
                }
                entri.add(new Entri(
                        "PENGHARGAAN",
                        "Satyalancana Karya Satya " + tanda[i] + " Tahun",
                        "Keputusan Presiden Republik Indonesia",
                        null,
                        null,
                        "NASIONAL",
                        null,
                        (50 + rnd.nextInt(80)) + "/TK/TAHUN " + tahun,
                        keppres,
                        keppres,
                        null));
            }
        }
        if (bulanKerja >= 36 && rnd.nextDouble() < 0.008) {
            String uraian = ij.kategori().equals("GURU")
                    ? "Guru Berprestasi Tingkat Kabupaten"
                    : pilih(List.of(
                            "ASN Berprestasi Tingkat Kabupaten",
                            "Inovator Pelayanan Publik Tingkat Kabupaten",
                            "Pegawai Teladan Tingkat Kabupaten"));
            LocalDate d = antara(o.tmtCpns().plusYears(2), ACUAN.minusMonths(1));
            entri.add(new Entri(
                    "PENGHARGAAN",
                    uraian,
                    "Keputusan Bupati Contoh",
                    null,
                    null,
                    "KABUPATEN",
                    null,
                    nomor("800", d.getYear()),
                    d,
                    d,
                    null));
        }
    }

    // ================================================================ minat

    private void minat(Pembangun.Orang o, Jabatan j) {
        if (rnd.nextDouble() < 0.40) {
            String pertama = rnd.nextDouble() < 0.8 ? j.rumpunKode() : pilih(rumpun);
            minatRumpun.add(new MinatRumpun(o.nip(), pertama));
            if (rnd.nextDouble() < 0.35 && rumpun.size() > 1) {
                String kedua = pilih(rumpun);
                if (kedua.equals(pertama)) {
                    kedua = rumpun.get((rumpun.indexOf(kedua) + 1) % rumpun.size());
                }
                minatRumpun.add(new MinatRumpun(o.nip(), kedua));
            }
        }
        if (rnd.nextDouble() < 0.15) {
            List<Jabatan> daftar = perRumpunUrutKelas.get(j.rumpunKode());
            Jabatan sasaran = sasaran(daftar, j);
            if (sasaran == null) {
                sasaran = sasaran(semuaUrutKelas, j);
            }
            if (sasaran != null) {
                minatJabatan.add(new MinatJabatan(o.nip(), sasaran.id()));
            }
        }
    }

    /** A jabatan other than {@code j} of the same or up to three higher kelas, from a list sorted by kelas. */
    private @Nullable Jabatan sasaran(List<Jabatan> urutKelas, Jabatan j) {
        int dari = cari(urutKelas, j.kelas());
        int sampai = cari(urutKelas, j.kelas() + 4);
        if (sampai - dari < 2) {
            return null;
        }
        Jabatan s = urutKelas.get(dari + rnd.nextInt(sampai - dari));
        return s.id() == j.id() ? urutKelas.get(s == urutKelas.get(dari) ? dari + 1 : dari) : s;
    }

    /** Index of the first jabatan with kelas &ge; {@code kelas}. */
    private static int cari(List<Jabatan> urutKelas, int kelas) {
        int lo = 0;
        int hi = urutKelas.size();
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (urutKelas.get(m).kelas() < kelas) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    // ================================================================ asesmen

    /** Which JPM bands an SKJ admits at all (a band needs a total shortfall the required levels allow). */
    record Kelayakan(int total, int kurangMaks, boolean bisaCukup, boolean bisaKurang) {
        static Kelayakan dari(Jabatan j) {
            int total = 0;
            int kurangMaks = 0;
            for (Jabatan.KompetensiJabatan k : j.kompetensi()) {
                total += k.level();
                kurangMaks += k.level() - 1;
            }
            int batasOptimal = total / 10;
            int batasCukup = 22 * total / 100;
            return new Kelayakan(
                    total,
                    kurangMaks,
                    batasOptimal + 1 <= Math.min(batasCukup, kurangMaks),
                    batasCukup + 1 <= kurangMaks);
        }
    }

    private void asesmen(Pembangun.Orang o, InfoJabatan ij, @Nullable Pegawai atasan) {
        Jabatan j = ij.jabatan();
        List<Jabatan.KompetensiJabatan> skj = j.kompetensi();
        int m = skj.size();
        int[] standar = new int[m];
        for (int i = 0; i < m; i++) {
            standar[i] = skj.get(i).level();
        }
        Kelayakan k = kelayakan[(int) j.id() - 1];

        // Shortfall of the latest measurement, by JPM band
        double u = rnd.nextDouble();
        int batasOptimal = k.total() / 10;
        int batasCukup = 22 * k.total() / 100;
        int kurang;
        if (k.bisaKurang() && u < peluangKurang) {
            int dari = batasCukup + 1;
            int sampai = Math.min(k.kurangMaks(), dari + 15 * k.total() / 100);
            kurang = dari + rnd.nextInt(sampai - dari + 1);
        } else if (k.bisaCukup() && u >= peluangKurang && u < peluangKurang + peluangCukup) {
            int dari = batasOptimal + 1;
            int sampai = Math.min(batasCukup, k.kurangMaks());
            kurang = dari + rnd.nextInt(sampai - dari + 1);
        } else {
            int sampai = Math.min(batasOptimal, k.kurangMaks());
            kurang = sampai == 0 || rnd.nextDouble() < 0.5 ? 0 : 1 + rnd.nextInt(sampai);
        }
        int[] terakhir = standar.clone();
        for (int x = 0; x < kurang; x++) {
            int pilihan = turunkan(terakhir, standar, 2);
            if (pilihan < 0) {
                pilihan = turunkan(terakhir, standar, 5);
            }
            if (pilihan < 0) {
                break;
            }
            terakhir[pilihan]--;
        }
        for (int i = 0; i < m; i++) {
            if (terakhir[i] == standar[i] && standar[i] < 5 && rnd.nextDouble() < 0.12) {
                terakhir[i]++;
            }
        }

        // 1–3 dates over the past four years, at least 90 days apart
        double r = rnd.nextDouble();
        int n = r < 0.25 ? 1 : r < 0.65 ? 2 : 3;
        LocalDate dari = o.tmtCpns().plusMonths(1).isAfter(ACUAN.minusYears(4))
                ? o.tmtCpns().plusMonths(1)
                : ACUAN.minusYears(4);
        int hari = (int) ChronoUnit.DAYS.between(dari, ACUAN.minusDays(7));
        while (n > 1 && hari < (n - 1) * 90) {
            n--;
        }
        int[] geser = new int[n];
        for (int i = 0; i < n; i++) {
            geser[i] = rnd.nextInt(Math.max(1, hari - (n - 1) * 90 + 1));
        }
        java.util.Arrays.sort(geser);

        // Earlier measurements: mostly equal or one lower (growth), occasionally higher
        int[][] level = new int[n][];
        level[n - 1] = terakhir;
        for (int a = n - 2; a >= 0; a--) {
            level[a] = new int[m];
            for (int i = 0; i < m; i++) {
                double s = rnd.nextDouble();
                int l = level[a + 1][i];
                level[a][i] = s < 0.05 ? Math.min(5, l + 1) : s < 0.40 ? Math.max(1, l - 1) : l;
            }
        }
        for (int a = 0; a < n; a++) {
            LocalDate tanggal = dari.plusDays(geser[a] + 90L * a);
            String sumber = sumber(j);
            List<Asesmen.Level> lv = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                lv.add(new Asesmen.Level(skj.get(i).kode(), level[a][i]));
            }
            asesmen.add(new Asesmen(
                    asesmen.size() + 1L,
                    o.nip(),
                    tanggal,
                    sumber,
                    asesor(sumber, ij, atasan),
                    catatan(skj, level[a]),
                    lv));
        }
    }

    /** A random competency that may lose one level (stays &ge; 1 and at most {@code jarak} below standard), or -1. */
    private int turunkan(int[] level, int[] standar, int jarak) {
        int calon = 0;
        for (int i = 0; i < level.length; i++) {
            if (level[i] > 1 && standar[i] - level[i] < jarak) {
                calon++;
            }
        }
        if (calon == 0) {
            return -1;
        }
        int ke = rnd.nextInt(calon);
        for (int i = 0; i < level.length; i++) {
            if (level[i] > 1 && standar[i] - level[i] < jarak && ke-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private String sumber(Jabatan j) {
        double r = rnd.nextDouble();
        if (struktural(j)) {
            return r < 0.35
                    ? "ASSESSMENT_CENTER"
                    : r < 0.55
                            ? "CACT"
                            : r < 0.80 ? "PENILAIAN_ATASAN" : r < 0.95 ? "POST_TEST_PELATIHAN" : "UJI_KOMPETENSI";
        }
        if (j.jenisJabatan().equals("FUNGSIONAL")) {
            return r < 0.30
                    ? "UJI_KOMPETENSI"
                    : r < 0.45
                            ? "CACT"
                            : r < 0.55 ? "ASSESSMENT_CENTER" : r < 0.80 ? "PENILAIAN_ATASAN" : "POST_TEST_PELATIHAN";
        }
        return r < 0.40
                ? "PENILAIAN_ATASAN"
                : r < 0.60
                        ? "CACT"
                        : r < 0.85 ? "POST_TEST_PELATIHAN" : r < 0.90 ? "ASSESSMENT_CENTER" : "UJI_KOMPETENSI";
    }

    private String asesor(String sumber, InfoJabatan ij, @Nullable Pegawai atasan) {
        return switch (sumber) {
            case "ASSESSMENT_CENTER" -> pilih(KatalogProfil.ASESOR_AC) + " (" + pilih(KatalogProfil.LEMBAGA_AC) + ")";
            case "CACT" -> "Pusat Penilaian Kompetensi ASN BKN (CACT)";
            case "UJI_KOMPETENSI" ->
                ij.jabatan().jenisJabatan().equals("FUNGSIONAL")
                        ? "Tim Uji Kompetensi JF " + namaJenjangLebihRendah(ij.jabatan(), 0)
                        : "Tim Uji Kompetensi BKPSDM Kabupaten Contoh";
            case "POST_TEST_PELATIHAN" -> pilih(KatalogProfil.PENYELENGGARA);
            default -> atasan == null ? "Bupati Contoh" : atasan.namaLengkap();
        };
    }

    /** Short note with the JPM of this measurement (BKN bands) and the competencies below standard. */
    private static String catatan(List<Jabatan.KompetensiJabatan> skj, int[] level) {
        int capai = 0;
        int total = 0;
        StringBuilder kurang = new StringBuilder();
        for (int i = 0; i < level.length; i++) {
            int s = skj.get(i).level();
            capai += Math.min(s, level[i]);
            total += s;
            if (level[i] < s) {
                kurang.append(kurang.length() == 0 ? "" : ", ")
                        .append(skj.get(i).kode());
            }
        }
        int perseribu = capai * 1000 / total;
        String jpm = "JPM " + perseribu / 10 + "," + perseribu % 10 + "%";
        if (10 * capai >= 9 * total) {
            return jpm + " (optimal). "
                    + (kurang.length() == 0
                            ? "Memenuhi seluruh standar kompetensi jabatan."
                            : "Memenuhi standar; penguatan pada " + kurang + ".");
        }
        if (100 * capai >= 78 * total) {
            return jpm + " (cukup optimal). Perlu pengembangan pada " + kurang + ".";
        }
        return jpm + " (kurang optimal). Disarankan pelatihan dan coaching pada " + kurang + ".";
    }

    // ================================================================ helpers

    private <T> T pilih(List<T> daftar) {
        return daftar.get(rnd.nextInt(daftar.size()));
    }

    /** A random date in [a, b] (a when b is before a). */
    private LocalDate antara(LocalDate a, LocalDate b) {
        long hari = ChronoUnit.DAYS.between(a, b);
        return hari <= 0 ? a : a.plusDays(rnd.nextInt((int) hari + 1));
    }

    private static String dua(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** {@code n} with leading zeros to {@code lebar} digits (String.format is far too slow for 60,000 pegawai). */
    static String nol(int n, int lebar) {
        String s = Integer.toString(n);
        return s.length() >= lebar ? s : "0".repeat(lebar - s.length()) + s;
    }
}
