/** HTML pages of the kompetensi module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kompetensi.web;
