/** JSON API of the kinerja module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kinerja.rest;
