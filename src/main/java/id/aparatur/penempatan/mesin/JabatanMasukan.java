package id.aparatur.penempatan.mesin;

import java.util.List;

/**
 * A position offered to the placement.
 *
 * @param id identifier, unique in the problem
 * @param jenjang free string; only employees of exactly this jenjang may be placed here
 * @param kuota seats (≥ 0)
 * @param standarKompetensi SKJ lines
 */
public record JabatanMasukan(
        String id, String jenjang, int kelas, String rumpun, int kuota, List<Syarat> standarKompetensi) {

    public JabatanMasukan {
        standarKompetensi = List.copyOf(standarKompetensi);
    }
}
