package id.aparatur.perencanaan.web;

import org.jspecify.annotations.Nullable;

/**
 * The run form: an approved placement scenario (empty = the current data) and an optional planning year. Both come as
 * text so that a wrong entry is answered with a clear message, not a binding error page.
 */
record KaskadeForm(@Nullable String skenarioId, @Nullable String tahunRencana) {}
