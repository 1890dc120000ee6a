/**
 * Domain of the placement scenarios: lifecycle states, settings and their validation, the rule that turns an SKJ
 * bobot into the engine's integer weight, the rule for an active discipline sanction, and the SK data of a mutation.
 */
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan.domain;
