package id.aparatur.demo.generator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Immutable text catalogues for the pegawai profiles, riwayat and asesmen of the demo Kabupaten. */
final class KatalogProfil {

    private KatalogProfil() {}

    /** Golongan/ruang in order; the index is the "step" used by the generator. */
    static final List<String> GOLONGAN = List.of(
            "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a",
            "IV/b", "IV/c", "IV/d", "IV/e");

    static final List<String> PANGKAT = List.of(
            "Juru Muda",
            "Juru Muda Tingkat I",
            "Juru",
            "Juru Tingkat I",
            "Pengatur Muda",
            "Pengatur Muda Tingkat I",
            "Pengatur",
            "Pengatur Tingkat I",
            "Penata Muda",
            "Penata Muda Tingkat I",
            "Penata",
            "Penata Tingkat I",
            "Pembina",
            "Pembina Tingkat I",
            "Pembina Utama Muda",
            "Pembina Utama Madya",
            "Pembina Utama");

    /** Tingkat pendidikan in ascending order (the values of {@code pegawai.pendidikan_tingkat}). */
    static final List<String> TINGKAT = List.of("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3");

    // ------------------------------------------------------------------ places and NIK

    /** Kode wilayah (4 digits) of the fictional Kabupaten Contoh, Jawa Tengah (the real codes end at 3329). */
    static final String KODE_KABUPATEN = "3330";

    /** Neighbouring regions: {kode wilayah, town}. */
    static final List<String[]> WILAYAH_LAIN = List.of(
            new String[] {"3301", "Cilacap"},
            new String[] {"3302", "Purwokerto"},
            new String[] {"3303", "Purbalingga"},
            new String[] {"3304", "Banjarnegara"},
            new String[] {"3305", "Kebumen"},
            new String[] {"3308", "Magelang"},
            new String[] {"3310", "Klaten"},
            new String[] {"3374", "Semarang"},
            new String[] {"3372", "Surakarta"},
            new String[] {"3471", "Yogyakarta"});

    static final List<String> KOTA_JAWA = List.of(
            "Semarang",
            "Yogyakarta",
            "Surakarta",
            "Purwokerto",
            "Cilacap",
            "Kebumen",
            "Magelang",
            "Klaten",
            "Tegal",
            "Pekalongan",
            "Salatiga",
            "Wonosobo",
            "Banjarnegara",
            "Purbalingga",
            "Bandung",
            "Cirebon",
            "Tasikmalaya",
            "Garut",
            "Jakarta",
            "Bogor",
            "Surabaya",
            "Malang",
            "Kediri",
            "Madiun");
    static final List<String> KOTA_LUAR_JAWA = List.of(
            "Palembang",
            "Bandar Lampung",
            "Padang",
            "Pekanbaru",
            "Makassar",
            "Pontianak",
            "Balikpapan",
            "Banjarmasin",
            "Mataram",
            "Denpasar",
            "Jambi",
            "Bengkulu");
    static final List<String> KOTA_BATAK = List.of("Medan", "Pematangsiantar", "Tarutung", "Balige", "Sibolga");
    static final List<String> KOTA_KRISTEN = List.of("Kupang", "Manado", "Ambon", "Salatiga", "Ende", "Maumere");
    static final List<String> KOTA_BALI = List.of("Denpasar", "Singaraja", "Gianyar", "Tabanan");

    // ------------------------------------------------------------------ agama (from names)

    static final Set<String> NAMA_KRISTIANI = Set.of(
            "Yohanes",
            "Petrus",
            "Paulus",
            "Stefanus",
            "Markus",
            "Yosef",
            "Fransiskus",
            "Andreas",
            "Kristian",
            "Maria",
            "Theresia",
            "Yohana",
            "Kristina",
            "Elisabeth",
            "Margaretha",
            "Veronika");
    static final Set<String> NAMA_KATOLIK =
            Set.of("Fransiskus", "Yosef", "Stefanus", "Theresia", "Veronika", "Maria", "Petrus", "Margaretha");
    static final Set<String> NAMA_KRISTIANI_SEBAGIAN = Set.of("Daniel", "Agustina");
    static final Set<String> NAMA_MUSLIM = Set.of(
            "Muhammad",
            "Ahmad",
            "Abdul",
            "Rizki",
            "Hasan",
            "Ilham",
            "Imam",
            "Rahmat",
            "Taufik",
            "Siti",
            "Nur",
            "Aisyah",
            "Fatimah",
            "Nurul",
            "Annisa",
            "Khadijah",
            "Zahra",
            "Rahma",
            "Hidayat",
            "Hakim",
            "Maulana",
            "Rahman",
            "Ramadhan",
            "Firmansyah",
            "Nurhayati",
            "Rahmawati");
    static final Set<String> MARGA_BATAK = Set.of(
            "Simanjuntak", "Siregar", "Nainggolan", "Manurung", "Sitompul", "Lumbantobing", "Situmorang", "Hutagalung");

    static final List<String> DISABILITAS = List.of(
            "Disabilitas fisik: daksa tungkai bawah",
            "Disabilitas sensorik: netra (low vision)",
            "Disabilitas sensorik: rungu",
            "Disabilitas fisik: daksa tangan");

    // ------------------------------------------------------------------ pendidikan

    /** Field names in the syarat pendidikan of the Anjab catalogue mapped to a program studi. */
    static final Map<String, List<String>> JURUSAN_SYARAT = Map.ofEntries(
            Map.entry("Administrasi", List.of("Administrasi Negara")),
            Map.entry("Administrasi Publik", List.of("Administrasi Publik")),
            Map.entry("Akuntansi", List.of("Akuntansi")),
            Map.entry("Analis Kesehatan", List.of("Analis Kesehatan")),
            Map.entry("Antropologi", List.of("Antropologi")),
            Map.entry("Bimbingan dan Konseling", List.of("Bimbingan dan Konseling")),
            Map.entry("Ekonomi", List.of("Ekonomi Pembangunan", "Manajemen")),
            Map.entry("Ekonomi Pembangunan", List.of("Ekonomi Pembangunan")),
            Map.entry("Hukum", List.of("Ilmu Hukum")),
            Map.entry("Ilmu Pemerintahan", List.of("Ilmu Pemerintahan")),
            Map.entry("Ilmu Perpustakaan", List.of("Ilmu Perpustakaan")),
            Map.entry("Ilmu Sosial", List.of("Sosiologi", "Ilmu Komunikasi")),
            Map.entry("Kearsipan", List.of("Kearsipan")),
            Map.entry("Kebidanan", List.of("Kebidanan")),
            Map.entry("Keperawatan", List.of("Keperawatan")),
            Map.entry(
                    "Kependidikan",
                    List.of(
                            "Pendidikan Guru Sekolah Dasar",
                            "Pendidikan Luar Sekolah",
                            "Administrasi Pendidikan",
                            "Pendidikan Matematika")),
            Map.entry(
                    "Kependidikan sesuai mata pelajaran",
                    List.of(
                            "Pendidikan Matematika",
                            "Pendidikan Bahasa Indonesia",
                            "Pendidikan Bahasa Inggris",
                            "Pendidikan Biologi",
                            "Pendidikan Fisika",
                            "Pendidikan Ilmu Pengetahuan Sosial",
                            "Pendidikan Pancasila dan Kewarganegaraan",
                            "Pendidikan Seni Rupa")),
            Map.entry("Kesehatan Lingkungan", List.of("Kesehatan Lingkungan")),
            Map.entry("Kesehatan Masyarakat", List.of("Kesehatan Masyarakat")),
            Map.entry("Kesejahteraan Sosial", List.of("Kesejahteraan Sosial")),
            Map.entry("Keuangan", List.of("Manajemen Keuangan")),
            Map.entry("Manajemen", List.of("Manajemen")),
            Map.entry("Manajemen Informatika", List.of("Manajemen Informatika")),
            Map.entry("Manajemen SDM", List.of("Manajemen Sumber Daya Manusia")),
            Map.entry("Metrologi", List.of("Metrologi dan Instrumentasi")),
            Map.entry("PGSD", List.of("Pendidikan Guru Sekolah Dasar")),
            Map.entry("Pariwisata", List.of("Pariwisata")),
            Map.entry("Pendidikan Agama Islam", List.of("Pendidikan Agama Islam")),
            Map.entry("Pendidikan Jasmani", List.of("Pendidikan Jasmani, Kesehatan, dan Rekreasi")),
            Map.entry("Perencanaan Wilayah", List.of("Perencanaan Wilayah dan Kota")),
            Map.entry("Perencanaan Wilayah dan Kota", List.of("Perencanaan Wilayah dan Kota")),
            Map.entry("Pertanian", List.of("Agroteknologi", "Agribisnis", "Penyuluhan Pertanian")),
            Map.entry("Psikologi", List.of("Psikologi")),
            Map.entry("Sejarah", List.of("Ilmu Sejarah")),
            Map.entry("Sistem Informasi", List.of("Sistem Informasi")),
            Map.entry("Statistik", List.of("Statistika")),
            Map.entry("Statistika", List.of("Statistika")),
            Map.entry("Teknik", List.of("Teknik Sipil")),
            Map.entry("Teknik Informatika", List.of("Teknik Informatika")),
            Map.entry("Teknik Lingkungan", List.of("Teknik Lingkungan")),
            Map.entry("Teknik Otomotif", List.of("Teknik Otomotif")),
            Map.entry("Teknik Sipil", List.of("Teknik Sipil")),
            Map.entry("Transportasi", List.of("Manajemen Transportasi Jalan")));

    /** Program studi S1/D4 for "semua jurusan" per rumpun. */
    static final Map<String, List<String>> S1_RUMPUN = Map.ofEntries(
            Map.entry("PEM", List.of("Ilmu Pemerintahan", "Administrasi Publik", "Sosiologi", "Ilmu Hukum")),
            Map.entry("KEU", List.of("Akuntansi", "Manajemen", "Ekonomi Pembangunan")),
            Map.entry("SDM", List.of("Psikologi", "Administrasi Publik", "Manajemen Sumber Daya Manusia")),
            Map.entry("REN", List.of("Ekonomi Pembangunan", "Perencanaan Wilayah dan Kota", "Statistika")),
            Map.entry("PDK", List.of("Administrasi Pendidikan", "Pendidikan Luar Sekolah", "Pendidikan Matematika")),
            Map.entry("KES", List.of("Kesehatan Masyarakat", "Gizi")),
            Map.entry("PUR", List.of("Teknik Sipil", "Perencanaan Wilayah dan Kota", "Arsitektur")),
            Map.entry("PTN", List.of("Agroteknologi", "Agribisnis", "Peternakan", "Budidaya Perairan")),
            Map.entry("SOS", List.of("Kesejahteraan Sosial", "Sosiologi", "Psikologi")),
            Map.entry("EKO", List.of("Ekonomi Pembangunan", "Manajemen", "Ilmu Hukum")),
            Map.entry("HKM", List.of("Ilmu Hukum")),
            Map.entry("WAS", List.of("Akuntansi", "Ilmu Hukum", "Teknik Sipil")),
            Map.entry("TIK", List.of("Teknik Informatika", "Sistem Informasi", "Ilmu Komunikasi")),
            Map.entry("LH", List.of("Teknik Lingkungan", "Biologi")),
            Map.entry("HUB", List.of("Teknik Sipil", "Manajemen Transportasi Jalan")),
            Map.entry("TRB", List.of("Ilmu Hukum", "Ilmu Pemerintahan", "Sosiologi")),
            Map.entry("DUK", List.of("Teknik Informatika", "Administrasi Publik", "Sosiologi")),
            Map.entry("ARS", List.of("Ilmu Perpustakaan", "Administrasi Negara")),
            Map.entry("PAR", List.of("Pariwisata", "Ilmu Sejarah", "Pendidikan Jasmani, Kesehatan, dan Rekreasi")));

    static final List<String> S1_UMUM = List.of("Administrasi Publik", "Manajemen", "Ilmu Pemerintahan", "Sosiologi");

    /** Program studi D3 for "semua jurusan" per rumpun. */
    static final Map<String, List<String>> D3_RUMPUN = Map.ofEntries(
            Map.entry("KEU", List.of("Akuntansi", "Manajemen Keuangan")),
            Map.entry("TIK", List.of("Manajemen Informatika", "Teknik Komputer")),
            Map.entry("KES", List.of("Kesehatan Lingkungan", "Gizi", "Rekam Medis")),
            Map.entry("PUR", List.of("Teknik Sipil")),
            Map.entry("PTN", List.of("Agribisnis", "Penyuluhan Pertanian")),
            Map.entry("ARS", List.of("Kearsipan", "Administrasi Perkantoran", "Sekretari", "Manajemen Informatika")),
            Map.entry("HUB", List.of("Manajemen Transportasi Jalan")));

    static final List<String> D3_UMUM =
            List.of("Administrasi Perkantoran", "Manajemen Informatika", "Akuntansi", "Administrasi Negara");

    /** SLTA: {jurusan, jenis sekolah}. */
    static final List<String[]> SLTA = List.of(
            new String[] {"IPA", "SMA"},
            new String[] {"IPS", "SMA"},
            new String[] {"IPS", "SMA"},
            new String[] {"Akuntansi", "SMK"},
            new String[] {"Administrasi Perkantoran", "SMK"},
            new String[] {"Teknik Komputer dan Jaringan", "SMK"});

    /** Gelar of a program studi at S1/D4 level; missing entries fall back to "S.Sos." (and "S.Pd." for Pendidikan). */
    static final Map<String, String> GELAR_S1 = Map.ofEntries(
            Map.entry("Administrasi Negara", "S.AP."),
            Map.entry("Administrasi Publik", "S.AP."),
            Map.entry("Akuntansi", "S.Ak."),
            Map.entry("Manajemen Keuangan", "S.E."),
            Map.entry("Manajemen", "S.E."),
            Map.entry("Ekonomi Pembangunan", "S.E."),
            Map.entry("Manajemen Sumber Daya Manusia", "S.E."),
            Map.entry("Statistika", "S.Stat."),
            Map.entry("Ilmu Pemerintahan", "S.IP."),
            Map.entry("Ilmu Hukum", "S.H."),
            Map.entry("Teknik Sipil", "S.T."),
            Map.entry("Teknik Lingkungan", "S.T."),
            Map.entry("Arsitektur", "S.Ars."),
            Map.entry("Perencanaan Wilayah dan Kota", "S.T."),
            Map.entry("Antropologi", "S.Ant."),
            Map.entry("Ilmu Sejarah", "S.Hum."),
            Map.entry("Ilmu Perpustakaan", "S.Hum."),
            Map.entry("Kearsipan", "S.Hum."),
            Map.entry("Sosiologi", "S.Sos."),
            Map.entry("Ilmu Komunikasi", "S.I.Kom."),
            Map.entry("Kesejahteraan Sosial", "S.Sos."),
            Map.entry("Kesehatan Masyarakat", "S.K.M."),
            Map.entry("Gizi", "S.Gz."),
            Map.entry("Pariwisata", "S.Par."),
            Map.entry("Agroteknologi", "S.P."),
            Map.entry("Agribisnis", "S.P."),
            Map.entry("Penyuluhan Pertanian", "S.P."),
            Map.entry("Peternakan", "S.Pt."),
            Map.entry("Budidaya Perairan", "S.Pi."),
            Map.entry("Psikologi", "S.Psi."),
            Map.entry("Teknik Informatika", "S.Kom."),
            Map.entry("Sistem Informasi", "S.Kom."),
            Map.entry("Biologi", "S.Si."),
            Map.entry("Manajemen Transportasi Jalan", "S.Tr.T."),
            Map.entry("Bimbingan dan Konseling", "S.Pd."),
            Map.entry("Administrasi Pendidikan", "S.Pd."));

    /** Gelar of a D3 program studi; missing entries fall back to "A.Md.". */
    static final Map<String, String> GELAR_D3 = Map.ofEntries(
            Map.entry("Keperawatan", "A.Md.Kep."),
            Map.entry("Kebidanan", "A.Md.Keb."),
            Map.entry("Akuntansi", "A.Md.Ak."),
            Map.entry("Manajemen Informatika", "A.Md.Kom."),
            Map.entry("Teknik Komputer", "A.Md.Kom."),
            Map.entry("Kesehatan Lingkungan", "A.Md.KL."),
            Map.entry("Analis Kesehatan", "A.Md.AK."),
            Map.entry("Gizi", "A.Md.Gz."),
            Map.entry("Rekam Medis", "A.Md.RMIK."),
            Map.entry("Teknik Sipil", "A.Md.T."),
            Map.entry("Teknik Otomotif", "A.Md.T."),
            Map.entry("Kearsipan", "A.Md.A."));

    /** Magister gelar with a program studi. */
    static final Map<String, String> S2_GELAR = Map.of(
            "M.Si.",
            "Ilmu Administrasi",
            "M.M.",
            "Manajemen",
            "M.AP.",
            "Administrasi Publik",
            "M.T.",
            "Teknik Sipil",
            "M.Pd.",
            "Manajemen Pendidikan",
            "M.H.",
            "Ilmu Hukum",
            "M.Kes.",
            "Kesehatan Masyarakat");

    static final Map<String, String> SPESIALIS = Map.of(
            "Sp.PD.",
            "Ilmu Penyakit Dalam",
            "Sp.A.",
            "Ilmu Kesehatan Anak",
            "Sp.OG.",
            "Obstetri dan Ginekologi",
            "Sp.B.",
            "Ilmu Bedah");

    /** Institutions: {nama, singkatan for ijazah numbers}. */
    static final List<String[]> PT_UMUM = List.of(
            new String[] {"Universitas Gadjah Mada", "UGM"},
            new String[] {"Universitas Diponegoro", "UNDIP"},
            new String[] {"Universitas Jenderal Soedirman", "UNSOED"},
            new String[] {"Universitas Sebelas Maret", "UNS"},
            new String[] {"Universitas Padjadjaran", "UNPAD"},
            new String[] {"Universitas Brawijaya", "UB"},
            new String[] {"Universitas Terbuka", "UT"},
            new String[] {"Universitas Muhammadiyah Purwokerto", "UMP"},
            new String[] {"Universitas Islam Indonesia", "UII"},
            new String[] {"Universitas Airlangga", "UNAIR"},
            new String[] {"Universitas Kristen Satya Wacana", "UKSW"},
            new String[] {"Universitas Atma Jaya Yogyakarta", "UAJY"},
            new String[] {"Universitas Negeri Semarang", "UNNES"},
            new String[] {"Universitas Tidar", "UNTIDAR"});

    static final List<String[]> PT_KEPENDIDIKAN = List.of(
            new String[] {"Universitas Negeri Semarang", "UNNES"},
            new String[] {"Universitas Negeri Yogyakarta", "UNY"},
            new String[] {"Universitas Pendidikan Indonesia", "UPI"},
            new String[] {"Universitas Terbuka", "UT"},
            new String[] {"Universitas Sebelas Maret", "UNS"},
            new String[] {"Universitas Muhammadiyah Purworejo", "UMPWR"},
            new String[] {"Universitas PGRI Semarang", "UPGRIS"});
    static final List<String[]> PT_AGAMA = List.of(
            new String[] {"UIN Walisongo Semarang", "UINWS"},
            new String[] {"UIN Sunan Kalijaga Yogyakarta", "UINSUKA"},
            new String[] {"UIN Prof. K.H. Saifuddin Zuhri Purwokerto", "UINSAIZU"});
    static final List<String[]> PT_KESEHATAN = List.of(
            new String[] {"Poltekkes Kemenkes Semarang", "PKS"},
            new String[] {"Poltekkes Kemenkes Yogyakarta", "PKY"},
            new String[] {"Poltekkes Kemenkes Surakarta", "PKSK"},
            new String[] {"Universitas Muhammadiyah Semarang", "UNIMUS"});
    static final List<String[]> PT_KEDOKTERAN = List.of(
            new String[] {"Universitas Gadjah Mada", "UGM"},
            new String[] {"Universitas Diponegoro", "UNDIP"},
            new String[] {"Universitas Sebelas Maret", "UNS"},
            new String[] {"Universitas Jenderal Soedirman", "UNSOED"},
            new String[] {"Universitas Islam Sultan Agung", "UNISSULA"});
    static final List<String[]> PT_VOKASI = List.of(
            new String[] {"Politeknik Negeri Semarang", "POLINES"},
            new String[] {"Sekolah Vokasi Universitas Gadjah Mada", "SV-UGM"},
            new String[] {"Sekolah Vokasi Universitas Diponegoro", "SV-UNDIP"},
            new String[] {"Politeknik Negeri Bandung", "POLBAN"},
            new String[] {"Universitas Terbuka", "UT"});
    static final String[] IPDN = {"Institut Pemerintahan Dalam Negeri", "IPDN"};

    // ------------------------------------------------------------------ pelatihan

    static final List<String> PENYELENGGARA = List.of(
            "BPSDMD Provinsi Jawa Tengah",
            "BKPSDM Kabupaten Contoh",
            "Pusat Pengembangan Kompetensi Kemendagri",
            "Lembaga Administrasi Negara",
            "Balai Diklat Kemendagri Yogyakarta");

    /** Technical training per rumpun. */
    static final Map<String, List<String>> PELATIHAN_TEKNIS = Map.ofEntries(
            Map.entry(
                    "PEM",
                    List.of(
                            "Bimbingan Teknis Tata Naskah Dinas",
                            "Pelatihan Penyusunan Produk Hukum Daerah",
                            "Pelatihan Fasilitasi Pemerintahan Desa")),
            Map.entry(
                    "KEU",
                    List.of(
                            "Bimbingan Teknis Penatausahaan Keuangan Daerah pada SIPD",
                            "Pelatihan Akuntansi Berbasis Akrual",
                            "Pelatihan Pengelolaan Barang Milik Daerah")),
            Map.entry(
                    "SDM",
                    List.of(
                            "Pelatihan Analisis Jabatan dan Analisis Beban Kerja",
                            "Bimbingan Teknis Pengelolaan Data pada SIASN",
                            "Pelatihan Manajemen Kinerja ASN")),
            Map.entry(
                    "REN",
                    List.of(
                            "Pelatihan Perencanaan dan Penganggaran Berbasis Kinerja",
                            "Pelatihan Penyusunan SAKIP",
                            "Pelatihan Monitoring dan Evaluasi Pembangunan")),
            Map.entry(
                    "PDK",
                    List.of(
                            "Pelatihan Implementasi Kurikulum Merdeka",
                            "Pelatihan Asesmen Pembelajaran",
                            "Pelatihan Pembelajaran Berdiferensiasi")),
            Map.entry(
                    "KES",
                    List.of(
                            "Pelatihan Basic Trauma Cardiac Life Support",
                            "Pelatihan Pencegahan dan Pengendalian Infeksi",
                            "Pelatihan Manajemen Puskesmas")),
            Map.entry(
                    "PUR",
                    List.of(
                            "Pelatihan Ahli Keselamatan dan Kesehatan Kerja Konstruksi",
                            "Bimbingan Teknis Perencanaan Teknis Jalan",
                            "Pelatihan Sistem Informasi Geografis")),
            Map.entry(
                    "PTN",
                    List.of(
                            "Pelatihan Budidaya Padi Ramah Lingkungan",
                            "Pelatihan Penyuluhan Pertanian",
                            "Pelatihan Pengendalian Organisme Pengganggu Tumbuhan")),
            Map.entry(
                    "SOS",
                    List.of(
                            "Pelatihan Pendamping Rehabilitasi Sosial",
                            "Bimbingan Teknis Data Terpadu Kesejahteraan Sosial",
                            "Pelatihan Perlindungan Anak")),
            Map.entry(
                    "EKO",
                    List.of(
                            "Pelatihan Pendampingan UMKM",
                            "Bimbingan Teknis Perizinan Berusaha melalui OSS",
                            "Pelatihan Analisis Pasar")),
            Map.entry("HKM", List.of("Pelatihan Legal Drafting", "Pelatihan Harmonisasi Peraturan Daerah")),
            Map.entry(
                    "WAS",
                    List.of(
                            "Pelatihan Audit Kinerja",
                            "Pelatihan Reviu Laporan Keuangan",
                            "Pelatihan Probity Audit Pengadaan Barang/Jasa")),
            Map.entry(
                    "TIK",
                    List.of(
                            "Pelatihan Keamanan Informasi",
                            "Pelatihan Pengembangan Aplikasi Berbasis Web",
                            "Pelatihan Manajemen Data dan Statistik Sektoral")),
            Map.entry("LH", List.of("Pelatihan Pengawasan Lingkungan Hidup", "Pelatihan Pengelolaan Sampah Terpadu")),
            Map.entry(
                    "HUB",
                    List.of("Pelatihan Manajemen Rekayasa Lalu Lintas", "Pelatihan Pengujian Kendaraan Bermotor")),
            Map.entry(
                    "TRB",
                    List.of(
                            "Pelatihan Penegakan Peraturan Daerah",
                            "Pelatihan Penanggulangan Bencana",
                            "Pelatihan Dasar Polisi Pamong Praja")),
            Map.entry(
                    "DUK",
                    List.of(
                            "Bimbingan Teknis Pelayanan Administrasi Kependudukan",
                            "Pelatihan Pengelolaan Database Kependudukan")),
            Map.entry("ARS", List.of("Pelatihan Pengelolaan Arsip Dinamis", "Pelatihan Pengelolaan Perpustakaan")),
            Map.entry("PAR", List.of("Pelatihan Pengembangan Destinasi Wisata", "Pelatihan Pelestarian Cagar Budaya")));

    static final List<String> PELATIHAN_UMUM = List.of(
            "Pelatihan Pelayanan Prima",
            "Pelatihan Pengadaan Barang/Jasa Pemerintah Tingkat Dasar",
            "Pelatihan Penyusunan SKP",
            "Pelatihan Literasi Digital ASN",
            "Bimbingan Teknis Penyusunan Laporan Kinerja");

    // ------------------------------------------------------------------ hukuman disiplin (PP 94/2021)

    /** {uraian, tingkat, months in force (0 = ringan, no tmt_selesai), reason}. */
    static final List<String[]> HUKUMAN = List.of(
            new String[] {
                "Teguran lisan", "RINGAN", "0", "Tidak masuk kerja tanpa alasan yang sah 3 hari kerja dalam 1 tahun"
            },
            new String[] {
                "Teguran tertulis", "RINGAN", "0", "Tidak masuk kerja tanpa alasan yang sah 5 hari kerja dalam 1 tahun"
            },
            new String[] {"Pernyataan tidak puas secara tertulis", "RINGAN", "0", "Tidak menaati ketentuan jam kerja"},
            new String[] {
                "Pemotongan tunjangan kinerja sebesar 25% selama 6 bulan",
                "SEDANG",
                "6",
                "Tidak masuk kerja tanpa alasan yang sah 12 hari kerja dalam 1 tahun"
            },
            new String[] {
                "Pemotongan tunjangan kinerja sebesar 25% selama 9 bulan",
                "SEDANG",
                "9",
                "Tidak masuk kerja tanpa alasan yang sah 15 hari kerja dalam 1 tahun"
            },
            new String[] {
                "Pemotongan tunjangan kinerja sebesar 25% selama 12 bulan",
                "SEDANG",
                "12",
                "Tidak melaksanakan tugas kedinasan dengan penuh pengabdian dan berdampak negatif pada unit kerja"
            },
            new String[] {
                "Penurunan jabatan setingkat lebih rendah selama 12 bulan",
                "BERAT",
                "12",
                "Tidak masuk kerja tanpa alasan yang sah 22 hari kerja dalam 1 tahun"
            });

    // ------------------------------------------------------------------ asesmen

    static final List<String> ASESOR_AC = List.of(
            "Dra. Sri Hartati, M.Psi., Psikolog",
            "Drs. Bambang Sutrisno, M.Si.",
            "Dr. Nur Aini Rahmawati, M.Psi., Psikolog",
            "Yohanes Kurniawan, S.Psi., M.Psi.",
            "Endang Puspitasari, S.Psi., M.M.");
    static final List<String> LEMBAGA_AC = List.of(
            "UPT Penilaian Kompetensi BKN",
            "Kantor Regional I BKN Yogyakarta",
            "UPT Penilaian Kompetensi ASN BPSDMD Provinsi Jawa Tengah");
}
