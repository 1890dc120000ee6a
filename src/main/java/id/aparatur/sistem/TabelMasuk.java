package id.aparatur.sistem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;

/**
 * The table a {@link Pengimpor} receives: the header, the data rows (readable more than once, so an importer can
 * validate every row in a first pass and write in a second) and helpers for the checks every importer needs. Messages
 * are resolved in Bahasa Indonesia, whatever the user's language, because the error report is an official document
 * of the BKD.
 *
 * <p>Importers of other modules can build one in a unit test from a file and a {@link MessageSource} that includes
 * the {@code impor} bundle.
 */
public final class TabelMasuk {

    private final BerkasTabel berkas;
    private final MessageSource pesan;
    private final Map<String, Integer> indeks = new HashMap<>();
    private volatile long jumlahBaris = -1;

    public TabelMasuk(BerkasTabel berkas, MessageSource pesan) {
        this.berkas = berkas;
        this.pesan = pesan;
        List<String> k = berkas.kepala();
        for (int i = k.size() - 1; i >= 0; i--) {
            indeks.put(k.get(i), i);
        }
    }

    /** The name the user gave the file. */
    public String namaBerkas() {
        return berkas.namaAsli();
    }

    public FormatBerkas format() {
        return berkas.format();
    }

    /** The header cells, trimmed. */
    public List<String> kepala() {
        return berkas.kepala();
    }

    /** The 0-based index of the column with this exact header (the first, if repeated), or -1 if absent. */
    public int indeks(String namaKolom) {
        return indeks.getOrDefault(namaKolom, -1);
    }

    /** The value of a column in a row, trimmed; {@code ""} if the column is absent or the cell empty. */
    public String nilai(BarisMasuk baris, String namaKolom) {
        return baris.nilai(indeks(namaKolom)).strip();
    }

    /**
     * The data rows, read afresh from the file on each call; close the stream (try-with-resources).
     *
     * @throws BerkasTidakSahException while streaming, if the file is damaged further down
     */
    public Stream<BarisMasuk> baris() {
        return berkas.baris();
    }

    /** The number of data rows (a full read of the file the first time, then remembered), for {@link Progres}. */
    public long jumlahBaris() {
        if (jumlahBaris < 0) {
            try (Stream<BarisMasuk> s = baris()) {
                jumlahBaris = s.count();
            }
        }
        return jumlahBaris;
    }

    /**
     * Checks the header against the expected columns: empty header cells, columns that appear twice, columns that are
     * not expected, and expected columns marked {@link KolomImpor#wajib()} that are missing. {@link LayananImpor}
     * already runs this with {@link Pengimpor#kolom()} before calling the importer.
     *
     * @return the problems, each on the header row, in column order; empty if the header is acceptable
     */
    public List<GalatImpor> periksaKepala(List<KolomImpor> kolom) {
        int baris = Math.max(1, berkas.nomorBarisKepala());
        Set<String> dikenal = kolom.stream().map(KolomImpor::nama).collect(Collectors.toCollection(HashSet::new));
        String daftar = kolom.stream().map(KolomImpor::nama).collect(Collectors.joining(", "));
        List<GalatImpor> galat = new ArrayList<>();
        Map<String, Integer> terlihat = new HashMap<>();
        List<String> k = kepala();
        for (int i = 0; i < k.size(); i++) {
            String nama = k.get(i);
            String huruf = CellReference.convertNumToColString(i);
            if (nama.isEmpty()) {
                galat.add(new GalatImpor(baris, "", "", pesan("impor.kepala.kosong", huruf)));
                continue;
            }
            Integer sebelumnya = terlihat.putIfAbsent(nama, i);
            if (sebelumnya != null) {
                galat.add(new GalatImpor(
                        baris,
                        nama,
                        nama,
                        pesan("impor.kepala.ganda", nama, CellReference.convertNumToColString(sebelumnya), huruf)));
            } else if (!dikenal.contains(nama)) {
                String mirip = kolom.stream()
                        .map(KolomImpor::nama)
                        .filter(n -> n.equalsIgnoreCase(nama))
                        .findFirst()
                        .orElse(null);
                galat.add(new GalatImpor(
                        baris,
                        nama,
                        nama,
                        mirip != null
                                ? pesan("impor.kepala.mirip", nama, huruf, mirip)
                                : pesan("impor.kepala.tidak-dikenal", nama, huruf, daftar)));
            }
        }
        for (KolomImpor ki : kolom) {
            if (ki.wajib() && !terlihat.containsKey(ki.nama())) {
                galat.add(new GalatImpor(baris, ki.nama(), "", pesan("impor.kepala.hilang", ki.nama())));
            }
        }
        return galat;
    }

    /** A fresh collector of row errors with the typed-value parsers. */
    public PenguraiNilai pengurai() {
        return new PenguraiNilai(this);
    }

    /** Resolves a message key (of any bundle) in Bahasa Indonesia; the key itself if it is unknown. */
    public String pesan(String kode, Object... argumen) {
        return pesan.getMessage(kode, argumen, kode, SistemConfiguration.INDONESIA);
    }
}
