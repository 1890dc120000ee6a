package id.aparatur;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module structure (no cycles, only declared dependencies) and writes the module documentation. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AparaturApplication.class);

    @Test
    void strukturModulSah() {
        modules.verify();
    }

    @Test
    void tulisDokumentasiModul() {
        new Documenter(modules, "target/spring-modulith-docs")
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
