/**
 * Kaskade promosi internal: the pure-Java cascade (no Spring, no I/O). Vacancies are filled top-down, level by level,
 * each step by the optimal assignment of the penempatan engine among the eligible people one level below in the same
 * rumpun; every promotion opens the promoted person's seat, which a later step fills in turn. What is left at the entry
 * levels is the formation. See {@link id.aparatur.perencanaan.kaskade.KaskadePromosi}.
 */
@id.aparatur.shared.LogikaMerit
@org.jspecify.annotations.NullMarked
package id.aparatur.perencanaan.kaskade;
