package id.aparatur.aturan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.aturan.StatusVersi;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rules of a rule table's versions: dated, superseded, never edited; approval and rejection by the PPK. */
class AturanTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final LocalDate HARI_INI = LocalDate.of(2026, 12, 8);
    static final OffsetDateTime PADA = OffsetDateTime.of(2026, 12, 8, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    static JsonNode nilai(int n) {
        return JSON.createObjectNode().put("n", n);
    }

    static Aturan aturanDenganAwal() {
        return Aturan.pulihkan(
                "UJI",
                false,
                List.of(Aturan.versiAwal(LocalDate.of(2020, 1, 1), "PermenPANRB 1/2020", null, nilai(1), false, PADA)));
    }

    static UsulanVersi usulan(LocalDate mulai) {
        return new UsulanVersi(mulai, "Perkada 1/2027 Pasal 2", "catatan", nilai(2), false);
    }

    static Aturan dengan(Aturan a, Versi v) {
        List<Versi> semua = new ArrayList<>(a.daftarVersi());
        semua.removeIf(x -> x.nomor() == v.nomor());
        semua.add(v);
        return Aturan.pulihkan(a.kode(), a.dikelolaPemilik(), semua);
    }

    @Test
    void usulanDiberiNomorBerikutDanBelumBerlaku() {
        Aturan a = aturanDenganAwal();
        Versi v = a.usulkan(usulan(HARI_INI.plusDays(1)), List.of(), HARI_INI, "bkd", PADA);
        assertThat(v.nomor()).isEqualTo(2);
        assertThat(v.status()).isEqualTo(StatusVersi.DIUSULKAN);
        Aturan b = dengan(a, v);
        assertThat(b.berlakuPada(HARI_INI.plusDays(5)).orElseThrow().nomor()).isEqualTo(1);
    }

    @Test
    void berlakuMulaiHariIniAtauLampauDitolak() {
        Aturan a = aturanDenganAwal();
        assertThatThrownBy(() -> a.usulkan(usulan(HARI_INI), List.of(), HARI_INI, "bkd", PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .containsExactly(
                                        new Galat("berlakuMulai", "aturan.berlaku-mulai.harus-setelah-hari-ini")));
        assertThatThrownBy(() -> a.usulkan(usulan(LocalDate.of(2019, 1, 1)), List.of(), HARI_INI, "bkd", PADA))
                .isInstanceOf(ValidasiException.class);
    }

    @Test
    void setiapIsianSalahDisebutSekaligus() {
        Aturan a = aturanDenganAwal();
        var salah = new UsulanVersi(null, " ", "x".repeat(Aturan.CATATAN_MAKS + 1), nilai(3), false);
        assertThatThrownBy(() -> a.usulkan(
                        salah, List.of(new Galat("nilai.pita[0].batasBawah", "pesan")), HARI_INI, "bkd", PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(Galat::field)
                                .containsExactly("berlakuMulai", "dasarHukum", "catatan", "nilai.pita[0].batasBawah"));
        assertThatThrownBy(() -> a.usulkan(
                        new UsulanVersi(HARI_INI.plusDays(3), "Dasar", null, null, false),
                        List.of(),
                        HARI_INI,
                        "bkd",
                        PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat()).containsExactly(new Galat("nilai", "aturan.nilai.wajib")));
    }

    @Test
    void disetujuiBerlakuDariTanggalnyaDanMenutupVersiSebelumnya() {
        Aturan a = aturanDenganAwal();
        LocalDate mulai = HARI_INI.plusDays(10);
        Versi usul = a.usulkan(usulan(mulai), List.of(), HARI_INI, "bkd", PADA);
        Aturan b = dengan(a, usul);
        Versi setuju = b.setujui(2, 0, HARI_INI, "ppk", PADA);
        assertThat(setuju.status()).isEqualTo(StatusVersi.DISETUJUI);
        assertThat(setuju.diputusOleh()).isEqualTo("ppk");
        Aturan c = dengan(b, setuju);
        assertThat(c.berlakuPada(mulai.minusDays(1)).orElseThrow().nomor()).isEqualTo(1);
        assertThat(c.berlakuPada(mulai).orElseThrow().nomor()).isEqualTo(2);
        assertThat(c.berlakuSampai(c.daftarVersi().get(0))).isEqualTo(mulai.minusDays(1));
        assertThat(c.berlakuSampai(c.daftarVersi().get(1))).isNull();
        // before the first version: the first version (the shipped default) applies
        assertThat(c.berlakuPada(LocalDate.of(2000, 1, 1)).orElseThrow().nomor())
                .isEqualTo(1);
    }

    @Test
    void versiBaruHarusSetelahVersiDisetujuiTerakhir() {
        Aturan a = aturanDenganAwal();
        LocalDate mulai = HARI_INI.plusDays(10);
        Aturan b = dengan(a, a.usulkan(usulan(mulai), List.of(), HARI_INI, "bkd", PADA));
        Aturan c = dengan(b, b.setujui(2, 0, HARI_INI, "ppk", PADA));
        assertThatThrownBy(() -> c.usulkan(usulan(mulai), List.of(), HARI_INI, "bkd", PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .containsExactly(new Galat(
                                        "berlakuMulai", "aturan.berlaku-mulai.harus-setelah-versi-disetujui")));
        assertThat(c.usulkan(usulan(mulai.plusDays(1)), List.of(), HARI_INI, "bkd", PADA)
                        .nomor())
                .isEqualTo(3);
    }

    @Test
    void versiYangSudahDiputusTidakDapatDiputusLagi() {
        Aturan a = aturanDenganAwal();
        Aturan b = dengan(a, a.usulkan(usulan(HARI_INI.plusDays(3)), List.of(), HARI_INI, "bkd", PADA));
        Aturan c = dengan(b, b.tolak(2, 0, "Belum ada Perkada", "ppk", PADA));
        assertThatThrownBy(() -> c.setujui(2, 0, HARI_INI, "ppk", PADA))
                .isInstanceOfSatisfying(
                        KonflikException.class, e -> assertThat(e.kodePesan()).isEqualTo("aturan.versi.sudah-diputus"));
        assertThatThrownBy(() -> c.setujui(1, 0, HARI_INI, "ppk", PADA)).isInstanceOf(KonflikException.class);
    }

    @Test
    void versiUsangDijawabKonflik() {
        Aturan a = aturanDenganAwal();
        Aturan b = dengan(a, a.usulkan(usulan(HARI_INI.plusDays(3)), List.of(), HARI_INI, "bkd", PADA));
        assertThatThrownBy(() -> b.setujui(2, 7, HARI_INI, "ppk", PADA))
                .isInstanceOfSatisfying(
                        KonflikException.class, e -> assertThat(e.kodePesan()).isEqualTo("aturan.versi.usang"));
    }

    @Test
    void usulanYangTanggalnyaLewatTidakDapatDisetujui() {
        Aturan a = aturanDenganAwal();
        Aturan b = dengan(a, a.usulkan(usulan(HARI_INI.plusDays(3)), List.of(), HARI_INI, "bkd", PADA));
        assertThatThrownBy(() -> b.setujui(2, 0, HARI_INI.plusDays(3), "ppk", PADA))
                .isInstanceOfSatisfying(
                        KonflikException.class,
                        e -> assertThat(e.kodePesan()).isEqualTo("aturan.setujui.tanggal-lewat"));
    }

    @Test
    void penolakanButuhAlasan() {
        Aturan a = aturanDenganAwal();
        Aturan b = dengan(a, a.usulkan(usulan(HARI_INI.plusDays(3)), List.of(), HARI_INI, "bkd", PADA));
        assertThatThrownBy(() -> b.tolak(2, 0, "  ", "ppk", PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat()).containsExactly(new Galat("alasan", "aturan.alasan.wajib")));
        Versi t = b.tolak(2, 0, "Belum ada Perkada", "ppk", PADA);
        assertThat(t.status()).isEqualTo(StatusVersi.DITOLAK);
        assertThat(dengan(b, t).berlakuSampai(t)).isNull();
    }

    @Test
    void tabelYangDikelolaPemilikTidakMenerimaUsulan() {
        Aturan a = Aturan.pulihkan("WKE", true, List.of());
        assertThatThrownBy(() -> a.usulkan(usulan(HARI_INI.plusDays(3)), List.of(), HARI_INI, "bkd", PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat()).containsExactly(new Galat("kode", "aturan.dikelola-pemilik")));
    }

    @Test
    void perbandinganMenyebutSetiapKunciYangBerubah() {
        JsonNode lama = JSON.readTree("{\"pita\":[{\"k\":\"A\",\"b\":90},{\"k\":\"B\",\"b\":78}],\"x\":1}");
        JsonNode baru = JSON.readTree("{\"pita\":[{\"k\":\"A\",\"b\":85.0},{\"k\":\"B\",\"b\":78}],\"y\":true}");
        assertThat(PerbandinganNilai.bandingkan(lama, baru))
                .containsExactly(
                        new PerbandinganNilai.Perbedaan("pita[0].b", "90", "85"),
                        new PerbandinganNilai.Perbedaan("x", "1", null),
                        new PerbandinganNilai.Perbedaan("y", null, "true"));
    }
}
