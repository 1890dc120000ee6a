package id.aparatur.kompetensi.application;

import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.VersiPemilik;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default managerial / sosial-kultural level per jenis and jenjang in the registry
 * ({@code STANDAR_LEVEL_JENJANG}), read-only: {@code kompetensi.standar_level_jenjang} is already effective-dated per
 * row and edited on its own page {@code /kompetensi/standar-level}. Each distinct start date is one version whose value
 * is the whole table in force on that date.
 */
@Component
class DefinisiStandarLevel extends DefinisiDasar {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DefinisiStandarLevel(JdbcClient jdbc, ObjectMapper json) {
        super(
                "STANDAR_LEVEL_JENJANG",
                "Level standar kompetensi per jenjang",
                "kompetensi",
                "Level manajerial dan sosial kultural baku per jenis dan jenjang jabatan; dipakai saat SKJ jabatan "
                        + "diisi dari nilai baku.",
                "Lampiran PermenPANRB 38/2017",
                LocalDate.of(2017, 8, 1),
                true,
                "Hanya administrator = level 3 yang terkonfirmasi; baris lain nilai umum [U].");
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Baris(
            String jenis, String jenjang, int manajerial, int sosialKultural, LocalDate mulai, String dasar) {}

    @Override
    public JsonNode nilaiAwal() {
        List<VersiPemilik> v = versiPemilik();
        if (v == null || v.isEmpty()) {
            ObjectNode n = json.createObjectNode();
            n.putArray("baris");
            return n;
        }
        return v.get(v.size() - 1).nilai();
    }

    @Override
    public List<PelanggaranNilai> periksa(JsonNode nilai) {
        return List.of(new PelanggaranNilai("", "aturan.dikelola-pemilik"));
    }

    @Override
    public @Nullable List<VersiPemilik> versiPemilik() {
        List<Baris> semua = jdbc.sql("SELECT jenis_jabatan, jenjang, level_manajerial, level_sosial_kultural, "
                        + "berlaku_mulai, dasar_hukum FROM kompetensi.standar_level_jenjang ORDER BY berlaku_mulai, id")
                .query((rs, i) -> new Baris(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .list();
        Map<LocalDate, List<Baris>> perTanggal = new TreeMap<>();
        semua.forEach(b ->
                perTanggal.computeIfAbsent(b.mulai(), x -> new ArrayList<>()).add(b));
        Map<String, Baris> berlaku = new LinkedHashMap<>();
        List<VersiPemilik> hasil = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Baris>> e : perTanggal.entrySet()) {
            Set<String> dasar = new LinkedHashSet<>();
            for (Baris b : e.getValue()) {
                berlaku.put(b.jenis() + "/" + b.jenjang(), b);
                dasar.add(b.dasar());
            }
            ObjectNode n = json.createObjectNode();
            ArrayNode a = n.putArray("baris");
            new TreeMap<>(berlaku)
                    .values()
                    .forEach(b -> a.addObject()
                            .put("jenisJabatan", b.jenis())
                            .put("jenjang", b.jenjang())
                            .put("levelManajerial", b.manajerial())
                            .put("levelSosialKultural", b.sosialKultural()));
            hasil.add(new VersiPemilik(e.getKey(), String.join("; ", dasar), null, n, "BKD"));
        }
        return hasil;
    }

    @Override
    public @Nullable String halamanPemilik() {
        return "/kompetensi/standar-level";
    }
}
