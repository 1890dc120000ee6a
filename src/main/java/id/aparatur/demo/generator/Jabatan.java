package id.aparatur.demo.generator;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A jabatan row of the Anjab catalogue with its hasil kerja, korelasi and SKJ; {@code kodeJf} names the jabatan
 * fungsional (GURU, DOKTER, PERAWAT, BIDAN), null for the others.
 */
public record Jabatan(
        long id,
        long opdId,
        long unitId,
        String kode,
        String nama,
        String jenisJabatan,
        @Nullable String jenjang,
        int kelas,
        String rumpunKode,
        int kuota,
        String ikhtisar,
        String uraianTugas,
        String standarKinerjaProduk,
        String standarKinerjaPerilaku,
        long sasaranOpdId,
        String syaratPendidikan,
        String syaratPangkatMinimal,
        String syaratPengalaman,
        List<HasilKerja> hasilKerja,
        List<Korelasi> korelasi,
        List<KompetensiJabatan> kompetensi,
        @Nullable String kodeJf) {

    public Jabatan {
        hasilKerja = List.copyOf(hasilKerja);
        korelasi = List.copyOf(korelasi);
        kompetensi = List.copyOf(kompetensi);
    }

    /** Hasil kerja (produk + satuan). */
    public record HasilKerja(int urutan, String produk, String satuan) {}

    /** Korelasi jabatan: KOORDINASI or KONSULTASI with another jabatan. */
    public record Korelasi(
            int urutan, long jabatanTerkaitId, String jenis, boolean keluaranMenjadiMasukan, String keterangan) {}

    /** One SKJ entry: kompetensi kode, required level, bobot (the bobot of one jabatan sum to 100). */
    public record KompetensiJabatan(String kode, int level, BigDecimal bobot) {}
}
