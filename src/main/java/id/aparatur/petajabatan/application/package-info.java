/** Use cases of the petajabatan module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan.application;
