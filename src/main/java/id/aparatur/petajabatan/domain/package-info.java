/**
 * Domain of the peta kebutuhan: how B (bezetting) and K (kebutuhan = kuota) of positions add up to kurang and lebih
 * (per position, never netted across positions) and how B shrinks year by year when employees retire at their BUP and
 * nobody is recruited. Pure Java, no Spring, no I/O.
 */
@org.jspecify.annotations.NullMarked
package id.aparatur.petajabatan.domain;
