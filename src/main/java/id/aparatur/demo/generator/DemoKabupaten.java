package id.aparatur.demo.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The generated "Kabupaten Contoh": an immutable graph with ids assigned by the generator (starting at 1 per table).
 * Same seed, size and {@link Referensi} give an equal value.
 */
public record DemoKabupaten(
        Pemda pemda,
        List<Misi> misi,
        List<TujuanPemda> tujuanPemda,
        List<SasaranPemda> sasaranPemda,
        List<Opd> opd,
        List<TujuanOpd> tujuanOpd,
        List<SasaranOpd> sasaranOpd,
        List<Unit> unit,
        List<Jabatan> jabatan,
        List<Pegawai> pegawai,
        List<Riwayat> riwayat,
        List<MinatRumpun> minatRumpun,
        List<MinatJabatan> minatJabatan,
        List<Asesmen> asesmen,
        List<AkunDemo> akun) {

    /** The password of every demo account. */
    public static final String PASSWORD_DEMO = "aparatur-demo";

    /** Upper bound of {@code jumlahPegawai}. */
    public static final int PEGAWAI_MAKSIMAL = 60_000;

    /** Lower bound of {@code jumlahPegawai}: below it the ~35 OPD cannot all be staffed. */
    public static final int PEGAWAI_MINIMAL = 300;

    /**
     * The fixed "today" of the generated data: every date (TMT, riwayat, asesmen) lies on or before it, statuses
     * (CPNS within the first year, masa kerja, umur) are computed against it. Chosen to match the generator's fixed
     * ranges (TMT CPNS up to 2024, births so that nobody has reached the BUP), so it never depends on the clock.
     */
    public static final LocalDate TANGGAL_ACUAN = LocalDate.of(2025, 7, 1);

    public DemoKabupaten {
        misi = List.copyOf(misi);
        tujuanPemda = List.copyOf(tujuanPemda);
        sasaranPemda = List.copyOf(sasaranPemda);
        opd = List.copyOf(opd);
        tujuanOpd = List.copyOf(tujuanOpd);
        sasaranOpd = List.copyOf(sasaranOpd);
        unit = List.copyOf(unit);
        jabatan = List.copyOf(jabatan);
        pegawai = List.copyOf(pegawai);
        riwayat = List.copyOf(riwayat);
        minatRumpun = List.copyOf(minatRumpun);
        minatJabatan = List.copyOf(minatJabatan);
        asesmen = List.copyOf(asesmen);
        akun = List.copyOf(akun);
    }

    /**
     * Generates the Kabupaten. Pegawai are listed so that every atasan comes before its bawahan.
     *
     * @param seed the random seed
     * @param jumlahPegawai the number of pegawai to seat, {@value #PEGAWAI_MINIMAL}..{@value #PEGAWAI_MAKSIMAL}
     * @param ref competency codes and default levels from the kamus kompetensi
     */
    public static DemoKabupaten buat(long seed, int jumlahPegawai, Referensi ref) {
        if (jumlahPegawai < PEGAWAI_MINIMAL || jumlahPegawai > PEGAWAI_MAKSIMAL) {
            throw new IllegalArgumentException("Jumlah pegawai demo harus antara " + PEGAWAI_MINIMAL + " dan "
                    + PEGAWAI_MAKSIMAL + ", diminta " + jumlahPegawai);
        }
        return new Pembangun(seed, jumlahPegawai, ref).bangun();
    }
}
