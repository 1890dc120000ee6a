package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

    /**
     * The format an export's {@code format=xlsx|csv} parameter asks for; anything else is a 400 naming
     * {@code format}.
     */
    public static FormatBerkas ekspor(String nama) {
        for (FormatBerkas f : values()) {
            if (f.ekstensi.equals(nama.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new ValidasiException("format", "ekspor.format");
    }

    /** A download of a table in this format, named {@code <nama>-<tanggal>.<ekstensi>}. */
    public ResponseEntity<StreamingResponseBody> unduh(
            String nama, LocalDate tanggal, String judul, List<String> kepala, Iterable<List<?>> baris) {
        return this == CSV
                ? CsvEkspor.unduh(nama, tanggal, judul, kepala, baris)
                : ExcelEkspor.unduh(nama, tanggal, judul, kepala, baris);
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
