/** Use cases of the kompetensi module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kompetensi.application;
