package id.aparatur.asesmen.application;

import id.aparatur.asesmen.SumberAsesmen;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One stored measurement with its levels (code → level 1–5). Cancelled ones stay, with who, when and why. */
public record Asesmen(
        long id,
        String nip,
        LocalDate tanggal,
        SumberAsesmen sumber,
        String asesor,
        @Nullable String catatan,
        @Nullable String bukti,
        Map<String, Integer> level,
        OffsetDateTime dicatatPada,
        String dicatatOleh,
        @Nullable OffsetDateTime dibatalkanPada,
        @Nullable String dibatalkanOleh,
        @Nullable String alasanBatal) {

    public boolean berlaku() {
        return dibatalkanPada == null;
    }
}
