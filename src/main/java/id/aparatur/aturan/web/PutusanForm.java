package id.aparatur.aturan.web;

import org.jspecify.annotations.Nullable;

/** The PPK's decision: the versi shown on the page, and for a rejection the reason. */
record PutusanForm(@Nullable Integer versi, @Nullable String alasan) {}
