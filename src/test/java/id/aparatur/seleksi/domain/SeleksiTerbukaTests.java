package id.aparatur.seleksi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.StatusBerpindah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.TahapDimulai;
import id.aparatur.seleksi.domain.PerubahanSeleksi.TigaNamaDiajukan;
import id.aparatur.seleksi.domain.SeleksiTerbuka.PegawaiPelamar;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The open selection guards its own stages, pansel, applicants, submission, decision and cancellation. */
class SeleksiTerbukaTests {

    static final OffsetDateTime PADA = OffsetDateTime.of(2026, 3, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    static final AturanBobot ATURAN = AturanBobot.BAKU;
    static final String NIP = "198501012015011001";
    static final JabatanRingkas JPT = new JabatanRingkas(
            10, 3, 4, "JPT-1", "Kepala Dinas Uji", JenisJabatan.JPT_PRATAMA, null, 14, "ADM", 1, true);

    static String kode(Throwable t) {
        return t instanceof KonflikException k
                ? k.kodePesan()
                : ((ValidasiException) t).galat().get(0).kodePesan();
    }

    static List<String> field(Throwable t) {
        return ((ValidasiException) t)
                .galat().stream().map(ValidasiException.Galat::field).toList();
    }

    static SeleksiTerbuka dengan(
            StatusSeleksi status, List<AnggotaPansel> pansel, List<PesertaSeleksi> peserta, List<Peringkat> tigaNama) {
        return SeleksiTerbuka.pulihkan(
                1,
                10,
                3L,
                "Seleksi uji",
                status,
                ATURAN.baku(),
                Map.of(),
                pansel,
                peserta,
                tigaNama.isEmpty() ? null : tigaNama,
                "bkd",
                PADA,
                2);
    }

    static PesertaSeleksi peserta(long id, Boolean lulus, int... nilai) {
        Map<KomponenNilai, BigDecimal> n = new EnumMap<>(KomponenNilai.class);
        for (int i = 0; i < nilai.length; i++) {
            n.put(KomponenNilai.values()[i], BigDecimal.valueOf(nilai[i]));
        }
        return new PesertaSeleksi(id, null, "Peserta " + id, "Pemprov", lulus, null, null, n);
    }

    static final AnggotaPansel KETUA = new AnggotaPansel(5L, "Prof. Ketua", PeranPansel.KETUA, null, true);

    @Test
    void dibukaUntukJabatanJptDenganBobotBakuDanNamaBaku() {
        SeleksiTerbuka s = SeleksiTerbuka.buat(10L, JPT, " ", null, null, null, null, ATURAN, null, "bkd", PADA);
        assertThat(s.status()).isEqualTo(StatusSeleksi.DRAF);
        assertThat(s.nama()).isEqualTo("Seleksi terbuka Kepala Dinas Uji");
        assertThat(s.bobot()).isEqualTo(ATURAN.baku());
        assertThat(s.opdId()).isEqualTo(3L);
        assertThat(s.jadwal()).hasSize(TahapSeleksi.values().length).containsValue(JadwalTahap.KOSONG);
    }

    @Test
    void jabatanBukanJptAtauTidakDikenalDanBobotDiLuarRentangDitolakSekaligus() {
        JabatanRingkas pelaksana =
                new JabatanRingkas(11, 3, 4, "P-1", "Pelaksana", JenisJabatan.PELAKSANA, null, 7, "ADM", 2, true);
        assertThatThrownBy(() -> SeleksiTerbuka.buat(
                        11L,
                        pelaksana,
                        null,
                        BigDecimal.valueOf(21),
                        BigDecimal.valueOf(25),
                        BigDecimal.valueOf(35),
                        BigDecimal.valueOf(20),
                        ATURAN,
                        null,
                        "bkd",
                        PADA))
                .satisfies(t -> assertThat(field(t)).containsExactly("jabatanId", "bobot.makalah"))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.jabatan.bukan-jpt"));
        assertThatThrownBy(
                        () -> SeleksiTerbuka.buat(12L, null, null, null, null, null, null, ATURAN, null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.jabatan.tidak-dikenal"));
        assertThatThrownBy(
                        () -> SeleksiTerbuka.buat(null, null, null, null, null, null, null, ATURAN, null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.jabatan.wajib"));
        assertThatThrownBy(() -> SeleksiTerbuka.buat(10L, JPT, null, null, null, null, null, ATURAN, 77L, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.sudah-ada"));
    }

    @Test
    void pengumumanButuhKetuaDanDuaKlikTidakMelompatiTahap() {
        SeleksiTerbuka draf = dengan(StatusSeleksi.DRAF, List.of(), List.of(), List.of());
        assertThatThrownBy(() -> draf.lanjutkan(null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.lanjut.tanpa-ketua"));
        SeleksiTerbuka denganKetua = draf.tambahPansel("Prof. Ketua", PeranPansel.KETUA, " ", "bkd", PADA);
        assertThat(denganKetua.pansel()).extracting(AnggotaPansel::unsur).containsExactly((String) null);
        assertThatThrownBy(() -> denganKetua.tambahPansel("Ketua Kedua", PeranPansel.KETUA, null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.pansel.ketua-sudah-ada"));
        SeleksiTerbuka diumumkan = denganKetua.lanjutkan(StatusSeleksi.DRAF, "bkd", PADA);
        assertThat(diumumkan.status()).isEqualTo(StatusSeleksi.DIUMUMKAN);
        assertThat(diumumkan.perubahan())
                .containsExactly(
                        new StatusBerpindah(StatusSeleksi.DRAF, StatusSeleksi.DIUMUMKAN),
                        new TahapDimulai(TahapSeleksi.PENGUMUMAN, "bkd", PADA));
        assertThatThrownBy(() -> diumumkan.lanjutkan(StatusSeleksi.DRAF, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo(SeleksiTerbuka.SUDAH_BERUBAH));
        assertThatThrownBy(() -> diumumkan.lanjutkan(null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.lanjut.tanpa-peserta"));
    }

    @Test
    void pesertaInternalDariRegisterEksternalDenganInstansi() {
        SeleksiTerbuka s = dengan(StatusSeleksi.DIUMUMKAN, List.of(KETUA), List.of(), List.of());
        SeleksiTerbuka satu = s.daftarkanPeserta(
                NIP.substring(0, 8) + " " + NIP.substring(8),
                null,
                null,
                nip -> Optional.of(new PegawaiPelamar("Ani", "")),
                "bkd",
                PADA);
        assertThat(satu.pesertaSemua())
                .extracting(PesertaSeleksi::nip, PesertaSeleksi::nama, PesertaSeleksi::instansiAsal)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NIP, "Ani", "Pemda"));
        SeleksiTerbuka terdaftar = dengan(
                StatusSeleksi.DIUMUMKAN,
                List.of(KETUA),
                List.of(new PesertaSeleksi(7L, NIP, "Ani", "Pemda", null, null, "Mundur", Map.of())),
                List.of());
        assertThatThrownBy(() -> terdaftar.daftarkanPeserta(
                        NIP, null, null, nip -> Optional.of(new PegawaiPelamar("Ani", "Dinas")), "bkd", PADA))
                .as("juga setelah mundur")
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.peserta.sudah-terdaftar"));
        assertThatThrownBy(() -> s.daftarkanPeserta(NIP, null, null, nip -> Optional.empty(), "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.peserta.nip-tidak-dikenal"));
        assertThatThrownBy(() -> s.daftarkanPeserta("12345", null, null, nip -> Optional.empty(), "bkd", PADA))
                .satisfies(t -> assertThat(field(t)).containsExactly("nip"));
        assertThatThrownBy(() -> s.daftarkanPeserta(null, "Dr. Luar", " ", nip -> Optional.empty(), "bkd", PADA))
                .satisfies(t -> assertThat(field(t)).containsExactly("instansiAsal"));
        assertThatThrownBy(() -> dengan(StatusSeleksi.ADMINISTRASI, List.of(KETUA), List.of(), List.of())
                        .daftarkanPeserta(null, "x", "y", nip -> Optional.empty(), "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.pendaftaran-ditutup"));
    }

    @Test
    void administrasiHanyaPadaTahapnyaDanYangGagalBeralasan() {
        SeleksiTerbuka s = dengan(
                StatusSeleksi.ADMINISTRASI, List.of(KETUA), List.of(peserta(1, null), peserta(2, null)), List.of());
        assertThatThrownBy(() -> s.catatAdministrasi(1, false, " ", "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.administrasi.alasan-wajib"));
        assertThatThrownBy(() -> s.catatAdministrasi(9, true, null, "bkd", PADA))
                .isInstanceOf(DataTidakDitemukanException.class);
        SeleksiTerbuka satu = s.catatAdministrasi(1, false, " Pangkat belum IV/b ", "bkd", PADA);
        assertThat(satu.peserta(1).administrasiAlasan()).isEqualTo("Pangkat belum IV/b");
        assertThatThrownBy(() -> satu.lanjutkan(null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.lanjut.administrasi-belum-lengkap"));
        assertThatThrownBy(() -> satu.catatAdministrasi(2, false, "Tidak lengkap", "bkd", PADA)
                        .lanjutkan(null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.lanjut.tidak-ada-yang-lulus"));
        assertThat(satu.catatAdministrasi(2, true, null, "bkd", PADA)
                        .lanjutkan(null, "bkd", PADA)
                        .status())
                .isEqualTo(StatusSeleksi.KOMPETENSI);
        assertThatThrownBy(() -> dengan(StatusSeleksi.KOMPETENSI, List.of(KETUA), List.of(peserta(1, null)), List.of())
                        .catatAdministrasi(1, true, null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.bukan-tahap-administrasi"));
    }

    @Test
    void nilaiSejakTahapnyaUntukPesertaLulusDanBobotTetapSejakPenilaian() {
        SeleksiTerbuka s = dengan(
                StatusSeleksi.KOMPETENSI, List.of(KETUA), List.of(peserta(1, true), peserta(2, false)), List.of());
        assertThatThrownBy(() -> s.catatNilai(1, Map.of(KomponenNilai.MAKALAH, BigDecimal.TEN), "bkd", PADA))
                .satisfies(t -> assertThat(field(t)).containsExactly("nilai.MAKALAH"));
        assertThatThrownBy(() -> s.catatNilai(2, Map.of(KomponenNilai.KOMPETENSI, BigDecimal.TEN), "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.nilai.bukan-peserta-lulus"));
        assertThatThrownBy(() -> s.catatNilai(1, Map.of(), "bkd", PADA)).isInstanceOf(ValidasiException.class);
        assertThatThrownBy(
                        () -> s.catatNilai(1, Map.of(KomponenNilai.KOMPETENSI, new BigDecimal("100.01")), "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.nilai.di-luar-rentang"));
        assertThat(s.catatNilai(1, Map.of(KomponenNilai.KOMPETENSI, new BigDecimal("80.5")), "bkd", PADA)
                        .peserta(1)
                        .nilai())
                .containsEntry(KomponenNilai.KOMPETENSI, new BigDecimal("80.5"));
        assertThatThrownBy(() -> s.lanjutkan(null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.lanjut.nilai-belum-lengkap"));
        assertThatThrownBy(() -> s.ubahBobot(
                        BigDecimal.valueOf(20),
                        BigDecimal.valueOf(25),
                        BigDecimal.valueOf(35),
                        BigDecimal.valueOf(20),
                        ATURAN))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.bobot.tetap"));
        SeleksiTerbuka awal = dengan(StatusSeleksi.ADMINISTRASI, List.of(KETUA), List.of(), List.of());
        assertThat(awal.ubahBobot(
                                BigDecimal.valueOf(20),
                                BigDecimal.valueOf(25),
                                BigDecimal.valueOf(35),
                                BigDecimal.valueOf(20),
                                ATURAN)
                        .bobot()
                        .makalah())
                .isEqualByComparingTo("20");
    }

    @Test
    void tigaNamaDiajukanDanKurangDariTigaWajibCatatan() {
        SeleksiTerbuka lengkap = dengan(
                StatusSeleksi.REKAM_JEJAK,
                List.of(KETUA),
                List.of(
                        peserta(1, true, 80, 80, 80, 80),
                        peserta(2, true, 90, 90, 90, 90),
                        peserta(3, true, 70, 70, 70, 70),
                        peserta(4, true, 60, 60, 60, 60),
                        peserta(5, false)),
                List.of());
        SeleksiTerbuka diajukan = lengkap.ajukan(null, "bkd", PADA);
        assertThat(diajukan.status()).isEqualTo(StatusSeleksi.TIGA_NAMA_DIAJUKAN);
        assertThat(diajukan.tigaNama()).extracting(Peringkat::pesertaId).containsExactly(2L, 1L, 3L);
        assertThat(diajukan.perubahan().get(0))
                .isInstanceOfSatisfying(
                        TigaNamaDiajukan.class, u -> assertThat(u.peringkat()).hasSize(4));
        assertThatThrownBy(() -> diajukan.catatNilai(4, Map.of(KomponenNilai.REKAM_JEJAK, BigDecimal.TEN), "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.nilai.tidak-dapat-dicatat"));
        assertThatThrownBy(() -> diajukan.ajukan(null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.ajukan.belum-waktunya"));

        SeleksiTerbuka dua = dengan(
                StatusSeleksi.REKAM_JEJAK,
                List.of(KETUA),
                List.of(peserta(1, true, 80, 80, 80, 80), peserta(2, true, 90, 90, 90, 90)),
                List.of());
        assertThatThrownBy(() -> dua.ajukan("Terlalu singkat", "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.ajukan.catatan-kurang-dari-tiga"));
        assertThat(dua.ajukan("Hanya dua pelamar memenuhi syarat setelah perpanjangan", "bkd", PADA)
                        .tigaNama())
                .hasSize(2);
        SeleksiTerbuka belum =
                dengan(StatusSeleksi.REKAM_JEJAK, List.of(KETUA), List.of(peserta(1, true, 80, 80, 80)), List.of());
        assertThatThrownBy(() -> belum.ajukan("x".repeat(40), "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.lanjut.nilai-belum-lengkap"));
    }

    @Test
    void ppkMemilihDariTigaNamaDanBukanPeringkatPertamaBeralasan() {
        List<Peringkat> tiga = dengan(
                        StatusSeleksi.REKAM_JEJAK,
                        List.of(KETUA),
                        List.of(
                                peserta(1, true, 80, 80, 80, 80),
                                peserta(2, true, 90, 90, 90, 90),
                                peserta(3, true, 70, 70, 70, 70)),
                        List.of())
                .peringkat();
        SeleksiTerbuka s = dengan(StatusSeleksi.TIGA_NAMA_DIAJUKAN, List.of(KETUA), List.of(), tiga);
        assertThatThrownBy(() -> s.tetapkan(1L, null, "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.pilihan.alasan-wajib"));
        assertThatThrownBy(() -> s.tetapkan(9L, null, "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.pilihan.bukan-tiga-nama"));
        SeleksiTerbuka pertama = s.tetapkan(2L, null, "ppk", PADA);
        assertThat(pertama.status()).isEqualTo(StatusSeleksi.DITETAPKAN);
        assertThat(pertama.pilihan()).map(Peringkat::urutan).contains(1);
        assertThat(s.tetapkan(1L, "Rekam jejak kepemimpinan lapangan lebih sesuai kebutuhan", "ppk", PADA)
                        .pilihan())
                .map(Peringkat::urutan)
                .contains(2);
        assertThatThrownBy(() -> pertama.tetapkan(2L, null, "ppk", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.tetapkan.belum-waktunya"));
        assertThatThrownBy(() -> pertama.batalkan("Coba batalkan", "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.sudah-selesai"));
    }

    @Test
    void persiapanPanselJadwalMundurDanPembatalan() {
        SeleksiTerbuka s = dengan(StatusSeleksi.DIUMUMKAN, List.of(KETUA), List.of(peserta(1, null)), List.of());
        Map<TahapSeleksi, JadwalTahap> jadwal = new EnumMap<>(TahapSeleksi.class);
        jadwal.put(TahapSeleksi.PENGUMUMAN, new JadwalTahap(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 1)));
        jadwal.put(TahapSeleksi.ADMINISTRASI, new JadwalTahap(LocalDate.of(2025, 3, 5), null));
        assertThatThrownBy(() -> s.ubahJadwal(jadwal))
                .satisfies(t ->
                        assertThat(field(t)).containsExactly("jadwal.PENGUMUMAN.selesai", "jadwal.ADMINISTRASI.mulai"));
        assertThat(s.ubahJadwal(Map.of(
                                TahapSeleksi.PENGUMUMAN,
                                new JadwalTahap(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 14))))
                        .jadwal()
                        .get(TahapSeleksi.PENGUMUMAN)
                        .selesai())
                .isEqualTo(LocalDate.of(2025, 3, 14));
        assertThatThrownBy(() -> s.nonaktifkanPansel(99, "bkd", PADA)).isInstanceOf(DataTidakDitemukanException.class);
        assertThat(s.nonaktifkanPansel(5, "bkd", PADA).pansel())
                .extracting(AnggotaPansel::aktif)
                .containsExactly(false);
        SeleksiTerbuka mundur = s.mundurkan(1, "Mengundurkan diri secara tertulis", PADA);
        assertThat(mundur.peserta(1).mundur()).isTrue();
        assertThatThrownBy(() -> mundur.mundurkan(1, "Lagi", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.peserta.sudah-mundur"));
        assertThatThrownBy(() -> s.batalkan(" ", "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.alasan.wajib"));
        assertThat(s.batalkan("Formasi dialihkan", "bkd", PADA).status()).isEqualTo(StatusSeleksi.DIBATALKAN);
        SeleksiTerbuka diajukan = dengan(StatusSeleksi.TIGA_NAMA_DIAJUKAN, List.of(KETUA), List.of(), List.of());
        assertThatThrownBy(() -> diajukan.tambahPansel("Anggota", PeranPansel.ANGGOTA, null, "bkd", PADA))
                .satisfies(t -> assertThat(kode(t)).isEqualTo("seleksi.tidak-dapat-diubah"));
        List<AnggotaPansel> tidakDiubah = new ArrayList<>(s.pansel());
        assertThat(s.pansel()).isEqualTo(tidakDiubah);
    }
}
