package id.aparatur.benchmark.penempatan;

import static org.assertj.core.api.Assertions.assertThat;

import id.aparatur.benchmark.penempatan.GeneratorInstans.InstansUji;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.shared.Nip;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GeneratorInstansTests {

    @Test
    void seedYangSamaMenghasilkanMasalahDanJsonYangSama() {
        InstansUji a = GeneratorInstans.realistis(7, 3000);
        InstansUji b = GeneratorInstans.realistis(7, 3000);
        assertThat(a.masalah()).isEqualTo(b.masalah());
        assertThat(a.json()).isEqualTo(b.json());
        assertThat(GeneratorInstans.gaphard(7, 800).json())
                .isEqualTo(GeneratorInstans.gaphard(7, 800).json());
    }

    @Test
    void seedLainMenghasilkanInstansLain() {
        assertThat(GeneratorInstans.realistis(8, 3000).json())
                .isNotEqualTo(GeneratorInstans.realistis(7, 3000).json());
    }

    @Test
    void ukuranTepatDanKursiSekitarJumlahPegawai() {
        for (int n : List.of(3000, 10000)) {
            InstansUji ins = GeneratorInstans.realistis(20261128, n);
            assertThat(ins.masalah().pegawai()).hasSize(n);
            assertThat(ins.jumlahKursi()).isBetween((int) Math.floor(0.95 * n), (int) Math.ceil(1.05 * n));
            assertThat(ins.nama()).isEqualTo("penempatan-realistis-" + n);
        }
        InstansUji g = GeneratorInstans.gaphard(1, 1000);
        assertThat(g.masalah().pegawai()).hasSize(1000);
        assertThat(g.masalah().jabatan()).hasSize(250).allMatch(j -> j.kuota() == 4);
    }

    @Test
    void instansDiterimaMesinDanNipSah() {
        for (InstansUji ins : List.of(
                GeneratorInstans.realistis(3, 3000),
                GeneratorInstans.realistis(20261128, 10000),
                GeneratorInstans.gaphard(3, 1000))) {
            Instans in = Instans.kompilasi(ins.masalah());
            assertThat(in.jumlahPegawai()).isEqualTo(ins.masalah().pegawai().size());
            for (PegawaiMasukan p : ins.masalah().pegawai()) {
                assertThat(Nip.periksa(p.nip())).as(p.nip()).isEmpty();
            }
        }
    }

    /** The realism the brief asks for: mix of jenjang, shared tipe, SKJ shape, levels near the requirement, interests. */
    @Test
    void bentukInstansRealistis() {
        InstansUji ins = GeneratorInstans.realistis(20261128, 10000);
        List<JabatanMasukan> js = ins.masalah().jabatan();
        List<PegawaiMasukan> ps = ins.masalah().pegawai();
        int n = ps.size();

        Map<String, Integer> perJenjang = new HashMap<>();
        ps.forEach(p -> perJenjang.merge(p.jenjang(), 1, Integer::sum));
        int jf = n
                - perJenjang.getOrDefault("PELAKSANA", 0)
                - perJenjang.getOrDefault("PENGAWAS", 0)
                - perJenjang.getOrDefault("ADMINISTRATOR", 0)
                - perJenjang.getOrDefault("JPT_PRATAMA", 0);
        assertThat(jf).as("JF (guru, nakes, …)").isBetween(55 * n / 100, 72 * n / 100);
        assertThat(perJenjang.get("PELAKSANA")).isBetween(18 * n / 100, 35 * n / 100);
        assertThat(perJenjang.get("PENGAWAS")).isBetween(4 * n / 100, 8 * n / 100);
        assertThat(perJenjang.get("ADMINISTRATOR")).isBetween(n / 100, 3 * n / 100);
        assertThat(perJenjang.get("JPT_PRATAMA")).isBetween(20, 60);

        assertThat(js).allMatch(j -> j.kuota() >= 1 && j.kuota() <= 5);
        assertThat(js)
                .allMatch(j -> j.standarKompetensi().size() >= 6
                        && j.standarKompetensi().size() <= 12);
        assertThat(js)
                .allMatch(j -> j.standarKompetensi().stream()
                        .allMatch(s -> s.bobot() >= 1 && s.bobot() <= 3 && s.level() >= 1 && s.level() <= 5));
        Set<List<Object>> tipe = new HashSet<>();
        js.forEach(j -> tipe.add(List.of(j.jenjang(), j.kelas(), j.rumpun(), j.standarKompetensi())));
        assertThat(tipe.size()).as("distinct (jenjang, kelas, rumpun, SKJ)").isLessThan(js.size() / 4);

        Map<String, JabatanMasukan> perId = new HashMap<>();
        js.forEach(j -> perId.put(j.id(), j));
        Map<String, Integer> pemegang = new HashMap<>();
        long nol = 0;
        long baris = 0;
        int berminat = 0;
        for (PegawaiMasukan p : ps) {
            JabatanMasukan j = perId.get(p.jabatanSaatIni());
            assertThat(j).as(p.nip()).isNotNull();
            assertThat(p.jenjang()).isEqualTo(j.jenjang());
            assertThat(Math.abs(p.kelas() - j.kelas())).isLessThanOrEqualTo(1);
            pemegang.merge(j.id(), 1, Integer::sum);
            for (Syarat s : j.standarKompetensi()) {
                baris++;
                if (p.kompetensi().getOrDefault(s.kode(), 0) >= s.level()) {
                    nol++;
                }
            }
            if (!p.minatRumpun().isEmpty()) {
                berminat++;
                assertThat(p.minatRumpun()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
            }
        }
        assertThat((double) nol / baris)
                .as("SKJ lines met in the current position")
                .isBetween(0.65, 0.85);
        assertThat(berminat).isBetween(55 * n / 100, 65 * n / 100);
        long kosong = js.stream()
                .filter(j -> pemegang.getOrDefault(j.id(), 0) < j.kuota())
                .count();
        long lebih = js.stream()
                .filter(j -> pemegang.getOrDefault(j.id(), 0) > j.kuota())
                .count();
        assertThat(kosong).as("positions with a vacancy").isPositive();
        assertThat(lebih).as("over-filled positions").isPositive();
    }
}
