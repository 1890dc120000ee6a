/** Services of the rule registry: registration of the declared tables, proposals and decisions, the facade. */
@org.jspecify.annotations.NullMarked
package id.aparatur.aturan.application;
