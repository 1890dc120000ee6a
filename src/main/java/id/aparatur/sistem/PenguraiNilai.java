package id.aparatur.sistem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Parses the text cells of a {@link TabelMasuk} into typed values and collects a {@link GalatImpor} (in Bahasa
 * Indonesia) for every cell that does not parse, so that an importer can validate the whole file before it writes
 * anything. Each parser returns {@code null} for an empty cell (adding "wajib diisi" if {@code wajib}) or an invalid
 * one. Not thread-safe: one per import.
 *
 * <pre>{@code
 * PenguraiNilai p = tabel.pengurai();
 * try (Stream<BarisMasuk> baris = tabel.baris()) {
 *     baris.forEach(b -> {
 *         String nip = p.teks(b, "NIP", true);
 *         if (nip != null) p.unik(b, "NIP", nip);
 *         LocalDate lahir = p.tanggal(b, "Tanggal Lahir", false);
 *     });
 * }
 * p.tolakBilaAdaGalat();
 * }</pre>
 */
public final class PenguraiNilai {

    private static final List<DateTimeFormatter> FORMAT_TANGGAL = Stream.of("uuuu-M-d", "d-M-uuuu", "d/M/uuuu")
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    private final TabelMasuk tabel;
    private final List<GalatImpor> galat = new ArrayList<>();
    private final Map<String, Map<String, Integer>> kunci = new HashMap<>();
    private int jumlahGalat;

    PenguraiNilai(TabelMasuk tabel) {
        this.tabel = tabel;
    }

    /** The trimmed text, or null if empty. */
    public @Nullable String teks(BarisMasuk b, String kolom, boolean wajib) {
        String v = tabel.nilai(b, kolom);
        if (v.isEmpty()) {
            kosong(b, kolom, wajib);
            return null;
        }
        return v;
    }

    /** The trimmed text, or null if empty or longer than {@code panjangMaksimal} characters. */
    public @Nullable String teks(BarisMasuk b, String kolom, boolean wajib, int panjangMaksimal) {
        String v = teks(b, kolom, wajib);
        if (v != null && v.length() > panjangMaksimal) {
            galat(b, kolom, tabel.pesan("impor.nilai.panjang", panjangMaksimal));
            return null;
        }
        return v;
    }

    /** A date written {@code yyyy-MM-dd} (also what an Excel date cell reads as), {@code dd-MM-yyyy} or {@code dd/MM/yyyy}. */
    public @Nullable LocalDate tanggal(BarisMasuk b, String kolom, boolean wajib) {
        String v = teks(b, kolom, wajib);
        if (v == null) {
            return null;
        }
        LocalDate d = bacaTanggal(v);
        if (d == null) {
            galat(b, kolom, tabel.pesan("impor.nilai.tanggal"));
        }
        return d;
    }

    /** {@code yyyy-MM-dd}, {@code dd-MM-yyyy} or {@code dd/MM/yyyy}; null when it is none of them. */
    public static @Nullable LocalDate bacaTanggal(String v) {
        for (DateTimeFormatter f : FORMAT_TANGGAL) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /** A whole number ({@code 12}, {@code -3}; {@code 12.0} is accepted, {@code 12.5} is not). */
    public @Nullable Integer bilangan(BarisMasuk b, String kolom, boolean wajib) {
        String v = teks(b, kolom, wajib);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            galat(b, kolom, tabel.pesan("impor.nilai.bilangan"));
            return null;
        }
    }

    /** A whole number between {@code minimal} and {@code maksimal} inclusive. */
    public @Nullable Integer bilangan(BarisMasuk b, String kolom, boolean wajib, int minimal, int maksimal) {
        Integer n = bilangan(b, kolom, wajib);
        if (n != null && (n < minimal || n > maksimal)) {
            galat(b, kolom, tabel.pesan("impor.nilai.rentang", String.valueOf(minimal), String.valueOf(maksimal)));
            return null;
        }
        return n;
    }

    /** One of the allowed values, compared ignoring case; returns the allowed value as spelled in {@code boleh}. */
    public @Nullable String pilihan(BarisMasuk b, String kolom, boolean wajib, Collection<String> boleh) {
        String v = teks(b, kolom, wajib);
        if (v == null) {
            return null;
        }
        for (String s : boleh) {
            if (s.equalsIgnoreCase(v)) {
                return s;
            }
        }
        galat(b, kolom, tabel.pesan("impor.nilai.pilihan", String.join(", ", boleh)));
        return null;
    }

    /** A constant of {@code jenis} by name, ignoring case and accepting spaces for underscores. */
    public <E extends Enum<E>> @Nullable E pilihan(BarisMasuk b, String kolom, boolean wajib, Class<E> jenis) {
        String v = teks(b, kolom, wajib);
        if (v == null) {
            return null;
        }
        String nama = v.replace(' ', '_');
        for (E e : jenis.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(nama)) {
                return e;
            }
        }
        galat(
                b,
                kolom,
                tabel.pesan(
                        "impor.nilai.pilihan",
                        Stream.of(jenis.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /**
     * Records {@code nilaiKunci} as the key of this row in {@code kolom}; if an earlier row of the file had the same
     * key, adds an error naming that row and returns false.
     */
    public boolean unik(BarisMasuk b, String kolom, String nilaiKunci) {
        Integer sebelumnya = kunci.computeIfAbsent(kolom, k -> new HashMap<>()).putIfAbsent(nilaiKunci, b.nomorBaris());
        if (sebelumnya != null) {
            galat(new GalatImpor(b.nomorBaris(), kolom, nilaiKunci, tabel.pesan("impor.nilai.ganda", sebelumnya)));
            return false;
        }
        return true;
    }

    /** Adds an error about a cell, with the cell's value as read. */
    public void galat(BarisMasuk b, String kolom, String pesan) {
        galat(new GalatImpor(b.nomorBaris(), kolom, tabel.nilai(b, kolom), pesan));
    }

    /** Adds an error. Only the first {@link ImporDitolakException#BATAS} are kept; all are counted. */
    public void galat(GalatImpor g) {
        jumlahGalat++;
        if (galat.size() < ImporDitolakException.BATAS) {
            galat.add(g);
        }
    }

    public void galatSemua(Collection<GalatImpor> daftar) {
        daftar.forEach(this::galat);
    }

    public boolean adaGalat() {
        return jumlahGalat > 0;
    }

    public int jumlahGalat() {
        return jumlahGalat;
    }

    /** The errors kept so far, in the order found. */
    public List<GalatImpor> daftarGalat() {
        return List.copyOf(galat);
    }

    /** Throws {@link ImporDitolakException} with every error found, if there is any. */
    public void tolakBilaAdaGalat() {
        if (adaGalat()) {
            throw new ImporDitolakException(galat, jumlahGalat);
        }
    }

    private void kosong(BarisMasuk b, String kolom, boolean wajib) {
        if (wajib) {
            galat(new GalatImpor(b.nomorBaris(), kolom, "", tabel.pesan("impor.nilai.wajib")));
        }
    }
}
