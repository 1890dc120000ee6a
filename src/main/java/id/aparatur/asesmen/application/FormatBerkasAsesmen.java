package id.aparatur.asesmen.application;

import java.util.List;

/**
 * The assessment file format, one row per (assessment, competency); rows with the same NIP, Tanggal, Sumber and Asesor
 * form one assessment. Shared by export and import.
 */
public final class FormatBerkasAsesmen {

    private FormatBerkasAsesmen() {}

    public static final String NIP = "NIP";
    public static final String TANGGAL = "Tanggal";
    public static final String SUMBER = "Sumber";
    public static final String ASESOR = "Asesor";
    public static final String KODE = "Kode Kompetensi";
    public static final String LEVEL = "Level";
    public static final String CATATAN = "Catatan";
    public static final String BUKTI = "Bukti";

    public static final List<String> KOLOM = List.of(NIP, TANGGAL, SUMBER, ASESOR, KODE, LEVEL, CATATAN, BUKTI);
}
