/** Use cases of the audit module: services, queries and configuration (internal). */
@org.jspecify.annotations.NullMarked
package id.aparatur.audit.application;
