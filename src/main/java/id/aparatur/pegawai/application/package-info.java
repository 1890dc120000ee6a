/** Use cases of the pegawai module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.pegawai.application;
