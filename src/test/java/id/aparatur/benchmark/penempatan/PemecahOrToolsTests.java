package id.aparatur.benchmark.penempatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.benchmark.penempatan.PemecahOrTools.Hasil;
import id.aparatur.benchmark.penempatan.PemecahOrTools.Model;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.Syarat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PemecahOrToolsTests {

    /**
     * Two positions of one tipe (same SKJ) and one other, three employees, one seat too few: checked by hand. A
     * (M.01 = 1) and B (M.01 = 3) both hold J1 (kuota 1); C (M.01 = 2) holds J3. J2 is J1's twin. Gaps on J1/J2
     * (M.01 level 3, weight 2): A 4, B 0, C 2; on J3 (M.01 level 2, weight 1): A 1, B 0, C 0. Optimum: B stays on J1
     * (0), C stays on J3 (0), A moves to J2 (4 + pindah 1) = 5; nobody unplaced.
     */
    @Test
    void contohKecilDihitungTangan() {
        List<Syarat> skj12 = List.of(new Syarat("M.01", 3, 2));
        Masalah m = new Masalah(
                Bobot.BAKU,
                List.of(
                        new JabatanMasukan("J1", "PELAKSANA", 7, "KEU", 1, skj12),
                        new JabatanMasukan("J2", "PELAKSANA", 7, "KEU", 1, skj12),
                        new JabatanMasukan("J3", "PELAKSANA", 7, "KEU", 1, List.of(new Syarat("M.01", 2, 1)))),
                List.of(
                        new PegawaiMasukan("198001012005011001", "PELAKSANA", 7, "J1", List.of(), Map.of("M.01", 1)),
                        new PegawaiMasukan("198001012005011002", "PELAKSANA", 7, "J1", List.of(), Map.of("M.01", 3)),
                        new PegawaiMasukan("198001012005011003", "PELAKSANA", 7, "J3", List.of(), Map.of("M.01", 2))));
        Instans in = Instans.kompilasi(m);
        for (Model model : Model.values()) {
            Hasil h = PemecahOrTools.selesaikan(in, model, 1_000_000);
            assertThat(h.status()).isEqualTo("OPTIMAL");
            assertThat(h.totalBiaya()).as(model.name()).isEqualTo(5);
            assertThat(h.totalBiayaDihitungUlang()).isEqualTo(5);
            assertThat(h.ditempatkan()).isEqualTo(3);
        }
    }

    /** The tipe network is exact: same optimum as the plain all-pairs network; the candidate restriction is never below. */
    @Test
    void jaringanTipeSamaDenganJaringanPenuh() {
        for (var ins : List.of(GeneratorInstans.realistis(11, 600), GeneratorInstans.gaphard(11, 400))) {
            Instans in = Instans.kompilasi(ins.masalah());
            Hasil penuh = PemecahOrTools.selesaikan(in, Model.PENUH, 10_000_000);
            Hasil tipe = PemecahOrTools.selesaikan(in, Model.TIPE, 10_000_000);
            Hasil kandidat = PemecahOrTools.selesaikan(in, Model.KANDIDAT, 10_000_000);
            assertThat(penuh.status()).isEqualTo("OPTIMAL");
            assertThat(tipe.totalBiaya()).as(ins.nama()).isEqualTo(penuh.totalBiaya());
            assertThat(tipe.totalBiayaDihitungUlang()).isEqualTo(tipe.totalBiaya());
            assertThat(penuh.totalBiayaDihitungUlang()).isEqualTo(penuh.totalBiaya());
            assertThat(kandidat.totalBiaya()).isGreaterThanOrEqualTo(penuh.totalBiaya());
            if (ins.keluarga() == GeneratorInstans.Keluarga.REALISTIS) { // gaphard: every position its own tipe
                assertThat(tipe.busur()).isLessThan(penuh.busur() / 2);
            }
        }
    }

    @Test
    void jaringanPenuhDitolakDiAtasBatas() {
        Instans in = Instans.kompilasi(GeneratorInstans.realistis(11, 600).masalah());
        Hasil h = PemecahOrTools.selesaikan(in, Model.PENUH, 1000);
        assertThat(h.status()).startsWith("TIDAK_MUAT");
        assertThat(h.busur()).isEqualTo(PemecahOrTools.busurPenuh(in)).isGreaterThan(1000);
        Hasil k = PemecahOrTools.selesaikan(in, Model.KANDIDAT, 1000);
        assertThat(k.status()).startsWith("TIDAK_MUAT");
        assertThat(k.busur()).isEqualTo(PemecahOrTools.busurKandidat(in)).isBetween(1001L, h.busur());
    }
}
