package id.aparatur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module structure (no cycles, only declared dependencies) and writes the module documentation. The
 * component diagram that Modulith writes shows the Java dependencies only; the edges of SQL that reads another
 * module's published read contract (KontrakBacaTests) are added to it as "reads contract", and
 * {@code docs/modul/components.puml} must show exactly these edges, so that the documented architecture cannot miss a
 * real one. Regenerate with {@code ./mvnw test -Dtest=ModularityTests && cp target/spring-modulith-docs/* docs/modul/}.
 */
class ModularityTests {

    static final Path DOKUMEN = Path.of("docs/modul/components.puml");
    static final Path KELUARAN = Path.of("target/spring-modulith-docs");
    static final Pattern KOMPONEN = Pattern.compile("^\\s*Component\\(([^,]+), \"([^\"]+)\"", Pattern.MULTILINE);
    static final Pattern RELASI = Pattern.compile("^Rel\\(([^,]+), ([^,]+),", Pattern.MULTILINE);

    private final ApplicationModules modules = ApplicationModules.of(AparaturApplication.class);

    @Test
    void strukturModulSah() {
        modules.verify();
    }

    @Test
    void tulisDokumentasiModul() throws IOException {
        new Documenter(modules, KELUARAN.toString())
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path komponen = KELUARAN.resolve("components.puml");
        String puml = Files.readString(komponen);
        Map<String, String> id = idKomponen(puml);
        Set<List<String>> java = tepiJava();
        List<String> tambahan = new ArrayList<>();
        KontrakBacaTests.bacaanKontrak()
                .forEach((dari, ke) -> ke.forEach(k -> {
                    if (!java.contains(List.of(dari, k))) {
                        tambahan.add("Rel(" + id.get(dari) + ", " + id.get(k)
                                + ", \"reads contract\", $techn=\"SQL\", $tags=\"\", $link=\"\")");
                    }
                }));
        int akhir = puml.lastIndexOf("@enduml");
        Files.writeString(
                komponen,
                puml.substring(0, akhir)
                        + String.join("\n", tambahan)
                        + (tambahan.isEmpty() ? "" : "\n")
                        + puml.substring(akhir));
    }

    @Test
    void diagramKomponenMenunjukkanSetiapTepiNyata() throws IOException {
        Set<List<String>> harapan = new TreeSet<>(UrutanPasangan.PASANGAN);
        harapan.addAll(tepiJava());
        KontrakBacaTests.bacaanKontrak().forEach((dari, ke) -> ke.forEach(k -> harapan.add(List.of(dari, k))));

        String puml = Files.readString(DOKUMEN);
        Map<String, String> modulDariId = new HashMap<>();
        idKomponen(puml).forEach((modul, id) -> modulDariId.put(id, modul));
        Set<List<String>> tergambar = new TreeSet<>(UrutanPasangan.PASANGAN);
        Matcher r = RELASI.matcher(puml);
        while (r.find()) {
            tergambar.add(List.of(modulDariId.get(r.group(1)), modulDariId.get(r.group(2))));
        }
        assertThat(tergambar)
                .as(
                        "tepi di %s (perbarui: ./mvnw test -Dtest=ModularityTests && cp target/spring-modulith-docs/*"
                                + " docs/modul/)",
                        DOKUMEN)
                .containsExactlyElementsOf(harapan);
    }

    /** Java dependencies between modules (every type Modulith knows), as (from, to) module names. */
    Set<List<String>> tepiJava() {
        Set<List<String>> hasil = new TreeSet<>(UrutanPasangan.PASANGAN);
        for (ApplicationModule m : modules) {
            m.getDirectDependencies(modules).stream()
                    .forEach(d -> hasil.add(List.of(
                            m.getIdentifier().toString(),
                            d.getTargetModule().getIdentifier().toString())));
        }
        return hasil;
    }

    /** Module name → the component id of the diagram, through the module's display name. */
    Map<String, String> idKomponen(String puml) {
        Map<String, String> namaTampil = new HashMap<>();
        for (ApplicationModule m : modules) {
            namaTampil.put(m.getDisplayName(), m.getIdentifier().toString());
        }
        Map<String, String> hasil = new HashMap<>();
        Matcher k = KOMPONEN.matcher(puml);
        while (k.find()) {
            hasil.put(namaTampil.get(k.group(2)), k.group(1));
        }
        return hasil;
    }

    /** Orders (from, to) pairs so that a failing assertion lists them readably. */
    enum UrutanPasangan implements Comparator<List<String>> {
        PASANGAN;

        @Override
        public int compare(List<String> a, List<String> b) {
            int c = a.get(0).compareTo(b.get(0));
            return c != 0 ? c : a.get(1).compareTo(b.get(1));
        }
    }
}
