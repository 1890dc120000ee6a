package id.aparatur.akses;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the current user may see. Modules translate it into SQL predicates; records outside it are never listed and
 * answer 404.
 *
 * @param username the login name, never null
 * @param peran the roles, never null
 * @param opdId the OPD the user belongs to (null for BKD staff without a home OPD)
 * @param nip the user's own NIP when the user is an employee
 */
public record Cakupan(
        String username,
        Set<Peran> peran,
        @Nullable Long opdId,
        @Nullable String nip) {

    public Cakupan {
        peran = Set.copyOf(peran);
    }

    /** ADMIN_BKD, ASESOR and the PPK read across the whole Pemda. */
    public boolean semuaOpd() {
        return peran.contains(Peran.ADMIN_BKD) || peran.contains(Peran.ASESOR) || peran.contains(Peran.PPK);
    }

    /** Only ADMIN_BKD changes master and employee data. */
    public boolean pengelola() {
        return peran.contains(Peran.ADMIN_BKD);
    }

    /**
     * For pages that only ADMIN_BKD may open (forms): answers 403 for everyone else. Use cases carry their own
     * {@code @PreAuthorize}; this keeps the forms themselves from showing.
     */
    public void pastikanPengelola() {
        if (!pengelola()) {
            throw new org.springframework.security.access.AccessDeniedException("Hanya ADMIN_BKD");
        }
    }

    public boolean punya(Peran p) {
        return peran.contains(p);
    }

    /** Whether organisation data (OPD, unit, jabatan) of {@code opd} is visible. */
    public boolean melihatOpd(@Nullable Long opd) {
        return semuaOpd() || (opd != null && opd.equals(opdId));
    }
}
