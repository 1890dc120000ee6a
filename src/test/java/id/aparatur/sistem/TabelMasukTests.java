package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** The header check and the typed parsers, with their Indonesian messages. */
class TabelMasukTests {

    static ReloadableResourceBundleMessageSource pesan() {
        var ms = new ReloadableResourceBundleMessageSource();
        ms.setBasenames("classpath:i18n/messages", "classpath:i18n/impor");
        ms.setDefaultEncoding("UTF-8");
        ms.setFallbackToSystemLocale(false);
        return ms;
    }

    static final List<KolomImpor> KOLOM = List.of(
            new KolomImpor("Kode", true, "k", "A1"),
            new KolomImpor("Nama", true, "k", "Ani"),
            new KolomImpor("Tanggal", false, "k", "2024-01-31"));

    BerkasTabel berkas;

    TabelMasuk tabel(String csv) {
        berkas = BerkasTabel.buka(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "uji.csv");
        return new TabelMasuk(berkas, pesan());
    }

    @AfterEach
    void tutup() {
        if (berkas != null) {
            berkas.close();
        }
    }

    List<BarisMasuk> baris(TabelMasuk t) {
        try (Stream<BarisMasuk> s = t.baris()) {
            return s.toList();
        }
    }

    @Test
    void kepalaYangSahTidakMenghasilkanGalat() {
        assertThat(tabel("Nama,Kode\nAni,A1\n").periksaKepala(KOLOM)).isEmpty();
    }

    @Test
    void kolomHilangTakDikenalGandaDanKosongDilaporkanDiBarisSatu() {
        List<GalatImpor> g =
                tabel("Kode,kode,Umur,Kode,,Tanggal\nA,B,C,D,E,F\n").periksaKepala(KOLOM);
        assertThat(g).extracting(GalatImpor::baris).containsOnly(1);
        assertThat(g)
                .extracting(GalatImpor::pesan)
                .containsExactly(
                        "Kolom \"kode\" (kolom B) tidak dikenal; maksud Anda \"Kode\"? Huruf besar dan kecil harus sama dengan templat.",
                        "Kolom \"Umur\" (kolom C) tidak dikenal. Kolom yang dikenal: Kode, Nama, Tanggal.",
                        "Kolom \"Kode\" muncul lebih dari sekali (kolom A dan D).",
                        "Judul kolom E kosong; beri judul atau hapus kolom tersebut.",
                        "Kolom wajib \"Nama\" tidak ada di baris judul.");
        assertThat(g.get(2).kolom()).isEqualTo("Kode");
    }

    @Test
    void nilaiBertipeDiuraikanAtauDicatatSebagaiGalat() {
        TabelMasuk t = tabel("""
                Kode,Nama,Tanggal,Jumlah,Jenis,Status
                A1,Ani,2024-01-31,12,a,aktif
                A2,,31-01-2024,12.0,B,NONAKTIF
                A1,Budi,31/01/2024,x,C,lain
                A4,Cici,2024-02-30,1.5,,
                A5,Dedi,31.01.2024,2000,,
                """);
        PenguraiNilai p = t.pengurai();
        List<BarisMasuk> b = baris(t);
        assertThat(p.tanggal(b.get(0), "Tanggal", true)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(p.tanggal(b.get(1), "Tanggal", true)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(p.tanggal(b.get(2), "Tanggal", true)).isEqualTo(LocalDate.of(2024, 1, 31));
        assertThat(p.tanggal(b.get(3), "Tanggal", true)).isNull();
        assertThat(p.tanggal(b.get(4), "Tanggal", true)).isNull();
        assertThat(p.bilangan(b.get(0), "Jumlah", true)).isEqualTo(12);
        assertThat(p.bilangan(b.get(1), "Jumlah", true)).isEqualTo(12);
        assertThat(p.bilangan(b.get(2), "Jumlah", true)).isNull();
        assertThat(p.bilangan(b.get(3), "Jumlah", true)).isNull();
        assertThat(p.bilangan(b.get(4), "Jumlah", true, 0, 1000)).isNull();
        assertThat(p.pilihan(b.get(0), "Jenis", true, List.of("A", "B"))).isEqualTo("A");
        assertThat(p.pilihan(b.get(2), "Jenis", true, List.of("A", "B"))).isNull();
        assertThat(p.pilihan(b.get(3), "Jenis", false, List.of("A", "B"))).isNull();
        assertThat(p.pilihan(b.get(1), "Status", true, Status.class)).isEqualTo(Status.NONAKTIF);
        assertThat(p.pilihan(b.get(0), "Status", true, Status.class)).isEqualTo(Status.AKTIF);
        assertThat(p.pilihan(b.get(2), "Status", true, Status.class)).isNull();
        assertThat(p.teks(b.get(1), "Nama", true)).isNull();
        assertThat(p.teks(b.get(0), "Kolom Tak Ada", false)).isNull();
        assertThat(p.teks(b.get(0), "Nama", true, 2)).isNull();
        for (BarisMasuk x : b) {
            p.unik(x, "Kode", t.nilai(x, "Kode"));
        }
        assertThat(p.daftarGalat())
                .extracting(g -> g.baris() + " " + g.kolom() + " " + g.nilai() + ": " + g.pesan())
                .containsExactly(
                        "5 Tanggal 2024-02-30: Bukan tanggal yang sah; tulis tttt-bb-hh (misalnya 2024-01-31), hh-bb-tttt atau hh/bb/tttt.",
                        "6 Tanggal 31.01.2024: Bukan tanggal yang sah; tulis tttt-bb-hh (misalnya 2024-01-31), hh-bb-tttt atau hh/bb/tttt.",
                        "4 Jumlah x: Bukan bilangan bulat.",
                        "5 Jumlah 1.5: Bukan bilangan bulat.",
                        "6 Jumlah 2000: Harus antara 0 dan 1000.",
                        "4 Jenis C: Nilai tidak dikenal; pilih salah satu dari: A, B.",
                        "4 Status lain: Nilai tidak dikenal; pilih salah satu dari: AKTIF, NONAKTIF.",
                        "3 Nama : Wajib diisi.",
                        "2 Nama Ani: Terlalu panjang (paling banyak 2 karakter).",
                        "4 Kode A1: Nilai ganda: sudah dipakai di baris 2.");
        assertThatThrownBy(p::tolakBilaAdaGalat)
                .isInstanceOf(ImporDitolakException.class)
                .extracting("jumlahGalat")
                .isEqualTo(10);
        assertThat(t.jumlahBaris()).isEqualTo(5);
    }

    @Test
    void galatDibatasiTetapiTetapDihitung() {
        TabelMasuk t = tabel("Kode\nA\n");
        PenguraiNilai p = t.pengurai();
        for (int i = 0; i < ImporDitolakException.BATAS + 5; i++) {
            p.galat(new GalatImpor(i, "Kode", "", "x"));
        }
        assertThat(p.daftarGalat()).hasSize(ImporDitolakException.BATAS);
        assertThat(p.jumlahGalat()).isEqualTo(ImporDitolakException.BATAS + 5);
    }

    enum Status {
        AKTIF,
        NONAKTIF
    }
}
