package id.aparatur.penempatan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycle of a placement scenario and the transitions it refuses, without Spring or a database. */
class SkenarioPenempatanTests {

    static final OffsetDateTime KINI = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final LocalDate HARI_INI = KINI.toLocalDate();
    static final Tindakan BKD = new Tindakan("bkd", KINI);
    static final String NIP = "198703012011041001";

    static SkenarioPenempatan draf() {
        return SkenarioPenempatan.buat(PengaturanSkenario.baku("Uji"), null, BKD)
                .tersimpan(7, 0);
    }

    static SkenarioPenempatan selesai(boolean sah) {
        return draf().jalankan(KINI).selesai(sah, KINI.plusMinutes(1));
    }

    static KeputusanMutasi sk(LocalDate tmt) {
        return new KeputusanMutasi(" 821.2/7/2026 ", HARI_INI, tmt);
    }

    static String kode(Runnable r) {
        try {
            r.run();
        } catch (KonflikException e) {
            return e.kodePesan();
        }
        throw new AssertionError("tidak ditolak");
    }

    @Test
    void drafBaruTanpaHasil() {
        SkenarioPenempatan s = draf();
        assertThat(s.status()).isEqualTo(StatusSkenario.DRAF);
        assertThat(s.jalannya()).isEqualTo(SkenarioPenempatan.Jalannya.BELUM);
        assertThat(s.dibuat()).isEqualTo(BKD);
        assertThat(s.diarsipkan()).isFalse();
        assertThatThrownBy(() -> SkenarioPenempatan.buat(
                        new PengaturanSkenario(
                                " ",
                                Set.of(),
                                Set.of(),
                                new Bobot(-1, 1, 1, 1),
                                false,
                                true,
                                true,
                                Map.of(),
                                Set.of(),
                                Set.of()),
                        null,
                        BKD))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .contains("nama", "bobotSelisihKelas"));
    }

    @Test
    void kunciDanPengecualianHanyaPadaDraf() {
        SkenarioPenempatan s = draf().kecualikanPegawai(NIP, true).kecualikanJabatan(5, true);
        assertThat(s.pengaturan().pegawaiDikecualikan()).containsExactly(NIP);
        // A pin takes the employee and the position back in.
        SkenarioPenempatan k = s.kunci("19870301 2011041001", 5, List.of());
        assertThat(k.pengaturan().dikunci()).containsExactly(Map.entry(NIP, 5L));
        assertThat(k.pengaturan().pegawaiDikecualikan()).isEmpty();
        assertThat(k.pengaturan().jabatanDikecualikan()).isEmpty();
        // Excluding the position drops the pin to it; the original state object is unchanged.
        assertThat(k.kecualikanJabatan(5, true).pengaturan().dikunci()).isEmpty();
        assertThat(k.lepasKunci(NIP).pengaturan().dikunci()).isEmpty();
        assertThat(k.pengaturan().dikunci()).hasSize(1);
        // Out-of-scope reasons found by the caller refuse the pin.
        assertThatThrownBy(() -> draf().kunci(
                                NIP,
                                5,
                                List.of(new ValidasiException.Galat(
                                        "nip", "penempatan.kunci.pegawai-di-luar-cakupan"))))
                .isInstanceOf(ValidasiException.class);

        SkenarioPenempatan hasil = selesai(true);
        assertThat(kode(() -> hasil.kunci(NIP, 5, List.of()))).isEqualTo("penempatan.bukan-draf");
        assertThat(kode(() -> hasil.kecualikanPegawai(NIP, true))).isEqualTo("penempatan.bukan-draf");
        SkenarioPenempatan arsip = draf().arsipkan(true, BKD);
        assertThat(kode(() -> arsip.kecualikanJabatan(5, true))).isEqualTo("penempatan.bukan-draf");
    }

    @Test
    void jalankanSelesaiAtauGagalLaluBolehDiulangBilaGagal() {
        SkenarioPenempatan berjalan = draf().jalankan(KINI);
        assertThat(berjalan.status()).isEqualTo(StatusSkenario.BERJALAN);
        assertThat(berjalan.jalannya().tahap()).isEqualTo("MENUNGGU");
        assertThat(berjalan.jalannya().dijalankanPada()).isEqualTo(KINI);
        assertThat(kode(() -> berjalan.jalankan(KINI))).isEqualTo("penempatan.tidak-dapat-dijalankan");
        assertThat(kode(() -> berjalan.arsipkan(true, BKD))).isEqualTo("penempatan.sedang-berjalan");

        SkenarioPenempatan gagal = berjalan.gagal("x".repeat(5000), KINI.plusSeconds(3));
        assertThat(gagal.status()).isEqualTo(StatusSkenario.GAGAL);
        assertThat(gagal.jalannya().pesanGalat()).hasSize(SkenarioPenempatan.PANJANG_PESAN_MAKS);
        assertThat(gagal.jalannya().progres()).isEqualTo(100);
        SkenarioPenempatan lagi = gagal.jalankan(KINI.plusMinutes(5));
        assertThat(lagi.jalannya().pesanGalat()).isNull();
        assertThat(lagi.jalannya().selesaiPada()).isNull();

        SkenarioPenempatan selesai = lagi.selesai(true, KINI.plusMinutes(6));
        assertThat(selesai.status()).isEqualTo(StatusSkenario.SELESAI);
        assertThat(selesai.jalannya().sertifikatSah()).isTrue();
        assertThat(kode(() -> selesai.jalankan(KINI))).isEqualTo("penempatan.tidak-dapat-dijalankan");
        // A result or failure arrives only for a running scenario (a restart may have failed it meanwhile).
        assertThat(kode(() -> selesai.selesai(true, KINI))).isEqualTo("galat.409.versi");
        assertThat(kode(() -> gagal.gagal("lagi", KINI))).isEqualTo("galat.409.versi");
        assertThat(kode(() -> draf().arsipkan(true, BKD).jalankan(KINI)))
                .isEqualTo("penempatan.tidak-dapat-dijalankan");
    }

    @Test
    void persetujuanButuhHasilSertifikatSahDanDataYangBelumBerubah() {
        assertThat(kode(() -> draf().setujui(BKD, 0))).isEqualTo("penempatan.tidak-dapat-disetujui");
        assertThat(kode(() -> selesai(false).setujui(BKD, 0))).isEqualTo("penempatan.sertifikat-tidak-sah");
        assertThat(kode(() -> selesai(true).setujui(BKD, 2))).isEqualTo("penempatan.data-berubah");
        assertThat(kode(() -> selesai(true).arsipkan(true, BKD).setujui(BKD, 0)))
                .isEqualTo("penempatan.tidak-dapat-disetujui");
        SkenarioPenempatan disetujui = selesai(true).setujui(BKD, 0);
        assertThat(disetujui.status()).isEqualTo(StatusSkenario.DISETUJUI);
        assertThat(disetujui.disetujui()).isEqualTo(BKD);
        assertThat(kode(() -> disetujui.setujui(BKD, 0))).isEqualTo("penempatan.tidak-dapat-disetujui");
    }

    @Test
    void skDenganTmtHariIniLangsungBerlakuTmtDepanMenunggu() {
        SkenarioPenempatan disetujui = selesai(true).setujui(BKD, 0);
        SkenarioPenempatan langsung = disetujui.tetapkan(sk(HARI_INI), BKD, HARI_INI, 0);
        assertThat(langsung.status()).isEqualTo(StatusSkenario.DITETAPKAN);
        assertThat(langsung.keputusan().nomorSk()).isEqualTo("821.2/7/2026");
        assertThat(langsung.diterapkanPada()).isEqualTo(KINI);
        assertThat(langsung.menungguTmt()).isFalse();
        assertThat(kode(() -> langsung.terapkan(KINI))).isEqualTo("galat.409.versi");

        SkenarioPenempatan nanti = disetujui.tetapkan(sk(HARI_INI.plusDays(10)), BKD, HARI_INI, 0);
        assertThat(nanti.diterapkanPada()).isNull();
        assertThat(nanti.menungguTmt()).isTrue();
        SkenarioPenempatan diterapkan = nanti.terapkan(KINI.plusDays(10));
        assertThat(diterapkan.diterapkanPada()).isEqualTo(KINI.plusDays(10));
        assertThat(diterapkan.menungguTmt()).isFalse();
        assertThat(kode(() -> nanti.tetapkan(sk(HARI_INI), BKD, HARI_INI, 0)))
                .isEqualTo("penempatan.tidak-dapat-ditetapkan");
    }

    @Test
    void skYangSalahDitolakSebelumKeadaanDiperiksa() {
        // SK data are checked first: a 400 naming the fields, whatever the state.
        assertThatThrownBy(() -> draf().tetapkan(new KeputusanMutasi(null, null, null), BKD, HARI_INI, 0))
                .isInstanceOfSatisfying(
                        ValidasiException.class,
                        e -> assertThat(e.galat())
                                .extracting(ValidasiException.Galat::field)
                                .containsExactly("nomorSk", "tanggalSk", "tmt"));
        SkenarioPenempatan disetujui = selesai(true).setujui(BKD, 0);
        assertThatThrownBy(() ->
                        disetujui.tetapkan(new KeputusanMutasi("1", HARI_INI, HARI_INI.minusDays(1)), BKD, HARI_INI, 0))
                .isInstanceOf(ValidasiException.class);
        assertThat(kode(() -> selesai(true).tetapkan(sk(HARI_INI), BKD, HARI_INI, 0)))
                .isEqualTo("penempatan.tidak-dapat-ditetapkan");
        assertThat(kode(() -> disetujui.tetapkan(sk(HARI_INI), BKD, HARI_INI, 1)))
                .isEqualTo("penempatan.data-berubah");
    }

    @Test
    void arsipDapatDibatalkanTetapiTidakDiulang() {
        SkenarioPenempatan arsip = draf().arsipkan(true, BKD);
        assertThat(arsip.diarsipkan()).isTrue();
        assertThat(arsip.pengarsipan()).isEqualTo(BKD);
        assertThat(kode(() -> arsip.arsipkan(true, BKD))).isEqualTo("galat.409.versi");
        SkenarioPenempatan pulih = arsip.arsipkan(false, BKD);
        assertThat(pulih.diarsipkan()).isFalse();
        assertThat(pulih.pengarsipan()).isNull();
    }

    @Test
    void salinanAdalahDrafBaruDenganAturanYangSama() {
        SkenarioPenempatan asal = selesai(true);
        SkenarioPenempatan salinan = asal.salin(null, BKD);
        assertThat(salinan.id()).isNull();
        assertThat(salinan.asalId()).isEqualTo(7L);
        assertThat(salinan.status()).isEqualTo(StatusSkenario.DRAF);
        assertThat(salinan.nama()).isEqualTo("Uji (salinan)");
        assertThat(salinan.pengaturan().bobot()).isEqualTo(asal.pengaturan().bobot());
        assertThat(asal.salin("  Lain ", BKD).nama()).isEqualTo("Lain");
        assertThat(SkenarioPenempatan.buat(PengaturanSkenario.baku("x".repeat(200)), null, BKD)
                        .tersimpan(1, 0)
                        .salin(null, BKD)
                        .nama())
                .hasSize(PengaturanSkenario.PANJANG_NAMA_MAKS);
    }
}
