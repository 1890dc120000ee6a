package id.aparatur.sistem;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Writes a list as an .xlsx workbook (streaming, so 60,000 rows need little memory). Numbers stay numeric cells; text
 * that could start a formula is neutralised ({@link Netralisasi}).
 */
public final class ExcelEkspor {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private ExcelEkspor() {}

    public static void tulis(OutputStream keluaran, String judul, List<String> kepala, Iterable<List<?>> baris)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(judul.length() > 31 ? judul.substring(0, 31) : judul);
            CellStyle tebal = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            tebal.setFont(font);
            Row r0 = sheet.createRow(0);
            for (int i = 0; i < kepala.size(); i++) {
                var sel = r0.createCell(i);
                sel.setCellValue(Netralisasi.sel(kepala.get(i)));
                sel.setCellStyle(tebal);
            }
            int n = 1;
            for (List<?> b : baris) {
                Row r = sheet.createRow(n++);
                for (int i = 0; i < b.size(); i++) {
                    Object v = b.get(i);
                    var sel = r.createCell(i);
                    if (v instanceof Number angka) {
                        sel.setCellValue(angka.doubleValue());
                    } else if (v != null) {
                        sel.setCellValue(Netralisasi.sel(v.toString()));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            wb.write(keluaran);
        }
    }

    /** A download response named {@code <nama>-<date>.xlsx}. */
    public static ResponseEntity<StreamingResponseBody> unduh(
            String nama, LocalDate tanggal, String judul, List<String> kepala, Iterable<List<?>> baris) {
        StreamingResponseBody body = out -> tulis(out, judul, kepala, baris);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(nama + "-" + tanggal + ".xlsx")
                                .build()
                                .toString())
                .contentType(XLSX)
                .body(body);
    }
}
