package id.aparatur.seleksi.domain;

import id.aparatur.shared.ValidasiException.Galat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The allowed range of each weight and the defaults, from configuration ({@code aparatur.seleksi.bobot.*}). The usual
 * ranges of the JPT open selection are makalah 15–20 %, assessment 20–25 %, wawancara 30–35 % and rekam jejak 15–20 %
 * (asn-reference §10.1, after PermenPANRB 15/2019 practice); the weights of one selection must each lie in their range,
 * with at most two decimals. They need not sum to 100 (the usual ranges allow 80–100): the nilai akhir divides by their
 * sum ({@link PenilaianSeleksi#nilaiAkhir}).
 */
public record AturanBobot(
        RentangBobot makalah, RentangBobot kompetensi, RentangBobot wawancara, RentangBobot rekamJejak) {

    public static final AturanBobot BAKU = new AturanBobot(
            RentangBobot.dari(15, 20, 20),
            RentangBobot.dari(20, 25, 25),
            RentangBobot.dari(30, 35, 35),
            RentangBobot.dari(15, 20, 20));

    public AturanBobot {
        if (baku(makalah, kompetensi, wawancara, rekamJejak).jumlah().signum() <= 0) {
            throw new IllegalArgumentException("Bobot baku seleksi terbuka harus berjumlah lebih dari 0");
        }
    }

    private static BobotPenilaian baku(RentangBobot m, RentangBobot k, RentangBobot w, RentangBobot r) {
        return new BobotPenilaian(m.baku(), k.baku(), w.baku(), r.baku());
    }

    public BobotPenilaian baku() {
        return baku(makalah, kompetensi, wawancara, rekamJejak);
    }

    public RentangBobot rentang(KomponenNilai k) {
        return switch (k) {
            case MAKALAH -> makalah;
            case KOMPETENSI -> kompetensi;
            case WAWANCARA -> wawancara;
            case REKAM_JEJAK -> rekamJejak;
        };
    }

    /** Weights given field by field (a missing one is an error); the field names are those of the form and API. */
    public List<Galat> periksa(
            @Nullable BigDecimal m, @Nullable BigDecimal k, @Nullable BigDecimal w, @Nullable BigDecimal r) {
        List<Galat> g = new ArrayList<>();
        satu(g, "bobot.makalah", m, makalah);
        satu(g, "bobot.kompetensi", k, kompetensi);
        satu(g, "bobot.wawancara", w, wawancara);
        satu(g, "bobot.rekamJejak", r, rekamJejak);
        return g;
    }

    public List<Galat> periksa(BobotPenilaian b) {
        return periksa(b.makalah(), b.kompetensi(), b.wawancara(), b.rekamJejak());
    }

    private static void satu(List<Galat> g, String field, @Nullable BigDecimal nilai, RentangBobot rentang) {
        if (nilai == null) {
            g.add(new Galat(field, "seleksi.bobot.wajib"));
        } else if (nilai.stripTrailingZeros().scale() > 2) {
            g.add(new Galat(field, "seleksi.bobot.dua-desimal"));
        } else if (!rentang.memuat(nilai)) {
            g.add(new Galat(field, "seleksi.bobot.di-luar-rentang"));
        }
    }
}
