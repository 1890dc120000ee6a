package id.aparatur.perencanaan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.perencanaan.domain.UsulanFormasi.UbahBaris;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The usulan formasi guards its own workflow: DRAF/DIKEMBALIKAN → DIAJUKAN → DISETUJUI/DIKEMBALIKAN. */
class UsulanFormasiTests {

    static final OffsetDateTime PADA = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));

    static UsulanFormasi draf() {
        return UsulanFormasi.pulihkan(
                7,
                2027,
                "Usulan 2027",
                3,
                StatusUsulanFormasi.DRAF,
                List.of(
                        new BarisUsulanFormasi(11, 101, 3, 3, JenisPengadaan.CPNS, null),
                        new BarisUsulanFormasi(12, 102, 1, 1, JenisPengadaan.CPNS, null)),
                4);
    }

    static UsulanFormasi dengan(StatusUsulanFormasi status) {
        UsulanFormasi d = draf();
        return UsulanFormasi.pulihkan(7, d.tahun(), d.judul(), d.kaskadeId(), status, d.baris(), d.versi());
    }

    static String kode(Throwable t) {
        return t instanceof KonflikException k
                ? k.kodePesan()
                : ((ValidasiException) t).galat().get(0).kodePesan();
    }

    @Test
    void dibuatSebagaiDrafDenganLangkahAwal() {
        UsulanFormasi u = UsulanFormasi.buat(2027, "  Usulan 2027 ", 3, 5, "bkd", PADA);
        assertThat(u.status()).isEqualTo(StatusUsulanFormasi.DRAF);
        assertThat(u.judul()).isEqualTo("Usulan 2027");
        assertThat(u.langkah()).isEqualTo(new LangkahUsulanFormasi(null, StatusUsulanFormasi.DRAF, "bkd", PADA, null));
    }

    @Test
    void tahunDanJudulDiperiksaSebelumFormasi() {
        assertThatThrownBy(() -> UsulanFormasi.buat(2025, " ", 3, 0, "bkd", PADA))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .containsExactly("tahun", "judul"));
        assertThatThrownBy(() -> UsulanFormasi.buat(2026 + UsulanFormasi.TAHUN_KE_DEPAN + 1, "x", 3, 5, "bkd", PADA))
                .isInstanceOf(ValidasiException.class);
        assertThat(UsulanFormasi.buat(2026 + UsulanFormasi.TAHUN_KE_DEPAN, "x", 3, 5, "bkd", PADA)
                        .tahun())
                .isEqualTo(2031);
        assertThatThrownBy(() -> UsulanFormasi.buat(2027, "x", 3, 0, "bkd", PADA))
                .isInstanceOf(DataTidakDitemukanException.class);
    }

    @Test
    void barisDiubahDalamBatasLowonganDanHanyaYangBerubahDicatat() {
        UsulanFormasi u = draf().ubahBaris(
                        List.of(
                                new UbahBaris(11, 2, JenisPengadaan.PPPK, " anggaran "),
                                new UbahBaris(12, 1, JenisPengadaan.CPNS, " ")),
                        4);
        assertThat(u.perubahan()).hasSize(1);
        assertThat(u.perubahan().get(0).sesudah())
                .isEqualTo(new BarisUsulanFormasi(11, 101, 3, 2, JenisPengadaan.PPPK, "anggaran"));
        assertThat(u.jumlahUsulan()).isEqualTo(3);
        assertThat(u.versi()).as("disimpan dengan versi yang dibaca").isEqualTo(4);
        assertThat(u.langkah()).isNull();
    }

    @Test
    void barisSalahDitolakSemuaSekaligus() {
        assertThatThrownBy(() -> draf().ubahBaris(
                                List.of(
                                        new UbahBaris(11, 4, JenisPengadaan.CPNS, null),
                                        new UbahBaris(99, 0, JenisPengadaan.CPNS, null),
                                        new UbahBaris(
                                                12,
                                                -1,
                                                JenisPengadaan.CPNS,
                                                "x".repeat(UsulanFormasi.KETERANGAN_MAKS + 1))),
                                4))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .containsExactly(
                                        "baris[0].jumlahUsulan",
                                        "baris[1].barisId",
                                        "baris[2].jumlahUsulan",
                                        "baris[2].keterangan"));
    }

    @Test
    void barisHanyaDapatDiubahSelamaDrafAtauDikembalikan() {
        assertThat(dengan(StatusUsulanFormasi.DIKEMBALIKAN)
                        .ubahBaris(List.of(), 4)
                        .perubahan())
                .isEmpty();
        for (StatusUsulanFormasi s : List.of(StatusUsulanFormasi.DIAJUKAN, StatusUsulanFormasi.DISETUJUI)) {
            assertThatThrownBy(() -> dengan(s).ubahBaris(List.of(), 4))
                    .as(s.name())
                    .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.tidak-dapat-diubah"));
        }
    }

    @Test
    void versiUsangDitolakLebihDulu() {
        assertThatThrownBy(() -> draf().ubahBaris(List.of(new UbahBaris(11, 9, JenisPengadaan.CPNS, null)), 3))
                .satisfies(t -> assertThat(kode(t)).isEqualTo(UsulanFormasi.VERSI_USANG));
        assertThatThrownBy(() -> draf().ajukan(5, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo(UsulanFormasi.VERSI_USANG));
    }

    @Test
    void alurAjukanKembalikanAjukanSetujui() {
        UsulanFormasi diajukan = draf().ajukan(4, "bkd", PADA);
        assertThat(diajukan.status()).isEqualTo(StatusUsulanFormasi.DIAJUKAN);
        assertThat(diajukan.langkah())
                .isEqualTo(new LangkahUsulanFormasi(
                        StatusUsulanFormasi.DRAF, StatusUsulanFormasi.DIAJUKAN, "bkd", PADA, null));
        UsulanFormasi kembali =
                dengan(StatusUsulanFormasi.DIAJUKAN).kembalikan(4, "  Sesuaikan anggaran  ", "ppk", PADA);
        assertThat(kembali.status()).isEqualTo(StatusUsulanFormasi.DIKEMBALIKAN);
        assertThat(kembali.langkah().catatan()).isEqualTo("Sesuaikan anggaran");
        assertThat(dengan(StatusUsulanFormasi.DIKEMBALIKAN)
                        .ajukan(4, "bkd", PADA)
                        .status())
                .isEqualTo(StatusUsulanFormasi.DIAJUKAN);
        UsulanFormasi setuju = dengan(StatusUsulanFormasi.DIAJUKAN).setujui(4, " ", "ppk", PADA);
        assertThat(setuju.status()).isEqualTo(StatusUsulanFormasi.DISETUJUI);
        assertThat(setuju.langkah().catatan()).isNull();
    }

    @Test
    void langkahYangTidakBerlakuDitolak() {
        assertThatThrownBy(() -> draf().setujui(4, null, "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.tidak-dapat-diputus"));
        assertThatThrownBy(() ->
                        dengan(StatusUsulanFormasi.DISETUJUI).kembalikan(4, "Terlambat dikembalikan", "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.tidak-dapat-diputus"));
        assertThatThrownBy(() -> dengan(StatusUsulanFormasi.DIAJUKAN).ajukan(4, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.tidak-dapat-diajukan"));
    }

    @Test
    void catatanDanUsulanKosongDiperiksa() {
        UsulanFormasi diajukan = dengan(StatusUsulanFormasi.DIAJUKAN);
        assertThatThrownBy(() -> diajukan.kembalikan(4, "kurang", "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.catatan"));
        assertThatThrownBy(() -> diajukan.kembalikan(4, null, "ppk", PADA)).isInstanceOf(ValidasiException.class);
        assertThatThrownBy(() -> diajukan.setujui(4, "x".repeat(UsulanFormasi.CATATAN_MAKS + 1), "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.catatan-panjang"));
        UsulanFormasi nol = draf().ubahBaris(
                        List.of(
                                new UbahBaris(11, 0, JenisPengadaan.CPNS, null),
                                new UbahBaris(12, 0, JenisPengadaan.CPNS, null)),
                        4);
        assertThatThrownBy(() -> nol.ajukan(4, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("formasi.galat.kosong"));
    }
}
