package id.aparatur.sistem;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** What a database error says about its cause, read from the SQLSTATE in the exception chain. */
final class GalatSql {

    private GalatSql() {}

    /**
     * True for SQLSTATE class 22 (data exception: a value too long for its column, a NUL byte, a number out of range,
     * an impossible date), which is a bad request rather than a conflict with other data.
     */
    static boolean dataTidakSah(@Nullable Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState().startsWith("22");
            }
        }
        return false;
    }
}
