/**
 * Mesin penempatan: the pure-Java engine (no Spring, no I/O) that solves the re-placement problem exactly and proves
 * it with an LP-duality certificate. See {@link id.aparatur.penempatan.mesin.MesinPenempatan} for the algorithm and
 * {@link id.aparatur.penempatan.mesin.PemeriksaSertifikat} for the independent checker.
 */
@id.aparatur.shared.LogikaMerit
@org.springframework.modulith.NamedInterface("mesin")
@org.jspecify.annotations.NullMarked
package id.aparatur.penempatan.mesin;
