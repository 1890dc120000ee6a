package id.aparatur.organisasi.domain;

import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.JenisJabatan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a position must satisfy.
 *
 * <ul>
 *   <li>kelas jabatan 1–17 (PermenPANRB 34/2011, evaluasi jabatan);
 *   <li>jenjang only for jabatan fungsional, and required there (UU 20/2023 Pasal 18; PermenPANRB 1/2023);
 *   <li>a JF code ({@code kodeJf}, e.g. {@code GURU}) only for jabatan fungsional, in capitals, digits and
 *       underscores;
 *   <li>kuota (number of seats) not negative;
 *   <li>every jabatan has an SKJ (PP 11/2017 Pasal 134 ayat (2) huruf a: all positions have standar kompetensi);
 *       each line names a competency of the kamus, once, with level 1–5 (PermenPANRB 38/2017) and a weight in (0,
 *       100]. A competency added now must be in force today; retired ones already on the SKJ stay valid;
 *   <li>pangkat minimal written as golongan/ruang I/a … IV/e.
 * </ul>
 */
public final class AturanJabatan {

    /**
     * The lowest and highest kelas jabatan (PermenPANRB 34/2011 tentang Pedoman Evaluasi Jabatan: kelas 1–17). The
     * forms and the API bind their bounds to these constants, so the rule has one home.
     */
    public static final int KELAS_TERENDAH = 1;

    public static final int KELAS_TERTINGGI = 17;

    /**
     * JF codes offered on the form (any code in the format is accepted): common jabatan fungsional of a Pemda. GURU and
     * DOSEN carry a BUP of their own law (pegawai's {@code AturanPensiun}).
     */
    public static final List<String> KODE_JF_UMUM = List.of(
            "GURU",
            "DOSEN",
            "PENGAWAS_SEKOLAH",
            "DOKTER",
            "PERAWAT",
            "BIDAN",
            "APOTEKER",
            "PENYULUH_PERTANIAN",
            "ANALIS_SDM_APARATUR",
            "PERENCANA",
            "AUDITOR",
            "PRANATA_KOMPUTER",
            "ARSIPARIS",
            "PUSTAKAWAN");

    private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

    private AturanJabatan() {}

    public static List<Pelanggaran> periksa(
            Jabatan j,
            Map<String, KompetensiRingkas> kamus,
            Set<String> rumpun,
            Set<String> kodeSkjSebelumnya,
            LocalDate hariIni) {
        List<Pelanggaran> hasil = new ArrayList<>();
        if (j.kode().isBlank()) {
            hasil.add(new Pelanggaran("kode", "NotBlank"));
        }
        if (j.nama().isBlank()) {
            hasil.add(new Pelanggaran("nama", "NotBlank"));
        }
        if (j.kelas() < KELAS_TERENDAH || j.kelas() > KELAS_TERTINGGI) {
            hasil.add(new Pelanggaran("kelas", "jabatan.kelas.rentang"));
        }
        if (j.jenisJabatan() == JenisJabatan.FUNGSIONAL && j.jenjang() == null) {
            hasil.add(new Pelanggaran("jenjang", "jabatan.jenjang.wajib"));
        }
        if (j.jenisJabatan() != JenisJabatan.FUNGSIONAL && j.jenjang() != null) {
            hasil.add(new Pelanggaran("jenjang", "jabatan.jenjang.hanya-fungsional"));
        }
        if (j.kodeJf() != null) {
            if (j.jenisJabatan() != JenisJabatan.FUNGSIONAL) {
                hasil.add(new Pelanggaran("kodeJf", "jabatan.kode-jf.hanya-fungsional"));
            } else if (!j.kodeJf().matches("[A-Z][A-Z0-9_]{1,39}")) {
                hasil.add(new Pelanggaran("kodeJf", "jabatan.kode-jf.format"));
            }
        }
        if (j.kuota() < 0) {
            hasil.add(new Pelanggaran("kuota", "jabatan.kuota.negatif"));
        }
        if (!rumpun.contains(j.rumpun())) {
            hasil.add(new Pelanggaran("rumpun", "jabatan.rumpun.tidak-dikenal"));
        }
        if (j.syaratPangkatMinimal() != null
                && !j.syaratPangkatMinimal().isBlank()
                && !j.syaratPangkatMinimal().matches("(I|II|III|IV)/[a-e]")) {
            hasil.add(new Pelanggaran("syaratPangkatMinimal", "jabatan.pangkat.format"));
        }
        for (Jabatan.HasilKerja h : j.hasilKerja()) {
            if (h.produk().isBlank() || h.satuan().isBlank()) {
                hasil.add(new Pelanggaran("hasilKerja", "jabatan.hasil-kerja.lengkap"));
                break;
            }
        }
        hasil.addAll(periksaSkj(j.standarKompetensi(), kamus, kodeSkjSebelumnya, hariIni));
        return hasil;
    }

    public static List<Pelanggaran> periksaSkj(
            List<Jabatan.StandarKompetensi> skj,
            Map<String, KompetensiRingkas> kamus,
            Set<String> kodeSkjSebelumnya,
            LocalDate hariIni) {
        List<Pelanggaran> hasil = new ArrayList<>();
        if (skj.isEmpty()) {
            hasil.add(new Pelanggaran("standarKompetensi", "jabatan.skj.kosong"));
        }
        Set<String> terlihat = new HashSet<>();
        for (Jabatan.StandarKompetensi s : skj) {
            KompetensiRingkas k = kamus.get(s.kode());
            if (k == null) {
                hasil.add(new Pelanggaran("standarKompetensi", "jabatan.skj.kode-tidak-dikenal"));
            } else if (!kodeSkjSebelumnya.contains(s.kode()) && !k.berlakuPada(hariIni)) {
                hasil.add(new Pelanggaran("standarKompetensi", "jabatan.skj.kode-tidak-berlaku"));
            }
            if (!terlihat.add(s.kode())) {
                hasil.add(new Pelanggaran("standarKompetensi", "jabatan.skj.ganda"));
            }
            if (s.level() < 1 || s.level() > 5) {
                hasil.add(new Pelanggaran("standarKompetensi", "jabatan.skj.level"));
            }
            if (s.bobot().signum() <= 0 || s.bobot().compareTo(SERATUS) > 0) {
                hasil.add(new Pelanggaran("standarKompetensi", "jabatan.skj.bobot"));
            }
        }
        return hasil.stream().distinct().toList();
    }
}
