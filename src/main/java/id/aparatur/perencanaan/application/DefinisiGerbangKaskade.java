package id.aparatur.perencanaan.application;

import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.PemeriksaNilai;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The cascade's gates as a rule table of the registry ({@code GERBANG_KASKADE}): the bound {@link AturanKaskade}
 * ({@code aparatur.kaskade.*}) as JSON, field for field — feeders, months in the level, minimum pendidikan and pangkat,
 * performance — checked by building the record.
 */
@Component
class DefinisiGerbangKaskade extends DefinisiDasar {

    static final String KODE = "GERBANG_KASKADE";

    private final AturanKaskade awal;
    private final ObjectMapper json;

    DefinisiGerbangKaskade(AturanKaskade awal, ObjectMapper json) {
        super(
                KODE,
                "Gerbang kaskade promosi internal",
                "perencanaan",
                "Jabatan pengisi tiap tingkat, masa minimal dalam tingkat (bulan), pendidikan dan pangkat minimal, "
                        + "syarat kinerja baik; dipakai setiap jalannya kaskade.",
                "PP 11/2017 jo. PP 17/2020 (syarat pengangkatan dalam jabatan pengawas, administrator dan JPT); "
                        + "PermenPANRB 17/2021 (kesetaraan jabatan)",
                LocalDate.of(2020, 2, 28),
                true,
                "Nilai bawaan dari aparatur.kaskade.*. Pangkat minimal per tingkat [U] (lazim: pengawas III/b, "
                        + "administrator III/d, JPT pratama IV/b).");
        this.awal = awal;
        this.json = json;
    }

    @Override
    public JsonNode nilaiAwal() {
        return json.valueToTree(awal);
    }

    @Override
    protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
        PemeriksaNilai.coba(() -> json.treeToValue(nilai, AturanKaskade.class), hasil);
    }
}
