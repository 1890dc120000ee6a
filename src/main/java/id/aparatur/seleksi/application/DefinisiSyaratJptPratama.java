package id.aparatur.seleksi.application;

import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.PemeriksaNilai;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JPT pratama eligibility requirements in the registry ({@code SYARAT_JPT_PRATAMA}): the bound
 * {@link SyaratJptPratama} ({@code aparatur.seleksi.*}) as JSON, checked by building the record.
 */
@Component
class DefinisiSyaratJptPratama extends DefinisiDasar {

    static final String KODE = "SYARAT_JPT_PRATAMA";

    private final SyaratJptPratama awal;
    private final ObjectMapper json;

    DefinisiSyaratJptPratama(SyaratJptPratama awal, ObjectMapper json) {
        super(
                KODE,
                "Syarat calon JPT pratama",
                "seleksi",
                "Petunjuk kelayakan pelamar seleksi terbuka JPT pratama: masa jabatan administrator atau JF ahli madya, "
                        + "golongan dan pendidikan minimal, batas usia.",
                "PP 11/2017 jo. PP 17/2020 Pasal 107; PermenPANRB 15/2019",
                LocalDate.of(2020, 2, 28),
                true,
                "Nilai bawaan dari aparatur.seleksi.*. Golongan minimal IV/b dari pengumuman seleksi, bukan peraturan "
                        + "[U].");
        this.awal = awal;
        this.json = json;
    }

    @Override
    public JsonNode nilaiAwal() {
        return json.valueToTree(awal);
    }

    @Override
    protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
        PemeriksaNilai.coba(() -> json.treeToValue(nilai, SyaratJptPratama.class), hasil);
    }
}
