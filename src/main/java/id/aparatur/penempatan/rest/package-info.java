/** JSON API of the penempatan module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan.rest;
