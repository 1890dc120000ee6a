package id.aparatur.petajabatan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Kurang and lebih per position, and B at the end of each year when holders retire at the BUP. */
class PetaKebutuhanTests {

    @Test
    void kelebihanTidakMenutupKekuranganJabatanLain() {
        // Position 1: 1 of 3 (kurang 2); position 2: 4 of 2 (lebih 2). Net ± is 0, but 2 are missing and 2 too many.
        RekapKebutuhan r = RekapKebutuhan.jabatan(1, 3).tambah(RekapKebutuhan.jabatan(4, 2));
        assertThat(r).isEqualTo(new RekapKebutuhan(5, 5, 2, 2, 2));
        assertThat(r.selisih()).isZero();
        assertThat(RekapKebutuhan.KOSONG.tambah(RekapKebutuhan.jabatan(2, 2)))
                .isEqualTo(new RekapKebutuhan(2, 2, 0, 0, 1));
    }

    @Test
    void rekapYangTidakKonsistenDitolak() {
        assertThatThrownBy(() -> new RekapKebutuhan(5, 5, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RekapKebutuhan(-1, 0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pemangkuKeluarPadaTahunTmtPensiun() {
        List<Integer> tahun = List.of(2026, 2027, 2028);
        Map<Long, int[]> b = ProyeksiBezetting.hitung(
                Map.of(1L, 3, 2L, 1, 3L, 0),
                List.of(
                        new ProyeksiBezetting.Keluar(1L, LocalDate.of(2027, 3, 1)),
                        // TMT on 1 January 2028: still in service on 31 December 2027.
                        new ProyeksiBezetting.Keluar(1L, LocalDate.of(2028, 1, 1)),
                        // Overdue (TMT already passed, still active): gone by the end of the first year.
                        new ProyeksiBezetting.Keluar(2L, LocalDate.of(2025, 6, 1))),
                tahun);
        assertThat(b.get(1L)).containsExactly(3, 2, 1);
        assertThat(b.get(2L)).containsExactly(0, 0, 0);
        assertThat(b.get(3L)).containsExactly(0, 0, 0);
    }

    @Test
    void tahunHarusMenaik() {
        assertThatThrownBy(() -> ProyeksiBezetting.hitung(Map.of(), List.of(), List.of(2027, 2026)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bezettingTahunDihitungPada31DesemberAkhirTahunAnggaran() {
        assertThat(ProyeksiBezetting.akhirTahun(2027)).isEqualTo(LocalDate.of(2027, 12, 31));
        // Retiring on 1 January of the next year (TMT pensiun = first day out of service): still there on 31 December.
        Map<Long, int[]> b = ProyeksiBezetting.hitung(
                Map.of(1L, 2),
                List.of(
                        new ProyeksiBezetting.Keluar(1L, LocalDate.of(2028, 1, 1)),
                        new ProyeksiBezetting.Keluar(1L, LocalDate.of(2027, 12, 31))),
                List.of(2027, 2028));
        assertThat(b.get(1L)).containsExactly(1, 0);
    }
}
