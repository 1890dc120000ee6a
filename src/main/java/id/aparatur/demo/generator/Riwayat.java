package id.aparatur.demo.generator;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a pegawai's riwayat ({@code pegawai.riwayat}): jenis PANGKAT, JABATAN, PENDIDIKAN, PELATIHAN,
 * PENGHARGAAN or HUKUMAN_DISIPLIN. {@code tanggalSk} is the date of the decision (ijazah, certificate), {@code tmt}
 * the date it takes effect (for PENDIDIKAN the graduation date, for PELATIHAN the first day).
 */
public record Riwayat(
        long id,
        String nip,
        String jenis,
        String uraian,
        @Nullable String keterangan,
        @Nullable String golongan,
        @Nullable Long jabatanId,
        @Nullable String tingkat,
        @Nullable Integer jp,
        @Nullable String nomorSk,
        @Nullable LocalDate tanggalSk,
        LocalDate tmt,
        @Nullable LocalDate tmtSelesai) {}
