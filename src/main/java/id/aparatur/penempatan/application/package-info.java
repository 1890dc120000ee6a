/** Use cases of the penempatan module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan.application;
