/** HTML pages of the pegawai module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.pegawai.web;
