package id.aparatur.kinerja.application;

import id.aparatur.aturan.DefinisiAturan;
import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.PemeriksaNilai;
import id.aparatur.aturan.VersiPemilik;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.JenisTindakLanjut;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.KonversiAngkaKredit;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.TabelTpp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kinerja's rule tables in the registry, each built from what the code uses today: the TPP shares ({@link TabelTpp},
 * {@code aparatur.kinerja.tpp.*}), the predikat matrix ({@link MatriksPredikat}), the angka kredit coefficients
 * ({@link KonversiAngkaKredit}), the follow-up per predikat ({@link PredikatKinerja#tindakLanjut()}), the evaluation
 * periods ({@link PeriodeEvaluasi}, {@code aparatur.kinerja.periode-evaluasi}) and — read-only, kept dated in
 * {@code kinerja.aturan_distribusi} — the distribution rules.
 */
@Configuration(proxyBeanMethods = false)
class DefinisiAturanKinerja {

    private static final List<String> PREDIKAT =
            Arrays.stream(PredikatKinerja.values()).map(Enum::name).toList();

    @Bean
    DefinisiAturan definisiTpp(TabelTpp tpp, ObjectMapper json) {
        return new DefinisiDasar(
                "TPP_PERSEN",
                "Persentase TPP menurut predikat",
                "kinerja",
                "Bagian komponen kinerja TPP yang dibayar untuk tiap predikat kinerja pegawai (0–100 %).",
                "Perkada TPP Pemda (PP 12/2019 tentang Pengelolaan Keuangan Daerah; Permendagri pedoman TPP); nilai "
                        + "bawaan contoh ilustratif",
                LocalDate.of(2022, 1, 1),
                true,
                "Nilai bawaan dari aparatur.kinerja.tpp.*; setiap Pemda menetapkan sendiri dengan Perkada [U].") {
            @Override
            public JsonNode nilaiAwal() {
                ObjectNode n = json.createObjectNode();
                for (PredikatKinerja p : PredikatKinerja.values()) {
                    n.put(p.name(), tpp.persen().get(p));
                }
                return n;
            }

            @Override
            protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
                for (String p : PREDIKAT) {
                    PemeriksaNilai.bulat(nilai.get(p), p, 0, 100, hasil);
                }
            }
        };
    }

    @Bean
    DefinisiAturan definisiMatriksPredikat(ObjectMapper json) {
        return new DefinisiDasar(
                "MATRIKS_PREDIKAT",
                "Matriks predikat kinerja",
                "kinerja",
                "Predikat kinerja pegawai dari rating hasil kerja (baris) dan rating perilaku kerja (kolom).",
                "PermenPANRB 6/2022 (kuadran kinerja)",
                LocalDate.of(2022, 2, 10),
                false,
                null) {
            @Override
            public JsonNode nilaiAwal() {
                ObjectNode n = json.createObjectNode();
                for (Ekspektasi hasilKerja : Ekspektasi.values()) {
                    ObjectNode baris = n.putObject(hasilKerja.name());
                    for (Ekspektasi perilaku : Ekspektasi.values()) {
                        baris.put(
                                perilaku.name(),
                                MatriksPredikat.predikat(hasilKerja, perilaku).name());
                    }
                }
                return n;
            }

            @Override
            protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
                for (Ekspektasi h : Ekspektasi.values()) {
                    for (Ekspektasi p : Ekspektasi.values()) {
                        PemeriksaNilai.pilihan(
                                nilai.get(h.name()).get(p.name()), h.name() + "." + p.name(), PREDIKAT, hasil);
                    }
                }
            }
        };
    }

    @Bean
    DefinisiAturan definisiAngkaKredit(ObjectMapper json) {
        return new DefinisiDasar(
                "ANGKA_KREDIT",
                "Koefisien angka kredit jabatan fungsional",
                "kinerja",
                "Koefisien tahunan per jenjang JF (pada predikat Baik) dan persentase per predikat; angka kredit = "
                        + "koefisien × persen × bulan ÷ 12.",
                "PermenPANRB 1/2023 (jabatan fungsional)",
                LocalDate.of(2023, 1, 1),
                false,
                "Angka dari satu implementasi publik yang konsisten dengan 150/100/75/50/25 % [S].") {
            @Override
            public JsonNode nilaiAwal() {
                ObjectNode n = json.createObjectNode();
                ObjectNode k = n.putObject("koefisien");
                new TreeMap<>(KonversiAngkaKredit.KOEFISIEN).forEach(k::put);
                ObjectNode p = n.putObject("persen");
                for (PredikatKinerja x : PredikatKinerja.values()) {
                    p.put(x.name(), KonversiAngkaKredit.persen(x));
                }
                return n;
            }

            @Override
            protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
                for (Map.Entry<String, JsonNode> e : nilai.get("koefisien").properties()) {
                    PemeriksaNilai.angka(
                            e.getValue(), "koefisien." + e.getKey(), BigDecimal.ZERO, new BigDecimal("1000"), hasil);
                }
                for (String p : PREDIKAT) {
                    PemeriksaNilai.bulat(nilai.get("persen").get(p), "persen." + p, 0, 500, hasil);
                }
            }
        };
    }

    @Bean
    DefinisiAturan definisiTindakLanjut(ObjectMapper json) {
        List<String> jenis = new ArrayList<>();
        Arrays.stream(JenisTindakLanjut.values()).forEach(j -> jenis.add(j.name()));
        jenis.add("TIDAK_ADA");
        return new DefinisiDasar(
                "TINDAK_LANJUT",
                "Tindak lanjut menurut predikat",
                "kinerja",
                "Jenis tindak lanjut yang dibuka predikat akhir pegawai (TIDAK_ADA: tidak ada).",
                "PermenPANRB 6/2022 (tahap tindak lanjut hasil evaluasi kinerja)",
                LocalDate.of(2022, 2, 10),
                false,
                null) {
            @Override
            public JsonNode nilaiAwal() {
                ObjectNode n = json.createObjectNode();
                for (PredikatKinerja p : PredikatKinerja.values()) {
                    n.put(p.name(), p.tindakLanjut().map(Enum::name).orElse("TIDAK_ADA"));
                }
                return n;
            }

            @Override
            protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
                for (String p : PREDIKAT) {
                    PemeriksaNilai.pilihan(nilai.get(p), p, jenis, hasil);
                }
            }
        };
    }

    @Bean
    DefinisiAturan definisiPeriodeEvaluasi(PengaturanKinerja pengaturan, ObjectMapper json) {
        List<String> periode =
                Arrays.stream(PeriodeEvaluasi.values()).map(Enum::name).toList();
        return new DefinisiDasar(
                "PERIODE_EVALUASI",
                "Periode evaluasi kinerja",
                "kinerja",
                "Periode evaluasi periodik yang boleh dipilih untuk SKP dan periode bakunya.",
                "PermenPANRB 6/2022 (evaluasi kinerja periodik dan tahunan)",
                LocalDate.of(2022, 2, 10),
                true,
                "Nilai baku dari aparatur.kinerja.periode-evaluasi; frekuensi ditetapkan instansi [U].") {
            @Override
            public JsonNode nilaiAwal() {
                ObjectNode n = json.createObjectNode();
                pengaturan
                        .periodeEvaluasi()
                        .diizinkan()
                        .forEach(d -> n.withArray("tersedia").add(d.name()));
                n.put("baku", pengaturan.periodeEvaluasi().baku().name());
                return n;
            }

            @Override
            protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
                JsonNode t = nilai.get("tersedia");
                if (t.isEmpty()) {
                    hasil.add(new PelanggaranNilai("tersedia", "aturan.nilai.wajib"));
                }
                List<String> dipilih = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    String p = PemeriksaNilai.pilihan(t.get(i), "tersedia[" + i + "]", periode, hasil);
                    if (p != null) {
                        dipilih.add(p);
                    }
                }
                String baku = PemeriksaNilai.pilihan(nilai.get("baku"), "baku", periode, hasil);
                if (baku != null && !dipilih.contains(baku)) {
                    hasil.add(new PelanggaranNilai("baku", "aturan.periode.baku-tersedia"));
                }
            }
        };
    }

    @Bean
    DefinisiAturan definisiDistribusi(JdbcClient jdbc, ObjectMapper json) {
        return new DefinisiDasar(
                "DISTRIBUSI_PREDIKAT",
                "Pola distribusi predikat kinerja",
                "kinerja",
                "Batas sebaran predikat pegawai menurut predikat kinerja organisasi; diperiksa saat SKP difinalkan. "
                        + "Disimpan bertanggal oleh modul kinerja (kinerja.aturan_distribusi); belum ada halaman ubah.",
                "PermenPANRB 6/2022 dan surat edaran pendampingnya (pola distribusi)",
                LocalDate.of(2022, 1, 1),
                true,
                null) {
            @Override
            public JsonNode nilaiAwal() {
                ObjectNode n = json.createObjectNode();
                n.putArray("aturan");
                return n;
            }

            @Override
            public List<PelanggaranNilai> periksa(JsonNode nilai) {
                return List.of(new PelanggaranNilai("", "aturan.dikelola-pemilik"));
            }

            @Override
            public @Nullable List<VersiPemilik> versiPemilik() {
                Map<LocalDate, ObjectNode> versi = new TreeMap<>();
                Map<LocalDate, String> oleh = new TreeMap<>();
                jdbc.sql("SELECT berlaku_mulai, predikat_organisasi, jenis, predikat, persen, dicatat_oleh "
                                + "FROM kinerja.aturan_distribusi ORDER BY berlaku_mulai, id")
                        .query((java.sql.ResultSet rs) -> {
                            LocalDate m = rs.getObject(1, LocalDate.class);
                            ObjectNode v = versi.computeIfAbsent(m, x -> {
                                ObjectNode o = json.createObjectNode();
                                o.putArray("aturan");
                                return o;
                            });
                            oleh.putIfAbsent(m, rs.getString(6));
                            ObjectNode a = ((tools.jackson.databind.node.ArrayNode) v.get("aturan")).addObject();
                            a.put("predikatOrganisasi", rs.getString(2)).put("jenis", rs.getString(3));
                            var daftar = a.putArray("predikat");
                            for (Object p : (Object[]) rs.getArray(4).getArray()) {
                                daftar.add(String.valueOf(p));
                            }
                            a.put("persen", rs.getInt(5));
                        });
                List<VersiPemilik> hasil = new ArrayList<>();
                versi.forEach((m, v) ->
                        hasil.add(new VersiPemilik(m, dasarHukum(), null, v, oleh.getOrDefault(m, "sistem"))));
                return hasil;
            }
        };
    }
}
