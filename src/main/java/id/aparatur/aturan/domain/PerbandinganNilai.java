package id.aparatur.aturan.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Compares two values of a rule table key by key: every leaf path whose value differs, old → new. */
public final class PerbandinganNilai {

    /**
     * One difference.
     *
     * @param jalur JSON path of the leaf ({@code pita[0].batasBawah})
     * @param lama its value in the older version, or null when it did not exist
     * @param baru its value in the newer version, or null when it no longer exists
     */
    public record Perbedaan(
            String jalur, @Nullable String lama, @Nullable String baru) {}

    private PerbandinganNilai() {}

    public static List<Perbedaan> bandingkan(JsonNode lama, JsonNode baru) {
        Map<String, String> a = new TreeMap<>();
        Map<String, String> b = new TreeMap<>();
        ratakan(lama, "", a);
        ratakan(baru, "", b);
        TreeSet<String> kunci = new TreeSet<>(a.keySet());
        kunci.addAll(b.keySet());
        List<Perbedaan> hasil = new ArrayList<>();
        for (String k : kunci) {
            String x = a.get(k);
            String y = b.get(k);
            if (!Objects.equals(x, y)) {
                hasil.add(new Perbedaan(k, x, y));
            }
        }
        return hasil;
    }

    private static void ratakan(JsonNode n, String jalur, Map<String, String> keluar) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                ratakan(e.getValue(), jalur.isEmpty() ? e.getKey() : jalur + "." + e.getKey(), keluar);
            }
            if (n.isEmpty()) {
                keluar.put(jalur, "{}");
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                ratakan(n.get(i), jalur + "[" + i + "]", keluar);
            }
            if (n.isEmpty()) {
                keluar.put(jalur, "[]");
            }
        } else if (n.isNumber()) {
            keluar.put(jalur, n.decimalValue().stripTrailingZeros().toPlainString());
        } else if (n.isString()) {
            keluar.put(jalur, n.stringValue());
        } else {
            keluar.put(jalur, n.toString());
        }
    }
}
