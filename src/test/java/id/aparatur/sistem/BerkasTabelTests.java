package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading XLSX and CSV uploads: values as text, row numbers as in Excel, format detection and clear refusals. */
class BerkasTabelTests {

    static byte[] xlsx(XSSFWorkbook wb) throws IOException {
        var out = new ByteArrayOutputStream();
        wb.write(out);
        wb.close();
        return out.toByteArray();
    }

    static List<BarisMasuk> semua(BerkasTabel t) {
        try (Stream<BarisMasuk> s = t.baris()) {
            return s.toList();
        }
    }

    static BerkasTabel buka(byte[] isi, String nama) {
        return BerkasTabel.buka(new ByteArrayInputStream(isi), nama);
    }

    @Test
    void xlsxDibacaSebagaiTeksDenganNomorBarisExcel() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("data");
        CellStyle tanggal = wb.createCellStyle();
        tanggal.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Row r0 = s.createRow(0);
        String[] kepala = {" Kode ", "Tanggal", "Jumlah", "Nilai", "Rumus", "Catatan"};
        for (int i = 0; i < kepala.length; i++) {
            r0.createCell(i).setCellValue(kepala[i]);
        }
        Row r1 = s.createRow(1);
        r1.createCell(0).setCellValue("A-01");
        var c = r1.createCell(1);
        c.setCellValue(LocalDate.of(2024, 1, 31));
        c.setCellStyle(tanggal);
        r1.createCell(2).setCellValue(42.0);
        r1.createCell(3).setCellValue(3.5);
        r1.createCell(4).setCellValue("'=1+1");
        // row 3 (index 2) exists but is empty; row 4 has only a value in the last column
        Row kosong = s.createRow(2);
        kosong.createCell(0).setCellValue("  ");
        s.createRow(3).createCell(5).setCellValue("akhir");
        s.createRow(4).createCell(2).setCellValue(0.1 + 0.2);

        try (BerkasTabel t = buka(xlsx(wb), "data.xlsx")) {
            assertThat(t.format()).isEqualTo(FormatBerkas.XLSX);
            assertThat(t.kepala()).containsExactly("Kode", "Tanggal", "Jumlah", "Nilai", "Rumus", "Catatan");
            List<BarisMasuk> baris = semua(t);
            assertThat(baris).extracting(BarisMasuk::nomorBaris).containsExactly(2, 4, 5);
            assertThat(baris.get(0).nilai()).containsExactly("A-01", "2024-01-31", "42", "3.5", "=1+1", "");
            assertThat(baris.get(1).nilai()).containsExactly("", "", "", "", "", "akhir");
            assertThat(baris.get(2).nilai(2)).isEqualTo("0.3");
            assertThat(baris.get(2).nilai(99)).isEmpty();
            // readable again (validate, then write)
            assertThat(semua(t)).hasSize(3);
        }
    }

    @Test
    void eksporExcelKembaliUtuhSaatDiimpor() throws IOException {
        var out = new ByteArrayOutputStream();
        ExcelEkspor.tulis(
                out,
                "Uji",
                List.of("Kode", "Rumus", "Angka", "Negatif"),
                List.of(
                        Arrays.asList("X", "=HYPERLINK(\"http://contoh\")", 7, "-5"),
                        Arrays.asList("@SUM(A1)", "+62 812", null, "\tx")));
        try (BerkasTabel t = buka(out.toByteArray(), "ekspor.xlsx")) {
            List<BarisMasuk> baris = semua(t);
            assertThat(baris.get(0).nilai()).containsExactly("X", "=HYPERLINK(\"http://contoh\")", "7", "-5");
            assertThat(baris.get(1).nilai()).containsExactly("@SUM(A1)", "+62 812", "", "\tx");
        }
    }

    @Test
    void csvDenganBomTitikKomaDanKutipBerisiKomaDanBarisBaru() {
        String isi =
                "\uFEFFKode;Nama;Catatan\r\nA1;\"Budi, S.Pd.\";\"baris satu\nbaris dua\"\r\n;;\r\nA2;Siti;'=SUM(A1)\r\n";
        try (BerkasTabel t = buka(isi.getBytes(StandardCharsets.UTF_8), "data.CSV")) {
            assertThat(t.format()).isEqualTo(FormatBerkas.CSV);
            assertThat(t.kepala()).containsExactly("Kode", "Nama", "Catatan");
            List<BarisMasuk> baris = semua(t);
            assertThat(baris).extracting(BarisMasuk::nomorBaris).containsExactly(2, 4);
            assertThat(baris.get(0).nilai()).containsExactly("A1", "Budi, S.Pd.", "baris satu\nbaris dua");
            assertThat(baris.get(1).nilai()).containsExactly("A2", "Siti", "=SUM(A1)");
        }
    }

    @Test
    void csvKomaTanpaBomDanBarisPendekDiisiKosong() {
        String isi = "\"Kode\",\"Nama;Lengkap\",Umur\nA1,\"Ani; Budi\"\n";
        try (BerkasTabel t = buka(isi.getBytes(StandardCharsets.UTF_8), "x.csv")) {
            assertThat(t.kepala()).containsExactly("Kode", "Nama;Lengkap", "Umur");
            assertThat(semua(t).get(0).nilai()).containsExactly("A1", "Ani; Budi", "");
        }
    }

    @Test
    void berkasYangBukanTabelDitolakDenganJelas() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> buka(png, "foto.png"))
                .isInstanceOf(BerkasTidakSahException.class)
                .extracting("kodePesan")
                .isEqualTo("impor.berkas.format");
        assertThatThrownBy(() -> buka(png, "foto.csv")).extracting("kodePesan").isEqualTo("impor.berkas.format");
        assertThatThrownBy(() -> buka("Kode,Nama\nA,B\n".getBytes(StandardCharsets.UTF_8), "data.txt"))
                .extracting("kodePesan")
                .isEqualTo("impor.berkas.format");
        assertThatThrownBy(() -> buka(new byte[0], "data.csv"))
                .extracting("kodePesan")
                .isEqualTo("impor.berkas.kosong");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> buka(xls, "lama.xls")).extracting("kodePesan").isEqualTo("impor.berkas.xls-lama");
        var zip = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("bukan-excel.txt"));
            z.write("halo".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> buka(zip.toByteArray(), "data.xlsx"))
                .extracting("kodePesan")
                .isEqualTo("impor.berkas.xlsx-rusak");
        byte[] latin1 = "Kode,Nama\nA,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> {
                    try (BerkasTabel t = buka(latin1, "data.csv")) {
                        semua(t);
                    }
                })
                .extracting("kodePesan")
                .isEqualTo("impor.berkas.bukan-utf8");
        assertThatThrownBy(() -> {
                    try (BerkasTabel t =
                            buka("Kode,Nama\nA,\"tidak ditutup\n".getBytes(StandardCharsets.UTF_8), "data.csv")) {
                        semua(t);
                    }
                })
                .extracting("kodePesan")
                .isEqualTo("impor.berkas.csv-rusak");
    }

    @Test
    void hanyaJudulBerartiTanpaBarisData() throws IOException {
        try (BerkasTabel t = buka("Kode,Nama\r\n\r\n".getBytes(StandardCharsets.UTF_8), "data.csv")) {
            assertThat(t.kepala()).containsExactly("Kode", "Nama");
            assertThat(semua(t)).isEmpty();
        }
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet("kosong");
        try (BerkasTabel t = buka(xlsx(wb), "kosong.xlsx")) {
            assertThat(t.kepala()).isEmpty();
            assertThat(semua(t)).isEmpty();
        }
    }

    @Test
    void berkasSementaraDihapusSaatDitutup() throws IOException {
        java.nio.file.Path p = java.nio.file.Files.createTempFile("uji-", ".csv");
        java.nio.file.Files.writeString(p, "A\n1\n");
        try (BerkasTabel t = BerkasTabel.buka(p, "a.csv")) {
            assertThat(semua(t)).hasSize(1);
        }
        assertThat(p).exists();
        java.nio.file.Files.delete(p);
    }
}
