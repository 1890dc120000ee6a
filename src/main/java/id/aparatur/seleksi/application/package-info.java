/** Use cases of the seleksi module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.seleksi.application;
