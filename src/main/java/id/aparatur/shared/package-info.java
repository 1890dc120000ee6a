/**
 * Value types used by every module: {@link id.aparatur.shared.Nip}, page results and the domain exceptions that the
 * web layer turns into ProblemDetail responses. Contains no Spring beans.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Shared",
        allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package id.aparatur.shared;
