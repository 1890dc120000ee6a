package id.aparatur.seleksi.application;

import id.aparatur.seleksi.domain.Peringkat;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The ranking snapshots of the submission and the decision, stored as JSON. */
final class JsonPeringkat {

    private JsonPeringkat() {}

    static List<Peringkat> baca(ObjectMapper json, String teks) {
        return json.readValue(teks, new TypeReference<List<Peringkat>>() {});
    }
}
