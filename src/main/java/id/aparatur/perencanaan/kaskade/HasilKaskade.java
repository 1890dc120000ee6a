package id.aparatur.perencanaan.kaskade;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The cascade's result.
 *
 * @param promosi every promotion, in the order of the steps
 * @param rantai one chain per original vacancy (below JPT): vacancy → who fills it → whose seat opens → …
 * @param surplus employees above K in their position after the cascade, with the redistribution proposal (or none)
 * @param formasi the entry-level vacancies left: the CPNS/PPPK formation per position
 * @param seleksiTerbuka JPT vacancies: filled by open selection, with the internal people who meet its gates
 * @param tanpaCalon vacancies above the entry level that nobody eligible could fill
 * @param langkah the optimisation steps (one per level and kelas), each solved optimally with a checked certificate
 */
public record HasilKaskade(
        List<Promosi> promosi,
        List<Rantai> rantai,
        List<Surplus> surplus,
        List<Formasi> formasi,
        List<LowonganSeleksiTerbuka> seleksiTerbuka,
        List<LowonganTanpaCalon> tanpaCalon,
        List<Langkah> langkah,
        Ringkasan ringkasan) {

    /**
     * One promotion.
     *
     * @param langkah number of the step that made it
     * @param biaya the cost in that step's assignment: {@code kesenjangan + kinerja}
     * @param kesenjangan Σ weight × max(0, required − current) over the target SKJ
     * @param kinerja the performance term (bobotKinerja × steps below SANGAT_BAIK)
     * @param membukaKursi whether leaving opened a seat (false when the old position was over-filled)
     * @param rantaiId the chain this promotion belongs to
     */
    public record Promosi(
            int langkah,
            String nip,
            long dariJabatanId,
            long keJabatanId,
            String dariTingkat,
            String keTingkat,
            long biaya,
            long kesenjangan,
            long kinerja,
            int bulanDiTingkat,
            boolean membukaKursi,
            long rantaiId) {}

    /** How a chain ends. */
    public enum AkhirRantai {
        /** The last opened seat is at an entry level and stays vacant: it is in the formation. */
        FORMASI,
        /** The last opened seat is above the entry level and nobody eligible could fill it. */
        TANPA_CALON,
        /** The last opened seat was filled by a surplus employee from another position of the same level. */
        DIISI_REDISTRIBUSI,
        /** The last promoted person came from an over-filled position, so no seat opened. */
        TANPA_KURSI_TERBUKA
    }

    /** One link: {@code nip} leaves {@code asalJabatanId} to fill {@code jabatanId}. */
    public record MataRantai(long jabatanId, String nip, long asalJabatanId) {}

    /**
     * A vacancy chain.
     *
     * @param jabatanAwalId the original vacancy
     * @param mata the promotions, top-down
     * @param jabatanAkhirId the seat where the chain ends (the last opened seat, or the original vacancy)
     * @param nipRedistribusi the surplus employee who filled the end seat, for {@link AkhirRantai#DIISI_REDISTRIBUSI}
     */
    public record Rantai(
            long id,
            long jabatanAwalId,
            List<MataRantai> mata,
            AkhirRantai akhir,
            long jabatanAkhirId,
            @Nullable String nipRedistribusi) {}

    /**
     * An employee above K in their position.
     *
     * @param jabatanUsulanId the proposed position (same level and rumpun, a vacancy after the cascade) or null when
     *     no such vacancy is left
     */
    public record Surplus(
            String nip, long jabatanId, @Nullable Long jabatanUsulanId, long biaya) {}

    /** Entry-level vacancies of one position left after the cascade and the redistribution. */
    public record Formasi(long jabatanId, String tingkat, int jumlah) {}

    /** JPT vacancies of one position and the NIPs of internal employees who pass the JPT gates (same rumpun). */
    public record LowonganSeleksiTerbuka(long jabatanId, String tingkat, int jumlah, List<String> calonInternal) {}

    /**
     * Vacancies above the entry level left unfilled, with why the people of the feeder levels in the same rumpun were
     * not eligible (gate → how many failed it first).
     */
    public record LowonganTanpaCalon(
            long jabatanId, String tingkat, int jumlah, int calonDiperiksa, Map<Gerbang, Integer> gagal) {

        public LowonganTanpaCalon {
            gagal = Map.copyOf(gagal);
        }
    }

    /** One optimisation step: all vacancies of one level and kelas, every rumpun at once. */
    public record Langkah(
            int nomor,
            String tingkat,
            int kelas,
            int lowongan,
            int calon,
            int terisi,
            long totalBiaya,
            boolean sertifikatSah,
            long milidetik) {}

    /**
     * Totals. Invariant: {@code lowonganAwal + kursiTerbuka = promosi + terisiRedistribusi + formasi + tanpaCalon +
     * seleksiTerbuka}.
     */
    public record Ringkasan(
            int lowonganAwal,
            int kursiTerbuka,
            int promosi,
            int terisiRedistribusi,
            int formasi,
            int tanpaCalon,
            int seleksiTerbuka,
            int surplusAwal,
            int surplusDiusulkan,
            int langkah,
            boolean semuaSertifikatSah,
            long milidetik) {}
}
