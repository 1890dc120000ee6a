/** Use cases of the asesmen module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.asesmen.application;
