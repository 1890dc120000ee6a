package id.aparatur.demo.generator;

import org.jspecify.annotations.Nullable;

/** A demo login account; {@code peran} is the name of an {@code akses.Peran}. */
public record AkunDemo(
        String username,
        String nama,
        String peran,
        @Nullable Long opdId,
        @Nullable String nip) {}
