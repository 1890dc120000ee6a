/** JSON API of the kompetensi module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kompetensi.rest;
