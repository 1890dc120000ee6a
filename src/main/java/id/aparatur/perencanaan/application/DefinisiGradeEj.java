package id.aparatur.perencanaan.application;

import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.PemeriksaNilai;
import id.aparatur.perencanaan.domain.BatasGradeEj;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The EJ grade bands as a rule table of the registry ({@code EJ_GRADE}), shipped from {@link PengaturanAbk}
 * ({@code aparatur.abk.ej.*}). The ABK module owns EJ (it computes it), so the table lives here.
 */
@Component
class DefinisiGradeEj extends DefinisiDasar {

    private final BatasGradeEj awal;
    private final ObjectMapper json;

    DefinisiGradeEj(PengaturanAbk pengaturan, ObjectMapper json) {
        super(
                "EJ_GRADE",
                "Grade efektivitas jabatan (EJ)",
                "perencanaan",
                "Batas grade A–E dari EJ = Σ beban kerja ÷ (pemangku × WKE): A bila EJ > atasB, B bila ≥ bawahB, C bila "
                        + "≥ bawahC, D bila ≥ bawahD, selain itu E; dipakai ABK.",
                "PermenPANRB 1/2020 (analisis beban kerja; rumus EJ); pita A–E mengikuti praktik aplikasi ABK, belum "
                        + "ditemukan dalam peraturan",
                LocalDate.of(2020, 1, 1),
                true,
                "Nilai bawaan dari aparatur.abk.ej.*: A > 1,00; B 0,90–1,00; C 0,70–0,89; D 0,50–0,69; E < 0,50 [U].");
        this.awal = pengaturan.batasGradeEj();
        this.json = json;
    }

    @Override
    public JsonNode nilaiAwal() {
        return json.createObjectNode()
                .put("atasB", awal.atasB())
                .put("bawahB", awal.bawahB())
                .put("bawahC", awal.bawahC())
                .put("bawahD", awal.bawahD());
    }

    @Override
    protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
        int sebelum = hasil.size();
        for (String k : List.of("atasB", "bawahB", "bawahC", "bawahD")) {
            PemeriksaNilai.angka(nilai.get(k), k, BigDecimal.ZERO, BigDecimal.TEN, hasil);
        }
        if (hasil.size() == sebelum) {
            PemeriksaNilai.coba(() -> batas(nilai), hasil);
        }
    }

    static BatasGradeEj batas(JsonNode n) {
        return new BatasGradeEj(
                n.get("atasB").decimalValue(),
                n.get("bawahB").decimalValue(),
                n.get("bawahC").decimalValue(),
                n.get("bawahD").decimalValue());
    }
}
