package id.aparatur.aturan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks an owner's {@link DefinisiAturan#periksa} builds on, each naming the JSON path of what it rejects. Pure
 * functions; messages are keys of the {@code aturan} bundle.
 */
public final class PemeriksaNilai {

    private PemeriksaNilai() {}

    /**
     * The value has the shape of {@code contoh} (normally {@link DefinisiAturan#nilaiAwal()}): every key of an object
     * present and no other, the same kind of node (number, text, boolean, object, list) at every path, every element of
     * a list shaped like the example's first element.
     */
    public static List<PelanggaranNilai> bentuk(JsonNode contoh, @Nullable JsonNode nilai) {
        List<PelanggaranNilai> hasil = new ArrayList<>();
        bentuk(contoh, nilai, "", hasil);
        return hasil;
    }

    private static void bentuk(JsonNode contoh, @Nullable JsonNode nilai, String jalur, List<PelanggaranNilai> hasil) {
        if (nilai == null || nilai.isNull() || nilai.isMissingNode()) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.wajib"));
            return;
        }
        if (contoh.isObject()) {
            if (!nilai.isObject()) {
                hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.harus-objek"));
                return;
            }
            for (Map.Entry<String, JsonNode> e : contoh.properties()) {
                bentuk(e.getValue(), nilai.get(e.getKey()), sambung(jalur, e.getKey()), hasil);
            }
            for (Map.Entry<String, JsonNode> e : nilai.properties()) {
                if (!contoh.has(e.getKey())) {
                    hasil.add(new PelanggaranNilai(sambung(jalur, e.getKey()), "aturan.nilai.tidak-dikenal"));
                }
            }
        } else if (contoh.isArray()) {
            if (!nilai.isArray()) {
                hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.harus-daftar"));
                return;
            }
            if (!contoh.isEmpty()) {
                for (int i = 0; i < nilai.size(); i++) {
                    bentuk(contoh.get(0), nilai.get(i), jalur + "[" + i + "]", hasil);
                }
            }
        } else if (contoh.isNumber() && !nilai.isNumber()) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.harus-angka"));
        } else if (contoh.isString() && !nilai.isString()) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.harus-teks"));
        } else if (contoh.isBoolean() && !nilai.isBoolean()) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.harus-boolean"));
        }
    }

    /** {@code induk.anak}, or {@code anak} at the root. */
    public static String sambung(String jalur, String kunci) {
        return jalur.isEmpty() ? kunci : jalur + "." + kunci;
    }

    /** A number within {@code min}–{@code maks} (inclusive) at {@code jalur}, or null (with the violation added). */
    public static @Nullable BigDecimal angka(
            @Nullable JsonNode n, String jalur, BigDecimal min, BigDecimal maks, List<PelanggaranNilai> hasil) {
        if (n == null || !n.isNumber()) {
            hasil.add(new PelanggaranNilai(
                    jalur, n == null || n.isNull() ? "aturan.nilai.wajib" : "aturan.nilai.harus-angka"));
            return null;
        }
        BigDecimal v = n.decimalValue();
        if (v.compareTo(min) < 0 || v.compareTo(maks) > 0) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.rentang", min.toPlainString(), maks.toPlainString()));
            return null;
        }
        return v;
    }

    /** A whole number within {@code min}–{@code maks} at {@code jalur}, or null (with the violation added). */
    public static @Nullable Integer bulat(
            @Nullable JsonNode n, String jalur, int min, int maks, List<PelanggaranNilai> hasil) {
        if (n != null && n.isNumber() && !n.isIntegralNumber()) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.harus-bulat"));
            return null;
        }
        BigDecimal v = angka(n, jalur, BigDecimal.valueOf(min), BigDecimal.valueOf(maks), hasil);
        return v == null ? null : v.intValueExact();
    }

    /** A text that is one of {@code boleh} at {@code jalur}, or null (with the violation added). */
    public static @Nullable String pilihan(
            @Nullable JsonNode n, String jalur, Collection<String> boleh, List<PelanggaranNilai> hasil) {
        if (n == null || !n.isString()) {
            hasil.add(new PelanggaranNilai(
                    jalur, n == null || n.isNull() ? "aturan.nilai.wajib" : "aturan.nilai.harus-teks"));
            return null;
        }
        if (!boleh.contains(n.stringValue())) {
            hasil.add(new PelanggaranNilai(jalur, "aturan.nilai.pilihan", String.join(", ", boleh)));
            return null;
        }
        return n.stringValue();
    }

    /**
     * Runs the owner's own constructor check (a policy record that refuses bad values with an
     * {@link IllegalArgumentException}); a refusal becomes a violation of the whole value, with the policy's message.
     */
    public static void coba(Runnable bangun, List<PelanggaranNilai> hasil) {
        try {
            bangun.run();
        } catch (IllegalArgumentException | IllegalStateException e) {
            hasil.add(new PelanggaranNilai("", "aturan.nilai.tidak-sah", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            hasil.add(new PelanggaranNilai(
                    "", "aturan.nilai.tidak-sah", e.getClass().getSimpleName()));
        }
    }

    /** Each key of the object at {@code jalur} appears once in {@code daftar[*].kunci}. */
    public static void unik(JsonNode daftar, String jalur, String kunci, List<PelanggaranNilai> hasil) {
        java.util.Set<String> lihat = new java.util.HashSet<>();
        for (int i = 0; i < daftar.size(); i++) {
            JsonNode k = daftar.get(i).get(kunci);
            if (k != null && k.isString() && !lihat.add(k.stringValue())) {
                hasil.add(new PelanggaranNilai(jalur + "[" + i + "]." + kunci, "aturan.nilai.ganda"));
            }
        }
    }
}
