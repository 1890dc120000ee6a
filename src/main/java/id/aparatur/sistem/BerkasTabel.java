package id.aparatur.sistem;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * An uploaded table (XLSX or CSV) read as a header and a stream of {@link BarisMasuk}, with little memory whatever the
 * size: 600,000 rows are never held at once.
 *
 * <p><b>Format.</b> A file starting with the ZIP signature ({@code PK}) is read as XLSX, otherwise a file named
 * {@code *.csv} as CSV; anything else (an old {@code .xls}, a PNG, a {@code .txt}) is refused with
 * {@link BerkasTidakSahException}. XLSX: the first sheet, streamed from the package with POI's {@link XSSFReader},
 * {@link ReadOnlySharedStringsTable} and {@link StylesTable}; the sheet XML itself is pulled with StAX (the same work
 * POI's push-style {@code XSSFSheetXMLHandler} does) so that rows can be offered as a {@link Stream} without a second
 * thread. CSV: UTF-8 with or without BOM, separator {@code ,} {@code ;} or tab detected from the header line, quoted
 * values may contain separators and line breaks (commons-csv).
 *
 * <p><b>Values.</b> Every value is text. A numeric XLSX cell with a date format becomes {@code yyyy-MM-dd} (with
 * {@code THH:mm} when it has a time), other numbers are written without exponent and without a trailing {@code .0}
 * (Excel's 15 significant digits); text stays as it is. A leading apostrophe before {@code = + - @}, tab or CR (the
 * neutralisation {@link Netralisasi} adds on export) is removed. The header is the first non-empty row, trimmed;
 * fully empty rows are skipped but still counted, so {@link BarisMasuk#nomorBaris()} matches Excel's row number.
 *
 * <p>The file is kept on disk so {@link #baris()} can be read more than once (validate first, then write). Close the
 * streams it returns and the {@code BerkasTabel} itself; a file copied from an {@link InputStream} is deleted then.
 */
public final class BerkasTabel implements AutoCloseable {

    private static final int BATAS_SIDIK = 8192;

    private final Path berkas;
    private final boolean hapusSaatTutup;
    private final String namaAsli;
    private final FormatBerkas format;
    private final List<Closeable> terbuka = Collections.synchronizedList(new ArrayList<>());
    private @Nullable OPCPackage paket;
    private @Nullable ReadOnlySharedStringsTable teksBersama;
    private @Nullable StylesTable gaya;
    private char pemisah = ',';
    private List<String> kepala = List.of();
    private int nomorBarisKepala;

    private BerkasTabel(Path berkas, boolean hapusSaatTutup, String namaAsli) {
        this.berkas = berkas;
        this.hapusSaatTutup = hapusSaatTutup;
        this.namaAsli = namaAsli;
        this.format = kenali(berkas, namaAsli);
    }

    /**
     * Copies the upload to a temporary file (deleted by {@link #close()}) and opens it.
     *
     * @throws BerkasTidakSahException if the file is not a readable XLSX or CSV table
     */
    public static BerkasTabel buka(InputStream masuk, String namaAsli) {
        Path sementara;
        try {
            sementara = Files.createTempFile("aparatur-impor-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.copy(masuk, sementara, StandardCopyOption.REPLACE_EXISTING);
            return buka(sementara, namaAsli, true);
        } catch (IOException e) {
            hapus(sementara);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            hapus(sementara);
            throw e;
        }
    }

    /**
     * Opens a file on disk; it is left in place by {@link #close()}.
     *
     * @param namaAsli the name the user gave the file (for the extension fallback and messages)
     * @throws BerkasTidakSahException if the file is not a readable XLSX or CSV table
     */
    public static BerkasTabel buka(Path berkas, String namaAsli) {
        return buka(berkas, namaAsli, false);
    }

    private static BerkasTabel buka(Path berkas, String namaAsli, boolean hapusSaatTutup) {
        BerkasTabel t = new BerkasTabel(berkas, hapusSaatTutup, namaAsli);
        try {
            t.siapkan();
            return t;
        } catch (RuntimeException e) {
            t.close();
            throw e;
        }
    }

    public FormatBerkas format() {
        return format;
    }

    /** The name the user gave the file. */
    public String namaAsli() {
        return namaAsli;
    }

    /** The header cells, trimmed, without empty cells at the end; empty if the file has no non-empty row. */
    public List<String> kepala() {
        return kepala;
    }

    /** The row number of the header (1 unless the sheet starts with empty rows); 0 if there is none. */
    public int nomorBarisKepala() {
        return nomorBarisKepala;
    }

    /**
     * The data rows below the header, read afresh from the file on each call. Use in try-with-resources; the stream
     * also closes itself when read to the end.
     *
     * @throws BerkasTidakSahException while streaming, if the file turns out to be damaged
     */
    public Stream<BarisMasuk> baris() {
        PembacaMentah pembaca = bukaPembaca();
        Iterator<BarisMasuk> it = new Iterator<>() {
            private @Nullable BarisMasuk berikut;
            private boolean kepalaDilewati;

            @Override
            public boolean hasNext() {
                while (berikut == null) {
                    List<String> sel = pembaca.berikut();
                    if (sel == null) {
                        pembaca.close();
                        return false;
                    }
                    if (kosong(sel)) {
                        continue;
                    }
                    if (!kepalaDilewati) {
                        kepalaDilewati = true;
                        continue;
                    }
                    List<String> nilai = new ArrayList<>(Math.max(sel.size(), kepala.size()));
                    for (String s : sel) {
                        nilai.add(Netralisasi.pulihkan(s));
                    }
                    while (nilai.size() < kepala.size()) {
                        nilai.add("");
                    }
                    berikut = new BarisMasuk(pembaca.nomor(), nilai);
                }
                return true;
            }

            @Override
            public BarisMasuk next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BarisMasuk b = berikut;
                berikut = null;
                return b;
            }
        };
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(pembaca::close);
    }

    @Override
    public void close() {
        List<Closeable> salinan;
        synchronized (terbuka) {
            salinan = new ArrayList<>(terbuka);
            terbuka.clear();
        }
        for (Closeable c : salinan) {
            try {
                c.close();
            } catch (IOException | RuntimeException e) {
                // closing a reader must not hide the outcome of the import
            }
        }
        if (paket != null) {
            paket.revert();
            paket = null;
        }
        if (hapusSaatTutup) {
            hapus(berkas);
        }
    }

    // --- opening ---

    private static FormatBerkas kenali(Path berkas, String namaAsli) {
        byte[] awal = new byte[BATAS_SIDIK];
        int n;
        try (InputStream in = Files.newInputStream(berkas)) {
            n = in.readNBytes(awal, 0, awal.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String nama = namaAsli.toLowerCase(Locale.ROOT);
        boolean namaTabel = nama.endsWith(".xlsx") || nama.endsWith(".csv");
        if (n == 0) {
            throw new BerkasTidakSahException(namaTabel ? "impor.berkas.kosong" : "impor.berkas.format", namaAsli);
        }
        if (n >= 4 && awal[0] == 'P' && awal[1] == 'K' && awal[2] == 3 && awal[3] == 4) {
            return FormatBerkas.XLSX;
        }
        if (n >= 4
                && (awal[0] & 0xff) == 0xD0
                && (awal[1] & 0xff) == 0xCF
                && awal[2] == 0x11
                && (awal[3] & 0xff) == 0xE0) {
            throw new BerkasTidakSahException("impor.berkas.xls-lama", namaAsli);
        }
        if (nama.endsWith(".csv")) {
            for (int i = 0; i < n; i++) {
                if (awal[i] == 0) {
                    throw new BerkasTidakSahException("impor.berkas.format", namaAsli);
                }
            }
            return FormatBerkas.CSV;
        }
        throw new BerkasTidakSahException("impor.berkas.format", namaAsli);
    }

    private void siapkan() {
        if (format == FormatBerkas.XLSX) {
            try {
                paket = OPCPackage.open(berkas.toFile(), PackageAccess.READ);
                XSSFReader pembaca = new XSSFReader(paket);
                gaya = pembaca.getStylesTable();
                teksBersama = new ReadOnlySharedStringsTable(paket, false);
            } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
                throw new BerkasTidakSahException("impor.berkas.xlsx-rusak", e, namaAsli);
            }
        } else {
            pemisah = pemisahCsv();
        }
        try (PembacaMentah p = bukaPembaca()) {
            List<String> sel;
            while ((sel = p.berikut()) != null) {
                if (!kosong(sel)) {
                    List<String> k = new ArrayList<>();
                    for (String s : sel) {
                        k.add(Netralisasi.pulihkan(s.strip()));
                    }
                    while (!k.isEmpty() && k.get(k.size() - 1).isEmpty()) {
                        k.remove(k.size() - 1);
                    }
                    kepala = List.copyOf(k);
                    nomorBarisKepala = p.nomor();
                    break;
                }
            }
        }
    }

    private PembacaMentah bukaPembaca() {
        PembacaMentah p = format == FormatBerkas.XLSX ? new PembacaXlsx() : new PembacaCsv();
        terbuka.add(p);
        return p;
    }

    private static boolean kosong(List<String> sel) {
        for (String s : sel) {
            if (!s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void hapus(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temp file left behind is removed by the OS; nothing else to do
        }
    }

    // --- readers of raw rows ---

    /** Raw rows in file order, empty rows included; {@link #nomor()} is the number of the row last returned. */
    private abstract static class PembacaMentah implements Closeable {
        abstract @Nullable List<String> berikut();

        abstract int nomor();

        @Override
        public abstract void close();
    }

    private final class PembacaXlsx extends PembacaMentah {

        private final InputStream masuk;
        private final XMLStreamReader xml;
        private final Map<Integer, Boolean> gayaTanggal = new HashMap<>();
        private int nomor;
        private boolean selesai;

        PembacaXlsx() {
            try {
                Iterator<InputStream> lembar = new XSSFReader(paket).getSheetsData();
                if (!lembar.hasNext()) {
                    throw new BerkasTidakSahException("impor.berkas.kosong", namaAsli);
                }
                masuk = lembar.next();
                xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(masuk);
            } catch (IOException | OpenXML4JException | XMLStreamException e) {
                throw new BerkasTidakSahException("impor.berkas.xlsx-rusak", e, namaAsli);
            }
        }

        @Override
        @Nullable
        List<String> berikut() {
            if (selesai) {
                return null;
            }
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("row")) {
                        String r = xml.getAttributeValue(null, "r");
                        nomor = r == null ? nomor + 1 : Integer.parseInt(r);
                        return baris();
                    }
                }
            } catch (XMLStreamException | RuntimeException e) {
                if (e instanceof BerkasTidakSahException b) {
                    throw b;
                }
                throw new BerkasTidakSahException("impor.berkas.xlsx-rusak", e, namaAsli);
            }
            close();
            return null;
        }

        @Override
        int nomor() {
            return nomor;
        }

        private List<String> baris() throws XMLStreamException {
            List<String> sel = new ArrayList<>();
            int kolomBerikut = 0;
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    break;
                }
                if (e == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    String ref = xml.getAttributeValue(null, "r");
                    int kolom = ref == null ? kolomBerikut : new CellReference(ref).getCol();
                    kolomBerikut = kolom + 1;
                    String nilai = sel();
                    while (sel.size() < kolom) {
                        sel.add("");
                    }
                    if (sel.size() == kolom) {
                        sel.add(nilai);
                    } else {
                        sel.set(kolom, nilai);
                    }
                }
            }
            return sel;
        }

        /** Reads one {@code <c>} element (the reader is on its start) and returns its value as text. */
        private String sel() throws XMLStreamException {
            String jenis = xml.getAttributeValue(null, "t");
            String s = xml.getAttributeValue(null, "s");
            String v = null;
            StringBuilder sebaris = null;
            int kedalaman = 0;
            while (xml.hasNext()) {
                int e = xml.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    String nama = xml.getLocalName();
                    if (nama.equals("v")) {
                        v = xml.getElementText();
                    } else if (nama.equals("t")) {
                        sebaris = sebaris == null ? new StringBuilder() : sebaris;
                        sebaris.append(xml.getElementText());
                    } else if (nama.equals("rPh")) {
                        lewati();
                    } else {
                        kedalaman++;
                    }
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    if (kedalaman == 0) {
                        break;
                    }
                    kedalaman--;
                }
            }
            if (jenis == null || jenis.equals("n")) {
                return v == null || v.isBlank() ? "" : angka(v.strip(), s);
            }
            return switch (jenis) {
                case "s" ->
                    v == null || v.isBlank()
                            ? ""
                            : teksBersama.getItemAt(Integer.parseInt(v.strip())).getString();
                case "inlineStr" -> sebaris == null ? "" : sebaris.toString();
                case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
                case "d" -> v == null ? "" : v.endsWith("T00:00:00") ? v.substring(0, v.length() - 9) : v;
                default -> v == null ? "" : v; // "str" (formula result), "e" (error such as #N/A)
            };
        }

        private void lewati() throws XMLStreamException {
            int kedalaman = 1;
            while (kedalaman > 0 && xml.hasNext()) {
                int e = xml.next();
                if (e == XMLStreamConstants.START_ELEMENT) {
                    kedalaman++;
                } else if (e == XMLStreamConstants.END_ELEMENT) {
                    kedalaman--;
                }
            }
        }

        private String angka(String v, @Nullable String s) {
            double d = Double.parseDouble(v);
            if (s != null && tanggal(Integer.parseInt(s)) && DateUtil.isValidExcelDate(d)) {
                LocalDateTime waktu = DateUtil.getLocalDateTime(d, false, true);
                if (waktu.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                    return waktu.toLocalDate().toString();
                }
                return d < 1 ? waktu.toLocalTime().toString() : waktu.toString();
            }
            BigDecimal b = new BigDecimal(v);
            if (b.precision() > 15) {
                b = b.round(new MathContext(15));
            }
            return b.signum() == 0 ? "0" : b.stripTrailingZeros().toPlainString();
        }

        private boolean tanggal(int indeksGaya) {
            return gayaTanggal.computeIfAbsent(indeksGaya, i -> {
                if (gaya == null || i >= gaya.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cs = gaya.getStyleAt(i);
                return cs != null
                        && cs.getDataFormatString() != null
                        && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
            });
        }

        @Override
        public void close() {
            selesai = true;
            try {
                xml.close();
                masuk.close();
            } catch (XMLStreamException | IOException e) {
                // nothing to do: the stream is abandoned
            }
            terbuka.remove(this);
        }
    }

    private final class PembacaCsv extends PembacaMentah {

        private final CSVParser parser;
        private final Iterator<CSVRecord> rekaman;
        private int nomor;

        PembacaCsv() {
            try {
                parser = CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(pemisah)
                        .setIgnoreEmptyLines(false)
                        .get()
                        .parse(pembacaTeks());
            } catch (IOException e) {
                throw galatCsv(e, 1);
            }
            rekaman = parser.iterator();
        }

        @Override
        @Nullable
        List<String> berikut() {
            try {
                if (!rekaman.hasNext()) {
                    close();
                    return null;
                }
                CSVRecord r = rekaman.next();
                nomor = (int) r.getRecordNumber();
                return r.toList();
            } catch (UncheckedIOException e) {
                throw galatCsv(e.getCause(), nomor + 1);
            }
        }

        @Override
        int nomor() {
            return nomor;
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing to do: the stream is abandoned
            }
            terbuka.remove(this);
        }
    }

    private BerkasTidakSahException galatCsv(Throwable e, int baris) {
        Throwable sebab = e;
        while (sebab != null) {
            if (sebab instanceof CharacterCodingException) {
                return new BerkasTidakSahException("impor.berkas.bukan-utf8", e, namaAsli);
            }
            sebab = sebab.getCause();
        }
        return new BerkasTidakSahException("impor.berkas.csv-rusak", e, namaAsli, baris);
    }

    /** UTF-8 text of the file without a BOM; malformed bytes fail instead of becoming U+FFFD. */
    private Reader pembacaTeks() throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(berkas), 65536);
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) {
            in.reset();
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, utf8);
    }

    /** The separator that occurs most often outside quotes on the first line: {@code ;}, tab, else {@code ,}. */
    private char pemisahCsv() {
        int koma = 0;
        int titikKoma = 0;
        int tab = 0;
        try (Reader r = pembacaTeks()) {
            boolean dalamKutip = false;
            int c;
            int dibaca = 0;
            while ((c = r.read()) >= 0 && dibaca++ < 1_000_000) {
                if (c == '"') {
                    dalamKutip = !dalamKutip;
                } else if (!dalamKutip && (c == '\n' || c == '\r')) {
                    if (koma + titikKoma + tab > 0) {
                        break;
                    }
                } else if (!dalamKutip && c == ',') {
                    koma++;
                } else if (!dalamKutip && c == ';') {
                    titikKoma++;
                } else if (!dalamKutip && c == '\t') {
                    tab++;
                }
            }
        } catch (IOException e) {
            throw galatCsv(e, 1);
        }
        if (titikKoma > koma && titikKoma >= tab) {
            return ';';
        }
        return tab > koma && tab > titikKoma ? '\t' : ',';
    }

    @Override
    public String toString() {
        return "BerkasTabel[" + namaAsli + ", " + format + "]";
    }
}
