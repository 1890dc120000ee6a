package id.aparatur.demo.generator;

import id.aparatur.demo.generator.Katalog.OpdDef;
import id.aparatur.demo.generator.Katalog.Staf;
import id.aparatur.demo.generator.Katalog.Teks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** One generation run: all randomness comes from one {@link Random} seeded by the caller. */
final class Pembangun {

    private static final String DISDIK = "DISDIK";
    private static final double TINGKAT_TERISI = 0.925;

    private final Random rnd;
    private final int jumlah;
    private final Referensi ref;
    /** Size factor of the core structure (1 from 3,000 pegawai up). */
    private final double f;

    private final double g;

    private final List<Misi> misi = new ArrayList<>();
    private final List<TujuanPemda> tujuanPemda = new ArrayList<>();
    private final List<SasaranPemda> sasaranPemda = new ArrayList<>();
    private final List<Opd> opd = new ArrayList<>();
    private final List<TujuanOpd> tujuanOpd = new ArrayList<>();
    private final List<SasaranOpd> sasaranOpd = new ArrayList<>();
    private final List<UnitDraf> unit = new ArrayList<>();
    private final List<JabatanDraf> jabatan = new ArrayList<>();
    private final Map<String, Integer> nomorUrutNip = new HashMap<>();

    Pembangun(long seed, int jumlah, Referensi ref) {
        this.rnd = new Random(seed);
        this.jumlah = jumlah;
        this.ref = ref;
        this.f = Math.min(1.0, jumlah / 3000.0);
        this.g = Math.sqrt(f);
    }

    private static final class UnitDraf {
        final long id;
        final Opd opd;
        final @Nullable UnitDraf induk;
        final String kode;
        final String nama;
        final String jenis;
        final int urutan;
        final String rumpun;
        final String urusan;
        final long sasaranOpdId;

        @Nullable
        JabatanDraf kepala;

        final List<JabatanDraf> jabatan = new ArrayList<>();
        final List<UnitDraf> anak = new ArrayList<>();

        UnitDraf(
                long id,
                Opd opd,
                @Nullable UnitDraf induk,
                String kode,
                String nama,
                String jenis,
                int urutan,
                String rumpun,
                String urusan,
                long sasaranOpdId) {
            this.id = id;
            this.opd = opd;
            this.induk = induk;
            this.kode = kode;
            this.nama = nama;
            this.jenis = jenis;
            this.urutan = urutan;
            this.rumpun = rumpun;
            this.urusan = urusan;
            this.sasaranOpdId = sasaranOpdId;
        }
    }

    private static final class JabatanDraf {
        final long id;
        final UnitDraf unit;
        final String kode;
        final String nama;
        final String jenis;
        final @Nullable String jenjang;
        final int kelas;
        final String rumpun;
        final String kategori;
        final double bobotElastis;
        final String pendidikan;
        final boolean kepala;
        boolean wajibIsi;
        int kuota = 1;
        int kosong;
        boolean lebih;

        JabatanDraf(
                long id,
                UnitDraf unit,
                String kode,
                String nama,
                String jenis,
                @Nullable String jenjang,
                int kelas,
                String rumpun,
                String kategori,
                double bobotElastis,
                String pendidikan,
                boolean kepala) {
            this.id = id;
            this.unit = unit;
            this.kode = kode;
            this.nama = nama;
            this.jenis = jenis;
            this.jenjang = jenjang;
            this.kelas = kelas;
            this.rumpun = rumpun;
            this.kategori = kategori;
            this.bobotElastis = bobotElastis;
            this.pendidikan = pendidikan;
            this.kepala = kepala;
        }
    }

    DemoKabupaten bangun() {
        Pemda pemda = new Pemda(1, "Kabupaten Contoh", "KABUPATEN", "Contoh", Katalog.VISI, "2025-2029");
        rpjmd(pemda);
        setda();
        for (OpdDef d : Katalog.OPD) {
            opdUmum(d);
        }
        int jumlahKecamatan = 4 + rnd.nextInt(3);
        for (int i = 0; i < jumlahKecamatan; i++) {
            kecamatan(i, Katalog.KECAMATAN.get(i));
        }
        distribusikanKuota();
        List<Jabatan> jabatanFinal = new ArrayList<>();
        for (JabatanDraf j : jabatan) {
            jabatanFinal.add(selesaikan(j));
        }
        List<Orang> orang = isiPegawai();
        // Profiles, riwayat, minat and asesmen are drawn after everything else, so adding them left the structure,
        // names and NIPs of a seed unchanged.
        List<PembangunProfil.InfoJabatan> info = new ArrayList<>();
        for (int i = 0; i < jabatan.size(); i++) {
            JabatanDraf j = jabatan.get(i);
            info.add(new PembangunProfil.InfoJabatan(
                    jabatanFinal.get(i), j.kategori, j.kepala, j.unit.nama, j.unit.opd.nama(), j.unit.opd.jenis()));
        }
        List<String> kecamatan = opd.stream()
                .filter(o -> o.jenis().equals("KECAMATAN"))
                .map(o -> o.nama().substring("Kecamatan ".length()))
                .toList();
        PembangunProfil.Hasil profil = new PembangunProfil(rnd, info, kecamatan).bangun(orang);
        List<Pegawai> pegawai = profil.pegawai();
        List<AkunDemo> akun = akun(pegawai);
        List<Unit> unitFinal = new ArrayList<>();
        for (UnitDraf u : unit) {
            unitFinal.add(new Unit(
                    u.id,
                    u.opd.id(),
                    u.induk == null ? null : u.induk.id,
                    u.kode,
                    u.nama,
                    u.jenis,
                    kepalaDari(u).id,
                    u.urutan));
        }
        return new DemoKabupaten(
                pemda,
                misi,
                tujuanPemda,
                sasaranPemda,
                opd,
                tujuanOpd,
                sasaranOpd,
                unitFinal,
                jabatanFinal,
                pegawai,
                profil.riwayat(),
                profil.minatRumpun(),
                profil.minatJabatan(),
                profil.asesmen(),
                akun);
    }

    private static JabatanDraf kepalaDari(UnitDraf u) {
        JabatanDraf k = u.kepala;
        if (k == null) {
            throw new IllegalStateException("Unit tanpa kepala: " + u.kode);
        }
        return k;
    }

    // ---------------------------------------------------------------- RPJMD and Renstra

    private void rpjmd(Pemda pemda) {
        for (int m = 0; m < Katalog.MISI.size(); m++) {
            Misi mi = new Misi(misi.size() + 1, pemda.id(), m + 1, Katalog.MISI.get(m));
            misi.add(mi);
            for (int t = 0; t < 2; t++) {
                TujuanPemda tu = new TujuanPemda(
                        tujuanPemda.size() + 1, mi.id(), "T" + (m + 1) + "." + (t + 1), Katalog.TUJUAN.get(m * 2 + t));
                tujuanPemda.add(tu);
                for (int s = 0; s < 2; s++) {
                    String[] teks = Katalog.SASARAN.get((m * 2 + t) * 2 + s);
                    sasaranPemda.add(new SasaranPemda(
                            sasaranPemda.size() + 1,
                            tu.id(),
                            "S" + (m + 1) + "." + (t + 1) + "." + (s + 1),
                            teks[0],
                            teks[1]));
                }
            }
        }
    }

    /** Adds the OPD and its Renstra; returns the sasaran OPD. */
    private List<SasaranOpd> opdBaru(
            String kode, String nama, String singkatan, String jenis, String urusan, int misiKe) {
        Opd o = new Opd(opd.size() + 1, kode, nama, singkatan, jenis);
        opd.add(o);
        int nTujuan = 1 + rnd.nextInt(2);
        int nSasaran = 2 + rnd.nextInt(2);
        List<TujuanOpd> tujuan = new ArrayList<>();
        for (int t = 0; t < nTujuan; t++) {
            TujuanOpd tu = new TujuanOpd(
                    tujuanOpd.size() + 1,
                    o.id(),
                    kode + ".T" + (t + 1),
                    (t == 0
                                    ? "Meningkatnya kualitas penyelenggaraan urusan "
                                    : "Meningkatnya tata kelola dan akuntabilitas ")
                            + urusan);
            tujuan.add(tu);
            tujuanOpd.add(tu);
        }
        List<SasaranPemda> pendukung = sasaranPemda.subList(misiKe * 4, misiKe * 4 + 4);
        int awal = rnd.nextInt(4);
        String[][] pola = {
            {"Meningkatnya cakupan layanan ", "Persentase cakupan layanan "},
            {"Meningkatnya mutu tata kelola ", "Nilai evaluasi kinerja "},
            {"Meningkatnya kepuasan masyarakat atas layanan ", "Indeks kepuasan masyarakat atas layanan "}
        };
        List<SasaranOpd> hasil = new ArrayList<>();
        for (int s = 0; s < nSasaran; s++) {
            SasaranOpd so = new SasaranOpd(
                    sasaranOpd.size() + 1,
                    o.id(),
                    tujuan.get(s % nTujuan).id(),
                    pendukung.get((awal + s) % 4).id(),
                    kode + ".S" + (s + 1),
                    pola[s][0] + urusan,
                    pola[s][1] + urusan);
            hasil.add(so);
            sasaranOpd.add(so);
        }
        return hasil;
    }

    // ---------------------------------------------------------------- structure

    private int skala(int a, int b) {
        return Math.max(1, (int) Math.round((a + rnd.nextInt(b - a + 1)) * g));
    }

    private int barisStaf() {
        return Math.max(1, (int) Math.round((3 + rnd.nextInt(3)) * f));
    }

    private UnitDraf unit(
            Opd o,
            @Nullable UnitDraf induk,
            String akhiran,
            String nama,
            String jenis,
            String rumpun,
            String urusan,
            long sasaranOpdId) {
        String kode = induk == null ? o.kode() : induk.kode + "." + akhiran;
        UnitDraf u = new UnitDraf(
                unit.size() + 1,
                o,
                induk,
                kode,
                nama,
                jenis,
                induk == null ? 0 : induk.anak.size() + 1,
                rumpun,
                urusan,
                sasaranOpdId);
        if (induk != null) {
            induk.anak.add(u);
        }
        unit.add(u);
        return u;
    }

    private JabatanDraf kepala(UnitDraf u, String nama, String jenis, int kelas) {
        String pendidikan = switch (jenis) {
            case "JPT_PRATAMA" -> "Paling rendah S-1/D-IV, diutamakan S-2";
            case "ADMINISTRATOR" -> "Paling rendah S-1/D-IV";
            default -> u.jenis.equals("UPT") && u.rumpun.equals("PDK") ? "S-1 Kependidikan" : "Paling rendah D-III";
        };
        JabatanDraf j = jabatan(u, nama, jenis, null, kelas, u.rumpun, "KEPALA", 0, pendidikan, true);
        u.kepala = j;
        j.wajibIsi = u.induk == null || (u.opd.kode().equals(DISDIK) && !u.jenis.equals("UPT"));
        return j;
    }

    private JabatanDraf jabatan(
            UnitDraf u,
            String nama,
            String jenis,
            @Nullable String jenjang,
            int kelas,
            String rumpun,
            String kategori,
            double bobot,
            String pendidikan,
            boolean kepala) {
        JabatanDraf j = new JabatanDraf(
                jabatan.size() + 1,
                u,
                u.kode + "." + (u.jabatan.size() + 1),
                nama,
                jenis,
                jenjang,
                kelas,
                rumpun,
                kategori,
                bobot,
                pendidikan,
                kepala);
        u.jabatan.add(j);
        jabatan.add(j);
        return j;
    }

    private void staf(UnitDraf u, List<Staf> pool, int jumlahBaris) {
        List<Staf> acak = new ArrayList<>(pool);
        Collections.shuffle(acak, rnd);
        int n = Math.min(jumlahBaris, acak.size());
        for (int i = 0; i < n; i++) {
            Staf s = acak.get(i);
            String nama = s.jenjang() == null ? s.nama() : s.nama() + " " + labelJenjang(s.jenjang());
            JabatanDraf j = jabatan(
                    u,
                    nama,
                    s.jenis(),
                    s.jenjang(),
                    s.kelas(),
                    s.rumpun() == null ? u.rumpun : s.rumpun(),
                    s.kategori(),
                    s.bobotElastis(),
                    s.pendidikan(),
                    false);
            j.wajibIsi = i == 0 && u.opd.kode().equals(DISDIK) && u.jenis.equals("SEKSI");
        }
    }

    static String labelJenjang(String jenjang) {
        return switch (jenjang) {
            case "AHLI_UTAMA" -> "Ahli Utama";
            case "AHLI_MADYA" -> "Ahli Madya";
            case "AHLI_MUDA" -> "Ahli Muda";
            case "AHLI_PERTAMA" -> "Ahli Pertama";
            case "PENYELIA" -> "Penyelia";
            case "MAHIR" -> "Mahir";
            case "TERAMPIL" -> "Terampil";
            default -> "Pemula";
        };
    }

    private static List<Staf> poolTeknis(String rumpun) {
        List<Staf> pool = new ArrayList<>(Katalog.TEKNIS_UMUM);
        pool.addAll(Katalog.FUNGSIONAL.getOrDefault(rumpun, List.of()));
        return pool;
    }

    private void sekretariat(
            Opd o, UnitDraf root, String nama, String kepalaNama, int kelas, String urusan, long sasaran) {
        UnitDraf sek = unit(o, root, "SEK", nama, "SEKRETARIAT", "SDM", urusan, sasaran);
        kepala(sek, kepalaNama, "ADMINISTRATOR", kelas);
        int n = o.jenis().equals("KECAMATAN") ? 0 : skala(2, 3);
        if (n == 0) {
            staf(sek, Katalog.UMPEG, barisStaf());
            return;
        }
        List<String> nama2 = n >= 3
                ? Katalog.SUBBAGIAN_3
                : n == 2 ? Katalog.SUBBAGIAN_2 : List.of("Umum, Kepegawaian, dan Keuangan");
        for (int i = 0; i < nama2.size(); i++) {
            String nm = nama2.get(i);
            List<Staf> pool =
                    nm.startsWith("Umum") ? Katalog.UMPEG : nm.startsWith("Keuangan") ? Katalog.KEU : Katalog.REN;
            String rumpun = nm.startsWith("Umum") ? "SDM" : nm.startsWith("Keuangan") ? "KEU" : "REN";
            UnitDraf sb = unit(o, sek, "SB" + (i + 1), "Subbagian " + nm, "SUBBAGIAN", rumpun, urusan, sasaran);
            kepala(sb, "Kepala Subbagian " + nm, "PENGAWAS", 9);
            staf(sb, pool, barisStaf());
        }
    }

    private void setda() {
        String urusan = "koordinasi penyelenggaraan pemerintahan daerah";
        List<SasaranOpd> sas = opdBaru("SETDA", "Sekretariat Daerah", "Setda", "SEKRETARIAT_DAERAH", urusan, 0);
        Opd o = opd.get(opd.size() - 1);
        UnitDraf root = unit(
                o,
                null,
                "",
                "Sekretariat Daerah",
                "PIMPINAN",
                "PEM",
                urusan,
                sas.get(0).id());
        kepala(root, "Sekretaris Daerah", "JPT_PRATAMA", 15);
        for (String bidang : Katalog.STAF_AHLI) {
            jabatan(
                    root,
                    "Staf Ahli Bupati Bidang " + bidang,
                    "JPT_PRATAMA",
                    null,
                    13,
                    "PEM",
                    "KEPALA",
                    0,
                    "Paling rendah S-1/D-IV, diutamakan S-2",
                    false);
        }
        for (int a = 0; a < Katalog.SETDA.size(); a++) {
            List<String> def = Katalog.SETDA.get(a);
            long sasaran = sas.get(a % sas.size()).id();
            UnitDraf asisten = unit(o, root, "A" + (a + 1), "Asisten " + def.get(0), "BIDANG", "PEM", urusan, sasaran);
            kepala(asisten, "Asisten " + def.get(0), "JPT_PRATAMA", 13);
            int nBagian = Math.min(def.size() - 1, skala(2, 3));
            for (int b = 0; b < nBagian; b++) {
                String nm = def.get(b + 1);
                String rumpun = rumpunBagian(nm);
                UnitDraf bagian = unit(o, asisten, "B" + (b + 1), "Bagian " + nm, "BIDANG", rumpun, urusan, sasaran);
                kepala(bagian, "Kepala Bagian " + nm, "ADMINISTRATOR", 11);
                int nSub = skala(2, 3);
                for (int s = 0; s < nSub; s++) {
                    String sn = "Subbagian " + Katalog.PREFIKS_SEKSI.get(s) + " " + nm;
                    UnitDraf sub = unit(o, bagian, "S" + (s + 1), sn, "SUBBAGIAN", rumpun, urusan, sasaran);
                    kepala(sub, "Kepala " + sn, "PENGAWAS", 9);
                    staf(sub, poolTeknis(rumpun), barisStaf());
                }
            }
        }
    }

    private static String rumpunBagian(String nama) {
        return switch (nama) {
            case "Hukum" -> "HKM";
            case "Kesejahteraan Rakyat" -> "SOS";
            case "Perekonomian dan Sumber Daya Alam", "Pengadaan Barang dan Jasa" -> "EKO";
            case "Administrasi Pembangunan" -> "REN";
            case "Umum" -> "ARS";
            case "Organisasi" -> "SDM";
            case "Perencanaan dan Keuangan" -> "KEU";
            default -> "PEM";
        };
    }

    private static String namaKepalaOpd(OpdDef d) {
        return switch (d.jenis()) {
            case "INSPEKTORAT" -> "Inspektur";
            case "SEKRETARIAT_DPRD" -> "Sekretaris DPRD";
            case "RSUD" -> "Direktur RSUD Kabupaten Contoh";
            default -> "Kepala " + d.nama();
        };
    }

    private void opdUmum(OpdDef d) {
        List<SasaranOpd> sas = opdBaru(d.kode(), d.nama(), d.singkatan(), d.jenis(), d.urusan(), d.misi());
        Opd o = opd.get(opd.size() - 1);
        UnitDraf root = unit(
                o,
                null,
                "",
                d.nama(),
                "PIMPINAN",
                d.rumpun(),
                d.urusan(),
                sas.get(0).id());
        kepala(root, namaKepalaOpd(d), "JPT_PRATAMA", 14);
        boolean setwan = d.jenis().equals("SEKRETARIAT_DPRD");
        boolean inspektorat = d.jenis().equals("INSPEKTORAT");
        boolean badan = d.jenis().equals("BADAN");
        boolean rsud = d.jenis().equals("RSUD");
        if (!setwan) {
            sekretariat(
                    o,
                    root,
                    rsud ? "Bagian Tata Usaha" : "Sekretariat",
                    rsud ? "Kepala Bagian Tata Usaha" : "Sekretaris " + d.nama(),
                    11,
                    d.urusan(),
                    sas.get(0).id());
        }
        int nBidang = Math.min(d.bidang().size(), skala(3, 4));
        for (int i = 0; i < nBidang; i++) {
            String nm = d.bidang().get(i);
            long sasaran = sas.get(i % sas.size()).id();
            if (inspektorat) {
                UnitDraf irban = unit(o, root, "B" + (i + 1), nm, "BIDANG", "WAS", d.urusan(), sasaran);
                kepala(irban, nm, "ADMINISTRATOR", 11);
                staf(irban, Katalog.FUNGSIONAL.get("WAS"), Math.max(1, (int) Math.round(3 * f)));
                staf(irban, List.of(Katalog.PENGADMINISTRASI), 1);
                continue;
            }
            String label = setwan ? "Bagian " : "Bidang ";
            UnitDraf bidang = unit(o, root, "B" + (i + 1), label + nm, "BIDANG", d.rumpun(), d.urusan(), sasaran);
            kepala(bidang, "Kepala " + label + nm, "ADMINISTRATOR", 11);
            List<Staf> fungsional = rsud ? List.of() : Katalog.FUNGSIONAL.getOrDefault(d.rumpun(), List.of());
            if (f >= 0.5 && !fungsional.isEmpty()) {
                staf(bidang, fungsional, 1 + rnd.nextInt(2));
            }
            String jenisAnak = setwan ? "SUBBAGIAN" : badan ? "SUBBIDANG" : "SEKSI";
            String labelAnak = setwan ? "Subbagian " : badan ? "Subbidang " : "Seksi ";
            int nSeksi = skala(2, 3);
            for (int s = 0; s < nSeksi; s++) {
                String sn = labelAnak + Katalog.PREFIKS_SEKSI.get(s) + " " + nm;
                UnitDraf seksi = unit(o, bidang, "S" + (s + 1), sn, jenisAnak, d.rumpun(), d.urusan(), sasaran);
                kepala(seksi, "Kepala " + sn, "PENGAWAS", 9);
                staf(seksi, rsud ? Katalog.RSUD : poolTeknis(d.rumpun()), barisStaf());
            }
        }
        if (d.kode().equals(DISDIK)) {
            sekolah(o, root, sas.get(0).id());
        } else if (d.kode().equals("DINKES")) {
            puskesmas(o, root, sas.get(0).id());
        }
    }

    /** Schools scale with the size: ~9.5 SD and ~2.5 SMP per 1,000 pegawai. */
    private void sekolah(Opd o, UnitDraf root, long sasaran) {
        int nSd = Math.max(2, (int) Math.round(jumlah * 0.0095));
        int nSmp = Math.max(1, (int) Math.round(jumlah * 0.0025));
        int kec = Katalog.KECAMATAN.size();
        for (int i = 0; i < nSd + nSmp; i++) {
            boolean sd = i < nSd;
            int k = sd ? i : i - nSd;
            String nama = (sd ? "SD Negeri " : "SMP Negeri ") + (k / kec + 1) + " " + Katalog.KECAMATAN.get(k % kec);
            UnitDraf u = unit(o, root, String.format("U%04d", i + 1), nama, "UPT", "PDK", "pendidikan", sasaran);
            kepala(u, "Kepala " + nama, "PENGAWAS", 8);
            List<Staf> pool = sd ? Katalog.SD : Katalog.SMP;
            stafBerurutan(u, pool, Math.max(2, (int) Math.round(pool.size() * f)));
        }
    }

    /** Puskesmas scale with the size: ~3 per 1,000 pegawai. */
    private void puskesmas(Opd o, UnitDraf root, long sasaran) {
        int n = Math.max(2, (int) Math.round(jumlah * 0.003));
        int desa = Katalog.DESA.size();
        for (int i = 0; i < n; i++) {
            String nama = "UPT Puskesmas " + Katalog.DESA.get(i % desa) + (i >= desa ? " " + (i / desa + 1) : "");
            UnitDraf u = unit(o, root, String.format("U%04d", i + 1), nama, "UPT", "KES", "kesehatan", sasaran);
            kepala(u, "Kepala " + nama, "PENGAWAS", 9);
            stafBerurutan(u, Katalog.PUSKESMAS, Math.max(2, (int) Math.round(Katalog.PUSKESMAS.size() * f)));
        }
    }

    /** Like {@link #staf} but keeps the pool order (the main teaching/nursing rows come first). */
    private void stafBerurutan(UnitDraf u, List<Staf> pool, int n) {
        for (int i = 0; i < Math.min(n, pool.size()); i++) {
            Staf s = pool.get(i);
            String nama = s.jenjang() == null ? s.nama() : s.nama() + " " + labelJenjang(s.jenjang());
            jabatan(
                    u,
                    nama,
                    s.jenis(),
                    s.jenjang(),
                    s.kelas(),
                    s.rumpun() == null ? u.rumpun : s.rumpun(),
                    s.kategori(),
                    s.bobotElastis(),
                    s.pendidikan(),
                    false);
        }
    }

    private void kecamatan(int i, String nama) {
        String urusan = "pemerintahan umum di kecamatan";
        String kode = String.format("KEC%02d", i + 1);
        List<SasaranOpd> sas = opdBaru(kode, "Kecamatan " + nama, "Kec. " + nama, "KECAMATAN", urusan, 4);
        Opd o = opd.get(opd.size() - 1);
        UnitDraf root = unit(
                o,
                null,
                "",
                "Kecamatan " + nama,
                "PIMPINAN",
                "PEM",
                urusan,
                sas.get(0).id());
        kepala(root, "Camat " + nama, "ADMINISTRATOR", 11);
        sekretariat(
                o,
                root,
                "Sekretariat Kecamatan",
                "Sekretaris Kecamatan " + nama,
                10,
                urusan,
                sas.get(0).id());
        int nSeksi = Math.min(Katalog.SEKSI_KECAMATAN.size(), skala(3, 4));
        for (int s = 0; s < nSeksi; s++) {
            String sn = "Seksi " + Katalog.SEKSI_KECAMATAN.get(s);
            String rumpun = s == 1 ? "TRB" : "PEM";
            UnitDraf seksi = unit(
                    o,
                    root,
                    "S" + (s + 1),
                    sn,
                    "SEKSI",
                    rumpun,
                    urusan,
                    sas.get(s % sas.size()).id());
            kepala(seksi, "Kepala " + sn, "PENGAWAS", 9);
            staf(seksi, Katalog.TEKNIS_UMUM, Math.max(1, barisStaf() - 2));
        }
        int nKel = skala(2, 4);
        for (int k = 0; k < nKel; k++) {
            String desa = Katalog.DESA.get((i * 5 + k) % Katalog.DESA.size());
            UnitDraf kel = unit(
                    o,
                    root,
                    "K" + (k + 1),
                    "Kelurahan " + desa,
                    "KELURAHAN",
                    "PEM",
                    urusan,
                    sas.get(k % sas.size()).id());
            kepala(kel, "Lurah " + desa, "PENGAWAS", 9);
            staf(kel, Katalog.KELURAHAN, Math.max(1, barisStaf() - 2));
        }
    }

    // ---------------------------------------------------------------- kuota

    /** Spreads the seats beyond one per row over the elastic rows (guru, perawat, ...) by largest remainder. */
    private void distribusikanKuota() {
        int kursiTarget = (int) Math.round(jumlah / TINGKAT_TERISI);
        int tambahan = kursiTarget - jabatan.size();
        double total = jabatan.stream().mapToDouble(j -> j.bobotElastis).sum();
        if (tambahan <= 0 || total <= 0) {
            return;
        }
        double[] sisa = new double[jabatan.size()];
        int terbagi = 0;
        for (int i = 0; i < jabatan.size(); i++) {
            double tepat = tambahan * jabatan.get(i).bobotElastis / total;
            int bulat = (int) Math.floor(tepat);
            jabatan.get(i).kuota += bulat;
            sisa[i] = tepat - bulat;
            terbagi += bulat;
        }
        List<Integer> urut = new ArrayList<>();
        for (int i = 0; i < jabatan.size(); i++) {
            urut.add(i);
        }
        urut.sort(Comparator.comparingDouble((Integer i) -> -sisa[i]).thenComparingInt(i -> i));
        for (int k = 0; k < tambahan - terbagi; k++) {
            jabatan.get(urut.get(k)).kuota++;
        }
    }

    // ---------------------------------------------------------------- jabatan details

    private Jabatan selesaikan(JabatanDraf j) {
        UnitDraf u = j.unit;
        Teks teks = Katalog.TEKS.get(j.kategori);
        String namaUnit = u.nama;
        int nHasil = 1 + rnd.nextInt(Math.min(3, teks.hasil().size()));
        List<Jabatan.HasilKerja> hasil = new ArrayList<>();
        for (int i = 0; i < nHasil; i++) {
            String[] h = teks.hasil().get(i);
            hasil.add(new Jabatan.HasilKerja(i + 1, h[0].replace("{unit}", namaUnit), h[1]));
        }
        int nUraian = Math.min(teks.uraian().size(), 3 + rnd.nextInt(3));
        List<String> uraian = new ArrayList<>();
        for (int i = 0; i < nUraian; i++) {
            uraian.add(teks.uraian().get(i).replace("{unit}", namaUnit).replace("{urusan}", u.urusan));
        }
        String ikhtisar = teks.ikhtisar().replace("{unit}", namaUnit).replace("{urusan}", u.urusan);
        return new Jabatan(
                j.id,
                u.opd.id(),
                u.id,
                j.kode,
                j.nama,
                j.jenis,
                j.jenjang,
                j.kelas,
                j.rumpun,
                j.kuota,
                ikhtisar,
                String.join("\n", uraian),
                hasil.get(0).produk() + " tersusun lengkap, akurat, dan tepat waktu sesuai ketentuan",
                Katalog.PERILAKU,
                u.sasaranOpdId,
                j.pendidikan,
                pangkat(j.kelas),
                pengalaman(j),
                hasil,
                korelasi(j),
                skj(j),
                kodeJf(j));
    }

    /** The JF code of a jabatan fungsional whose kategori is a JF of its own (guru: BUP 60, UU 14/2005). */
    private static @Nullable String kodeJf(JabatanDraf j) {
        if (!"FUNGSIONAL".equals(j.jenis)) {
            return null;
        }
        return switch (j.kategori) {
            case "GURU", "DOKTER", "PERAWAT", "BIDAN" -> j.kategori;
            default -> null;
        };
    }

    private static String pangkat(int kelas) {
        return switch (kelas) {
            case 5 -> "II/a";
            case 6 -> "II/c";
            case 7, 8 -> "III/a";
            case 9 -> "III/b";
            case 10 -> "III/c";
            case 11 -> "III/d";
            case 12 -> "IV/a";
            case 13, 14 -> "IV/b";
            default -> "IV/c";
        };
    }

    private static String pengalaman(JabatanDraf j) {
        return switch (j.jenis) {
            case "JPT_PRATAMA" ->
                "Pernah menduduki jabatan administrator atau fungsional ahli madya paling singkat 2 tahun";
            case "ADMINISTRATOR" -> "Pernah menduduki jabatan pengawas paling singkat 3 tahun";
            case "PENGAWAS" -> "Pernah menduduki jabatan pelaksana atau fungsional paling singkat 4 tahun";
            case "FUNGSIONAL" -> "Lulus uji kompetensi jabatan fungsional sesuai jenjang";
            default -> "Diutamakan pernah mengikuti pelatihan teknis di bidang tugasnya";
        };
    }

    private List<Jabatan.Korelasi> korelasi(JabatanDraf j) {
        UnitDraf u = j.unit;
        List<Jabatan.Korelasi> hasil = new ArrayList<>();
        if (j.kepala) {
            UnitDraf induk = u.induk;
            JabatanDraf atas;
            String jenis = "KONSULTASI";
            if (induk != null) {
                atas = kepalaDari(induk);
            } else if (u.opd.id() != 1) {
                atas = kepalaDari(unit.get(0));
            } else {
                atas = kepalaDari(u.anak.get(0));
                jenis = "KOORDINASI";
            }
            hasil.add(
                    new Jabatan.Korelasi(1, atas.id, jenis, false, "Konsultasi arah kebijakan dan pelaporan kinerja"));
            if (induk != null && induk.anak.size() > 1 && rnd.nextDouble() < 0.5) {
                UnitDraf saudara = induk.anak.get(rnd.nextInt(induk.anak.size()));
                if (saudara != u) {
                    hasil.add(new Jabatan.Korelasi(
                            2,
                            kepalaDari(saudara).id,
                            "KOORDINASI",
                            rnd.nextDouble() < 0.4,
                            "Koordinasi pelaksanaan program lintas unit"));
                }
            }
        } else {
            hasil.add(new Jabatan.Korelasi(
                    1,
                    kepalaDari(u).id,
                    "KONSULTASI",
                    false,
                    "Konsultasi pelaksanaan tugas dan pelaporan hasil kerja"));
            if (u.jabatan.size() > 2 && rnd.nextDouble() < 0.6) {
                JabatanDraf lain = u.jabatan.get(1 + rnd.nextInt(u.jabatan.size() - 1));
                if (lain != j) {
                    boolean masukan = rnd.nextDouble() < 0.5;
                    hasil.add(new Jabatan.Korelasi(
                            2,
                            lain.id,
                            "KOORDINASI",
                            masukan,
                            masukan ? "Keluaran menjadi bahan kerja jabatan terkait" : "Koordinasi pelaksanaan tugas"));
                }
            }
        }
        return hasil;
    }

    /** Technical level required by jenis/jenjang (higher for higher positions). */
    private int levelTeknis(JabatanDraf j) {
        return switch (j.jenis) {
            case "PELAKSANA" -> 2;
            case "PENGAWAS" -> 3;
            case "ADMINISTRATOR" -> 4;
            case "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA" -> j.kelas >= 14 ? 5 : 4;
            default ->
                switch (String.valueOf(j.jenjang)) {
                    case "AHLI_UTAMA" -> 5;
                    case "AHLI_MADYA", "AHLI_MUDA" -> 4;
                    case "AHLI_PERTAMA", "PENYELIA", "MAHIR" -> 3;
                    default -> 2;
                };
        };
    }

    /**
     * Share (in percent) of the technical competencies in the SKJ bobot: "semakin tinggi jenjangnya … kompetensi
     * manajerial lebih banyak dibutuhkan".
     */
    private static int porsiTeknis(JabatanDraf j) {
        return switch (j.jenis) {
            case "PELAKSANA" -> 70;
            case "PENGAWAS" -> 55;
            case "ADMINISTRATOR" -> 45;
            case "JPT_PRATAMA", "JPT_MADYA", "JPT_UTAMA" -> 35;
            default ->
                switch (String.valueOf(j.jenjang)) {
                    case "AHLI_UTAMA" -> 40;
                    case "AHLI_MADYA" -> 50;
                    case "AHLI_MUDA" -> 55;
                    case "AHLI_PERTAMA", "PENYELIA" -> 60;
                    default -> 70;
                };
        };
    }

    private List<Jabatan.KompetensiJabatan> skj(JabatanDraf j) {
        Referensi.LevelStandar lv = ref.level(j.jenis, j.jenjang);
        List<String> teknisTersedia = new ArrayList<>(ref.teknis(j.rumpun));
        Collections.shuffle(teknisTersedia, rnd);
        int k = Math.min(teknisTersedia.size(), 2 + rnd.nextInt(3));
        List<String> teknis = new ArrayList<>(teknisTersedia.subList(0, k));
        Collections.sort(teknis);
        int m = ref.manajerial().size() + ref.sosialKultural().size();
        int porsi = k == 0 ? 0 : m == 0 ? 100 : porsiTeknis(j);
        int[] senNonTeknis = bagi((100 - porsi) * 100, m);
        int[] senTeknis = bagi(porsi * 100, k);
        List<Jabatan.KompetensiJabatan> hasil = new ArrayList<>();
        int i = 0;
        for (String kode : ref.manajerial()) {
            hasil.add(new Jabatan.KompetensiJabatan(kode, lv.manajerial(), BigDecimal.valueOf(senNonTeknis[i++], 2)));
        }
        for (String kode : ref.sosialKultural()) {
            hasil.add(
                    new Jabatan.KompetensiJabatan(kode, lv.sosialKultural(), BigDecimal.valueOf(senNonTeknis[i++], 2)));
        }
        int level = levelTeknis(j);
        for (int t = 0; t < k; t++) {
            hasil.add(new Jabatan.KompetensiJabatan(teknis.get(t), level, BigDecimal.valueOf(senTeknis[t], 2)));
        }
        return hasil;
    }

    /** Splits {@code total} hundredths into {@code n} near-equal positive parts that add up exactly. */
    private static int[] bagi(int total, int n) {
        int[] hasil = new int[n];
        for (int i = 0; i < n; i++) {
            hasil[i] = total / n + (i < total % n ? 1 : 0);
        }
        return hasil;
    }

    // ---------------------------------------------------------------- pegawai

    /** The core data of a pegawai, drawn while seating; {@link PembangunProfil} completes it to a {@link Pegawai}. */
    record Orang(
            String nip,
            String nama,
            @Nullable String gelarDepan,
            @Nullable String gelarBelakang,
            String jenisKelamin,
            LocalDate tanggalLahir,
            LocalDate tmtCpns,
            long jabatanId,
            long unitId,
            long opdId,
            @Nullable String atasanNip) {}

    private List<Orang> isiPegawai() {
        List<JabatanDraf> staf = jabatan.stream().filter(j -> !j.kepala).toList();
        for (JabatanDraf j : staf) {
            if (!j.wajibIsi && rnd.nextDouble() < 0.015) {
                j.lebih = true;
            }
        }
        if (staf.stream().noneMatch(j -> j.lebih)) {
            staf.stream().filter(j -> !j.wajibIsi).findFirst().ifPresent(j -> j.lebih = true);
        }
        int kursi = jabatan.stream().mapToInt(j -> j.kuota).sum();
        int lebih = (int) jabatan.stream().filter(j -> j.lebih).count();
        int kosong = Math.max(0, kursi + lebih - jumlah);
        List<JabatanDraf> calon = new ArrayList<>();
        for (JabatanDraf j : jabatan) {
            if (!j.wajibIsi && !j.lebih) {
                for (int i = 0; i < j.kuota; i++) {
                    calon.add(j);
                }
            }
        }
        kosong = Math.min(kosong, calon.size());
        for (int i = 0; i < kosong; i++) {
            int pilih = i + rnd.nextInt(calon.size() - i);
            Collections.swap(calon, i, pilih);
            calon.get(i).kosong++;
        }

        List<Orang> hasil = new ArrayList<>();
        Map<Long, String> pemegangKepala = new HashMap<>();
        String nipSekda = null;
        for (UnitDraf u : unit) {
            for (JabatanDraf j : u.jabatan) {
                int n = j.kuota - j.kosong + (j.lebih ? 1 : 0);
                for (int i = 0; i < n; i++) {
                    String atasan;
                    if (j.kepala) {
                        atasan = u.induk == null
                                ? (u.opd.id() == 1 ? null : nipSekda)
                                : terdekat(u.induk, pemegangKepala, nipSekda);
                    } else {
                        atasan = terdekat(u, pemegangKepala, nipSekda);
                    }
                    Orang p = orang(j, atasan);
                    hasil.add(p);
                    if (j.kepala && i == 0) {
                        pemegangKepala.put(u.id, p.nip());
                        if (u.opd.id() == 1 && u.induk == null) {
                            nipSekda = p.nip();
                        }
                    }
                }
            }
        }
        return hasil;
    }

    private static @Nullable String terdekat(
            @Nullable UnitDraf u, Map<Long, String> pemegangKepala, @Nullable String nipSekda) {
        for (UnitDraf x = u; x != null; x = x.induk) {
            String nip = pemegangKepala.get(x.id);
            if (nip != null) {
                return nip;
            }
        }
        return nipSekda;
    }

    private int[] rentangLahir(JabatanDraf j) {
        return switch (j.jenis) {
            case "JPT_PRATAMA" -> new int[] {1967, 1977};
            case "ADMINISTRATOR" -> new int[] {1968, 1983};
            case "PENGAWAS" -> new int[] {1970, 1990};
            case "PELAKSANA" -> new int[] {1968, 2000};
            default ->
                switch (String.valueOf(j.jenjang)) {
                    case "AHLI_PERTAMA", "TERAMPIL", "PEMULA" -> new int[] {1985, 1999};
                    case "MAHIR", "AHLI_MUDA" -> new int[] {1975, 1992};
                    default -> new int[] {1968, 1985};
                };
        };
    }

    private double peluangPerempuan(JabatanDraf j) {
        return switch (j.kategori) {
            case "GURU" -> 0.65;
            case "PERAWAT" -> 0.75;
            case "BIDAN" -> 1.0;
            case "POLPP" -> 0.2;
            case "KEPALA" -> 0.3;
            default -> 0.5;
        };
    }

    private <T> T pilih(List<T> daftar) {
        return daftar.get(rnd.nextInt(daftar.size()));
    }

    private Orang orang(JabatanDraf j, @Nullable String atasan) {
        boolean perempuan = rnd.nextDouble() < peluangPerempuan(j);
        int[] rentang = rentangLahir(j);
        String nip;
        LocalDate lahir;
        LocalDate tmt;
        while (true) {
            int tahun = rentang[0] + rnd.nextInt(rentang[1] - rentang[0] + 1);
            lahir = LocalDate.ofYearDay(tahun, 1 + rnd.nextInt(365));
            tmt = LocalDate.of(Math.min(2024, tahun + 22 + rnd.nextInt(9)), 1 + rnd.nextInt(12), 1);
            String awalan = lahir.getYear()
                    + dua(lahir.getMonthValue())
                    + dua(lahir.getDayOfMonth())
                    + tmt.getYear()
                    + dua(tmt.getMonthValue())
                    + (perempuan ? '2' : '1');
            int urut = nomorUrutNip.merge(awalan, 1, Integer::sum);
            if (urut <= 999) {
                nip = awalan + (urut < 10 ? "00" : urut < 100 ? "0" : "") + urut;
                break;
            }
        }
        List<String> depan = perempuan ? Katalog.NAMA_P : Katalog.NAMA_L;
        StringBuilder nama = new StringBuilder(pilih(depan));
        if (rnd.nextDouble() < 0.2) {
            String tengah = pilih(depan);
            if (!nama.toString().equals(tengah)) {
                nama.append(' ').append(tengah);
            }
        }
        if (rnd.nextDouble() < 0.75) {
            nama.append(' ').append(pilih(perempuan ? Katalog.AKHIR_P : Katalog.AKHIR_L));
        }
        String[] gelar = gelar(j, perempuan, lahir.getYear());
        return new Orang(
                nip,
                nama.toString(),
                gelar[0],
                gelar[1],
                perempuan ? "P" : "L",
                lahir,
                tmt,
                j.id,
                j.unit.id,
                j.unit.opd.id(),
                atasan);
    }

    private static String dua(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** {gelar depan, gelar belakang}, each possibly null. */
    private @Nullable String[] gelar(JabatanDraf j, boolean perempuan, int tahunLahir) {
        String jenjang = String.valueOf(j.jenjang);
        switch (j.kategori) {
            case "DOKTER":
                return new String[] {
                    "dr.", jenjang.equals("AHLI_MUDA") ? pilih(List.of("Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.")) : null
                };
            case "GURU":
                return new String[] {null, jenjang.equals("AHLI_MADYA") && rnd.nextBoolean() ? "S.Pd., M.Pd." : "S.Pd."
                };
            case "PERAWAT":
                return new String[] {null, jenjang.equals("AHLI_PERTAMA") ? "S.Kep., Ners" : "A.Md.Kep."};
            case "BIDAN":
                return new String[] {null, "A.Md.Keb."};
            default:
                break;
        }
        if (j.jenis.equals("PELAKSANA") && j.kelas <= 6 || jenjang.equals("TERAMPIL") || jenjang.equals("MAHIR")) {
            double r = rnd.nextDouble();
            return new String[] {null, r < 0.5 ? null : r < 0.8 ? "A.Md." : sarjana(j.rumpun)};
        }
        boolean pimpinan = j.jenis.startsWith("JPT") || j.jenis.equals("ADMINISTRATOR");
        String magister = pimpinan && rnd.nextDouble() < (j.jenis.startsWith("JPT") ? 0.9 : 0.5)
                ? pilih(List.of("M.Si.", "M.M.", "M.AP.", "M.T.", "M.Pd.", "M.H."))
                : null;
        if (tahunLahir < 1972 && rnd.nextDouble() < 0.3) {
            return new String[] {perempuan ? "Dra." : "Drs.", magister};
        }
        String s1 = sarjana(j.rumpun);
        return new String[] {null, magister == null ? s1 : s1 + ", " + magister};
    }

    private String sarjana(String rumpun) {
        return switch (rumpun) {
            case "KEU", "EKO" -> pilih(List.of("S.E.", "S.Ak."));
            case "HKM" -> "S.H.";
            case "TIK" -> "S.Kom.";
            case "PUR", "LH" -> "S.T.";
            case "PTN" -> "S.P.";
            case "KES" -> "S.K.M.";
            case "PDK" -> "S.Pd.";
            case "SDM" -> pilih(List.of("S.Psi.", "S.AP."));
            default -> pilih(List.of("S.Sos.", "S.IP.", "S.AP."));
        };
    }

    // ---------------------------------------------------------------- accounts

    private List<AkunDemo> akun(List<Pegawai> pegawai) {
        Opd disdik =
                opd.stream().filter(o -> o.kode().equals(DISDIK)).findFirst().orElseThrow();
        Map<Long, List<Pegawai>> perJabatan = new HashMap<>();
        for (Pegawai p : pegawai) {
            perJabatan.computeIfAbsent(p.jabatanId(), x -> new ArrayList<>()).add(p);
        }
        UnitDraf root = unit.stream()
                .filter(u -> u.opd == disdik && u.induk == null)
                .findFirst()
                .orElseThrow();
        Pegawai kadis = perJabatan.get(kepalaDari(root).id).get(0);
        Pegawai kabid = null;
        Pegawai staf = null;
        cari:
        for (UnitDraf bidang : root.anak) {
            if (!bidang.jenis.equals("BIDANG")) {
                continue;
            }
            Pegawai kb = pertama(perJabatan, kepalaDari(bidang));
            for (UnitDraf seksi : bidang.anak) {
                Pegawai kasi = pertama(perJabatan, kepalaDari(seksi));
                if (kb == null || kasi == null || !kb.nip().equals(kasi.atasanNip())) {
                    continue;
                }
                for (JabatanDraf j : seksi.jabatan) {
                    Pegawai p = j.kepala ? null : pertama(perJabatan, j);
                    if (p != null && kasi.nip().equals(p.atasanNip())) {
                        kabid = kb;
                        staf = p;
                        break cari;
                    }
                }
            }
        }
        if (kabid == null || staf == null) {
            throw new IllegalStateException("Tidak ada Kepala Bidang Dinas Pendidikan dengan bawahan tidak langsung");
        }
        return List.of(
                new AkunDemo("bkd", "Admin BKPSDM Kabupaten Contoh", "ADMIN_BKD", null, null),
                new AkunDemo("kadis.pendidikan", kadis.namaLengkap(), "PIMPINAN_OPD", disdik.id(), kadis.nip()),
                new AkunDemo("atasan.pendidikan", kabid.namaLengkap(), "ATASAN", disdik.id(), kabid.nip()),
                new AkunDemo("pegawai.pendidikan", staf.namaLengkap(), "PEGAWAI", disdik.id(), staf.nip()),
                new AkunDemo("asesor", "Asesor Kompetensi BKPSDM", "ASESOR", null, null),
                new AkunDemo("ppk", "Bupati Kabupaten Contoh (PPK)", "PPK", null, null));
    }

    private static @Nullable Pegawai pertama(Map<Long, List<Pegawai>> perJabatan, JabatanDraf j) {
        List<Pegawai> daftar = perJabatan.get(j.id);
        return daftar == null || daftar.isEmpty() ? null : daftar.get(0);
    }
}
