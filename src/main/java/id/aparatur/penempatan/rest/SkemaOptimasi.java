package id.aparatur.penempatan.rest;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON contract of {@code POST /api/v1/penempatan/optimasi}, for the OpenAPI document. The request is read by
 * {@link PembacaPermintaan} and the answer written by {@link PenulisHasil} straight from and to the stream; these
 * records describe exactly those field names.
 */
final class SkemaOptimasi {

    private SkemaOptimasi() {}

    static final String CONTOH_PERMINTAAN = """
            {"bobot": {"selisihKelas": 2, "diluarMinat": 1, "pindah": 1, "tidakDitempatkan": 1000000},
             "jabatan": [{"id": "J1", "jenjang": "PELAKSANA", "kelas": 7, "rumpun": "KEUANGAN", "kuota": 3,
                          "standarKompetensi": [{"kode": "M.01", "level": 2, "bobot": 1}]}],
             "pegawai": [{"nip": "198609262015051001", "jenjang": "PELAKSANA", "kelas": 7,
                          "jabatanSaatIni": "J1", "minatRumpun": ["KEUANGAN"], "kompetensi": {"M.01": 3}}]}""";

    static final String CONTOH_JAWABAN = """
            {"totalBiaya": 0,
             "penempatan": [{"nip": "198609262015051001", "jabatan": "J1", "biaya": 0,
                             "rincian": {"kesenjangan": 0, "selisihKelas": 0, "diluarMinat": 0, "pindah": 0}}],
             "tidakDitempatkan": [], "lowongan": [{"jabatan": "J1", "sisa": 2}],
             "sertifikat": {"potensialPegawai": {"198609262015051001": 0}, "potensialJabatan": {"J1": 0},
                            "nilaiDual": 0},
             "dikecualikan": [],
             "pembanding": {"statusQuo": {"totalBiaya": 0, "ditempatkan": 1, "tidakDitempatkan": 0},
                            "serakah": {"totalBiaya": 0, "ditempatkan": 1, "tidakDitempatkan": 0}},
             "statistik": {"pegawai": 1, "jabatan": 1, "tipe": 1, "komponen": 1, "fase": 1, "putaranHarga": 0,
                           "busur": 1, "pasanganDiharga": 1, "milidetikBaca": 0, "milidetikMesin": 0,
                           "milidetikGarisDasar": 0}}""";

    static final String CONTOH_GALAT = """
            {"type": "about:blank", "title": "Data tidak valid", "status": 400,
             "detail": "Permintaan optimasi tidak valid: 2 galat.", "instance": "/api/v1/penempatan/optimasi",
             "jumlahGalat": 2,
             "galat": [{"lokasi": "pegawai[3] (19860926201505100).nip", "kode": "nip-tidak-sah",
                        "pesan": "NIP harus terdiri atas tepat 18 angka."},
                       {"lokasi": "pegawai[7] (198609262015051001).jabatanSaatIni", "kode": "jabatan-tidak-dikenal",
                        "pesan": "Jabatan saat ini J9 tidak ada di daftar jabatan"}],
             "errors": [{"field": "pegawai[3] (19860926201505100).nip",
                         "message": "NIP harus terdiri atas tepat 18 angka."},
                        {"field": "pegawai[7] (198609262015051001).jabatanSaatIni",
                         "message": "Jabatan saat ini J9 tidak ada di daftar jabatan"}]}""";

    @Schema(description = "Masalah penempatan lengkap: bobot, jabatan, pegawai, dan aturan tambahan (opsional)")
    record PermintaanOptimasi(
            @Schema(description = "Bobot biaya; isian yang tidak ada memakai nilai baku") @Nullable
            BobotOptimasi bobot,

            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Jabatan yang diisi; id unik")
            List<JabatanOptimasi> jabatan,

            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Pegawai yang ditempatkan; NIP unik")
            List<PegawaiOptimasi> pegawai,

            @Schema(description = "Perluasan opsional: aturan keras tambahan") @Nullable
            AturanOptimasi aturan) {}

    @Schema(description = "Bobot bilangan bulat ≥ 0 dari rumus biaya")
    record BobotOptimasi(
            @Schema(
                    defaultValue = "2",
                    minimum = "0",
                    description = "Per kelas selisih antara kelas pegawai dan jabatan")
            @Nullable
            Long selisihKelas,

            @Schema(
                    defaultValue = "1",
                    minimum = "0",
                    description = "Bila pegawai punya minat dan rumpun jabatan di luarnya")
            @Nullable
            Long diluarMinat,

            @Schema(defaultValue = "1", minimum = "0", description = "Bila jabatan bukan jabatan pegawai saat ini")
            @Nullable
            Long pindah,

            @Schema(defaultValue = "1000000", minimum = "0", description = "Per pegawai yang tidak ditempatkan")
            @Nullable
            Long tidakDitempatkan) {}

    @Schema(description = "Jabatan dengan kuota dan standar kompetensi jabatan (SKJ)")
    record JabatanOptimasi(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "J1")
            String id,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    example = "PELAKSANA",
                    description = "Teks bebas; hanya pegawai dengan jenjang persis sama yang boleh ditempatkan")
            String jenjang,

            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", example = "7")
            int kelas,

            @Schema(example = "KEUANGAN") @Nullable String rumpun,

            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", example = "3")
            int kuota,

            @Nullable List<SyaratOptimasi> standarKompetensi) {}

    @Schema(description = "Satu baris SKJ")
    record SyaratOptimasi(
            @Schema(requiredMode = RequiredMode.REQUIRED, example = "M.01")
            String kode,

            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", maximum = "5", example = "2")
            int level,

            @Schema(requiredMode = RequiredMode.REQUIRED, minimum = "0", example = "1")
            long bobot) {}

    @Schema(description = "Pegawai dengan kelas jabatan saat ini, minat, dan level kompetensi saat ini")
    record PegawaiOptimasi(
            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    example = "198609262015051001",
                    description = "18 angka dengan tanggal lahir dan TMT CPNS yang sah")
            String nip,

            @Schema(requiredMode = RequiredMode.REQUIRED, example = "PELAKSANA")
            String jenjang,

            @Schema(
                    requiredMode = RequiredMode.REQUIRED,
                    minimum = "0",
                    example = "7",
                    description = "Kelas jabatan saat ini")
            int kelas,

            @Schema(example = "J1", description = "Id jabatan saat ini (harus ada di daftar jabatan) atau null")
            @Nullable
            String jabatanSaatIni,

            @Schema(
                    example = "[\"KEUANGAN\"]",
                    description = "Kosong: tidak menyatakan minat, tidak pernah dikenai biaya")
            @Nullable
            List<String> minatRumpun,

            @Schema(example = "{\"M.01\": 3}", description = "Level 0–5 per kode kompetensi; kode yang tidak ada = 0")
            @Nullable
            Map<String, Integer> kompetensi) {}

    @Schema(description = "Aturan keras tambahan (perluasan opsional)")
    record AturanOptimasi(
            @Schema(description = "Pegawai hanya ke jabatan serumpun dengan jabatan saat ini") @Nullable
            Boolean rumpunSama,

            @Schema(
                    example = "{\"198609262015051001\": \"J1\"}",
                    description = "NIP → id jabatan; ditempatkan lebih dulu")
            @Nullable
            Map<String, String> dikunci,

            @Schema(description = "NIP yang tidak ikut penempatan (tidak dihitung tidak ditempatkan)") @Nullable
            List<String> pegawaiDikecualikan,

            @Schema(description = "Id jabatan yang tidak diisi siapa pun") @Nullable
            List<String> jabatanDikecualikan) {}

    @Schema(description = "Penempatan optimal terbukti dengan sertifikat dualitas LP")
    record JawabanOptimasi(
            @Schema(description = "Σ biaya pegawai yang ditempatkan + tidakDitempatkan × jumlah yang tidak ditempatkan")
            long totalBiaya,

            @Schema(description = "Pegawai yang ditempatkan, urutan masukan")
            List<PenempatanOptimasi> penempatan,

            @Schema(description = "NIP yang tidak ditempatkan, urutan masukan")
            List<String> tidakDitempatkan,

            @Schema(description = "Jabatan (yang tidak dikecualikan) dengan kursi kosong, urutan masukan")
            List<LowonganOptimasi> lowongan,

            SertifikatOptimasi sertifikat,

            @Schema(description = "NIP yang dikecualikan oleh aturan")
            List<String> dikecualikan,

            PembandingOptimasi pembanding,
            StatistikOptimasi statistik) {}

    record PenempatanOptimasi(String nip, String jabatan, long biaya, RincianOptimasi rincian) {}

    @Schema(description = "Empat suku biaya; jumlahnya = biaya")
    record RincianOptimasi(long kesenjangan, long selisihKelas, long diluarMinat, long pindah) {}

    record LowonganOptimasi(String jabatan, int sisa) {}

    @Schema(
            description = "u_e ≤ tidakDitempatkan, v_p ≤ 0, u_e + v_p ≤ biaya(e,p) untuk setiap pasangan yang boleh, "
                    + "Σ u_e + Σ kuota_p·v_p = nilaiDual = totalBiaya. Setiap NIP dan id jabatan permintaan muncul; yang "
                    + "dikecualikan aturan bernilai 0")
    record SertifikatOptimasi(
            @Schema(example = "{\"198609262015051001\": 0}") Map<String, Long> potensialPegawai,
            @Schema(example = "{\"J1\": 0}") Map<String, Long> potensialJabatan,
            long nilaiDual) {}

    @Schema(description = "Garis dasar pada bobot dan aturan yang sama")
    record PembandingOptimasi(
            @Schema(description = "Semua tetap di jabatan saat ini bila boleh dan masih ada kursi")
            RingkasanOptimasi statusQuo,

            @Schema(description = "Setiap kursi, urutan jabatan masukan, diisi pegawai termurah yang tersisa")
            RingkasanOptimasi serakah) {}

    record RingkasanOptimasi(long totalBiaya, int ditempatkan, int tidakDitempatkan) {}

    record StatistikOptimasi(
            int pegawai,
            int jabatan,
            int tipe,
            int komponen,
            long fase,
            int putaranHarga,
            long busur,
            long pasanganDiharga,
            long milidetikBaca,
            long milidetikMesin,
            long milidetikGarisDasar) {}

    @Schema(description = "RFC 9457 ProblemDetail yang menyebut setiap butir yang salah (paling banyak 1000)")
    record GalatOptimasi(
            String type,
            String title,
            int status,
            String detail,
            String instance,
            int jumlahGalat,
            List<ButirGalat> galat,
            List<Map<String, String>> errors) {}

    record ButirGalat(
            @Schema(example = "pegawai[7] (198609262015051001).jabatanSaatIni")
            String lokasi,

            @Schema(
                    example = "jabatan-tidak-dikenal",
                    description = "json-rusak, tipe-salah, wajib-diisi, nip-tidak-sah, nip-ganda, jabatan-ganda, "
                            + "jabatan-tidak-dikenal, pegawai-tidak-dikenal, level-di-luar-rentang, kuota-negatif, "
                            + "kelas-negatif, bobot-negatif, bobot-terlalu-besar, kode-ganda, di-luar-rentang, kunci-…")
            String kode,

            String pesan) {}
}
