package id.aparatur.demo.generator;

/** A pegawai's career interest in a target jabatan (same or higher kelas). */
public record MinatJabatan(String nip, long jabatanId) {}
