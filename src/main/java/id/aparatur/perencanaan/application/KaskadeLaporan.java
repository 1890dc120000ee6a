package id.aparatur.perencanaan.application;

import id.aparatur.aturan.AturanDipakai;
import id.aparatur.perencanaan.kaskade.Gerbang;
import id.aparatur.perencanaan.kaskade.HasilKaskade;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run of the cascade as the API answers it and as it is stored ({@code perencanaan.kaskade.hasil}): the
 * algorithm's result with the names of positions, units, OPD and employees, and for every promotion the explanation
 * (gap per competency of the target SKJ, every gate with the required and the actual value).
 *
 * @param sumber {@code DATA_SAAT_INI} or {@code SKENARIO}
 * @param pensiun employees taken out because they retire by the end of {@code tahunRencana}
 * @param tanggalPelantikanJpt the planned inauguration date the JPT age limit was checked at (null in runs stored
 *     before the check existed)
 * @param aturanDipakai the registry version of each rule table the run applied (null in runs stored before the
 *     registry existed: they applied version 1)
 */
public record KaskadeLaporan(
        @Nullable Long id,
        String sumber,
        @Nullable Long skenarioId,
        @Nullable Integer tahunRencana,
        LocalDate tanggalAcuan,
        @Nullable String dijalankanOleh,
        @Nullable OffsetDateTime dijalankanPada,
        HasilKaskade.Ringkasan ringkasan,
        Statistik statistik,
        List<Promosi> promosi,
        List<Rantai> rantai,
        List<Surplus> surplus,
        List<Formasi> formasi,
        List<SeleksiTerbuka> seleksiTerbuka,
        List<TanpaCalon> tanpaCalon,
        List<HasilKaskade.Langkah> langkah,
        List<Pensiun> pensiun,
        @Nullable LocalDate tanggalPelantikanJpt,
        @Nullable List<AturanDipakai> aturanDipakai) {

    public static final String DATA_SAAT_INI = "DATA_SAAT_INI";
    public static final String SKENARIO = "SKENARIO";

    /** The same run with its stored id, who ran it and when. */
    public KaskadeLaporan dengan(long id, String oleh, OffsetDateTime pada, Statistik statistik) {
        return new KaskadeLaporan(
                id,
                sumber,
                skenarioId,
                tahunRencana,
                tanggalAcuan,
                oleh,
                pada,
                ringkasan,
                statistik,
                promosi,
                rantai,
                surplus,
                formasi,
                seleksiTerbuka,
                tanpaCalon,
                langkah,
                pensiun,
                tanggalPelantikanJpt,
                aturanDipakai);
    }

    /** A registry version a run applied: {@code GERBANG_KASKADE} number 2, in force from 1 January 2034. */

    /**
     * Server-side timing and size.
     *
     * @param snapshotMs reading the database into the problem
     * @param kaskadeMs the cascade itself
     * @param simpanMs storing the run (0 until stored)
     */
    public record Statistik(
            int jumlahPegawai, int jumlahJabatan, int jumlahPensiun, long snapshotMs, long kaskadeMs, long simpanMs) {

        public Statistik denganSimpan(long ms) {
            return new Statistik(jumlahPegawai, jumlahJabatan, jumlahPensiun, snapshotMs, kaskadeMs, ms);
        }
    }

    /** One promotion with its explanation; {@code tingkat} is the target level. */
    public record Promosi(
            int langkah,
            String nip,
            String nama,
            long dariJabatanId,
            String dariJabatanNama,
            String dariTingkat,
            int dariKelas,
            long keJabatanId,
            String keJabatanNama,
            String tingkat,
            int kelas,
            long opdId,
            String opdNama,
            long kesenjangan,
            long kinerja,
            long biaya,
            int bulanDiTingkat,
            boolean membukaKursi,
            long rantaiId,
            Penjelasan penjelasan) {}

    /** Why the promotion is allowed and what it costs. */
    public record Penjelasan(List<KesenjanganKompetensi> kompetensi, List<NilaiGerbang> gerbang) {}

    /** One SKJ line of the target position against the employee's current level. */
    public record KesenjanganKompetensi(String kode, int standar, int level, int kesenjangan, long bobot) {}

    /**
     * One gate: what it requires and what the employee has ({@code syarat}/{@code nilai} are codes: a level key, a
     * number of months, SD…S3, a golongan, {@code PNS}, a predikat; null = none).
     */
    public record NilaiGerbang(
            Gerbang gerbang,
            @Nullable String syarat,
            @Nullable String nilai,
            boolean lulus) {}

    /** A vacancy chain with names. */
    public record Rantai(
            long id,
            long jabatanAwalId,
            String jabatanAwalNama,
            String tingkatAwal,
            List<Mata> mata,
            HasilKaskade.AkhirRantai akhir,
            long jabatanAkhirId,
            String jabatanAkhirNama,
            @Nullable String nipRedistribusi,
            @Nullable String namaRedistribusi) {}

    /** One link: {@code nama} leaves {@code asalJabatanNama} to fill {@code jabatanNama}. */
    public record Mata(
            long jabatanId, String jabatanNama, String nip, String nama, long asalJabatanId, String asalJabatanNama) {}

    /** An employee above K with the redistribution proposal (or none). */
    public record Surplus(
            String nip,
            String nama,
            long jabatanId,
            String jabatanNama,
            String tingkat,
            long opdId,
            String opdNama,
            @Nullable Long jabatanUsulanId,
            @Nullable String jabatanUsulanNama,
            @Nullable Long opdUsulanId,
            @Nullable String opdUsulanNama,
            long biaya) {}

    /** Entry-level vacancies of one position: the CPNS/PPPK formation. */
    public record Formasi(
            long jabatanId,
            String jabatanNama,
            String tingkat,
            int kelas,
            long unitId,
            String unitNama,
            long opdId,
            String opdNama,
            @Nullable String pendidikan,
            int jumlah) {}

    /** JPT vacancies of one position, for open selection, with the internal people who pass the JPT gates. */
    public record SeleksiTerbuka(
            long jabatanId,
            String jabatanNama,
            String tingkat,
            long opdId,
            String opdNama,
            int jumlah,
            List<Orang> calonInternal) {}

    /** An employee by NIP and name. */
    public record Orang(String nip, String nama) {}

    /** Vacancies above the entry level nobody eligible could fill, with the first failing gate counts. */
    public record TanpaCalon(
            long jabatanId,
            String jabatanNama,
            String tingkat,
            long opdId,
            String opdNama,
            int jumlah,
            int calonDiperiksa,
            Map<Gerbang, Integer> gagal) {}

    /** An employee taken out for retirement. */
    public record Pensiun(
            String nip,
            String nama,
            @Nullable Long jabatanId,
            @Nullable String jabatanNama,
            LocalDate tmtPensiun) {}
}
