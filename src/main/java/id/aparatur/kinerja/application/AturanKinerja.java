package id.aparatur.kinerja.application;

import id.aparatur.aturan.AturanBerlaku;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.JenisTindakLanjut;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.TabelAngkaKredit;
import id.aparatur.kinerja.domain.TabelPredikat;
import id.aparatur.kinerja.domain.TabelTpp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Kinerja's rule tables in force for an SKP year, read from the rule registry at the year's reference date
 * ({@link AturanDistribusi#tanggalAcuan}): the predikat matrix ({@code MATRIKS_PREDIKAT}), the follow-up per
 * predikat ({@code TINDAK_LANJUT}), the TPP shares ({@code TPP_PERSEN}) and the angka kredit table
 * ({@code ANGKA_KREDIT}). Each JSON value is parsed once into its policy object here; the decision records
 * the version it used.
 */
@Component
public class AturanKinerja {

    /** A policy and the registry version it comes from. */
    public record Berlaku<T>(T aturan, VersiAturan versi) {}

    static final String MATRIKS = "MATRIKS_PREDIKAT";
    static final String TINDAK_LANJUT = "TINDAK_LANJUT";
    static final String TPP = "TPP_PERSEN";
    static final String ANGKA_KREDIT = "ANGKA_KREDIT";

    private final AturanBerlaku aturan;

    AturanKinerja(AturanBerlaku aturan) {
        this.aturan = aturan;
    }

    /** The predikat matrix in force for the SKP of {@code tahun}. */
    public Berlaku<TabelPredikat> matriks(int tahun) {
        VersiAturan v = aturan.berlaku(MATRIKS, AturanDistribusi.tanggalAcuan(tahun));
        return new Berlaku<>(matriks(v.nilai()), v);
    }

    /**
     * The follow-up mapping in force for the SKP of {@code tahun}. The registry holds the kind of follow-up per
     * predikat; whether the atasan must also check discipline is not part of the table and stays with the bound
     * setting ({@code aparatur.kinerja.tindak-lanjut.<PREDIKAT>.periksa-disiplin}) for the same predikat, and defaults
     * to "yes" for PEMBINAAN (PP 94/2021) where that setting names another kind.
     */
    public Berlaku<AturanTindakLanjut> tindakLanjut(int tahun, AturanTindakLanjut terikat) {
        VersiAturan v = aturan.berlaku(TINDAK_LANJUT, AturanDistribusi.tanggalAcuan(tahun));
        return new Berlaku<>(tindakLanjut(v.nilai(), terikat), v);
    }

    /** The TPP shares in force for the SKP of {@code tahun}. */
    public Berlaku<TabelTpp> tpp(int tahun) {
        VersiAturan v = aturan.berlaku(TPP, AturanDistribusi.tanggalAcuan(tahun));
        return new Berlaku<>(tpp(v.nilai()), v);
    }

    /** The angka kredit table in force for the SKP of {@code tahun}. */
    public Berlaku<TabelAngkaKredit> angkaKredit(int tahun) {
        VersiAturan v = aturan.berlaku(ANGKA_KREDIT, AturanDistribusi.tanggalAcuan(tahun));
        return new Berlaku<>(angkaKredit(v.nilai()), v);
    }

    static TabelTpp tpp(JsonNode nilai) {
        Map<PredikatKinerja, Integer> m = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            m.put(p, nilai.get(p.name()).asInt());
        }
        return new TabelTpp(m);
    }

    static TabelAngkaKredit angkaKredit(JsonNode nilai) {
        Map<String, BigDecimal> k = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : nilai.get("koefisien").properties()) {
            k.put(e.getKey(), e.getValue().decimalValue());
        }
        Map<PredikatKinerja, Integer> p = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja x : PredikatKinerja.values()) {
            p.put(x, nilai.get("persen").get(x.name()).asInt());
        }
        return new TabelAngkaKredit(k, p);
    }

    static TabelPredikat matriks(JsonNode nilai) {
        Map<Ekspektasi, Map<Ekspektasi, PredikatKinerja>> m = new EnumMap<>(Ekspektasi.class);
        for (Ekspektasi h : Ekspektasi.values()) {
            Map<Ekspektasi, PredikatKinerja> b = new EnumMap<>(Ekspektasi.class);
            for (Ekspektasi p : Ekspektasi.values()) {
                b.put(
                        p,
                        PredikatKinerja.valueOf(
                                nilai.get(h.name()).get(p.name()).asString()));
            }
            m.put(h, b);
        }
        return new TabelPredikat(m);
    }

    static AturanTindakLanjut tindakLanjut(JsonNode nilai, AturanTindakLanjut terikat) {
        Map<PredikatKinerja, AturanTindakLanjut.TindakLanjutBaku> m = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            JsonNode j = nilai.get(p.name());
            if (j == null || "TIDAK_ADA".equals(j.asString())) {
                continue;
            }
            JenisTindakLanjut jenis = JenisTindakLanjut.valueOf(j.asString());
            boolean disiplin = terikat.untuk(p)
                    .filter(t -> t.jenis() == jenis)
                    .map(AturanTindakLanjut.TindakLanjutBaku::periksaDisiplin)
                    .orElse(jenis == JenisTindakLanjut.PEMBINAAN);
            m.put(p, new AturanTindakLanjut.TindakLanjutBaku(jenis, disiplin));
        }
        return new AturanTindakLanjut(m);
    }

    static LocalDate acuan(int tahun) {
        return AturanDistribusi.tanggalAcuan(tahun);
    }
}
