/** HTML pages of the audit module: Thymeleaf + htmx controllers and form records (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.audit.web;
