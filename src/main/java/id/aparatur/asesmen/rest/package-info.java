/** JSON API of the asesmen module under {@code /api/v1} (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.asesmen.rest;
