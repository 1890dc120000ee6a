package id.aparatur.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Event: many records changed in one use case (an import). Written like {@link DataDiubah}, one audit row per record,
 * in batches and inside the publisher's transaction. The states are already JSON text.
 *
 * @param entitas the kind of record
 * @param aksi the action
 * @param ringkasan a short description shared by all rows
 * @param entri one per changed record
 */
public record DataDiubahMassal(String entitas, String aksi, String ringkasan, List<Entri> entri) {

    /** One changed record: its id, OPD, and its state before (null when created) and after, as JSON text. */
    public record Entri(
            String entitasId,
            @Nullable Long opdId,
            @Nullable String sebelumJson,
            @Nullable String sesudahJson) {}

    public DataDiubahMassal {
        entri = List.copyOf(entri);
    }
}
