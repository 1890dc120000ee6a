/** HTML pages of the perencanaan module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan.web;
