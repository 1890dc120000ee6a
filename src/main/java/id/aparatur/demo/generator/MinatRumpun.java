package id.aparatur.demo.generator;

/** A pegawai's career interest in a rumpun jabatan. */
public record MinatRumpun(String nip, String rumpunKode) {}
