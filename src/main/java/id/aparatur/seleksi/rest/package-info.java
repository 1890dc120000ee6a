/** JSON API of the seleksi module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.seleksi.rest;
