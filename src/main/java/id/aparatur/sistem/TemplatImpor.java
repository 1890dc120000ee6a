package id.aparatur.sistem;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The downloadable template of a {@link Pengimpor}. XLSX: the first sheet has the header row (bold, frozen) and one
 * example row from {@link KolomImpor#contoh()}, every column formatted as text (so Excel keeps a NIP's 18 digits and
 * leading zeros); the second sheet explains each column. CSV: the header and the example row.
 */
public final class TemplatImpor {

    private TemplatImpor() {}

    public static void tulis(
            OutputStream keluaran, FormatBerkas format, Pengimpor pengimpor, MessageSource pesan, Locale locale)
            throws IOException {
        List<KolomImpor> kolom = pengimpor.kolom();
        List<String> kepala = kolom.stream().map(KolomImpor::nama).toList();
        List<String> contoh = kolom.stream().map(KolomImpor::contoh).toList();
        if (format == FormatBerkas.CSV) {
            CsvEkspor.tulis(keluaran, kepala, List.of(contoh));
            return;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle tebal = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            tebal.setFont(font);
            CellStyle teks = wb.createCellStyle();
            teks.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle tebalTeks = wb.createCellStyle();
            tebalTeks.cloneStyleFrom(tebal);
            tebalTeks.setDataFormat(teks.getDataFormat());

            Sheet data = wb.createSheet(pengimpor.jenis());
            Row r0 = data.createRow(0);
            Row r1 = data.createRow(1);
            for (int i = 0; i < kolom.size(); i++) {
                data.setDefaultColumnStyle(i, teks);
                var k = r0.createCell(i);
                k.setCellValue(Netralisasi.sel(kepala.get(i)));
                k.setCellStyle(tebalTeks);
                var c = r1.createCell(i);
                c.setCellValue(Netralisasi.sel(contoh.get(i)));
                c.setCellStyle(teks);
                data.setColumnWidth(
                        i,
                        Math.min(
                                        60,
                                        Math.max(
                                                12,
                                                Math.max(
                                                                kepala.get(i).length(),
                                                                contoh.get(i).length())
                                                        + 4))
                                * 256);
            }
            data.createFreezePane(0, 1);

            Sheet petunjuk = wb.createSheet(pesan.getMessage("impor.templat.petunjuk", null, locale));
            List<String> judul = new ArrayList<>();
            for (String k :
                    List.of("impor.kolom.nama", "impor.kolom.wajib", "impor.kolom.keterangan", "impor.kolom.contoh")) {
                judul.add(pesan.getMessage(k, null, locale));
            }
            Row p0 = petunjuk.createRow(0);
            for (int i = 0; i < judul.size(); i++) {
                var c = p0.createCell(i);
                c.setCellValue(judul.get(i));
                c.setCellStyle(tebal);
            }
            int n = 1;
            for (KolomImpor k : kolom) {
                Row r = petunjuk.createRow(n++);
                r.createCell(0).setCellValue(Netralisasi.sel(k.nama()));
                r.createCell(1).setCellValue(pesan.getMessage(k.wajib() ? "umum.ya" : "umum.tidak", null, locale));
                r.createCell(2)
                        .setCellValue(Netralisasi.sel(
                                pesan.getMessage(k.keteranganKode(), null, k.keteranganKode(), locale)));
                r.createCell(3).setCellValue(Netralisasi.sel(k.contoh()));
            }
            n++;
            for (String k : List.of(
                    "impor.templat.catatan-contoh", "impor.templat.catatan-tanggal", "impor.templat.catatan-semua")) {
                petunjuk.createRow(n++).createCell(0).setCellValue(pesan.getMessage(k, null, locale));
            }
            petunjuk.setColumnWidth(0, 24 * 256);
            petunjuk.setColumnWidth(1, 8 * 256);
            petunjuk.setColumnWidth(2, 70 * 256);
            petunjuk.setColumnWidth(3, 24 * 256);
            petunjuk.createFreezePane(0, 1);
            wb.write(keluaran);
        }
    }

    /** A download named {@code templat-<jenis>.xlsx|csv}. */
    public static ResponseEntity<StreamingResponseBody> unduh(
            FormatBerkas format, Pengimpor pengimpor, MessageSource pesan, Locale locale) {
        StreamingResponseBody body = out -> tulis(out, format, pengimpor, pesan, locale);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("templat-" + pengimpor.jenis() + "." + format.ekstensi())
                                .build()
                                .toString())
                .contentType(format == FormatBerkas.XLSX ? ExcelEkspor.XLSX : CsvEkspor.CSV)
                .body(body);
    }
}
