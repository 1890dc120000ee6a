package id.aparatur.demo.generator;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Immutable text catalogues of the demo Kabupaten (names follow Permendagri 90/2019 and PermenPANRB 41/2018). */
final class Katalog {

    private Katalog() {}

    /** An OPD with its urusan, rumpun and bidang names. */
    record OpdDef(
            String kode,
            String nama,
            String singkatan,
            String jenis,
            String rumpun,
            String urusan,
            int misi,
            List<String> bidang) {}

    /** A staff jabatan template; {@code rumpun} null means the rumpun of the unit. */
    record Staf(
            String nama,
            String jenis,
            @Nullable String jenjang,
            int kelas,
            @Nullable String rumpun,
            String kategori,
            double bobotElastis,
            String pendidikan) {}

    /** Texts of a job category. */
    record Teks(String ikhtisar, List<String> uraian, List<String[]> hasil) {}

    static final String VISI = "Terwujudnya Kabupaten Contoh yang Maju, Sejahtera, Berdaya Saing, dan Berkelanjutan";

    static final List<String> MISI = List.of(
            "Mewujudkan tata kelola pemerintahan yang bersih, efektif, dan melayani berbasis digital",
            "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan berkarakter",
            "Mengembangkan perekonomian daerah yang berdaya saing berbasis potensi lokal",
            "Mewujudkan infrastruktur dan tata ruang yang merata serta lingkungan hidup yang lestari",
            "Mewujudkan kehidupan masyarakat yang aman, tertib, rukun, dan berbudaya");

    /** Two tujuan per misi. */
    static final List<String> TUJUAN = List.of(
            "Meningkatkan akuntabilitas kinerja dan keuangan daerah",
            "Meningkatkan kualitas pelayanan publik dan sistem pemerintahan berbasis elektronik",
            "Meningkatkan kualitas pendidikan",
            "Meningkatkan derajat kesehatan dan kesejahteraan sosial masyarakat",
            "Meningkatkan pertumbuhan ekonomi daerah",
            "Meningkatkan kesempatan kerja dan daya tarik pariwisata",
            "Meningkatkan kualitas infrastruktur wilayah",
            "Meningkatkan kualitas lingkungan hidup dan ketangguhan bencana",
            "Meningkatkan ketenteraman dan ketertiban masyarakat",
            "Meningkatkan pelestarian budaya dan pemberdayaan masyarakat");

    /** Two sasaran per tujuan: {uraian, indikator}. */
    static final List<String[]> SASARAN = List.of(
            new String[] {"Meningkatnya akuntabilitas kinerja instansi pemerintah", "Nilai SAKIP"},
            new String[] {"Meningkatnya kualitas pengelolaan keuangan daerah", "Opini BPK atas LKPD"},
            new String[] {"Meningkatnya kualitas pelayanan publik", "Indeks Kepuasan Masyarakat"},
            new String[] {"Meningkatnya kematangan SPBE", "Indeks SPBE"},
            new String[] {"Meningkatnya akses dan mutu pendidikan dasar", "Rata-rata lama sekolah"},
            new String[] {"Meningkatnya kompetensi pendidik", "Persentase guru bersertifikat pendidik"},
            new String[] {"Meningkatnya derajat kesehatan masyarakat", "Usia harapan hidup"},
            new String[] {"Menurunnya persentase penduduk miskin", "Persentase penduduk miskin"},
            new String[] {"Meningkatnya produktivitas pertanian dan perikanan", "Kontribusi PDRB sektor pertanian"},
            new String[] {"Meningkatnya investasi dan daya saing UMKM", "Nilai realisasi investasi"},
            new String[] {"Menurunnya tingkat pengangguran terbuka", "Tingkat pengangguran terbuka"},
            new String[] {"Meningkatnya kunjungan wisata", "Jumlah kunjungan wisatawan"},
            new String[] {"Meningkatnya kemantapan jalan kabupaten", "Persentase jalan dalam kondisi mantap"},
            new String[] {"Meningkatnya akses permukiman layak", "Persentase rumah tangga dengan sanitasi layak"},
            new String[] {"Meningkatnya kualitas lingkungan hidup", "Indeks Kualitas Lingkungan Hidup"},
            new String[] {"Menurunnya risiko bencana", "Indeks Risiko Bencana"},
            new String[] {"Meningkatnya ketenteraman dan ketertiban umum", "Persentase penegakan Perda"},
            new String[] {"Meningkatnya kerukunan dan wawasan kebangsaan", "Indeks Kerukunan Umat Beragama"},
            new String[] {"Meningkatnya pelestarian kebudayaan daerah", "Indeks Pembangunan Kebudayaan"},
            new String[] {"Meningkatnya kemandirian desa", "Jumlah desa mandiri"});

    private static OpdDef d(
            String kode,
            String nama,
            String singkatan,
            String jenis,
            String rumpun,
            String urusan,
            int misi,
            String... bidang) {
        return new OpdDef(kode, nama, singkatan, jenis, rumpun, urusan, misi, List.of(bidang));
    }

    /** The OPD except Sekretariat Daerah and the kecamatan; Setda is built separately. */
    static final List<OpdDef> OPD = List.of(
            d(
                    "SETWAN",
                    "Sekretariat DPRD",
                    "Setwan",
                    "SEKRETARIAT_DPRD",
                    "PEM",
                    "fasilitasi tugas DPRD",
                    0,
                    "Umum dan Keuangan",
                    "Persidangan dan Perundang-undangan",
                    "Fasilitasi Penganggaran dan Pengawasan"),
            d(
                    "INSP",
                    "Inspektorat Daerah",
                    "Inspektorat",
                    "INSPEKTORAT",
                    "WAS",
                    "pengawasan internal",
                    0,
                    "Inspektur Pembantu Wilayah I",
                    "Inspektur Pembantu Wilayah II",
                    "Inspektur Pembantu Wilayah III",
                    "Inspektur Pembantu Wilayah IV"),
            d(
                    "DISDIK",
                    "Dinas Pendidikan",
                    "Disdik",
                    "DINAS",
                    "PDK",
                    "pendidikan",
                    1,
                    "Pembinaan Sekolah Dasar",
                    "Pembinaan Sekolah Menengah Pertama",
                    "Pembinaan PAUD dan Pendidikan Nonformal",
                    "Guru dan Tenaga Kependidikan"),
            d(
                    "DINKES",
                    "Dinas Kesehatan",
                    "Dinkes",
                    "DINAS",
                    "KES",
                    "kesehatan",
                    1,
                    "Kesehatan Masyarakat",
                    "Pencegahan dan Pengendalian Penyakit",
                    "Pelayanan Kesehatan",
                    "Sumber Daya Kesehatan"),
            d(
                    "DPUPR",
                    "Dinas Pekerjaan Umum dan Penataan Ruang",
                    "DPUPR",
                    "DINAS",
                    "PUR",
                    "pekerjaan umum dan penataan ruang",
                    3,
                    "Bina Marga",
                    "Sumber Daya Air",
                    "Penataan Ruang",
                    "Bina Konstruksi"),
            d(
                    "DPKP",
                    "Dinas Perumahan dan Kawasan Permukiman",
                    "Disperkim",
                    "DINAS",
                    "PUR",
                    "perumahan dan kawasan permukiman",
                    3,
                    "Perumahan",
                    "Kawasan Permukiman",
                    "Pertanahan"),
            d(
                    "SATPOLPP",
                    "Satuan Polisi Pamong Praja",
                    "Satpol PP",
                    "SATUAN_POLISI_PAMONG_PRAJA",
                    "TRB",
                    "ketenteraman dan ketertiban umum",
                    4,
                    "Penegakan Perundang-undangan Daerah",
                    "Ketertiban Umum dan Ketenteraman Masyarakat",
                    "Perlindungan Masyarakat"),
            d(
                    "DINSOS",
                    "Dinas Sosial",
                    "Dinsos",
                    "DINAS",
                    "SOS",
                    "sosial",
                    1,
                    "Rehabilitasi Sosial",
                    "Perlindungan dan Jaminan Sosial",
                    "Pemberdayaan Sosial dan Penanganan Fakir Miskin"),
            d(
                    "DISNAKER",
                    "Dinas Tenaga Kerja",
                    "Disnaker",
                    "DINAS",
                    "EKO",
                    "ketenagakerjaan",
                    2,
                    "Pelatihan dan Produktivitas Tenaga Kerja",
                    "Penempatan Tenaga Kerja",
                    "Hubungan Industrial"),
            d(
                    "DP3A",
                    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
                    "DP3A",
                    "DINAS",
                    "SOS",
                    "pemberdayaan perempuan dan perlindungan anak",
                    1,
                    "Pemberdayaan Perempuan",
                    "Perlindungan Anak",
                    "Data dan Informasi Gender dan Anak"),
            d(
                    "DKP",
                    "Dinas Ketahanan Pangan",
                    "DKP",
                    "DINAS",
                    "PTN",
                    "ketahanan pangan",
                    2,
                    "Ketersediaan dan Distribusi Pangan",
                    "Konsumsi dan Keamanan Pangan",
                    "Kerawanan Pangan"),
            d(
                    "DLH",
                    "Dinas Lingkungan Hidup",
                    "DLH",
                    "DINAS",
                    "LH",
                    "lingkungan hidup",
                    3,
                    "Tata Lingkungan",
                    "Pengendalian Pencemaran dan Kerusakan Lingkungan",
                    "Pengelolaan Sampah dan Limbah B3"),
            d(
                    "DISDUKCAPIL",
                    "Dinas Kependudukan dan Pencatatan Sipil",
                    "Disdukcapil",
                    "DINAS",
                    "DUK",
                    "administrasi kependudukan",
                    0,
                    "Pelayanan Pendaftaran Penduduk",
                    "Pelayanan Pencatatan Sipil",
                    "Pengelolaan Informasi Administrasi Kependudukan"),
            d(
                    "DPMD",
                    "Dinas Pemberdayaan Masyarakat dan Desa",
                    "DPMD",
                    "DINAS",
                    "PEM",
                    "pemberdayaan masyarakat dan desa",
                    4,
                    "Pemerintahan Desa",
                    "Pemberdayaan Masyarakat",
                    "Pengembangan Ekonomi Desa"),
            d(
                    "DISHUB",
                    "Dinas Perhubungan",
                    "Dishub",
                    "DINAS",
                    "HUB",
                    "perhubungan",
                    3,
                    "Lalu Lintas",
                    "Angkutan",
                    "Sarana dan Prasarana Perhubungan"),
            d(
                    "DISKOMINFO",
                    "Dinas Komunikasi dan Informatika",
                    "Diskominfo",
                    "DINAS",
                    "TIK",
                    "komunikasi, informatika, statistik, dan persandian",
                    0,
                    "Informasi dan Komunikasi Publik",
                    "Aplikasi Informatika",
                    "Statistik dan Persandian"),
            d(
                    "DISKOPUM",
                    "Dinas Koperasi dan Usaha Mikro",
                    "Diskopum",
                    "DINAS",
                    "EKO",
                    "koperasi dan usaha mikro",
                    2,
                    "Kelembagaan Koperasi",
                    "Pemberdayaan Usaha Mikro",
                    "Pengawasan Koperasi"),
            d(
                    "DPMPTSP",
                    "Dinas Penanaman Modal dan PTSP",
                    "DPMPTSP",
                    "DINAS",
                    "EKO",
                    "penanaman modal dan pelayanan terpadu satu pintu",
                    2,
                    "Promosi Penanaman Modal",
                    "Pelayanan Perizinan",
                    "Pengendalian Pelaksanaan Penanaman Modal"),
            d(
                    "DISPORA",
                    "Dinas Kepemudaan dan Olahraga",
                    "Dispora",
                    "DINAS",
                    "PAR",
                    "kepemudaan dan olahraga",
                    1,
                    "Kepemudaan",
                    "Keolahragaan",
                    "Sarana dan Prasarana Olahraga"),
            d(
                    "DISPARBUD",
                    "Dinas Pariwisata dan Kebudayaan",
                    "Disparbud",
                    "DINAS",
                    "PAR",
                    "pariwisata dan kebudayaan",
                    2,
                    "Destinasi Pariwisata",
                    "Pemasaran Pariwisata",
                    "Kebudayaan",
                    "Ekonomi Kreatif"),
            d(
                    "DISPUSIP",
                    "Dinas Perpustakaan dan Kearsipan",
                    "Dispusip",
                    "DINAS",
                    "ARS",
                    "perpustakaan dan kearsipan",
                    0,
                    "Perpustakaan",
                    "Kearsipan",
                    "Pelestarian Bahan Pustaka"),
            d(
                    "DISKAN",
                    "Dinas Perikanan",
                    "Diskan",
                    "DINAS",
                    "PTN",
                    "kelautan dan perikanan",
                    2,
                    "Perikanan Budidaya",
                    "Perikanan Tangkap",
                    "Pengolahan dan Pemasaran Hasil Perikanan"),
            d(
                    "DISTAN",
                    "Dinas Pertanian",
                    "Distan",
                    "DINAS",
                    "PTN",
                    "pertanian",
                    2,
                    "Tanaman Pangan",
                    "Hortikultura dan Perkebunan",
                    "Peternakan dan Kesehatan Hewan",
                    "Penyuluhan"),
            d(
                    "DISPERINDAG",
                    "Dinas Perdagangan dan Perindustrian",
                    "Disperindag",
                    "DINAS",
                    "EKO",
                    "perdagangan dan perindustrian",
                    2,
                    "Perdagangan",
                    "Perindustrian",
                    "Metrologi Legal"),
            d(
                    "BAPPEDA",
                    "Badan Perencanaan Pembangunan Daerah",
                    "Bappeda",
                    "BADAN",
                    "REN",
                    "perencanaan dan penelitian pembangunan daerah",
                    0,
                    "Perencanaan Pemerintahan dan Pembangunan Manusia",
                    "Perencanaan Perekonomian dan Sumber Daya Alam",
                    "Perencanaan Infrastruktur dan Kewilayahan",
                    "Penelitian dan Pengembangan"),
            d(
                    "BKPSDM",
                    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
                    "BKPSDM",
                    "BADAN",
                    "SDM",
                    "kepegawaian dan pengembangan sumber daya manusia",
                    0,
                    "Pengadaan, Pemberhentian, dan Informasi",
                    "Mutasi dan Promosi",
                    "Pengembangan Kompetensi Aparatur",
                    "Penilaian Kinerja dan Penghargaan"),
            d(
                    "BPKAD",
                    "Badan Pengelolaan Keuangan dan Aset Daerah",
                    "BPKAD",
                    "BADAN",
                    "KEU",
                    "pengelolaan keuangan dan aset daerah",
                    0,
                    "Anggaran",
                    "Perbendaharaan",
                    "Akuntansi dan Pelaporan",
                    "Aset Daerah"),
            d(
                    "BAPENDA",
                    "Badan Pendapatan Daerah",
                    "Bapenda",
                    "BADAN",
                    "KEU",
                    "pendapatan daerah",
                    0,
                    "Pendataan dan Penetapan",
                    "Penagihan dan Keberatan",
                    "Pengembangan Pendapatan Daerah"),
            d(
                    "BPBD",
                    "Badan Penanggulangan Bencana Daerah",
                    "BPBD",
                    "BADAN",
                    "TRB",
                    "penanggulangan bencana",
                    3,
                    "Pencegahan dan Kesiapsiagaan",
                    "Kedaruratan dan Logistik",
                    "Rehabilitasi dan Rekonstruksi"),
            d(
                    "KESBANGPOL",
                    "Badan Kesatuan Bangsa dan Politik",
                    "Kesbangpol",
                    "BADAN",
                    "PEM",
                    "kesatuan bangsa dan politik",
                    4,
                    "Ideologi dan Wawasan Kebangsaan",
                    "Politik Dalam Negeri",
                    "Ketahanan Ekonomi, Sosial, Budaya, dan Organisasi Kemasyarakatan"),
            d(
                    "RSUD",
                    "Rumah Sakit Umum Daerah Kabupaten Contoh",
                    "RSUD",
                    "RSUD",
                    "KES",
                    "pelayanan kesehatan rujukan",
                    1,
                    "Pelayanan Medis",
                    "Keperawatan",
                    "Penunjang Medis dan Nonmedis"));

    /** Asisten Sekda with their Bagian. */
    static final List<List<String>> SETDA = List.of(
            List.of("Pemerintahan dan Kesejahteraan Rakyat", "Tata Pemerintahan", "Hukum", "Kesejahteraan Rakyat"),
            List.of(
                    "Perekonomian dan Pembangunan",
                    "Perekonomian dan Sumber Daya Alam",
                    "Administrasi Pembangunan",
                    "Pengadaan Barang dan Jasa"),
            List.of("Administrasi Umum", "Umum", "Organisasi", "Perencanaan dan Keuangan"));

    static final List<String> STAF_AHLI = List.of(
            "Pemerintahan, Hukum, dan Politik", "Ekonomi dan Pembangunan", "Kemasyarakatan dan Sumber Daya Manusia");

    static final List<String> KECAMATAN =
            List.of("Kota Contoh", "Sukamaju", "Mekarsari", "Sidomulyo", "Karanganyar", "Tanjungsari");

    static final List<String> SEKSI_KECAMATAN = List.of(
            "Pemerintahan", "Ketenteraman dan Ketertiban Umum", "Pemberdayaan Masyarakat dan Desa", "Pelayanan Umum");

    static final List<String> DESA = List.of(
            "Sukajadi",
            "Margahayu",
            "Cibodas",
            "Wonosari",
            "Purwodadi",
            "Kedungwaru",
            "Banjarsari",
            "Jatimulyo",
            "Sindangsari",
            "Pasirjaya",
            "Bojongsari",
            "Rejosari",
            "Tegalrejo",
            "Sumberejo",
            "Sukaraja",
            "Mulyoharjo",
            "Karangsari",
            "Tanjungrejo",
            "Cikaret",
            "Sidoharjo",
            "Pagersari",
            "Kertajaya",
            "Mekarjaya",
            "Sukamulya",
            "Ngadirejo",
            "Gunungsari",
            "Kalisari",
            "Panjunan",
            "Talagasari",
            "Kebonsari");

    static final List<String> PREFIKS_SEKSI =
            List.of("Perencanaan dan Pengembangan", "Pembinaan dan Pengendalian", "Pelayanan, Evaluasi, dan Pelaporan");

    static final List<String> SUBBAGIAN_3 =
            List.of("Umum dan Kepegawaian", "Keuangan dan Aset", "Perencanaan dan Pelaporan");
    static final List<String> SUBBAGIAN_2 = List.of("Umum dan Kepegawaian", "Perencanaan dan Keuangan");

    private static Staf p(
            String nama, int kelas, @Nullable String rumpun, String kategori, double bobot, String pendidikan) {
        return new Staf(nama, "PELAKSANA", null, kelas, rumpun, kategori, bobot, pendidikan);
    }

    private static Staf f(
            String nama,
            String jenjang,
            int kelas,
            @Nullable String rumpun,
            String kategori,
            double bobot,
            String pendidikan) {
        return new Staf(nama, "FUNGSIONAL", jenjang, kelas, rumpun, kategori, bobot, pendidikan);
    }

    static final Staf PENGADMINISTRASI =
            p("Pengadministrasi Perkantoran", 5, "ARS", "ADMINISTRASI", 0.8, "SLTA/D-III semua jurusan");

    static final List<Staf> UMPEG = List.of(
            PENGADMINISTRASI,
            p("Pengelola Kepegawaian", 6, "SDM", "KEPEGAWAIAN", 0.5, "D-III/S-1 Administrasi"),
            p("Analis Kepegawaian", 7, "SDM", "KEPEGAWAIAN", 0.4, "S-1 Administrasi/Manajemen SDM"),
            f("Arsiparis", "TERAMPIL", 6, "ARS", "FUNGSIONAL", 0.3, "D-III Kearsipan"),
            p("Pengelola Barang Milik Daerah", 6, "KEU", "KEUANGAN", 0.3, "D-III/S-1 Akuntansi/Manajemen"));
    static final List<Staf> KEU = List.of(
            p("Bendahara", 6, "KEU", "KEUANGAN", 0.3, "D-III/S-1 Akuntansi/Keuangan"),
            p("Pengelola Keuangan", 6, "KEU", "KEUANGAN", 0.5, "D-III/S-1 Akuntansi/Keuangan"),
            p("Penyusun Laporan Keuangan", 7, "KEU", "KEUANGAN", 0.4, "S-1 Akuntansi"),
            PENGADMINISTRASI);
    static final List<Staf> REN = List.of(
            p("Pengolah Data", 6, "REN", "DATA", 0.5, "D-III/S-1 Statistik/Manajemen"),
            p("Analis Perencanaan", 7, "REN", "PERENCANAAN", 0.4, "S-1 Ekonomi Pembangunan/Perencanaan Wilayah"),
            f("Perencana", "AHLI_PERTAMA", 8, "REN", "PERENCANAAN", 0.3, "S-1/D-IV semua jurusan"),
            f("Perencana", "AHLI_MUDA", 10, "REN", "PERENCANAAN", 0.2, "S-1/D-IV semua jurusan"),
            PENGADMINISTRASI);
    static final List<Staf> TEKNIS_UMUM = List.of(
            PENGADMINISTRASI,
            p("Pengolah Data", 6, null, "DATA", 0.6, "D-III/S-1 semua jurusan"),
            p("Analis Kebijakan", 7, null, "ANALIS", 0.5, "S-1 Administrasi Publik/Ilmu Pemerintahan"),
            p("Pengelola Program dan Kegiatan", 7, null, "ANALIS", 0.4, "S-1 semua jurusan"),
            f("Pranata Komputer", "AHLI_PERTAMA", 8, "TIK", "PRAKOM", 0.2, "S-1 Teknik Informatika/Sistem Informasi"));

    /** Fungsional per rumpun of the OPD (placed in bidang/seksi). */
    static final Map<String, List<Staf>> FUNGSIONAL = Map.ofEntries(
            Map.entry(
                    "PDK",
                    List.of(
                            f("Pengawas Sekolah", "AHLI_MUDA", 10, "PDK", "FUNGSIONAL", 0.4, "S-1 Kependidikan"),
                            f("Pamong Belajar", "AHLI_PERTAMA", 8, "PDK", "FUNGSIONAL", 0.3, "S-1 Kependidikan"))),
            Map.entry(
                    "KES",
                    List.of(
                            f(
                                    "Epidemiolog Kesehatan",
                                    "AHLI_PERTAMA",
                                    8,
                                    "KES",
                                    "FUNGSIONAL",
                                    0.4,
                                    "S-1 Kesehatan Masyarakat"),
                            f(
                                    "Penyuluh Kesehatan Masyarakat",
                                    "AHLI_PERTAMA",
                                    8,
                                    "KES",
                                    "FUNGSIONAL",
                                    0.4,
                                    "S-1 Kesehatan Masyarakat"),
                            f("Sanitarian", "TERAMPIL", 6, "KES", "FUNGSIONAL", 0.4, "D-III Kesehatan Lingkungan"))),
            Map.entry(
                    "PUR",
                    List.of(
                            f(
                                    "Teknik Jalan dan Jembatan",
                                    "AHLI_PERTAMA",
                                    8,
                                    "PUR",
                                    "FUNGSIONAL",
                                    0.5,
                                    "S-1 Teknik Sipil"),
                            f(
                                    "Penata Ruang",
                                    "AHLI_PERTAMA",
                                    8,
                                    "PUR",
                                    "FUNGSIONAL",
                                    0.3,
                                    "S-1 Perencanaan Wilayah dan Kota"),
                            f("Teknik Pengairan", "AHLI_MUDA", 10, "PUR", "FUNGSIONAL", 0.3, "S-1 Teknik Sipil"))),
            Map.entry(
                    "TRB",
                    List.of(
                            f("Polisi Pamong Praja", "TERAMPIL", 6, "TRB", "POLPP", 3.0, "SLTA/D-III semua jurusan"),
                            f("Polisi Pamong Praja", "MAHIR", 7, "TRB", "POLPP", 1.5, "SLTA/D-III semua jurusan"),
                            f("Analis Kebencanaan", "AHLI_PERTAMA", 8, "TRB", "FUNGSIONAL", 0.3, "S-1 semua jurusan"))),
            Map.entry(
                    "SOS",
                    List.of(
                            f(
                                    "Pekerja Sosial",
                                    "AHLI_PERTAMA",
                                    8,
                                    "SOS",
                                    "FUNGSIONAL",
                                    0.4,
                                    "S-1 Kesejahteraan Sosial"),
                            f(
                                    "Penyuluh Sosial",
                                    "AHLI_MUDA",
                                    10,
                                    "SOS",
                                    "FUNGSIONAL",
                                    0.3,
                                    "S-1 Kesejahteraan Sosial"))),
            Map.entry(
                    "EKO",
                    List.of(
                            f("Pengawas Perdagangan", "AHLI_PERTAMA", 8, "EKO", "FUNGSIONAL", 0.3, "S-1 Ekonomi"),
                            f(
                                    "Mediator Hubungan Industrial",
                                    "AHLI_MUDA",
                                    10,
                                    "EKO",
                                    "FUNGSIONAL",
                                    0.2,
                                    "S-1 Hukum/Ekonomi"),
                            f("Penera", "TERAMPIL", 6, "EKO", "FUNGSIONAL", 0.3, "D-III Metrologi"))),
            Map.entry(
                    "PTN",
                    List.of(
                            f("Penyuluh Pertanian", "AHLI_PERTAMA", 8, "PTN", "PENYULUH", 1.5, "S-1 Pertanian"),
                            f("Penyuluh Pertanian", "TERAMPIL", 6, "PTN", "PENYULUH", 1.5, "D-III Pertanian"),
                            f(
                                    "Pengawas Mutu Hasil Pertanian",
                                    "AHLI_PERTAMA",
                                    8,
                                    "PTN",
                                    "FUNGSIONAL",
                                    0.3,
                                    "S-1 Pertanian"))),
            Map.entry(
                    "LH",
                    List.of(
                            f(
                                    "Pengendali Dampak Lingkungan",
                                    "AHLI_PERTAMA",
                                    8,
                                    "LH",
                                    "FUNGSIONAL",
                                    0.4,
                                    "S-1 Teknik Lingkungan"),
                            f(
                                    "Pengawas Lingkungan Hidup",
                                    "AHLI_MUDA",
                                    10,
                                    "LH",
                                    "FUNGSIONAL",
                                    0.3,
                                    "S-1 Teknik Lingkungan"))),
            Map.entry(
                    "HUB",
                    List.of(
                            f(
                                    "Penguji Kendaraan Bermotor",
                                    "TERAMPIL",
                                    6,
                                    "HUB",
                                    "FUNGSIONAL",
                                    0.5,
                                    "D-III Teknik Otomotif"),
                            f(
                                    "Asisten Manajemen Transportasi",
                                    "MAHIR",
                                    7,
                                    "HUB",
                                    "FUNGSIONAL",
                                    0.3,
                                    "D-III Transportasi"))),
            Map.entry(
                    "DUK",
                    List.of(
                            f(
                                    "Administrator Database Kependudukan",
                                    "AHLI_PERTAMA",
                                    8,
                                    "DUK",
                                    "FUNGSIONAL",
                                    0.4,
                                    "S-1 Teknik Informatika"),
                            p(
                                    "Operator Layanan Operasional",
                                    5,
                                    "DUK",
                                    "ADMINISTRASI",
                                    1.0,
                                    "SLTA/D-III semua jurusan"))),
            Map.entry(
                    "ARS",
                    List.of(
                            f("Pustakawan", "AHLI_PERTAMA", 8, "ARS", "FUNGSIONAL", 0.4, "S-1 Ilmu Perpustakaan"),
                            f("Arsiparis", "AHLI_PERTAMA", 8, "ARS", "FUNGSIONAL", 0.4, "S-1 Kearsipan"))),
            Map.entry(
                    "PAR",
                    List.of(
                            f("Pamong Budaya", "AHLI_PERTAMA", 8, "PAR", "FUNGSIONAL", 0.3, "S-1 Antropologi/Sejarah"),
                            f(
                                    "Adyatama Kepariwisataan dan Ekonomi Kreatif",
                                    "AHLI_PERTAMA",
                                    8,
                                    "PAR",
                                    "FUNGSIONAL",
                                    0.3,
                                    "S-1 Pariwisata"))),
            Map.entry(
                    "TIK",
                    List.of(
                            f("Pranata Komputer", "AHLI_PERTAMA", 8, "TIK", "PRAKOM", 0.4, "S-1 Teknik Informatika"),
                            f("Pranata Komputer", "TERAMPIL", 6, "TIK", "PRAKOM", 0.3, "D-III Manajemen Informatika"),
                            f("Statistisi", "AHLI_PERTAMA", 8, "TIK", "FUNGSIONAL", 0.2, "S-1 Statistika"))),
            Map.entry(
                    "WAS",
                    List.of(
                            f("Auditor", "AHLI_PERTAMA", 8, "WAS", "AUDITOR", 1.0, "S-1 Akuntansi/Hukum/Teknik"),
                            f("Auditor", "AHLI_MUDA", 10, "WAS", "AUDITOR", 0.6, "S-1 Akuntansi/Hukum/Teknik"),
                            f(
                                    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah",
                                    "AHLI_PERTAMA",
                                    8,
                                    "WAS",
                                    "AUDITOR",
                                    0.5,
                                    "S-1 semua jurusan"))),
            Map.entry(
                    "SDM",
                    List.of(
                            f(
                                    "Analis SDM Aparatur",
                                    "AHLI_PERTAMA",
                                    8,
                                    "SDM",
                                    "KEPEGAWAIAN",
                                    0.5,
                                    "S-1/D-IV semua jurusan"),
                            f(
                                    "Analis SDM Aparatur",
                                    "AHLI_MUDA",
                                    10,
                                    "SDM",
                                    "KEPEGAWAIAN",
                                    0.3,
                                    "S-1/D-IV semua jurusan"),
                            f("Asesor SDM Aparatur", "AHLI_PERTAMA", 8, "SDM", "KEPEGAWAIAN", 0.2, "S-1 Psikologi"))),
            Map.entry(
                    "KEU",
                    List.of(
                            f(
                                    "Analis Keuangan Pusat dan Daerah",
                                    "AHLI_PERTAMA",
                                    8,
                                    "KEU",
                                    "KEUANGAN",
                                    0.4,
                                    "S-1 Akuntansi/Ekonomi"),
                            f(
                                    "Analis Keuangan Pusat dan Daerah",
                                    "AHLI_MUDA",
                                    10,
                                    "KEU",
                                    "KEUANGAN",
                                    0.3,
                                    "S-1 Akuntansi/Ekonomi"))),
            Map.entry(
                    "REN",
                    List.of(
                            f("Perencana", "AHLI_PERTAMA", 8, "REN", "PERENCANAAN", 0.4, "S-1/D-IV semua jurusan"),
                            f("Perencana", "AHLI_MUDA", 10, "REN", "PERENCANAAN", 0.3, "S-1/D-IV semua jurusan"),
                            f("Peneliti", "AHLI_PERTAMA", 8, "REN", "FUNGSIONAL", 0.2, "S-2 semua jurusan"))),
            Map.entry(
                    "PEM",
                    List.of(
                            f("Analis Kebijakan", "AHLI_PERTAMA", 8, "PEM", "ANALIS", 0.3, "S-1 Ilmu Pemerintahan"),
                            f("Analis Kebijakan", "AHLI_MUDA", 10, "PEM", "ANALIS", 0.3, "S-1 Ilmu Pemerintahan"),
                            f(
                                    "Perancang Peraturan Perundang-undangan",
                                    "AHLI_PERTAMA",
                                    8,
                                    "HKM",
                                    "FUNGSIONAL",
                                    0.2,
                                    "S-1 Hukum"))));

    static final List<Staf> SD = List.of(
            f("Guru Kelas", "AHLI_PERTAMA", 8, "PDK", "GURU", 10, "S-1 PGSD"),
            f("Guru Kelas", "AHLI_MUDA", 9, "PDK", "GURU", 6, "S-1 PGSD"),
            f("Guru Pendidikan Agama Islam", "AHLI_PERTAMA", 8, "PDK", "GURU", 1.5, "S-1 Pendidikan Agama Islam"),
            f("Guru Pendidikan Jasmani", "AHLI_MADYA", 11, "PDK", "GURU", 1, "S-1 Pendidikan Jasmani"),
            PENGADMINISTRASI);
    static final List<Staf> SMP = List.of(
            f("Guru Mata Pelajaran", "AHLI_PERTAMA", 8, "PDK", "GURU", 10, "S-1 Kependidikan sesuai mata pelajaran"),
            f("Guru Mata Pelajaran", "AHLI_MUDA", 9, "PDK", "GURU", 7, "S-1 Kependidikan sesuai mata pelajaran"),
            f("Guru Mata Pelajaran", "AHLI_MADYA", 11, "PDK", "GURU", 3, "S-1 Kependidikan sesuai mata pelajaran"),
            f("Guru Bimbingan dan Konseling", "AHLI_PERTAMA", 8, "PDK", "GURU", 1, "S-1 Bimbingan dan Konseling"),
            PENGADMINISTRASI);
    static final List<Staf> PUSKESMAS = List.of(
            f("Dokter", "AHLI_PERTAMA", 8, "KES", "DOKTER", 1.5, "Profesi Dokter"),
            f("Perawat", "TERAMPIL", 6, "KES", "PERAWAT", 4, "D-III Keperawatan"),
            f("Perawat", "MAHIR", 7, "KES", "PERAWAT", 2, "D-III Keperawatan"),
            f("Bidan", "TERAMPIL", 6, "KES", "BIDAN", 3, "D-III Kebidanan"),
            PENGADMINISTRASI);
    static final List<Staf> RSUD = List.of(
            f("Dokter", "AHLI_PERTAMA", 8, "KES", "DOKTER", 3, "Profesi Dokter"),
            f("Dokter", "AHLI_MUDA", 10, "KES", "DOKTER", 1.5, "Profesi Dokter Spesialis"),
            f("Perawat", "TERAMPIL", 6, "KES", "PERAWAT", 8, "D-III Keperawatan"),
            f("Perawat", "MAHIR", 7, "KES", "PERAWAT", 5, "D-III Keperawatan"),
            f("Perawat", "AHLI_PERTAMA", 8, "KES", "PERAWAT", 3, "Profesi Ners"),
            f("Bidan", "TERAMPIL", 6, "KES", "BIDAN", 2, "D-III Kebidanan"),
            f("Apoteker", "AHLI_PERTAMA", 8, "KES", "FUNGSIONAL", 0.8, "Profesi Apoteker"),
            f("Pranata Laboratorium Kesehatan", "TERAMPIL", 6, "KES", "FUNGSIONAL", 1, "D-III Analis Kesehatan"));
    static final List<Staf> KELURAHAN = List.of(
            PENGADMINISTRASI,
            p("Pengelola Layanan Kependudukan", 6, "DUK", "ADMINISTRASI", 0.6, "SLTA/D-III semua jurusan"),
            p("Analis Pemberdayaan Masyarakat", 7, "PEM", "ANALIS", 0.4, "S-1 Ilmu Sosial"));

    static final String PERILAKU = "Melaksanakan tugas sesuai nilai dasar ASN BerAKHLAK: berorientasi pelayanan, "
            + "akuntabel, kompeten, harmonis, loyal, adaptif, dan kolaboratif.";

    private static Teks t(String ikhtisar, List<String> uraian, String... hasil) {
        List<String[]> h = new java.util.ArrayList<>();
        for (String s : hasil) {
            h.add(s.split("\\|"));
        }
        return new Teks(ikhtisar, uraian, List.copyOf(h));
    }

    static final Map<String, Teks> TEKS = Map.ofEntries(
            Map.entry(
                    "KEPALA",
                    t(
                            "Memimpin, mengoordinasikan, dan mengendalikan pelaksanaan tugas {unit} di bidang {urusan}.",
                            List.of(
                                    "Menyusun rencana dan program kerja {unit}",
                                    "Mengoordinasikan pelaksanaan tugas {unit}",
                                    "Membina dan menilai kinerja bawahan",
                                    "Merumuskan bahan kebijakan teknis di bidang {urusan}",
                                    "Melaporkan hasil pelaksanaan tugas kepada atasan"),
                            "Laporan Kinerja {unit}|Laporan",
                            "Rencana Kerja {unit}|Dokumen",
                            "Rekomendasi Kebijakan|Rekomendasi")),
            Map.entry(
                    "ADMINISTRASI",
                    t(
                            "Melakukan kegiatan administrasi perkantoran pada {unit}.",
                            List.of(
                                    "Menerima dan mencatat surat masuk dan keluar",
                                    "Mengagendakan dan mendistribusikan naskah dinas",
                                    "Menata arsip dinamis {unit}",
                                    "Menyiapkan kebutuhan rapat dan perjalanan dinas",
                                    "Melaporkan hasil pelaksanaan tugas kepada atasan"),
                            "Agenda Surat|Dokumen",
                            "Daftar Arsip|Dokumen",
                            "Laporan Administrasi|Laporan")),
            Map.entry(
                    "DATA",
                    t(
                            "Mengolah data dan informasi di bidang {urusan} pada {unit}.",
                            List.of(
                                    "Mengumpulkan data di bidang {urusan}", "Memverifikasi dan mengolah data",
                                    "Menyajikan data dalam bentuk tabel dan grafik", "Memutakhirkan basis data {unit}"),
                            "Data Terolah|Dokumen",
                            "Laporan Pengolahan Data|Laporan")),
            Map.entry(
                    "ANALIS",
                    t(
                            "Menganalisis dan menyusun bahan kebijakan di bidang {urusan} pada {unit}.",
                            List.of(
                                    "Mengumpulkan bahan dan peraturan terkait {urusan}",
                                    "Menganalisis permasalahan dan kebutuhan",
                                    "Menyusun telaahan staf dan rekomendasi",
                                    "Memantau dan mengevaluasi pelaksanaan program",
                                    "Melaporkan hasil pelaksanaan tugas kepada atasan"),
                            "Telaahan Staf|Dokumen",
                            "Kajian Kebijakan|Dokumen",
                            "Laporan Evaluasi|Laporan")),
            Map.entry(
                    "KEPEGAWAIAN",
                    t(
                            "Melaksanakan pengelolaan administrasi dan manajemen ASN pada {unit}.",
                            List.of(
                                    "Menyiapkan usul kenaikan pangkat dan gaji berkala",
                                            "Memutakhirkan data kepegawaian",
                                    "Menyusun analisis kebutuhan pengembangan kompetensi",
                                            "Menyiapkan bahan penilaian kinerja pegawai"),
                            "Usul Kenaikan Pangkat|Berkas",
                            "Data Kepegawaian Mutakhir|Dokumen",
                            "Laporan Kepegawaian|Laporan")),
            Map.entry(
                    "KEUANGAN",
                    t(
                            "Melaksanakan penatausahaan dan pelaporan keuangan pada {unit}.",
                            List.of(
                                    "Memverifikasi dokumen pertanggungjawaban keuangan", "Menyiapkan SPP dan SPM",
                                    "Mencatat transaksi dalam buku kas umum", "Menyusun laporan keuangan periodik"),
                            "SPM|Dokumen",
                            "Laporan Keuangan|Laporan",
                            "Buku Kas Umum|Dokumen")),
            Map.entry(
                    "PERENCANAAN",
                    t(
                            "Menyusun dokumen perencanaan dan pelaporan kinerja pada {unit}.",
                            List.of(
                                    "Menyusun rencana kerja dan anggaran", "Menyiapkan bahan Renstra dan Renja",
                                    "Menyusun indikator kinerja dan perjanjian kinerja",
                                            "Menyusun laporan kinerja instansi"),
                            "Renja|Dokumen",
                            "Perjanjian Kinerja|Dokumen",
                            "LKjIP|Laporan")),
            Map.entry(
                    "GURU",
                    t(
                            "Melaksanakan pembelajaran dan penilaian hasil belajar peserta didik di {unit}.",
                            List.of(
                                    "Menyusun rencana pelaksanaan pembelajaran",
                                    "Melaksanakan pembelajaran di kelas",
                                    "Menilai dan mengevaluasi hasil belajar",
                                    "Membimbing dan melatih peserta didik",
                                    "Melaksanakan tugas tambahan yang diberikan kepala sekolah"),
                            "Modul Ajar|Dokumen",
                            "Laporan Hasil Belajar|Laporan",
                            "Jam Pelajaran|Jam")),
            Map.entry(
                    "PERAWAT",
                    t(
                            "Memberikan asuhan keperawatan kepada pasien di {unit}.",
                            List.of(
                                    "Melakukan pengkajian keperawatan", "Menyusun rencana asuhan keperawatan",
                                    "Melaksanakan tindakan keperawatan", "Mendokumentasikan asuhan keperawatan"),
                            "Asuhan Keperawatan|Pasien",
                            "Catatan Keperawatan|Dokumen")),
            Map.entry(
                    "BIDAN",
                    t(
                            "Memberikan pelayanan kebidanan di {unit}.",
                            List.of(
                                    "Melakukan pemeriksaan kehamilan", "Menolong persalinan normal",
                                    "Memberikan pelayanan keluarga berencana", "Mendokumentasikan pelayanan kebidanan"),
                            "Pelayanan Kebidanan|Pasien",
                            "Laporan KIA|Laporan")),
            Map.entry(
                    "DOKTER",
                    t(
                            "Memberikan pelayanan medis kepada pasien di {unit}.",
                            List.of(
                                    "Melakukan anamnesis dan pemeriksaan fisik",
                                            "Menegakkan diagnosis dan memberikan terapi",
                                    "Melakukan rujukan sesuai indikasi", "Mengisi rekam medis pasien"),
                            "Pelayanan Medis|Pasien",
                            "Rekam Medis|Dokumen")),
            Map.entry(
                    "AUDITOR",
                    t(
                            "Melaksanakan pengawasan intern atas penyelenggaraan pemerintahan daerah.",
                            List.of(
                                    "Menyusun program kerja audit", "Melaksanakan audit, reviu, dan evaluasi",
                                    "Menyusun kertas kerja pengawasan", "Menyusun laporan hasil pengawasan"),
                            "Laporan Hasil Audit|Laporan",
                            "Kertas Kerja Audit|Dokumen")),
            Map.entry(
                    "PRAKOM",
                    t(
                            "Mengelola sistem informasi dan infrastruktur teknologi informasi pada {unit}.",
                            List.of(
                                    "Memelihara perangkat keras dan jaringan", "Mengembangkan dan memelihara aplikasi",
                                    "Mengelola basis data", "Memberikan dukungan teknis kepada pengguna"),
                            "Aplikasi Terpelihara|Aplikasi",
                            "Laporan Pemeliharaan Sistem|Laporan")),
            Map.entry(
                    "POLPP",
                    t(
                            "Menegakkan peraturan daerah dan menyelenggarakan ketertiban umum.",
                            List.of(
                                    "Melaksanakan patroli wilayah", "Melakukan penertiban pelanggaran Perda",
                                    "Melaksanakan pengamanan kegiatan pemerintah daerah", "Menyusun laporan kejadian"),
                            "Laporan Patroli|Laporan",
                            "Berita Acara Penertiban|Dokumen")),
            Map.entry(
                    "PENYULUH",
                    t(
                            "Melaksanakan penyuluhan kepada kelompok tani di wilayah kerja.",
                            List.of(
                                    "Menyusun programa penyuluhan", "Melaksanakan kunjungan ke kelompok tani",
                                    "Memfasilitasi penerapan teknologi budidaya", "Menyusun laporan penyuluhan"),
                            "Programa Penyuluhan|Dokumen",
                            "Laporan Kunjungan|Laporan")),
            Map.entry(
                    "FUNGSIONAL",
                    t(
                            "Melaksanakan kegiatan teknis jabatan fungsional di bidang {urusan} pada {unit}.",
                            List.of(
                                    "Menyusun rencana kegiatan teknis", "Melaksanakan kegiatan teknis sesuai standar",
                                    "Mengevaluasi hasil kegiatan", "Menyusun laporan pelaksanaan kegiatan"),
                            "Laporan Kegiatan Teknis|Laporan",
                            "Dokumen Hasil Kajian|Dokumen",
                            "Rekomendasi Teknis|Rekomendasi")));

    static final List<String> NAMA_L = List.of(
            "Agus",
            "Budi",
            "Bambang",
            "Joko",
            "Slamet",
            "Sugeng",
            "Wahyu",
            "Teguh",
            "Heru",
            "Hadi",
            "Eko",
            "Dwi",
            "Bayu",
            "Yudi",
            "Asep",
            "Dadang",
            "Ujang",
            "Cecep",
            "Dede",
            "Iwan",
            "Ade",
            "Muhammad",
            "Ahmad",
            "Abdul",
            "Rizki",
            "Fajar",
            "Hasan",
            "Ilham",
            "Arif",
            "Imam",
            "Yohanes",
            "Petrus",
            "Paulus",
            "Stefanus",
            "Markus",
            "Daniel",
            "Yosef",
            "Fransiskus",
            "Andreas",
            "Kristian",
            "Rudi",
            "Hendra",
            "Dimas",
            "Aditya",
            "Rahmat",
            "Taufik",
            "Gilang",
            "Nanang",
            "Wawan",
            "Suryadi");
    static final List<String> NAMA_P = List.of(
            "Sri",
            "Siti",
            "Dewi",
            "Rina",
            "Wulan",
            "Endang",
            "Ratna",
            "Yuni",
            "Lestari",
            "Euis",
            "Neneng",
            "Iis",
            "Cucu",
            "Enok",
            "Nining",
            "Nur",
            "Aisyah",
            "Fatimah",
            "Nurul",
            "Annisa",
            "Khadijah",
            "Zahra",
            "Rahma",
            "Maria",
            "Theresia",
            "Yohana",
            "Kristina",
            "Agustina",
            "Elisabeth",
            "Margaretha",
            "Veronika",
            "Fitri",
            "Indah",
            "Novi",
            "Dian",
            "Ayu",
            "Putri",
            "Lilis",
            "Tuti",
            "Yanti");
    static final List<String> AKHIR_L = List.of(
            "Santoso",
            "Prasetyo",
            "Wibowo",
            "Setiawan",
            "Hidayat",
            "Kurniawan",
            "Saputra",
            "Nugroho",
            "Susanto",
            "Gunawan",
            "Permana",
            "Sudrajat",
            "Suherman",
            "Firmansyah",
            "Ramadhan",
            "Hermawan",
            "Pratama",
            "Syahputra",
            "Suryana",
            "Purnomo",
            "Simanjuntak",
            "Siregar",
            "Nainggolan",
            "Manurung",
            "Sitompul",
            "Lumbantobing",
            "Wijaya",
            "Hakim",
            "Maulana",
            "Rahman");
    static final List<String> AKHIR_P = List.of(
            "Lestari",
            "Wulandari",
            "Rahayu",
            "Handayani",
            "Puspitasari",
            "Kartika",
            "Anggraini",
            "Maharani",
            "Permatasari",
            "Susanti",
            "Nurhayati",
            "Suryani",
            "Marlina",
            "Yuliani",
            "Rahmawati",
            "Fitriani",
            "Kusumawati",
            "Setyaningsih",
            "Hartati",
            "Purwanti",
            "Simanjuntak",
            "Siregar",
            "Nainggolan",
            "Manurung",
            "Situmorang",
            "Hutagalung",
            "Sari",
            "Utami",
            "Wahyuni",
            "Safitri");
}
