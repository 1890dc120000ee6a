/**
 * Domain of the placement scenarios: the aggregate {@link id.aparatur.penempatan.domain.SkenarioPenempatan} with its
 * transitions and the repository interface it is stored through, the settings and their validation (pins and
 * exclusions belong to the draft), the SK data of a mutation, the jenjang key the engine matches and the rule that
 * turns an SKJ bobot into the engine's integer weight. No Spring, no I/O.
 */
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan.domain;
