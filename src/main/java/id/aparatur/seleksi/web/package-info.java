/** HTML pages of the seleksi module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.seleksi.web;
