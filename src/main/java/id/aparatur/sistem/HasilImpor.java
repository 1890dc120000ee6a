package id.aparatur.sistem;

import java.util.List;

/**
 * The outcome of an accepted import.
 *
 * @param dibaca data rows read (empty rows not counted)
 * @param ditambah records created
 * @param diubah records updated (upsert); rows that changed nothing count in neither
 * @param peringatan messages (Bahasa Indonesia) about rows that were accepted but deserve attention
 */
public record HasilImpor(int dibaca, int ditambah, int diubah, List<String> peringatan) {

    public HasilImpor {
        peringatan = List.copyOf(peringatan);
    }
}
