/** Use cases of the akses module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.akses.application;
