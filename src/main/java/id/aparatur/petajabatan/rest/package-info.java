/** JSON API of the petajabatan module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan.rest;
