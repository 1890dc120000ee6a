package id.aparatur.asesmen.application;

import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.aturan.DefinisiAturan;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.PemeriksaNilai;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JPM category bands as a rule table of the registry ({@code JPM_PITA}): three bands, highest first, each with the
 * lowest JPM % it starts at — {@code {"pita":[{"kategori":"OPTIMAL","batasBawah":90},
 * {"kategori":"CUKUP_OPTIMAL","batasBawah":78},{"kategori":"KURANG_OPTIMAL","batasBawah":0}]}}. The shipped default is
 * what {@code aparatur.jpm.batas-optimal} / {@code batas-cukup-optimal} set (90 and 78 unless overridden).
 *
 * <p>Legal basis: the JPM formula compares the employee's levels with the Standar Kompetensi Jabatan of PermenPANRB
 * 38/2017, measured by a penilaian kompetensi under Peraturan BKN 26/2019. The bands 90/78 are BKN practice; no
 * regulation binding a Pemda fixes them (the often-quoted Peraturan BRIN 3/2023 Pasal 33 binds only BRIN), hence
 * unconfirmed [U]: a Pemda sets its own by a new version citing its Perkada or SK PPK.
 */
@Component
class DefinisiPitaJpm implements DefinisiAturan {

    static final String KODE = "JPM_PITA";

    private static final List<KategoriJpm> URUTAN =
            List.of(KategoriJpm.OPTIMAL, KategoriJpm.CUKUP_OPTIMAL, KategoriJpm.KURANG_OPTIMAL);

    private final BatasJpm awal;
    private final ObjectMapper json;

    DefinisiPitaJpm(BatasJpm batasJpmAwal, ObjectMapper json) {
        this.awal = batasJpmAwal;
        this.json = json;
    }

    @Override
    public String kode() {
        return KODE;
    }

    @Override
    public String nama() {
        return "Pita kategori Job Person Match (JPM)";
    }

    @Override
    public String modul() {
        return "asesmen";
    }

    @Override
    public String deskripsi() {
        return "Batas bawah JPM % untuk kategori Optimal, Cukup Optimal dan Kurang Optimal; dipakai analisis "
                + "kesenjangan pegawai terhadap jabatan dan matriks kompetensi.";
    }

    @Override
    public String dasarHukum() {
        return "PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN); Peraturan BKN 26/2019 (penilaian kompetensi); "
                + "ambang 90/78 mengikuti praktik BKN, belum ditetapkan peraturan yang mengikat Pemda";
    }

    @Override
    public LocalDate berlakuAwal() {
        return LocalDate.of(2017, 8, 1);
    }

    @Override
    public boolean belumDikonfirmasi() {
        return true;
    }

    @Override
    public @Nullable String catatanAwal() {
        return "Nilai bawaan dari aparatur.jpm.batas-optimal dan aparatur.jpm.batas-cukup-optimal. Setiap kompetensi "
                + "dihitung paling tinggi sampai standarnya: kelebihan pada satu kompetensi tidak menutup kekurangan "
                + "pada kompetensi lain.";
    }

    @Override
    public JsonNode nilaiAwal() {
        return nilai(awal);
    }

    JsonNode nilai(BatasJpm b) {
        ObjectNode n = json.createObjectNode();
        ArrayNode pita = n.putArray("pita");
        pita.addObject().put("kategori", KategoriJpm.OPTIMAL.name()).put("batasBawah", b.optimal());
        pita.addObject().put("kategori", KategoriJpm.CUKUP_OPTIMAL.name()).put("batasBawah", b.cukupOptimal());
        pita.addObject().put("kategori", KategoriJpm.KURANG_OPTIMAL.name()).put("batasBawah", BigDecimal.ZERO);
        return n;
    }

    @Override
    public List<PelanggaranNilai> periksa(JsonNode nilai) {
        List<PelanggaranNilai> hasil = new ArrayList<>(PemeriksaNilai.bentuk(nilaiAwal(), nilai));
        if (!hasil.isEmpty()) {
            return hasil;
        }
        JsonNode pita = nilai.get("pita");
        if (pita.size() != URUTAN.size()) {
            hasil.add(new PelanggaranNilai("pita", "aturan.jpm.tiga-pita"));
            return hasil;
        }
        BigDecimal sebelumnya = null;
        for (int i = 0; i < URUTAN.size(); i++) {
            String jalur = "pita[" + i + "]";
            JsonNode p = pita.get(i);
            if (!URUTAN.get(i).name().equals(p.get("kategori").stringValue())) {
                hasil.add(new PelanggaranNilai(
                        jalur + ".kategori", "aturan.jpm.urutan", URUTAN.get(i).name()));
            }
            BigDecimal batas = PemeriksaNilai.angka(
                    p.get("batasBawah"), jalur + ".batasBawah", BigDecimal.ZERO, new BigDecimal("100"), hasil);
            if (batas == null) {
                continue;
            }
            if (i == URUTAN.size() - 1 && batas.signum() != 0) {
                hasil.add(new PelanggaranNilai(jalur + ".batasBawah", "aturan.jpm.pita-terakhir-nol"));
            } else if (sebelumnya != null && batas.compareTo(sebelumnya) >= 0) {
                hasil.add(
                        new PelanggaranNilai(jalur + ".batasBawah", "aturan.jpm.menurun", sebelumnya.toPlainString()));
            }
            sebelumnya = batas;
        }
        return hasil;
    }

    /** The bands of a checked value. */
    static BatasJpm batas(JsonNode nilai) {
        JsonNode pita = nilai.get("pita");
        return new BatasJpm(
                pita.get(0).get("batasBawah").decimalValue(),
                pita.get(1).get("batasBawah").decimalValue());
    }
}
