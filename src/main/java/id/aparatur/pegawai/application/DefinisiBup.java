package id.aparatur.pegawai.application;

import id.aparatur.aturan.DefinisiDasar;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.PemeriksaNilai;
import id.aparatur.pegawai.domain.AturanPensiun;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Batas Usia Pensiun table as a rule table of the registry ({@code BUP}):
 * {@code {"bawaan":58,"perJenis":[{"kunci":"JPT_PRATAMA","bup":60}],"perJenjang":[{"kunci":"AHLI_MADYA","bup":60}],
 * "perJf":[{"kunci":"GURU","bup":60}]}}. The shipped default is the bound {@link AturanPensiun} ({@code aparatur.bup.*}).
 */
@Component
class DefinisiBup extends DefinisiDasar {

    private final AturanPensiun awal;
    private final ObjectMapper json;

    DefinisiBup(AturanPensiun awal, ObjectMapper json) {
        super(
                AturanPensiun.KODE,
                "Batas Usia Pensiun (BUP)",
                "pegawai",
                "Usia pensiun menurut jenis jabatan dan jenjang jabatan fungsional (yang lebih khusus menang); dipakai "
                        + "proyeksi pensiun, TMT pensiun di profil dan lowongan terencana kaskade.",
                "UU 20/2023; PP 11/2017 jo. PP 17/2020; Surat Kepala BKN K.26-30/V.7-3199 tanggal 17 Januari 2014",
                LocalDate.of(2014, 1, 17),
                false,
                "Nilai bawaan dari aparatur.bup.*: 58; JPT 60; JF ahli madya 60, ahli utama 65 (BUP JF dari sumber "
                        + "sekunder [S]); per JF: guru 60, dosen 65 (UU 14/2005 Pasal 40 ayat 4, Pasal 67 ayat 4).");
        this.awal = awal;
        this.json = json;
    }

    @Override
    public JsonNode nilaiAwal() {
        ObjectNode n = json.createObjectNode();
        n.put("bawaan", awal.bawaan());
        daftar(n.putArray("perJenis"), awal.perJenis());
        daftar(n.putArray("perJenjang"), awal.perJenjang());
        daftar(n.putArray("perJf"), awal.perJf());
        return n;
    }

    /** The policy of a version's value (a value stored before {@code perJf} existed has no BUP per JF). */
    static AturanPensiun dari(JsonNode nilai) {
        return new AturanPensiun(
                nilai.get("bawaan").asInt(),
                peta(nilai.get("perJenis")),
                peta(nilai.get("perJenjang")),
                peta(nilai.get("perJf")));
    }

    private static Map<String, Integer> peta(@org.jspecify.annotations.Nullable JsonNode a) {
        Map<String, Integer> m = new TreeMap<>();
        if (a != null) {
            a.forEach(e -> m.put(e.get("kunci").asString(), e.get("bup").asInt()));
        }
        return m;
    }

    private static void daftar(ArrayNode a, Map<String, Integer> m) {
        new TreeMap<>(m).forEach((k, v) -> a.addObject().put("kunci", k).put("bup", v));
    }

    @Override
    protected void periksaIsi(JsonNode nilai, List<PelanggaranNilai> hasil) {
        PemeriksaNilai.bulat(nilai.get("bawaan"), "bawaan", 40, 75, hasil);
        for (String daftar : List.of("perJenis", "perJenjang", "perJf")) {
            JsonNode a = nilai.get(daftar);
            for (int i = 0; i < a.size(); i++) {
                PemeriksaNilai.bulat(a.get(i).get("bup"), daftar + "[" + i + "].bup", 40, 75, hasil);
                if (a.get(i).get("kunci").stringValue().isBlank()) {
                    hasil.add(new PelanggaranNilai(daftar + "[" + i + "].kunci", "aturan.nilai.wajib"));
                }
            }
            PemeriksaNilai.unik(a, daftar, "kunci", hasil);
        }
    }
}
