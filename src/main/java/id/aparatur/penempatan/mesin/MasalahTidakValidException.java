package id.aparatur.penempatan.mesin;

import java.util.List;

/** The problem breaks a structural rule; every offending item is named. */
public class MasalahTidakValidException extends RuntimeException {

    /**
     * One offence.
     *
     * @param lokasi where, e.g. {@code pegawai[12] (198609262015051001).jabatanSaatIni}
     * @param kode a stable machine code, e.g. {@code jabatan-tidak-dikenal}
     * @param pesan a human-readable message (Indonesian)
     */
    public record Galat(String lokasi, String kode, String pesan) {}

    private final transient List<Galat> galat;

    public MasalahTidakValidException(List<Galat> galat) {
        super(
                galat.isEmpty()
                        ? "masalah tidak valid"
                        : galat.get(0).lokasi() + ": " + galat.get(0).pesan());
        this.galat = List.copyOf(galat);
    }

    public List<Galat> galat() {
        return galat;
    }
}
