/** JSON API of the pegawai module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.pegawai.rest;
