package id.aparatur.kinerja.domain;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.PredikatKinerja;
import java.util.EnumMap;
import java.util.Map;

/**
 * One version of the predikat matrix (PermenPANRB 6/2022, kuadran kinerja) as the rule registry holds it
 * ({@code MATRIKS_PREDIKAT}): the predikat for each rating of hasil kerja (row) and perilaku kerja (column). Version 1
 * is {@link MatriksPredikat}; a Pemda may approve a later one.
 *
 * @param sel the predikat per hasil kerja, then per perilaku kerja; every cell required
 */
public record TabelPredikat(Map<Ekspektasi, Map<Ekspektasi, PredikatKinerja>> sel) {

    /** The shipped matrix ({@link MatriksPredikat}). */
    public static final TabelPredikat STANDAR = standar();

    public TabelPredikat {
        Map<Ekspektasi, Map<Ekspektasi, PredikatKinerja>> salin = new EnumMap<>(Ekspektasi.class);
        for (Ekspektasi h : Ekspektasi.values()) {
            Map<Ekspektasi, PredikatKinerja> baris = sel.get(h);
            if (baris == null) {
                throw new IllegalArgumentException("Baris " + h + " tidak ada");
            }
            Map<Ekspektasi, PredikatKinerja> b = new EnumMap<>(Ekspektasi.class);
            for (Ekspektasi p : Ekspektasi.values()) {
                PredikatKinerja x = baris.get(p);
                if (x == null) {
                    throw new IllegalArgumentException("Sel " + h + "." + p + " tidak ada");
                }
                b.put(p, x);
            }
            salin.put(h, Map.copyOf(b));
        }
        sel = Map.copyOf(salin);
    }

    public PredikatKinerja predikat(Ekspektasi hasilKerja, Ekspektasi perilakuKerja) {
        return sel.get(hasilKerja).get(perilakuKerja);
    }

    private static TabelPredikat standar() {
        Map<Ekspektasi, Map<Ekspektasi, PredikatKinerja>> m = new EnumMap<>(Ekspektasi.class);
        for (Ekspektasi h : Ekspektasi.values()) {
            Map<Ekspektasi, PredikatKinerja> b = new EnumMap<>(Ekspektasi.class);
            for (Ekspektasi p : Ekspektasi.values()) {
                b.put(p, MatriksPredikat.predikat(h, p));
            }
            m.put(h, b);
        }
        return new TabelPredikat(m);
    }
}
