package id.aparatur.pegawai.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AturanAtasanLangsungTests {

    static final String SAYA = "199001012015011001";
    static final String KABID = "198001012005011001";
    static final String KABID_LAIN = "197901012005011001";
    static final String KADIS = "197001011995011001";

    static final long JAB_SAYA = 10;
    static final long JAB_KASI = 11;
    static final long JAB_KABID = 12;
    static final long JAB_KADIS = 13;

    private static Collection<String> pemegang(long jabatan) {
        return switch ((int) jabatan) {
            case 11 -> List.of();
            case 12 -> List.of(KABID, KABID_LAIN);
            case 13 -> List.of(KADIS);
            case 10 -> List.of(SAYA);
            default -> List.of();
        };
    }

    @Test
    void atasanAdalahPemegangKepalaUnitTerdekatYangTerisi() {
        // Seksi (head position vacant) → bidang (two holders: the lowest NIP) → dinas.
        assertThat(AturanAtasanLangsung.menurutStruktur(
                        SAYA, JAB_SAYA, List.of(JAB_KASI, JAB_KABID, JAB_KADIS), AturanAtasanLangsungTests::pemegang))
                .contains(KABID_LAIN);
    }

    @Test
    void unitTanpaJabatanKepalaDilewati() {
        assertThat(AturanAtasanLangsung.menurutStruktur(
                        SAYA, JAB_SAYA, Arrays.asList(null, null, JAB_KADIS), AturanAtasanLangsungTests::pemegang))
                .contains(KADIS);
    }

    @Test
    void kepalaUnitSendiriMelaporKeKepalaUnitInduk() {
        // The head of the bidang holds the bidang's head position: their atasan is the head of the dinas.
        assertThat(AturanAtasanLangsung.menurutStruktur(
                        KABID, JAB_KABID, List.of(JAB_KABID, JAB_KADIS), AturanAtasanLangsungTests::pemegang))
                .contains(KADIS);
    }

    @Test
    void pegawaiTidakPernahMenjadiAtasanDirinya() {
        assertThat(AturanAtasanLangsung.menurutStruktur(
                        KADIS, JAB_SAYA, List.of(JAB_KADIS), AturanAtasanLangsungTests::pemegang))
                .isEmpty();
    }

    @Test
    void tanpaKepalaYangTerisiTidakAdaAtasan() {
        assertThat(AturanAtasanLangsung.menurutStruktur(
                        SAYA, JAB_SAYA, List.of(JAB_KASI), AturanAtasanLangsungTests::pemegang))
                .isEmpty();
        assertThat(AturanAtasanLangsung.menurutStruktur(SAYA, JAB_SAYA, List.of(), AturanAtasanLangsungTests::pemegang))
                .isEmpty();
    }

    @Test
    void atasanYangBeradaDiBawahPegawaiMembentukSiklus() {
        Map<String, String> atasan = new HashMap<>(Map.of(SAYA, KABID, KABID, KADIS));
        assertThat(AturanAtasanLangsung.membentukSiklus(KADIS, SAYA, atasan::get))
                .isTrue();
        assertThat(AturanAtasanLangsung.membentukSiklus(KADIS, KABID, atasan::get))
                .isTrue();
        assertThat(AturanAtasanLangsung.membentukSiklus(KADIS, KADIS, atasan::get))
                .as("diri sendiri")
                .isTrue();
        assertThat(AturanAtasanLangsung.membentukSiklus(SAYA, KADIS, atasan::get))
                .isFalse();
        assertThat(AturanAtasanLangsung.membentukSiklus(KABID_LAIN, SAYA, atasan::get))
                .isFalse();
    }

    @Test
    void siklusLamaYangTidakMelaluiPegawaiMengakhiriPenelusuran() {
        Map<String, String> atasan = Map.of(KABID, KADIS, KADIS, KABID);
        assertThat(AturanAtasanLangsung.membentukSiklus(SAYA, KABID, atasan::get))
                .isFalse();
    }
}
