package id.aparatur.aturan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One version of a rule table.
 *
 * @param kode the table
 * @param nomor 1, 2, … in the order proposed
 * @param berlakuMulai from when it is (or would be) in force
 * @param berlakuSampai for an approved version: the day before the next approved version starts; null while open (and
 *     for proposals and rejected versions)
 * @param dasarHukum regulation and article
 * @param catatan note, or null
 * @param nilai the table's value as JSON
 * @param belumDikonfirmasi it rests on a fact the reference marks unconfirmed [U]
 * @param status proposed, approved or rejected
 * @param diusulkanOleh who proposed it ("sistem" for the shipped default)
 * @param diusulkanPada when
 * @param diputusOleh who approved or rejected it, or null
 * @param diputusPada when, or null
 * @param alasanPenolakan the PPK's reason for a rejection, or null
 * @param versi optimistic-lock version of a proposal (send it back to approve or reject)
 * @param dikelolaPemilik the version lives in the owner's own dated table (read-only here)
 */
public record VersiAturan(
        String kode,
        int nomor,
        LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        String dasarHukum,
        @Nullable String catatan,
        JsonNode nilai,
        boolean belumDikonfirmasi,
        StatusVersi status,
        String diusulkanOleh,
        @Nullable OffsetDateTime diusulkanPada,
        @Nullable String diputusOleh,
        @Nullable OffsetDateTime diputusPada,
        @Nullable String alasanPenolakan,
        int versi,
        boolean dikelolaPemilik) {

    /** Whether this version is the one in force on {@code tanggal}. */
    public boolean berlakuPada(LocalDate tanggal) {
        return status == StatusVersi.DISETUJUI
                && !tanggal.isBefore(berlakuMulai)
                && (berlakuSampai == null || !tanggal.isAfter(berlakuSampai));
    }

    /** How a decision names the version it used: {@code JPM_PITA v2}. */
    public String label() {
        return kode + " v" + nomor;
    }
}
