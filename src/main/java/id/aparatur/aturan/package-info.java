/**
 * Aturan berlaku: the registry of every rule table of the application (BUP, JPM bands, TPP shares, the predikat matrix,
 * the cascade gates, …) as dated versions with their legal basis. An owner module declares a table by implementing
 * {@link id.aparatur.aturan.DefinisiAturan} as a Spring bean (its default value is the first version, with its source);
 * BKD proposes a new version from a later date, the PPK approves or rejects it; an approved version is in force from its
 * {@code berlakuMulai} until the day before the next approved version starts. A decision reads the version in force on
 * its reference date through {@link id.aparatur.aturan.AturanBerlaku} and records which version it used.
 *
 * <p><b>Read API</b>: the SPI {@link id.aparatur.aturan.DefinisiAturan} with {@link id.aparatur.aturan.PelanggaranNilai},
 * {@link id.aparatur.aturan.VersiPemilik} and the checks of {@link id.aparatur.aturan.PemeriksaNilai}; the facade
 * {@link id.aparatur.aturan.AturanBerlaku} with {@link id.aparatur.aturan.VersiAturan},
 * {@link id.aparatur.aturan.RingkasanAturan} and {@link id.aparatur.aturan.StatusVersi}. Nothing of the schema
 * {@code aturan} is read by other modules.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Aturan Berlaku",
        allowedDependencies = {"shared", "sistem", "akses", "audit"})
@org.jspecify.annotations.NullMarked
package id.aparatur.aturan;
