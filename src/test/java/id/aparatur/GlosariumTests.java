package id.aparatur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every public domain type of a module's API package or its {@code domain} package is explained in docs/glosarium.md. */
class GlosariumTests {

    @Test
    void setiapTipeDomainPublikAdaDiGlosarium() throws IOException {
        String glosarium = Files.readString(Path.of("docs/glosarium.md"));
        List<String> hilang = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.aparatur").stream()
                        .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                        .filter(c -> !c.isNestedClass() && !c.isAnonymousClass())
                        .filter(GlosariumTests::domain)
                        .map(JavaClass::getSimpleName)
                        .filter(n -> !glosarium.contains("`" + n + "`") && !glosarium.contains("`" + n + "."))
                        .distinct()
                        .sorted()
                        .toList();
        assertThat(hilang).as("tipe domain tanpa entri di docs/glosarium.md").isEmpty();
    }

    private static boolean domain(JavaClass c) {
        String p = c.getPackageName();
        String[] bagian = p.split("\\.");
        boolean akarModul = bagian.length == 3;
        boolean paketDomain = p.endsWith(".domain");
        boolean teknis =
                c.getSimpleName().matches(".*(Application|Configuration|Controller)$") || p.endsWith(".sistem");
        return (akarModul || paketDomain) && !teknis && !p.equals("id.aparatur");
    }
}
