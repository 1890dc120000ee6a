package id.aparatur.perencanaan.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Baris;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Dokumen;
import id.aparatur.perencanaan.application.UsulanFormasiQuery.Rinci;
import id.aparatur.perencanaan.domain.StatusUsulanFormasi;
import id.aparatur.sistem.ExcelEkspor;
import id.aparatur.sistem.Netralisasi;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The usulan formasi as documents in the layout of an usulan kebutuhan ASN: a heading (instansi, tahun anggaran,
 * status), one row per jabatan (no, jabatan, kode, kelas, kualifikasi pendidikan, unit kerja, OPD, lowongan hasil
 * kaskade, jumlah usulan, jenis pengadaan, keterangan), the totals, and the signature block of the PPK.
 */
public final class EksporUsulanFormasi {

    /**
     * Localised texts.
     *
     * @param judul e.g. "USULAN KEBUTUHAN ASN (FORMASI) TAHUN 2027"
     * @param keterangan lines under the title: instansi, status and decision
     * @param kepala the column headers
     * @param total label of the totals row
     * @param tandaTangan lines of the signature block
     */
    public record Teks(
            String judul, List<String> keterangan, List<String> kepala, String total, List<String> tandaTangan) {}

    private EksporUsulanFormasi() {}

    /** The document texts (heading with the Pemda's name, columns, totals, signature block) in the caller's language. */
    static Teks teks(Rinci r, Locale locale, MessageSource pesan, String pemda) {
        DateTimeFormatter tgl = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
        List<String> ket = new ArrayList<>();
        ket.add(pesan.getMessage("formasi.dok.instansi", new Object[] {pemda}, locale));
        ket.add(pesan.getMessage(
                "formasi.dok.dasar",
                new Object[] {r.usulan().judul(), r.usulan().kaskadeId()},
                locale));
        ket.add(pesan.getMessage(
                "formasi.dok.status",
                new Object[] {pesan.getMessage("formasi.status." + r.usulan().status(), null, locale)},
                locale));
        if (r.diajukanPada() != null) {
            ket.add(pesan.getMessage(
                    "formasi.dok.diajukan", new Object[] {r.diajukanOleh(), tgl.format(r.diajukanPada())}, locale));
        }
        if (r.diputusPada() != null) {
            ket.add(pesan.getMessage(
                    "formasi.dok.diputus",
                    new Object[] {
                        r.diputusOleh(),
                        tgl.format(r.diputusPada()),
                        r.catatanPutusan() == null ? "" : r.catatanPutusan()
                    },
                    locale));
        }
        List<String> kepala = List.of(
                        "no",
                        "jabatan",
                        "kode",
                        "kelas",
                        "pendidikan",
                        "unit",
                        "opd",
                        "lowongan",
                        "usulan",
                        "jenis",
                        "keterangan")
                .stream()
                .map(k -> pesan.getMessage("formasi.kolom." + k, null, locale))
                .toList();
        List<String> ttd = List.of(
                pesan.getMessage("formasi.dok.ttd-jabatan", null, locale),
                "",
                "",
                "",
                r.usulan().status() == StatusUsulanFormasi.DISETUJUI && r.diputusOleh() != null
                        ? pesan.getMessage("formasi.dok.ttd-disetujui", new Object[] {r.diputusOleh()}, locale)
                        : pesan.getMessage("formasi.dok.ttd-belum", null, locale));
        return new Teks(
                pesan.getMessage(
                        "formasi.dok.judul",
                        new Object[] {String.valueOf(r.usulan().tahun())},
                        locale),
                ket,
                kepala,
                pesan.getMessage("formasi.dok.total", null, locale),
                ttd);
    }

    /** The XLSX document as a download ({@code usulan-formasi-<tahun>-<id>.xlsx}), written while streaming. */
    public static ResponseEntity<StreamingResponseBody> unduhXlsx(Dokumen d) {
        return unduh(d, "xlsx", ExcelEkspor.XLSX, out -> xlsx(out, d.rinci(), d.teks()));
    }

    /** The PDF document as a download ({@code usulan-formasi-<tahun>-<id>.pdf}), written while streaming. */
    public static ResponseEntity<StreamingResponseBody> unduhPdf(Dokumen d) {
        return unduh(d, "pdf", MediaType.APPLICATION_PDF, out -> pdf(out, d.rinci(), d.teks()));
    }

    private static ResponseEntity<StreamingResponseBody> unduh(
            Dokumen d, String akhiran, MediaType jenis, StreamingResponseBody isi) {
        String nama = "usulan-formasi-" + d.rinci().usulan().tahun() + "-"
                + d.rinci().usulan().id() + "." + akhiran;
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(nama).build().toString())
                .contentType(jenis)
                .body(isi);
    }

    static List<List<Object>> baris(Rinci r) {
        List<List<Object>> hasil = new ArrayList<>();
        int no = 1;
        for (Baris b : r.baris()) {
            hasil.add(Arrays.asList(
                    no++,
                    b.jabatanNama(),
                    b.jabatanKode(),
                    b.kelas(),
                    b.pendidikan() == null ? "" : b.pendidikan(),
                    b.unitNama(),
                    b.opdNama(),
                    b.lowongan(),
                    b.jumlahUsulan(),
                    b.jenisPengadaan().name(),
                    b.keterangan() == null ? "" : b.keterangan()));
        }
        return hasil;
    }

    public static void xlsx(OutputStream out, Rinci r, Teks t) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sh = wb.createSheet("Usulan Formasi");
            CellStyle judul = wb.createCellStyle();
            var fJudul = wb.createFont();
            fJudul.setBold(true);
            fJudul.setFontHeightInPoints((short) 13);
            judul.setFont(fJudul);
            judul.setAlignment(HorizontalAlignment.CENTER);
            CellStyle kepala = wb.createCellStyle();
            var fTebal = wb.createFont();
            fTebal.setBold(true);
            kepala.setFont(fTebal);
            kepala.setWrapText(true);
            kepala.setAlignment(HorizontalAlignment.CENTER);
            garis(kepala);
            CellStyle isi = wb.createCellStyle();
            isi.setWrapText(true);
            garis(isi);
            CellStyle tebal = wb.createCellStyle();
            tebal.setFont(fTebal);
            garis(tebal);
            int kolom = t.kepala().size();
            int n = 0;
            Row r0 = sh.createRow(n++);
            r0.createCell(0).setCellValue(t.judul());
            r0.getCell(0).setCellStyle(judul);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, kolom - 1));
            for (String k : t.keterangan()) {
                Row rk = sh.createRow(n++);
                rk.createCell(0).setCellValue(Netralisasi.sel(k));
                sh.addMergedRegion(new CellRangeAddress(rk.getRowNum(), rk.getRowNum(), 0, kolom - 1));
            }
            n++;
            int barisKepala = n;
            Row rh = sh.createRow(n++);
            for (int i = 0; i < kolom; i++) {
                Cell c = rh.createCell(i);
                c.setCellValue(t.kepala().get(i));
                c.setCellStyle(kepala);
            }
            int lowongan = 0;
            int usulan = 0;
            for (List<Object> b : baris(r)) {
                Row rb = sh.createRow(n++);
                for (int i = 0; i < b.size(); i++) {
                    Cell c = rb.createCell(i);
                    Object v = b.get(i);
                    if (v instanceof Number x) {
                        c.setCellValue(x.doubleValue());
                    } else {
                        c.setCellValue(Netralisasi.sel(String.valueOf(v)));
                    }
                    c.setCellStyle(isi);
                }
                lowongan += ((Number) b.get(7)).intValue();
                usulan += ((Number) b.get(8)).intValue();
            }
            Row rt = sh.createRow(n++);
            for (int i = 0; i < kolom; i++) {
                rt.createCell(i).setCellStyle(tebal);
            }
            rt.getCell(1).setCellValue(t.total());
            rt.getCell(7).setCellValue(lowongan);
            rt.getCell(8).setCellValue(usulan);
            n++;
            for (String s : t.tandaTangan()) {
                Row rs = sh.createRow(n++);
                rs.createCell(7).setCellValue(Netralisasi.sel(s));
            }
            int[] lebar = {5, 40, 14, 7, 30, 36, 36, 10, 10, 10, 30};
            for (int i = 0; i < kolom && i < lebar.length; i++) {
                sh.setColumnWidth(i, lebar[i] * 256);
            }
            sh.createFreezePane(0, barisKepala + 1);
            wb.write(out);
        }
    }

    private static void garis(CellStyle s) {
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    public static void pdf(OutputStream out, Rinci r, Teks t) {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            Font besar = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
            Font sedang = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font kecil = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font tebal = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            Paragraph judul = new Paragraph(t.judul(), besar);
            judul.setAlignment(Element.ALIGN_CENTER);
            doc.add(judul);
            for (String k : t.keterangan()) {
                doc.add(new Paragraph(k, sedang));
            }
            PdfPTable tab = new PdfPTable(new float[] {3, 18, 8, 4, 14, 16, 16, 6, 6, 6, 12});
            tab.setWidthPercentage(100);
            tab.setSpacingBefore(8);
            tab.setHeaderRows(1);
            for (String k : t.kepala()) {
                PdfPCell c = new PdfPCell(new Phrase(k, tebal));
                c.setGrayFill(0.9f);
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                tab.addCell(c);
            }
            int lowongan = 0;
            int usulan = 0;
            for (List<Object> b : baris(r)) {
                for (Object v : b) {
                    PdfPCell c = new PdfPCell(new Phrase(String.valueOf(v), kecil));
                    if (v instanceof Number) {
                        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    tab.addCell(c);
                }
                lowongan += ((Number) b.get(7)).intValue();
                usulan += ((Number) b.get(8)).intValue();
            }
            PdfPCell total = new PdfPCell(new Phrase(t.total(), tebal));
            total.setColspan(7);
            tab.addCell(total);
            for (int v : new int[] {lowongan, usulan}) {
                PdfPCell c = new PdfPCell(new Phrase(String.valueOf(v), tebal));
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                tab.addCell(c);
            }
            PdfPCell sisa = new PdfPCell(new Phrase("", tebal));
            sisa.setColspan(2);
            tab.addCell(sisa);
            doc.add(tab);
            Paragraph ttd = new Paragraph();
            ttd.setSpacingBefore(18);
            ttd.setIndentationLeft(520);
            for (String s : t.tandaTangan()) {
                ttd.add(new Phrase(s + "\n", sedang));
            }
            doc.add(ttd);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            doc.close();
        }
    }
}
