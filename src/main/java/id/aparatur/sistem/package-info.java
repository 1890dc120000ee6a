/**
 * Platform plumbing shared by every module: the embedded PostgreSQL (default) or an external one, the clock, i18n,
 * error responses (RFC 9457 ProblemDetail for the API, error pages for the UI), the Excel and CSV export (cells
 * neutralised against formula injection) and the all-or-nothing table import: other modules implement the SPI
 * {@link id.aparatur.sistem.Pengimpor}; {@link id.aparatur.sistem.LayananImpor} runs it from {@code /impor} and
 * {@code POST /api/v1/impor/{jenis}}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Sistem",
        allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package id.aparatur.sistem;
