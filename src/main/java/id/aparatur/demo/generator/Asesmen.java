package id.aparatur.demo.generator;

import java.time.LocalDate;
import java.util.List;

/** One competency assessment of a pegawai with the measured level (1..5) of each competency of its jabatan's SKJ. */
public record Asesmen(
        long id, String nip, LocalDate tanggal, String sumber, String asesor, String catatan, List<Level> level) {

    public Asesmen {
        level = List.copyOf(level);
    }

    /** The measured level of one competency. */
    public record Level(String kode, int level) {}
}
