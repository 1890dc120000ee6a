package id.aparatur.sistem;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Rows in PostgreSQL {@code COPY} text format, sent on the connection of the current transaction: the fast path of
 * bulk imports. {@code null} is written as {@code \\N}; backslash, tab and line breaks are escaped.
 */
public final class SalinCopy {

    private final StringBuilder sb;

    public SalinCopy(int kapasitas) {
        this.sb = new StringBuilder(kapasitas);
    }

    /** Appends one row; values are written with {@code toString()}. */
    public SalinCopy baris(@Nullable Object... kolom) {
        for (int i = 0; i < kolom.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            Object k = kolom[i];
            if (k == null) {
                sb.append("\\N");
                continue;
            }
            String s = k.toString();
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
        }
        sb.append('\n');
        return this;
    }

    /**
     * {@code COPY <tabelDanKolom> FROM STDIN} with the rows collected so far, on the transaction's connection; then
     * starts empty again.
     *
     * @return the number of rows written
     */
    public long kirim(DataSource dataSource, String tabelDanKolom) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + tabelDanKolom + " FROM STDIN", new StringReader(sb.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY ke " + tabelDanKolom + " gagal", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
            sb.setLength(0);
        }
    }
}
