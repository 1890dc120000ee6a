/**
 * Akses: user accounts (pengguna), the five roles and the data scope (cakupan) each role grants, form login with
 * throttling, HTTP Basic for the API and optional OIDC single sign-on.
 *
 * <p>Scope rule (enforced in every module's application services): ADMIN_BKD and ASESOR see every record, a
 * PIMPINAN_OPD their own OPD, an ATASAN their direct and indirect subordinates, a PEGAWAI only themself.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Akses",
        allowedDependencies = {"shared", "sistem", "audit"})
@org.jspecify.annotations.NullMarked
package id.aparatur.akses;
