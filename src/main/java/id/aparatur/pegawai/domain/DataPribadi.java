package id.aparatur.pegawai.domain;

import org.jspecify.annotations.Nullable;

/**
 * Protected personal data (agama, status perkawinan, disabilitas). Recorded for the DRH, shown only to BKD and the
 * employee; never read by placement, promotion or ranking logic (merit guard, see {@code MeritGuardTests}).
 */
public record DataPribadi(
        @Nullable String agama,
        @Nullable String statusPerkawinan,
        @Nullable String disabilitas) {

    public static final java.util.List<String> AGAMA =
            java.util.List.of("ISLAM", "KRISTEN", "KATOLIK", "HINDU", "BUDDHA", "KONGHUCU", "KEPERCAYAAN");
    public static final java.util.List<String> STATUS_PERKAWINAN =
            java.util.List.of("BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI");
}
