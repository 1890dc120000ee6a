package id.aparatur.organisasi;

/** A position as other modules see it. */
public record JabatanRingkas(
        long id,
        long opdId,
        long unitId,
        String kode,
        String nama,
        JenisJabatan jenisJabatan,
        @org.jspecify.annotations.Nullable Jenjang jenjang,
        int kelas,
        String rumpun,
        int kuota,
        boolean aktif) {}
