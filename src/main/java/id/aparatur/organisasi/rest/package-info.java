/** JSON API of the organisasi module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.organisasi.rest;
