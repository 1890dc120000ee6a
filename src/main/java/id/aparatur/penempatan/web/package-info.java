/** HTML pages of the penempatan module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan.web;
