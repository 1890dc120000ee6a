package id.aparatur.sistem;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The error report of a rejected import as XLSX or CSV: columns Baris, Kolom, Nilai, Pesan (headers from the
 * {@code impor} bundle), one row per {@link GalatImpor}, values neutralised ({@link Netralisasi}) because they come
 * from the uploaded file. If errors were dropped beyond {@link ImporDitolakException#BATAS}, a last row says how many.
 */
public final class LaporanGalat {

    private LaporanGalat() {}

    public static void tulis(
            OutputStream keluaran,
            FormatBerkas format,
            List<GalatImpor> galat,
            int jumlahGalat,
            MessageSource pesan,
            Locale locale)
            throws IOException {
        List<String> kepala = kepala(pesan, locale);
        List<List<?>> baris = baris(galat, jumlahGalat, pesan, locale);
        if (format == FormatBerkas.XLSX) {
            ExcelEkspor.tulis(keluaran, pesan.getMessage("impor.laporan.lembar", null, locale), kepala, baris);
        } else {
            CsvEkspor.tulis(keluaran, kepala, baris);
        }
    }

    /** A download named {@code galat-impor-<jenis>-<date>.xlsx|csv}. */
    public static ResponseEntity<StreamingResponseBody> unduh(
            FormatBerkas format,
            String jenis,
            LocalDate tanggal,
            List<GalatImpor> galat,
            int jumlahGalat,
            MessageSource pesan,
            Locale locale) {
        String nama = "galat-impor-" + jenis;
        List<String> kepala = kepala(pesan, locale);
        List<List<?>> baris = baris(galat, jumlahGalat, pesan, locale);
        return format == FormatBerkas.XLSX
                ? ExcelEkspor.unduh(
                        nama, tanggal, pesan.getMessage("impor.laporan.lembar", null, locale), kepala, baris)
                : CsvEkspor.unduh(nama, tanggal, "", kepala, baris);
    }

    private static List<String> kepala(MessageSource pesan, Locale locale) {
        return List.of("impor.galat.baris", "impor.galat.kolom", "impor.galat.nilai", "impor.galat.pesan").stream()
                .map(k -> pesan.getMessage(k, null, locale))
                .toList();
    }

    private static List<List<?>> baris(List<GalatImpor> galat, int jumlahGalat, MessageSource pesan, Locale locale) {
        int sisa = jumlahGalat - galat.size();
        return new AbstractList<>() {
            @Override
            public List<?> get(int i) {
                if (i == galat.size()) {
                    return Arrays.asList(
                            null, null, null, pesan.getMessage("impor.laporan.terpotong", new Object[] {sisa}, locale));
                }
                GalatImpor g = galat.get(i);
                return Arrays.asList(g.baris(), g.kolom(), g.nilai(), g.pesan());
            }

            @Override
            public int size() {
                return galat.size() + (sisa > 0 ? 1 : 0);
            }
        };
    }
}
