package id.aparatur.aturan.domain;

import id.aparatur.aturan.StatusVersi;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One stored version of a rule table (child of {@link Aturan}). A proposal is DIUSULKAN; the PPK's decision makes it
 * DISETUJUI or DITOLAK, after which it never changes.
 */
public record Versi(
        int nomor,
        LocalDate berlakuMulai,
        String dasarHukum,
        @Nullable String catatan,
        JsonNode nilai,
        boolean belumDikonfirmasi,
        StatusVersi status,
        String diusulkanOleh,
        OffsetDateTime diusulkanPada,
        @Nullable String diputusOleh,
        @Nullable OffsetDateTime diputusPada,
        @Nullable String alasanPenolakan,
        int versi) {

    public boolean disetujui() {
        return status == StatusVersi.DISETUJUI;
    }

    Versi putus(StatusVersi status, String oleh, OffsetDateTime pada, @Nullable String alasan) {
        return new Versi(
                nomor,
                berlakuMulai,
                dasarHukum,
                catatan,
                nilai,
                belumDikonfirmasi,
                status,
                diusulkanOleh,
                diusulkanPada,
                oleh,
                pada,
                alasan,
                versi);
    }
}
