/** HTML pages of the kinerja module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kinerja.web;
