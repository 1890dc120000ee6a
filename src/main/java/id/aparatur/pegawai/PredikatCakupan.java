package id.aparatur.pegawai;

import id.aparatur.akses.Cakupan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * For read models in other modules that JOIN {@code pegawai.pegawai}: the SQL predicate that limits rows to the
 * employees the user may see (same rules as every employee page and API).
 */
public final class PredikatCakupan {

    private PredikatCakupan() {}

    /**
     * @param c the user's scope
     * @param alias the alias of {@code pegawai.pegawai} in the caller's query
     * @param param named parameters; the predicate's own are added here
     * @return a predicate, {@code true} for BKD/asesor, {@code false} when nothing is visible
     */
    public static String sql(Cakupan c, String alias, Map<String, Object> param) {
        List<String> syarat = new ArrayList<>();
        id.aparatur.pegawai.application.PegawaiQuery.cakupanPublik(c, syarat, param);
        String s = syarat.isEmpty() ? "true" : syarat.get(0);
        return s.replaceAll("\\bp\\.", alias + ".");
    }
}
