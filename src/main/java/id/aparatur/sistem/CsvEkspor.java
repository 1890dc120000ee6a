package id.aparatur.sistem;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a list as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads UTF-8 as ANSI and breaks
 * names with accents), comma separator, values quoted where needed, CRLF line ends. Text that could start a formula
 * is neutralised ({@link Netralisasi}); numbers are written plainly ({@code 3}, not {@code 3.0}).
 */
public final class CsvEkspor {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private CsvEkspor() {}

    public static void tulis(OutputStream keluaran, List<String> kepala, Iterable<List<?>> baris) throws IOException {
        Writer w = new OutputStreamWriter(keluaran, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter csv = CSVFormat.DEFAULT.print(w);
        csv.printRecord(kepala.stream().map(Netralisasi::sel).toList());
        for (List<?> b : baris) {
            List<@Nullable String> sel = new ArrayList<>(b.size());
            for (Object v : b) {
                sel.add(teks(v));
            }
            csv.printRecord(sel);
        }
        csv.flush();
    }

    private static @Nullable String teks(@Nullable Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            BigDecimal b = new BigDecimal(v.toString());
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Number) {
            return v.toString();
        }
        return Netralisasi.sel(v.toString());
    }

    /**
     * A download response named {@code <nama>-<date>.csv}; the same shape as {@link ExcelEkspor#unduh} so a list can
     * offer both ({@code judul} is the sheet name there and unused here).
     */
    public static ResponseEntity<StreamingResponseBody> unduh(
            String nama, LocalDate tanggal, String judul, List<String> kepala, Iterable<List<?>> baris) {
        StreamingResponseBody body = out -> tulis(out, kepala, baris);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(nama + "-" + tanggal + ".csv")
                                .build()
                                .toString())
                .contentType(CSV)
                .body(body);
    }
}
