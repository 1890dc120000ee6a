package id.aparatur.kompetensi.domain;

import id.aparatur.kompetensi.JenisKompetensi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rules a dictionary entry must satisfy (PermenPANRB 38/2017 tentang Standar Kompetensi Jabatan
 * ASN and its Lampiran, the kamus kompetensi: each kompetensi in the kamus has a kode, nama, definisi, and a description with indikator perilaku
 * for each of the five levels). Each rule is a method, so that tests name and check them one by one.
 */
public final class AturanKompetensi {

    /**
     * Kode format: a jenis prefix ({@code M} manajerial, {@code SK} sosial kultural, {@code T} teknis), an optional
     * rumpun segment for teknis, and a two-digit number: {@code M.01}, {@code SK.01}, {@code T.KEU.03}.
     */
    public static final Pattern POLA_KODE = Pattern.compile("^[A-Z]{1,3}(\\.[A-Z]{2,4})?\\.[0-9]{2}$");

    /** PermenPANRB 38/2017 Lampiran: every kompetensi is described at levels 1 to 5. */
    public static final int JUMLAH_LEVEL = 5;

    private AturanKompetensi() {}

    /** Kode follows the kamus numbering of PermenPANRB 38/2017 Lampiran (M.01–M.08, SK.01) and its teknis extension. */
    public static List<Pelanggaran> kodeSesuaiPola(@Nullable String kode) {
        if (kode == null || kode.isBlank()) {
            return List.of(new Pelanggaran("kode", "NotBlank"));
        }
        return POLA_KODE.matcher(kode).matches() ? List.of() : List.of(new Pelanggaran("kode", "kompetensi.kode.pola"));
    }

    /**
     * Kompetensi teknis is defined per rumpun jabatan by the instansi pembina (PermenPANRB 38/2017),
     * so a TEKNIS entry needs an existing rumpun; manajerial and sosial kultural apply to every jabatan and have none.
     */
    public static List<Pelanggaran> rumpunSesuaiJenis(
            @Nullable JenisKompetensi jenis, @Nullable String rumpunKode, Predicate<String> rumpunAda) {
        if (jenis == JenisKompetensi.TEKNIS) {
            if (rumpunKode == null) {
                return List.of(new Pelanggaran("rumpunKode", "kompetensi.rumpun.wajib-teknis"));
            }
            if (!rumpunAda.test(rumpunKode)) {
                return List.of(new Pelanggaran("rumpunKode", "kompetensi.rumpun.tidak-dikenal"));
            }
        } else if (jenis != null && rumpunKode != null) {
            return List.of(new Pelanggaran("rumpunKode", "kompetensi.rumpun.hanya-teknis"));
        }
        return List.of();
    }

    /** The period of validity (masa berlaku) cannot end before it starts. */
    public static List<Pelanggaran> masaBerlakuUrut(@Nullable LocalDate mulai, @Nullable LocalDate sampai) {
        if (mulai != null && sampai != null && sampai.isBefore(mulai)) {
            return List.of(new Pelanggaran("berlakuSampai", "kompetensi.berlaku-sampai.sebelum-mulai"));
        }
        return List.of();
    }

    /** PermenPANRB 38/2017 Lampiran: all five levels are present, each with a deskripsi and indikator perilaku. */
    public static List<Pelanggaran> limaLevelLengkap(List<LevelKompetensi> daftarLevel) {
        List<Pelanggaran> hasil = new ArrayList<>();
        if (daftarLevel.size() != JUMLAH_LEVEL) {
            hasil.add(new Pelanggaran("level", "kompetensi.level.lima"));
            return hasil;
        }
        for (int i = 0; i < JUMLAH_LEVEL; i++) {
            LevelKompetensi l = daftarLevel.get(i);
            if (l.level() != i + 1) {
                hasil.add(new Pelanggaran("level", "kompetensi.level.lima"));
                return hasil;
            }
            if (kosong(l.deskripsi())) {
                hasil.add(new Pelanggaran("level[" + i + "].deskripsi", "NotBlank"));
            }
            if (kosong(l.indikator())) {
                hasil.add(new Pelanggaran("level[" + i + "].indikator", "NotBlank"));
            }
        }
        return hasil;
    }

    /** Nama, definisi, dasar hukum, jenis and the start of validity are part of every kamus entry. */
    public static List<Pelanggaran> isianWajibLengkap(RincianKompetensi r) {
        List<Pelanggaran> hasil = new ArrayList<>();
        if (kosong(r.nama())) {
            hasil.add(new Pelanggaran("nama", "NotBlank"));
        }
        if (r.jenis() == null) {
            hasil.add(new Pelanggaran("jenis", "NotNull"));
        }
        if (kosong(r.definisi())) {
            hasil.add(new Pelanggaran("definisi", "NotBlank"));
        }
        if (kosong(r.dasarHukum())) {
            hasil.add(new Pelanggaran("dasarHukum", "NotBlank"));
        }
        if (r.berlakuMulai() == null) {
            hasil.add(new Pelanggaran("berlakuMulai", "NotNull"));
        }
        return hasil;
    }

    /** Every rule above except the kode format; empty when the entry is valid. */
    public static List<Pelanggaran> periksa(RincianKompetensi r, Predicate<String> rumpunAda) {
        List<Pelanggaran> hasil = new ArrayList<>(isianWajibLengkap(r));
        hasil.addAll(rumpunSesuaiJenis(r.jenis(), r.rumpunKode(), rumpunAda));
        hasil.addAll(masaBerlakuUrut(r.berlakuMulai(), r.berlakuSampai()));
        hasil.addAll(limaLevelLengkap(r.level()));
        return hasil;
    }

    private static boolean kosong(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
