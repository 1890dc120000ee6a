package id.aparatur.organisasi.domain;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A position in the catalogue (informasi jabatan, PermenPANRB 1/2020) with its Standar Kompetensi Jabatan
 * (PermenPANRB 38/2017). Immutable; changes produce a new value that is checked by {@link AturanJabatan}.
 */
public record Jabatan(
        @Nullable Long id,
        long opdId,
        long unitId,
        String kode,
        String nama,
        JenisJabatan jenisJabatan,
        @Nullable Jenjang jenjang,
        int kelas,
        String rumpun,
        int kuota,
        @Nullable String ikhtisar,
        List<String> uraianTugas,
        List<HasilKerja> hasilKerja,
        @Nullable String standarKinerjaProduk,
        @Nullable String standarKinerjaPerilaku,
        List<Korelasi> korelasi,
        @Nullable Long sasaranOpdId,
        @Nullable String syaratPendidikan,
        @Nullable String syaratPangkatMinimal,
        @Nullable String syaratPengalaman,
        List<StandarKompetensi> standarKompetensi,
        boolean aktif,
        int versi,
        @Nullable String kodeJf) {

    /**
     * Without a JF code. {@code kodeJf}: the jabatan fungsional this position is (e.g. {@code GURU}, {@code DOSEN},
     * {@code PERAWAT}), the key of rules that follow the JF rather than its jenjang (BUP by the JF's own law).
     */
    public Jabatan(
            @Nullable Long id,
            long opdId,
            long unitId,
            String kode,
            String nama,
            JenisJabatan jenisJabatan,
            @Nullable Jenjang jenjang,
            int kelas,
            String rumpun,
            int kuota,
            @Nullable String ikhtisar,
            List<String> uraianTugas,
            List<HasilKerja> hasilKerja,
            @Nullable String standarKinerjaProduk,
            @Nullable String standarKinerjaPerilaku,
            List<Korelasi> korelasi,
            @Nullable Long sasaranOpdId,
            @Nullable String syaratPendidikan,
            @Nullable String syaratPangkatMinimal,
            @Nullable String syaratPengalaman,
            List<StandarKompetensi> standarKompetensi,
            boolean aktif,
            int versi) {
        this(
                id,
                opdId,
                unitId,
                kode,
                nama,
                jenisJabatan,
                jenjang,
                kelas,
                rumpun,
                kuota,
                ikhtisar,
                uraianTugas,
                hasilKerja,
                standarKinerjaProduk,
                standarKinerjaPerilaku,
                korelasi,
                sasaranOpdId,
                syaratPendidikan,
                syaratPangkatMinimal,
                syaratPengalaman,
                standarKompetensi,
                aktif,
                versi,
                null);
    }

    public Jabatan {
        uraianTugas = List.copyOf(uraianTugas);
        hasilKerja = List.copyOf(hasilKerja);
        korelasi = List.copyOf(korelasi);
        standarKompetensi = List.copyOf(standarKompetensi);
    }

    /** Produk utama (hasil kerja) with its unit of measure. */
    public record HasilKerja(String produk, String satuan) {}

    /** Hubungan kerja with another position; {@code keluaranMenjadiMasukan}: this output is that position's input. */
    public record Korelasi(
            long jabatanId,
            JenisKorelasi jenis,
            boolean keluaranMenjadiMasukan,
            @Nullable String keterangan) {}

    public enum JenisKorelasi {
        KOORDINASI,
        KONSULTASI
    }

    /** One SKJ line: competency code from the kamus, required level 1–5 and weight. */
    public record StandarKompetensi(String kode, int level, BigDecimal bobot) {}

    public Jabatan denganSkj(List<StandarKompetensi> skj) {
        return new Jabatan(
                id,
                opdId,
                unitId,
                kode,
                nama,
                jenisJabatan,
                jenjang,
                kelas,
                rumpun,
                kuota,
                ikhtisar,
                uraianTugas,
                hasilKerja,
                standarKinerjaProduk,
                standarKinerjaPerilaku,
                korelasi,
                sasaranOpdId,
                syaratPendidikan,
                syaratPangkatMinimal,
                syaratPengalaman,
                skj,
                aktif,
                versi,
                kodeJf);
    }

    public Jabatan denganIdDanVersi(long idBaru, int versiBaru) {
        return new Jabatan(
                idBaru,
                opdId,
                unitId,
                kode,
                nama,
                jenisJabatan,
                jenjang,
                kelas,
                rumpun,
                kuota,
                ikhtisar,
                uraianTugas,
                hasilKerja,
                standarKinerjaProduk,
                standarKinerjaPerilaku,
                korelasi,
                sasaranOpdId,
                syaratPendidikan,
                syaratPangkatMinimal,
                syaratPengalaman,
                standarKompetensi,
                aktif,
                versiBaru,
                kodeJf);
    }

    public Jabatan nonaktif() {
        return new Jabatan(
                id,
                opdId,
                unitId,
                kode,
                nama,
                jenisJabatan,
                jenjang,
                kelas,
                rumpun,
                kuota,
                ikhtisar,
                uraianTugas,
                hasilKerja,
                standarKinerjaProduk,
                standarKinerjaPerilaku,
                korelasi,
                sasaranOpdId,
                syaratPendidikan,
                syaratPangkatMinimal,
                syaratPengalaman,
                standarKompetensi,
                false,
                versi,
                kodeJf);
    }
}
