/** Use cases of the kinerja module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kinerja.application;
