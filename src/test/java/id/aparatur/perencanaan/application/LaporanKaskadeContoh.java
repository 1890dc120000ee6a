package id.aparatur.perencanaan.application;

import id.aparatur.aturan.AturanDipakai;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.CalonKaskade;
import id.aparatur.perencanaan.kaskade.CalonUji;
import id.aparatur.perencanaan.kaskade.Gerbang;
import id.aparatur.perencanaan.kaskade.HasilKaskade;
import id.aparatur.perencanaan.kaskade.MasalahKaskade;
import id.aparatur.perencanaan.kaskade.PosisiKaskade;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A small cascade run written by hand — Ani (pelaksana) promoted to Kepala Seksi A, her seat the formation, a
 * pengawas vacancy without candidate, Budi retiring — and the report the application builds from it. For the report
 * tests and the page slices.
 */
public final class LaporanKaskadeContoh {

    public static final String NIP_ANI = "199001012015012001";
    static final PosisiKaskade PENGAWAS = new PosisiKaskade(
            10, 1, 100, "PENGAWAS", 9, "ADM", 1, "S1", null, List.of(new Syarat("M1", 3, 13), new Syarat("M2", 2, 5)));
    static final PosisiKaskade PELAKSANA =
            new PosisiKaskade(20, 1, 101, "PELAKSANA", 7, "ADM", 2, "D3", null, List.of());
    static final CalonKaskade ANI =
            CalonUji.calon(NIP_ANI, 20L, true, "S1", "III/c", 60, false, null, Map.of("M1", 2, "M2", 4));

    private LaporanKaskadeContoh() {}

    static KaskadeSnapshot snapshot() {
        return new KaskadeSnapshot(
                new MasalahKaskade(List.of(PENGAWAS, PELAKSANA), List.of(ANI), AturanKaskade.STANDAR),
                LocalDate.of(2026, 11, 28),
                null,
                2031,
                Map.of(
                        10L,
                        new KaskadeSnapshot.Jabatan(
                                10,
                                "Kepala Seksi A",
                                "PENGAWAS",
                                9,
                                "ADM",
                                100,
                                "Seksi A",
                                1,
                                "Dinas X",
                                "S-1/D-IV",
                                null),
                        20L,
                        new KaskadeSnapshot.Jabatan(
                                20,
                                "Pengadministrasi",
                                "PELAKSANA",
                                7,
                                "ADM",
                                101,
                                "Seksi B",
                                1,
                                "Dinas X",
                                "D-III/S-1",
                                null)),
                Map.of(NIP_ANI, "Ani"),
                List.of(new KaskadeSnapshot.Pensiun("196601011990011001", "Budi", 10L, LocalDate.of(2027, 2, 1))),
                5,
                LocalDate.of(2031, 4, 1),
                List.of(new AturanDipakai("GERBANG_KASKADE", 1, LocalDate.of(2020, 2, 28))));
    }

    static HasilKaskade hasil() {
        return new HasilKaskade(
                List.of(new HasilKaskade.Promosi(1, NIP_ANI, 20, 10, "PELAKSANA", "PENGAWAS", 13, 13, 0, 60, true, 1)),
                List.of(new HasilKaskade.Rantai(
                        1,
                        10,
                        List.of(new HasilKaskade.MataRantai(10, NIP_ANI, 20)),
                        HasilKaskade.AkhirRantai.FORMASI,
                        20,
                        null)),
                List.of(),
                List.of(new HasilKaskade.Formasi(20, "PELAKSANA", 1)),
                List.of(),
                List.of(new HasilKaskade.LowonganTanpaCalon(10, "PENGAWAS", 1, 3, Map.of(Gerbang.MASA, 2))),
                List.of(),
                new HasilKaskade.Ringkasan(1, 1, 1, 0, 1, 0, 0, 0, 0, 1, true, 3));
    }

    /** The stored run {@code id}, as the service answers it. */
    public static KaskadeLaporan laporan(long id) {
        KaskadeLaporan l = KaskadePelapor.susun(snapshot(), hasil(), 7);
        return l.dengan(id, "bkd", OffsetDateTime.of(2026, 11, 28, 8, 0, 0, 0, ZoneOffset.ofHours(7)), l.statistik());
    }
}
