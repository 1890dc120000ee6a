package id.aparatur.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TahunAnggaranTests {

    @Test
    void tahunAnggaranSatuJanuariSampaiTigaPuluhSatuDesember() {
        assertThat(TahunAnggaran.awal(2027)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(TahunAnggaran.akhir(2027)).isEqualTo(LocalDate.of(2027, 12, 31));
        // A leap year ends on 31 December as well, one day after 30 December.
        assertThat(TahunAnggaran.akhir(2028).getDayOfYear()).isEqualTo(366);
        assertThat(TahunAnggaran.akhir(2027).plusDays(1)).isEqualTo(TahunAnggaran.awal(2028));
    }
}
