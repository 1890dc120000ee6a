package id.aparatur.aturan;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule table with all its versions.
 *
 * @param kode the table's code
 * @param nama its name
 * @param modul the owner module
 * @param deskripsi what it decides
 * @param halamanPemilik for a table the owner keeps dated itself: the page where it is edited (null: none, or the
 *     registry keeps it)
 * @param dikelolaPemilik its versions live in the owner's schema and are read-only here
 * @param berlakuHariIni the approved version in force today
 * @param versi every version, newest first
 */
public record RingkasanAturan(
        String kode,
        String nama,
        String modul,
        String deskripsi,
        @Nullable String halamanPemilik,
        boolean dikelolaPemilik,
        @Nullable VersiAturan berlakuHariIni,
        List<VersiAturan> versi) {

    public RingkasanAturan {
        versi = List.copyOf(versi);
    }

    /** Whether a version still awaits the PPK's decision. */
    public boolean adaUsulan() {
        return versi.stream().anyMatch(v -> v.status() == StatusVersi.DIUSULKAN);
    }
}
