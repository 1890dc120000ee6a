/** Use cases of the perencanaan module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan.application;
