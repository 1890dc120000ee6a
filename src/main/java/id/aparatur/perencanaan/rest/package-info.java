/** JSON API of the perencanaan module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan.rest;
