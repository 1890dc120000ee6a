package id.aparatur.pegawai.application;

import java.util.List;

/**
 * The pegawai file format, shared by export and import so that export → import is a lossless round trip. Header texts
 * are the contract; dates are {@code yyyy-MM-dd}, TMT CPNS {@code yyyy-MM}, Aktif {@code Ya}/{@code Tidak}.
 */
public final class FormatBerkasPegawai {

    private FormatBerkasPegawai() {}

    public static final String NIP = "NIP";
    public static final String NAMA = "Nama";
    public static final String GELAR_DEPAN = "Gelar Depan";
    public static final String GELAR_BELAKANG = "Gelar Belakang";
    public static final String TEMPAT_LAHIR = "Tempat Lahir";
    public static final String TANGGAL_LAHIR = "Tanggal Lahir";
    public static final String JENIS_KELAMIN = "Jenis Kelamin";
    public static final String TMT_CPNS = "TMT CPNS";
    public static final String STATUS = "Status Kepegawaian";
    public static final String NIK = "NIK";
    public static final String GOLONGAN = "Golongan";
    public static final String TMT_GOLONGAN = "TMT Golongan";
    public static final String KODE_JABATAN = "Kode Jabatan";
    public static final String TMT_JABATAN = "TMT Jabatan";
    public static final String NIP_ATASAN = "NIP Atasan";
    public static final String PENDIDIKAN = "Pendidikan Terakhir";
    public static final String JURUSAN = "Jurusan";
    public static final String TAHUN_LULUS = "Tahun Lulus";
    public static final String AGAMA = "Agama";
    public static final String STATUS_PERKAWINAN = "Status Perkawinan";
    public static final String DISABILITAS = "Disabilitas";
    public static final String AKTIF = "Aktif";
    public static final String ALASAN_NONAKTIF = "Alasan Nonaktif";

    /** Every column, in file order. */
    public static final List<String> KOLOM = List.of(
            NIP,
            NAMA,
            GELAR_DEPAN,
            GELAR_BELAKANG,
            TEMPAT_LAHIR,
            TANGGAL_LAHIR,
            JENIS_KELAMIN,
            TMT_CPNS,
            STATUS,
            NIK,
            GOLONGAN,
            TMT_GOLONGAN,
            KODE_JABATAN,
            TMT_JABATAN,
            NIP_ATASAN,
            PENDIDIKAN,
            JURUSAN,
            TAHUN_LULUS,
            AGAMA,
            STATUS_PERKAWINAN,
            DISABILITAS,
            AKTIF,
            ALASAN_NONAKTIF);

    /** Protected columns: exported only to BKD. */
    public static final List<String> TERLINDUNGI = List.of(NIK, AGAMA, STATUS_PERKAWINAN, DISABILITAS);
}
