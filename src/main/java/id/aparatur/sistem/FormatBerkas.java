package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import java.util.Locale;

/** The tabular file formats Aparatur reads and writes. */
public enum FormatBerkas {
    XLSX("xlsx"),
    CSV("csv");

    private final String ekstensi;

    FormatBerkas(String ekstensi) {
        this.ekstensi = ekstensi;
    }

    /** The file name extension without the dot, and the value of the {@code format} request parameter. */
    public String ekstensi() {
        return ekstensi;
    }

    /** The format named by a {@code format=xlsx|csv} parameter; anything else is "not found" (404). */
    public static FormatBerkas dari(String nama) {
        for (FormatBerkas f : values()) {
            if (f.ekstensi.equals(nama.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new DataTidakDitemukanException("Format berkas", nama);
    }
}
