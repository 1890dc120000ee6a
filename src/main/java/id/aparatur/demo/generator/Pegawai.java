package id.aparatur.demo.generator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A pegawai seated in a jabatan; {@code atasanNip} is null only for the Sekda. */
public record Pegawai(String nip, String nama, @Nullable String gelarDepan, @Nullable String gelarBelakang,
        String jenisKelamin, LocalDate tanggalLahir, LocalDate tmtCpns, long jabatanId, long unitId, long opdId,
        @Nullable String atasanNip) {

    /** Name with gelar, as written on an SK. */
    public String namaLengkap() {
        return (gelarDepan == null ? "" : gelarDepan + " ") + nama + (gelarBelakang == null ? "" : ", " + gelarBelakang);
    }
}
