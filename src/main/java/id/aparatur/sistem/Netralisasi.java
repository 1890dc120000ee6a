package id.aparatur.sistem;

import org.jspecify.annotations.Nullable;

/**
 * Neutralises spreadsheet cells against CSV/formula injection (OWASP "CSV Injection"): a text that starts with
 * {@code = + - @}, a tab or a carriage return could be run as a formula by Excel or LibreOffice when a user opens the
 * exported file, so it gets a leading apostrophe and is shown as text. {@link BerkasTabel} removes that apostrophe
 * again, so an exported file imports back unchanged.
 */
public final class Netralisasi {

    private static final String PEMICU = "=+-@\t\r";

    private Netralisasi() {}

    /** The text to write into an exported cell: unchanged, or with a leading apostrophe if it could start a formula. */
    public static @Nullable String sel(@Nullable String teks) {
        if (teks == null || teks.isEmpty() || PEMICU.indexOf(teks.charAt(0)) < 0) {
            return teks;
        }
        return "'" + teks;
    }

    /** The inverse of {@link #sel(String)}: removes an apostrophe that precedes a formula trigger character. */
    public static String pulihkan(String teks) {
        if (teks.length() > 1 && teks.charAt(0) == '\'' && PEMICU.indexOf(teks.charAt(1)) >= 0) {
            return teks.substring(1);
        }
        return teks;
    }
}
