/**
 * Platform plumbing shared by every module: the embedded PostgreSQL (default) or an external one, the clock, i18n,
 * error responses (RFC 9457 ProblemDetail for the API, error pages for the UI) and the Excel export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sistem", allowedDependencies = {"shared"})
@org.jspecify.annotations.NullMarked
package id.aparatur.sistem;
