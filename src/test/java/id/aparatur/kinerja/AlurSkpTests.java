package id.aparatur.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.kinerja.domain.AlurSkp;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AlurSkp.Boleh;
import id.aparatur.kinerja.domain.AlurSkp.BukanHaknya;
import id.aparatur.kinerja.domain.AlurSkp.Pihak;
import id.aparatur.kinerja.domain.AlurSkp.SalahStatus;
import id.aparatur.kinerja.domain.KaskadeRhk;
import id.aparatur.kinerja.domain.KaskadeRhk.RhkAtasan;
import id.aparatur.kinerja.domain.StatusSkp;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlurSkpTests {

    /** Every (status, step): the status it leads to, or absent when the step does not apply. */
    static final Map<StatusSkp, Map<Aksi, StatusSkp>> TRANSISI = Map.of(
            StatusSkp.DRAF,
                    Map.of(
                            Aksi.UBAH,
                            StatusSkp.DRAF,
                            Aksi.SETUJUI,
                            StatusSkp.DISETUJUI,
                            Aksi.KEMBALIKAN,
                            StatusSkp.DRAF,
                            Aksi.TETAPKAN_PENILAI,
                            StatusSkp.DRAF),
            StatusSkp.DISETUJUI,
                    Map.of(
                            Aksi.NILAI,
                            StatusSkp.DINILAI,
                            Aksi.REALISASI,
                            StatusSkp.DISETUJUI,
                            Aksi.UMPAN_BALIK,
                            StatusSkp.DISETUJUI,
                            Aksi.EVALUASI_PERIODIK,
                            StatusSkp.DISETUJUI,
                            Aksi.KEMBALIKAN,
                            StatusSkp.DRAF),
            StatusSkp.DINILAI,
                    Map.of(
                            Aksi.NILAI,
                            StatusSkp.DINILAI,
                            Aksi.FINALKAN,
                            StatusSkp.FINAL,
                            Aksi.UMPAN_BALIK,
                            StatusSkp.DINILAI,
                            Aksi.TINJAU,
                            StatusSkp.DINILAI),
            StatusSkp.FINAL, Map.of());

    /** Who may take each step (whatever the state). */
    static final Map<Aksi, Set<Pihak>> BERHAK = Map.of(
            Aksi.UBAH, Set.of(Pihak.PEMILIK, Pihak.BKD),
            Aksi.SETUJUI, Set.of(Pihak.PENILAI, Pihak.BKD),
            Aksi.KEMBALIKAN, Set.of(Pihak.PENILAI, Pihak.BKD),
            Aksi.NILAI, Set.of(Pihak.PENILAI, Pihak.BKD),
            Aksi.FINALKAN, Set.of(Pihak.PENILAI, Pihak.BKD),
            Aksi.EVALUASI_PERIODIK, Set.of(Pihak.PENILAI, Pihak.BKD),
            Aksi.REALISASI, Set.of(Pihak.PEMILIK),
            Aksi.UMPAN_BALIK, Set.of(Pihak.PENILAI, Pihak.PEMILIK),
            Aksi.TINJAU, Set.of(Pihak.ATASAN_PENILAI),
            Aksi.TETAPKAN_PENILAI, Set.of(Pihak.BKD));

    @Test
    void setiapTransisiDanSiapaYangBoleh() {
        for (StatusSkp s : StatusSkp.values()) {
            for (Aksi a : Aksi.values()) {
                StatusSkp tujuan = TRANSISI.get(s).get(a);
                for (Pihak p : Pihak.values()) {
                    AlurSkp.Hasil h = AlurSkp.periksa(s, a, Set.of(p));
                    if (tujuan == null) {
                        assertThat(h).as(s + " " + a + " " + p).isEqualTo(new SalahStatus(s, a));
                    } else if (BERHAK.get(a).contains(p)) {
                        assertThat(h).as(s + " " + a + " " + p).isEqualTo(new Boleh(tujuan));
                    } else {
                        assertThat(h).as(s + " " + a + " " + p).isEqualTo(new BukanHaknya(a));
                    }
                }
                if (tujuan != null) {
                    assertThat(AlurSkp.periksa(s, a, Set.of()))
                            .as(s + " " + a + " orang lain")
                            .isEqualTo(new BukanHaknya(a));
                    assertThat(AlurSkp.periksa(s, a, EnumSet.allOf(Pihak.class)))
                            .isEqualTo(new Boleh(tujuan));
                }
                assertThat(AlurSkp.berhak(a)).as("berhak " + a).isEqualTo(BERHAK.get(a));
            }
        }
    }

    @Test
    void langkahPribadiTidakDiambilBkdDanAtasanPenilaiHanyaMeninjau() {
        assertThat(AlurSkp.periksa(StatusSkp.DISETUJUI, Aksi.REALISASI, Set.of(Pihak.BKD)))
                .as("realisasi adalah klaim pegawai sendiri")
                .isEqualTo(new BukanHaknya(Aksi.REALISASI));
        assertThat(AlurSkp.periksa(StatusSkp.DINILAI, Aksi.TINJAU, Set.of(Pihak.PENILAI, Pihak.BKD)))
                .as("penilai tidak meninjau penilaiannya sendiri")
                .isEqualTo(new BukanHaknya(Aksi.TINJAU));
        assertThat(AlurSkp.periksa(StatusSkp.DINILAI, Aksi.NILAI, Set.of(Pihak.ATASAN_PENILAI)))
                .isEqualTo(new BukanHaknya(Aksi.NILAI));
        assertThat(AlurSkp.periksa(StatusSkp.DISETUJUI, Aksi.TINJAU, Set.of(Pihak.ATASAN_PENILAI)))
                .as("tinjauan setelah dinilai")
                .isInstanceOf(SalahStatus.class);
        assertThat(AlurSkp.periksa(StatusSkp.DINILAI, Aksi.REALISASI, Set.of(Pihak.PEMILIK)))
                .as("realisasi hanya selama disetujui")
                .isInstanceOf(SalahStatus.class);
        assertThat(AlurSkp.periksa(StatusSkp.DRAF, Aksi.UMPAN_BALIK, Set.of(Pihak.PENILAI)))
                .isInstanceOf(SalahStatus.class);
    }

    @Test
    void skpFinalTerkunciBahkanUntukBkd() {
        for (Aksi a : Aksi.values()) {
            assertThat(AlurSkp.periksa(StatusSkp.FINAL, a, EnumSet.allOf(Pihak.class)))
                    .isInstanceOf(SalahStatus.class);
        }
    }

    @Test
    void pemilikTidakMenyetujuiAtauMenilaiSkpSendiri() {
        assertThat(AlurSkp.periksa(StatusSkp.DRAF, Aksi.SETUJUI, Set.of(Pihak.PEMILIK)))
                .isEqualTo(new BukanHaknya(Aksi.SETUJUI));
        assertThat(AlurSkp.periksa(StatusSkp.DISETUJUI, Aksi.NILAI, Set.of(Pihak.PEMILIK)))
                .isEqualTo(new BukanHaknya(Aksi.NILAI));
        assertThat(AlurSkp.periksa(StatusSkp.DISETUJUI, Aksi.UBAH, Set.of(Pihak.PEMILIK)))
                .as("setelah disetujui RHK tidak diubah lagi")
                .isInstanceOf(SalahStatus.class);
    }

    static final String KASI = "198001012005011001";
    static final String KABID = "197501012000031002";
    static final String KADIS = "197001011995031003";
    static final String ORANG_LAIN = "198501012010012004";

    @Test
    void kaskadeHanyaKeRantaiAtasanPadaTahunYangSama() {
        List<String> rantai = List.of(KASI, KABID, KADIS);
        assertThat(KaskadeRhk.boleh(2026, rantai, new RhkAtasan(KASI, 2026)))
                .as("atasan langsung")
                .isTrue();
        assertThat(KaskadeRhk.boleh(2026, rantai, new RhkAtasan(KADIS, 2026)))
                .as("atasan di atasnya")
                .isTrue();
        assertThat(KaskadeRhk.boleh(2026, rantai, new RhkAtasan(KASI + " ", 2026)))
                .as("char(18) berspasi")
                .isTrue();
        assertThat(KaskadeRhk.boleh(2026, rantai, new RhkAtasan(ORANG_LAIN, 2026)))
                .as("di luar rantai")
                .isFalse();
        assertThat(KaskadeRhk.boleh(2026, rantai, new RhkAtasan(KASI, 2025)))
                .as("tahun lain")
                .isFalse();
        assertThat(KaskadeRhk.boleh(2026, List.of(), new RhkAtasan(KASI, 2026)))
                .as("tanpa atasan")
                .isFalse();
    }
}
