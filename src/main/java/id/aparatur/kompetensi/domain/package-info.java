/** Domain model of the kompetensi module: aggregates, value objects and named rules (no Spring beans, no I/O). */
@org.jspecify.annotations.NullMarked
package id.aparatur.kompetensi.domain;
