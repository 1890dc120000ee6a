package id.aparatur.perencanaan.kaskade;

import id.aparatur.pegawai.TingkatPendidikan;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Education levels compared as requirements: SD &lt; SMP &lt; SMA &lt; D1 &lt; D2 &lt; D3 &lt; D4 = S1 &lt; S2 &lt; S3 (a D-IV is
 * accepted wherever an S-1 is, as in the syarat "S-1/D-IV").
 */
public final class SyaratPendidikan {

    private static final Pattern TOKEN = Pattern.compile(
            "\\b(SD|SMP|SLTP|SMA|SMK|SLTA|D-I{1,3}|D-IV|DIII|DIV|D-?[1-4]|S-?[1-3]|DIPLOMA\\s*(?:I{1,3}|IV|[1-4]))\\b");

    private SyaratPendidikan() {}

    /** Rank of a code SD…S3 (1–9), or 0 for null/unknown: the one rule, {@link TingkatPendidikan#peringkat(String)}. */
    public static int peringkat(@Nullable String kode) {
        return TingkatPendidikan.peringkat(kode);
    }

    /**
     * The lowest education a syarat text accepts, as a code (e.g. "D-III/S-1 Akuntansi" → D3, "SLTA/D-III semua
     * jurusan" → SMA, "S-1/D-IV" → S1); null when the text names no level.
     */
    public static @Nullable String dariTeks(@Nullable String syarat) {
        if (syarat == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(syarat.toUpperCase(Locale.ROOT));
        String terendah = null;
        while (m.find()) {
            String kode = normalisasi(m.group(1));
            if (kode != null && (terendah == null || peringkat(kode) < peringkat(terendah))) {
                terendah = kode;
            }
        }
        return terendah;
    }

    private static @Nullable String normalisasi(String t) {
        String s = t.replace("-", "").replaceAll("\\s+", "").replace("DIPLOMA", "D");
        return switch (s) {
            case "SD" -> "SD";
            case "SMP", "SLTP" -> "SMP";
            case "SMA", "SMK", "SLTA" -> "SMA";
            case "DI", "D1" -> "D1";
            case "DII", "D2" -> "D2";
            case "DIII", "D3" -> "D3";
            case "DIV", "D4" -> "D4";
            case "S1" -> "S1";
            case "S2" -> "S2";
            case "S3" -> "S3";
            default -> null;
        };
    }
}
