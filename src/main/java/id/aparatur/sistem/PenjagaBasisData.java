package id.aparatur.sistem;

import java.sql.SQLException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises a refusal by one of the database's guard triggers: they {@code RAISE EXCEPTION} without an error code
 * (SQLSTATE {@code P0001}, raise_exception) when a final record would change (an approved usulan formasi, a final SKP,
 * a decided selection, an append-only trail or riwayat). That is a conflict with the record's state — answered 409,
 * never 500. Triggers that name {@code integrity_constraint_violation} (23000) arrive as
 * {@link org.springframework.dao.DataIntegrityViolationException}, already a 409.
 */
final class PenjagaBasisData {

    /** SQLSTATEs the guard triggers of the migrations raise. */
    static final Set<String> KODE = Set.of("P0001");

    private PenjagaBasisData() {}

    /** Whether a guard trigger raised {@code e} (somewhere in its causes). */
    static boolean menolak(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && KODE.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
