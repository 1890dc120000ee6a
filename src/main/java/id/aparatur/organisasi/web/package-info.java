/** HTML pages of the organisasi module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.organisasi.web;
