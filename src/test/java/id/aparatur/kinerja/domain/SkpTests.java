package id.aparatur.kinerja.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.JenisTindakLanjut;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.SkpDifinalkan;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AlurSkp.Pihak;
import id.aparatur.shared.KonflikException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The SKP aggregate guards its own flow (no Spring, no database). */
class SkpTests {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 5, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final Set<Pihak> PEMILIK = Set.of(Pihak.PEMILIK);
    static final Set<Pihak> PENILAI = Set.of(Pihak.PENILAI);
    static final Set<Pihak> BKD = Set.of(Pihak.BKD);
    static final Skp.Tempat TEMPAT = new Skp.Tempat(7L, 70L, 700L);

    static Skp draf() {
        return Skp.pulihkan(
                1,
                "199001012015011001",
                2026,
                PeriodeEvaluasi.TRIWULANAN,
                "198001012005011001",
                null,
                TEMPAT,
                StatusSkp.DRAF,
                new Skp.Penilaian(null, null, null, Map.of()),
                List.of(new Rhk(
                        11L,
                        "Menyusun laporan",
                        JenisRhk.UTAMA,
                        null,
                        List.of(new IndikatorRhk(111L, AspekIndikator.KUANTITAS, "Jumlah laporan", "12 laporan")))),
                3,
                new Skp.Jejak("pemilik", T0, "pemilik", T0, null, null, null));
    }

    @Test
    void penilaiNonPnsDicatatBkdPadaDrafDanMenggantikanPenilaiPns() {
        PenilaiNonPns bupati = new PenilaiNonPns(" H. Bupati Contoh ", "Bupati Contoh");
        Skp s = draf().tetapkanPenilaiNonPns(bupati, BKD, "bkd", T0);
        assertThat(s.penilaiNip()).isNull();
        assertThat(s.penilaiNonPns()).isEqualTo(new PenilaiNonPns("H. Bupati Contoh", "Bupati Contoh"));
        assertThatThrownBy(() -> draf().tetapkanPenilaiNonPns(bupati, PENILAI, "penilai", T0))
                .isInstanceOf(LangkahSkpDitolakException.class);
        assertThatThrownBy(() -> draf().setujui(PENILAI, "p", T0).tetapkanPenilaiNonPns(bupati, BKD, "bkd", T0))
                .isInstanceOf(id.aparatur.shared.KonflikException.class);
        assertThatThrownBy(() -> Skp.susun(
                        "199001012015011001",
                        2026,
                        PeriodeEvaluasi.BULANAN,
                        "198001012005011001",
                        bupati,
                        TEMPAT,
                        "x",
                        T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PenilaiNonPns(" ", "Bupati")).isInstanceOf(IllegalArgumentException.class);
    }

    static Map<NilaiBerakhlak, CatatanPerilaku> catatan(Ekspektasi e) {
        Map<NilaiBerakhlak, CatatanPerilaku> m = new EnumMap<>(NilaiBerakhlak.class);
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            m.put(n, new CatatanPerilaku(n, "Umpan balik " + n, e));
        }
        return m;
    }

    @Test
    void skpBaruAdalahDrafTanpaPenilaianDanPenilainyaAtasanSaatDisusun() {
        Skp s = Skp.susun(
                " 199001012015011001 ",
                2026,
                PeriodeEvaluasi.BULANAN,
                "198001012005011001",
                null,
                TEMPAT,
                "pemilik",
                T0);
        assertThat(s.status()).isEqualTo(StatusSkp.DRAF);
        assertThat(s.nip()).isEqualTo("199001012015011001");
        assertThat(s.penilaiNip()).isEqualTo("198001012005011001");
        assertThat(s.penilaian().predikat()).isNull();
        assertThat(s.jejak().dibuatPada()).isEqualTo(T0);
        assertThatThrownBy(() -> Skp.susun("1", 1999, PeriodeEvaluasi.BULANAN, null, null, TEMPAT, "x", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void alurLengkapDrafDisetujuiDinilaiFinalDenganWaktuDariPemanggil() {
        OffsetDateTime t1 = T0.plusDays(1);
        OffsetDateTime t2 = T0.plusDays(200);
        OffsetDateTime t3 = T0.plusDays(370);
        Skp disetujui = draf().setujui(PENILAI, "penilai", t1);
        assertThat(disetujui.status()).isEqualTo(StatusSkp.DISETUJUI);
        assertThat(disetujui.jejak().disetujuiPada()).isEqualTo(t1);
        assertThat(disetujui.jejak().diubahOleh()).isEqualTo("penilai");
        Skp dinilai = disetujui.nilai(
                Ekspektasi.DI_BAWAH, Ekspektasi.SESUAI, catatan(Ekspektasi.SESUAI), PENILAI, "penilai", t2);
        assertThat(dinilai.status()).isEqualTo(StatusSkp.DINILAI);
        assertThat(dinilai.penilaian().predikat()).as("matriks 3×3").isEqualTo(PredikatKinerja.BUTUH_PERBAIKAN);
        assertThat(dinilai.jejak().dinilaiPada()).isEqualTo(t2);
        assertThat(dinilai.bagianBerubah()).containsExactly(Skp.Bagian.PERILAKU);
        Skp dinilaiUlang =
                dinilai.nilai(Ekspektasi.DI_ATAS, Ekspektasi.DI_ATAS, catatan(Ekspektasi.DI_ATAS), BKD, "bkd", t2);
        assertThat(dinilaiUlang.penilaian().predikat())
                .as("dinilai ulang sebelum final")
                .isEqualTo(PredikatKinerja.SANGAT_BAIK);
        Skp fin = dinilai.finalkan(PENILAI, "penilai", t3);
        assertThat(fin.status()).isEqualTo(StatusSkp.FINAL);
        assertThat(fin.jejak().difinalkanPada()).isEqualTo(t3);
        assertThat(fin.versi()).as("versi milik repositori").isEqualTo(3);
        assertThat(fin.difinalkan())
                .isEqualTo(new SkpDifinalkan(1, "199001012015011001", 2026, 7L, PredikatKinerja.BUTUH_PERBAIKAN));
        assertThat(fin.tindakLanjut(id.aparatur.kinerja.AturanTindakLanjut.STANDAR)
                        .map(id.aparatur.kinerja.AturanTindakLanjut.TindakLanjutBaku::jenis))
                .contains(JenisTindakLanjut.PENGEMBANGAN);
        assertThat(dinilai.tindakLanjut(id.aparatur.kinerja.AturanTindakLanjut.STANDAR))
                .as("belum final")
                .isEmpty();
    }

    @Test
    void skpFinalTerkunciUntukSemuaLangkah() {
        Skp fin = draf().setujui(BKD, "bkd", T0)
                .nilai(Ekspektasi.SESUAI, Ekspektasi.SESUAI, catatan(Ekspektasi.SESUAI), BKD, "bkd", T0)
                .finalkan(BKD, "bkd", T0);
        Set<Pihak> semua = Set.of(Pihak.values());
        for (Aksi a : Aksi.values()) {
            assertThatThrownBy(() -> fin.periksa(a, semua)).as("%s", a).isInstanceOf(KonflikException.class);
        }
        assertThat(fin.langkahBoleh(semua)).isEmpty();
        assertThatThrownBy(() -> fin.nilai(
                        Ekspektasi.DI_BAWAH, Ekspektasi.DI_BAWAH, catatan(Ekspektasi.DI_BAWAH), BKD, "bkd", T0))
                .isInstanceOf(KonflikException.class);
        assertThatThrownBy(() -> fin.ubahRhk(List.of(), BKD, "bkd", T0)).isInstanceOf(KonflikException.class);
    }

    @Test
    void langkahDiLuarStatusAdalahKonflikDanLangkahOrangLainDitolak() {
        Skp d = draf();
        assertThatThrownBy(() -> d.nilai(
                        Ekspektasi.SESUAI, Ekspektasi.SESUAI, catatan(Ekspektasi.SESUAI), PENILAI, "penilai", T0))
                .isInstanceOf(KonflikException.class);
        assertThatThrownBy(() -> d.finalkan(PENILAI, "penilai", T0)).isInstanceOf(KonflikException.class);
        assertThatThrownBy(() -> d.setujui(PEMILIK, "pemilik", T0))
                .isInstanceOf(LangkahSkpDitolakException.class)
                .extracting(e -> ((LangkahSkpDitolakException) e).aksi())
                .isEqualTo(Aksi.SETUJUI);
        assertThatThrownBy(() -> d.ubahRhk(List.of(), PENILAI, "penilai", T0))
                .isInstanceOf(LangkahSkpDitolakException.class);
        assertThatThrownBy(() -> d.periksa(Aksi.TINJAU, Set.of(Pihak.ATASAN_PENILAI)))
                .isInstanceOf(KonflikException.class);
        assertThat(d.langkahBoleh(PEMILIK)).containsExactly(Aksi.UBAH);
    }

    @Test
    void dikembalikanMenjadiDrafLagiDanTidakLagiDisetujui() {
        Skp kembali = draf().setujui(PENILAI, "penilai", T0).kembalikan(PENILAI, "penilai", T0.plusDays(3));
        assertThat(kembali.status()).isEqualTo(StatusSkp.DRAF);
        assertThat(kembali.jejak().disetujuiPada()).isNull();
        Skp dinilai = draf().setujui(PENILAI, "p", T0)
                .nilai(Ekspektasi.SESUAI, Ekspektasi.SESUAI, catatan(Ekspektasi.SESUAI), PENILAI, "p", T0);
        assertThatThrownBy(() -> dinilai.kembalikan(PENILAI, "p", T0))
                .as("sudah dinilai")
                .isInstanceOf(KonflikException.class);
    }

    @Test
    void rhkDiubahHanyaDenganRhkMilikSendiriDanYangTerhapusDiketahui() {
        Skp d = draf();
        Rhk baru = new Rhk(
                null,
                " Layanan baru ",
                JenisRhk.TAMBAHAN,
                null,
                List.of(new IndikatorRhk(null, AspekIndikator.WAKTU, "Tepat waktu", "12 bulan")));
        assertThat(d.rhkDihapus(List.of(baru))).containsExactly(11L);
        Skp diubah = d.ubahRhk(List.of(baru), PEMILIK, "pemilik", T0.plusHours(1));
        assertThat(diubah.rhk()).extracting(Rhk::uraian).containsExactly("Layanan baru");
        assertThat(diubah.bagianBerubah()).containsExactly(Skp.Bagian.RHK);
        assertThat(diubah.status()).isEqualTo(StatusSkp.DRAF);
        Rhk asing = new Rhk(99L, "Milik orang lain", JenisRhk.UTAMA, null, baru.indikator());
        assertThatThrownBy(() -> d.ubahRhk(List.of(asing), PEMILIK, "pemilik", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(d.punyaRhk(11L)).isTrue();
        assertThat(d.punyaIndikator(111L)).isTrue();
        assertThat(d.punyaIndikator(112L)).isFalse();
    }

    @Test
    void penilaianTanpaEkspektasiPerNilaiMempertahankanEkspektasiSebelumnya() {
        Skp dinilai = draf().setujui(PENILAI, "p", T0)
                .nilai(Ekspektasi.SESUAI, Ekspektasi.DI_ATAS, catatan(Ekspektasi.DI_ATAS), PENILAI, "p", T0);
        Skp lewatApi = dinilai.nilai(Ekspektasi.SESUAI, Ekspektasi.SESUAI, catatan(null), PENILAI, "p", T0);
        assertThat(lewatApi.penilaian().perilaku().values())
                .extracting(CatatanPerilaku::ekspektasi)
                .containsOnly(Ekspektasi.DI_ATAS);
        Map<NilaiBerakhlak, CatatanPerilaku> kurang = catatan(Ekspektasi.SESUAI);
        kurang.remove(NilaiBerakhlak.LOYAL);
        assertThatThrownBy(() -> dinilai.nilai(Ekspektasi.SESUAI, Ekspektasi.SESUAI, kurang, PENILAI, "p", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodeEvaluasiMenurutSiklusSkp() {
        Skp d = draf();
        assertThat(d.periodeSah(1)).isTrue();
        assertThat(d.periodeSah(4)).isTrue();
        assertThat(d.periodeSah(5)).as("triwulanan: 1–4").isFalse();
        assertThat(d.periodeSah(0)).isFalse();
        assertThat(d.periodeSah(null)).isFalse();
    }
}
