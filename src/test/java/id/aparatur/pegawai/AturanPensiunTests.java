package id.aparatur.pegawai;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.pegawai.domain.AturanPensiun;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** BUP by jabatan fungsional before jenjang and jenis (UU 14/2005 for guru and dosen), at the month boundary. */
class AturanPensiunTests {

    static final AturanPensiun STANDAR = AturanPensiun.STANDAR;

    @Test
    void guruLahir1966PensiunUsia60BukanGuruUsia58() {
        LocalDate lahir = LocalDate.of(1966, 5, 20);
        int bupGuru = STANDAR.bup("FUNGSIONAL", "AHLI_MUDA", "GURU");
        int bupLain = STANDAR.bup("FUNGSIONAL", "AHLI_MUDA", null);
        assertThat(bupGuru).isEqualTo(60);
        assertThat(bupLain).isEqualTo(58);
        // TMT pensiun: the first day of the month after the month of the BUP birthday.
        assertThat(AturanPensiun.tmtPensiun(lahir, bupGuru)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(AturanPensiun.tmtPensiun(lahir, bupLain)).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void batasBulanLahirTanggalSatuDanAkhirBulan() {
        assertThat(AturanPensiun.tmtPensiun(LocalDate.of(1966, 1, 1), 60)).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(AturanPensiun.tmtPensiun(LocalDate.of(1966, 12, 31), 60)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(AturanPensiun.tmtPensiun(LocalDate.of(1966, 2, 28), 58)).isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void jfDenganUndangUndangSendiriMengalahkanJenjang() {
        // A guru ahli utama still retires at 60 (UU 14/2005), not at the 65 of JF ahli utama.
        assertThat(STANDAR.bup("FUNGSIONAL", "AHLI_UTAMA", "GURU")).isEqualTo(60);
        assertThat(STANDAR.bup("FUNGSIONAL", "AHLI_PERTAMA", "DOSEN")).isEqualTo(65);
        // A JF without a law of its own follows its jenjang.
        assertThat(STANDAR.bup("FUNGSIONAL", "AHLI_MADYA", "PERAWAT")).isEqualTo(60);
        assertThat(STANDAR.bup("FUNGSIONAL", "TERAMPIL", "PERAWAT")).isEqualTo(58);
        assertThat(STANDAR.bup("JPT_PRATAMA", null, null)).isEqualTo(60);
        assertThat(STANDAR.bup(null, null, null)).isEqualTo(58);
        assertThat(STANDAR.terendah()).isEqualTo(58);
    }

    @Test
    void bupPerJfDapatDiatur() {
        AturanPensiun a = new AturanPensiun(58, Map.of(), Map.of(), Map.of("PENGAWAS_SEKOLAH", 60));
        assertThat(a.bup("FUNGSIONAL", "AHLI_MUDA", "PENGAWAS_SEKOLAH")).isEqualTo(60);
        assertThat(a.bup("FUNGSIONAL", "AHLI_MUDA", "GURU")).isEqualTo(58);
    }
}
