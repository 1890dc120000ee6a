/** Use cases of the organisasi module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.organisasi.application;
