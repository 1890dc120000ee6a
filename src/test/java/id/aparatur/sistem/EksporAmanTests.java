package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Exports neutralise cells that could run as formulas (CSV/formula injection); numbers stay numbers. */
class EksporAmanTests {

    static final Locale ID = Locale.forLanguageTag("id");

    @Test
    void netralisasiMenambahkanApostrofHanyaPadaPemicuRumus() {
        assertThat(Netralisasi.sel("=1+1")).isEqualTo("'=1+1");
        assertThat(Netralisasi.sel("+62")).isEqualTo("'+62");
        assertThat(Netralisasi.sel("-5")).isEqualTo("'-5");
        assertThat(Netralisasi.sel("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Netralisasi.sel("\t=1")).isEqualTo("'\t=1");
        assertThat(Netralisasi.sel("\r=1")).isEqualTo("'\r=1");
        assertThat(Netralisasi.sel("Budi = Ani")).isEqualTo("Budi = Ani");
        assertThat(Netralisasi.sel("")).isEmpty();
        assertThat(Netralisasi.sel(null)).isNull();
        assertThat(Netralisasi.pulihkan("'=1+1")).isEqualTo("=1+1");
        assertThat(Netralisasi.pulihkan("'Budi")).isEqualTo("'Budi");
    }

    @Test
    void excelEksporMenetralkanTeksDanMembiarkanAngka() throws IOException {
        var out = new ByteArrayOutputStream();
        ExcelEkspor.tulis(
                out,
                "Uji",
                List.of("Nama", "Nilai"),
                List.of(Arrays.asList("=HYPERLINK(\"http://jahat\")", -5), Arrays.asList("@cmd", 2.5)));
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://jahat\")");
            assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-5.0);
            assertThat(s.getRow(2).getCell(0).getStringCellValue()).isEqualTo("'@cmd");
        }
    }

    @Test
    void csvEksporBerBomKomaDanNetral() throws IOException {
        var out = new ByteArrayOutputStream();
        CsvEkspor.tulis(
                out,
                List.of("Nama", "Nilai", "Catatan"),
                List.of(Arrays.asList("+SUM(A1)", 3.0, "a, b"), Arrays.asList("Ani", -5, null)));
        byte[] isi = out.toByteArray();
        assertThat(Arrays.copyOf(isi, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String teks = new String(isi, 3, isi.length - 3, StandardCharsets.UTF_8);
        assertThat(teks).startsWith("Nama,Nilai,Catatan\r\n");
        List<CSVRecord> r =
                CSVFormat.DEFAULT.parse(new java.io.StringReader(teks)).getRecords();
        assertThat(r.get(1).toList()).containsExactly("'+SUM(A1)", "3", "a, b");
        assertThat(r.get(2).toList()).containsExactly("Ani", "-5", "");
    }

    @Test
    void laporanGalatXlsxDanCsvNetral() throws IOException {
        var pesan = TabelMasukTests.pesan();
        List<GalatImpor> galat = List.of(
                new GalatImpor(3, "Nama", "=cmd|' /C calc'!A0", "Wajib diisi."),
                GalatImpor.berkas("Berkas kosong: tidak ada baris data."));
        var out = new ByteArrayOutputStream();
        LaporanGalat.tulis(out, FormatBerkas.XLSX, galat, 7, pesan, ID);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Galat impor");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Baris");
            assertThat(s.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Pesan");
            assertThat(s.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(s.getRow(3).getCell(3).getStringCellValue())
                    .isEqualTo("… dan 5 galat lain yang tidak dicantumkan.");
        }
        out = new ByteArrayOutputStream();
        LaporanGalat.tulis(out, FormatBerkas.CSV, galat, 2, pesan, ID);
        String teks = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(teks)
                .startsWith("\uFEFFBaris,Kolom,Nilai,Pesan\r\n")
                .contains("3,Nama,'=cmd|' /C calc'!A0,Wajib diisi.");
    }

    @Test
    void templatXlsxPunyaJudulContohDanPetunjukSertaDapatDibacaKembali() throws IOException {
        Pengimpor p = new Pengimpor() {
            public String jenis() {
                return "uji";
            }

            public String judulKode() {
                return "impor.judul";
            }

            public List<KolomImpor> kolom() {
                return List.of(
                        new KolomImpor("NIP", true, "impor.nilai.wajib", "199001012015051001"),
                        new KolomImpor("Telepon", false, "impor.nilai.bilangan", "+62812"));
            }

            public HasilImpor impor(TabelMasuk tabel, Progres progres) {
                throw new UnsupportedOperationException();
            }
        };
        var out = new ByteArrayOutputStream();
        TemplatImpor.tulis(out, FormatBerkas.XLSX, p, TabelMasukTests.pesan(), ID);
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet data = wb.getSheetAt(0);
            assertThat(data.getRow(0).getCell(0).getStringCellValue()).isEqualTo("NIP");
            assertThat(wb.getFontAt(data.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(data.getPaneInformation().isFreezePane()).isTrue();
            assertThat(data.getRow(1).getCell(0).getStringCellValue()).isEqualTo("199001012015051001");
            Sheet petunjuk = wb.getSheetAt(1);
            assertThat(petunjuk.getSheetName()).isEqualTo("Petunjuk");
            assertThat(petunjuk.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Ya");
            assertThat(petunjuk.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Wajib diisi.");
        }
        try (BerkasTabel t = BerkasTabel.buka(new ByteArrayInputStream(out.toByteArray()), "templat-uji.xlsx")) {
            assertThat(t.kepala()).containsExactly("NIP", "Telepon");
            assertThat(BerkasTabelTests.semua(t).get(0).nilai()).containsExactly("199001012015051001", "+62812");
        }
        out = new ByteArrayOutputStream();
        TemplatImpor.tulis(out, FormatBerkas.CSV, p, TabelMasukTests.pesan(), ID);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFNIP,Telepon\r\n199001012015051001,'+62812\r\n");
    }
}
