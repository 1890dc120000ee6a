/** HTML pages of the petajabatan module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan.web;
