/**
 * Seleksi terbuka JPT (PermenPANRB 15/2019): a vacant JPT position is never filled by the cascade; it opens an open
 * selection with its stages, configurable scoring weights, the panel's three names and the PPK's recorded choice (with
 * a written justification when it is not the top-ranked name).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Seleksi Terbuka JPT",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "organisasi", "pegawai", "pegawai :: query"})
@org.jspecify.annotations.NullMarked
package id.aparatur.seleksi;
