/** JSON API of the rule registry under {@code /api/v1/aturan}. */
@org.jspecify.annotations.NullMarked
package id.aparatur.aturan.rest;
