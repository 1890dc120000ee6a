/** HTML pages of the asesmen module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.asesmen.web;
