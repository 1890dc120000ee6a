package id.aparatur.perencanaan.application;

import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.VersiPemilik;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Waktu kerja efektif in the registry ({@code WKE}), read-only: the table {@code perencanaan.waktu_kerja_efektif} is
 * already effective-dated (each ABK stores the WKE it used) and edited on its own page {@code /abk/wke}; each row is
 * one version {@code {"menitPerTahun":75000}} with the row's legal basis.
 */
@Component
class DefinisiWke extends DefinisiDasar {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DefinisiWke(JdbcClient jdbc, ObjectMapper json) {
        super(
                "WKE",
                "Waktu kerja efektif (WKE)",
                "perencanaan",
                "Menit kerja efektif per tahun, pembagi kebutuhan pegawai dalam ABK; ABK tahun Y memakai baris yang "
                        + "berlaku pada 1 Januari Y.",
                "PermenPANRB 1/2020",
                LocalDate.of(2020, 1, 1),
                false,
                null);
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public JsonNode nilaiAwal() {
        return json.createObjectNode().put("menitPerTahun", 75000);
    }

    @Override
    public List<PelanggaranNilai> periksa(JsonNode nilai) {
        return List.of(new PelanggaranNilai("", "aturan.dikelola-pemilik"));
    }

    @Override
    public @Nullable List<VersiPemilik> versiPemilik() {
        return jdbc.sql("SELECT berlaku_mulai, menit_per_tahun, dasar_hukum, dibuat_oleh "
                        + "FROM perencanaan.waktu_kerja_efektif ORDER BY berlaku_mulai")
                .query((rs, i) -> new VersiPemilik(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(3),
                        null,
                        json.createObjectNode().put("menitPerTahun", rs.getInt(2)),
                        rs.getString(4)))
                .list();
    }

    @Override
    public @Nullable String halamanPemilik() {
        return "/abk/wke";
    }
}
