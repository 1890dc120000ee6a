package id.aparatur.perencanaan.web;

import id.aparatur.perencanaan.domain.JenisPengadaan;
import id.aparatur.perencanaan.domain.UsulanFormasi.UbahBaris;
import id.aparatur.shared.ValidasiException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of the usulan formasi page as posted: per row its id, jumlah usulan (as typed), jenis pengadaan and
 * keterangan, in parallel lists, and the version the page showed.
 */
record BarisFormasiForm(
        int versi,
        @Nullable List<Long> barisId,
        @Nullable List<String> jumlah,
        @Nullable List<String> jenis,
        @Nullable List<String> keterangan) {

    /**
     * The changes, one per row.
     *
     * @throws ValidasiException naming every row whose number or jenis cannot be read ({@code baris[i].jumlahUsulan})
     */
    List<UbahBaris> ubah() {
        List<UbahBaris> ubah = new ArrayList<>();
        List<ValidasiException.Galat> salah = new ArrayList<>();
        int n = barisId == null ? 0 : barisId.size();
        for (int i = 0; i < n; i++) {
            int j;
            try {
                j = Integer.parseInt(
                        jumlah == null || jumlah.size() <= i
                                ? ""
                                : jumlah.get(i).strip());
            } catch (NumberFormatException e) {
                salah.add(new ValidasiException.Galat("baris[" + i + "].jumlahUsulan", "formasi.galat.jumlah"));
                continue;
            }
            JenisPengadaan jp;
            try {
                jp = JenisPengadaan.valueOf(jenis == null || jenis.size() <= i ? "CPNS" : jenis.get(i));
            } catch (IllegalArgumentException e) {
                salah.add(new ValidasiException.Galat("baris[" + i + "].jenisPengadaan", "formasi.galat.jenis"));
                continue;
            }
            ubah.add(new UbahBaris(
                    barisId.get(i), j, jp, keterangan == null || keterangan.size() <= i ? null : keterangan.get(i)));
        }
        if (!salah.isEmpty()) {
            throw new ValidasiException(salah);
        }
        return ubah;
    }
}
