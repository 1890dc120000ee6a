package id.aparatur.kompetensi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both kompetensi bundles have the same keys, and the kompetensi templates carry no literal text. */
class KompetensiI18nTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATE = Path.of("src/main/resources/templates/kompetensi");
    /** Text between tags that contains a letter (punctuation separators such as "·" or "–" are allowed). */
    private static final Pattern TEKS_LITERAL = Pattern.compile(">[^<>]*\\p{L}[^<>]*<");

    @Test
    void kunciBahasaIndonesiaDanInggrisSama() throws IOException {
        assertThat(muat("kompetensi_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        muat("kompetensi_id.properties").stringPropertyNames());
    }

    @Test
    void templatTanpaTeksLiteral() throws IOException {
        try (Stream<Path> berkas = Files.list(TEMPLATE)) {
            for (Path p : berkas.toList()) {
                String isi = Files.readString(p, StandardCharsets.UTF_8);
                List<String> temuan =
                        TEKS_LITERAL.matcher(isi).results().map(m -> m.group()).toList();
                assertThat(temuan).as(p.toString()).isEmpty();
            }
        }
    }

    private static Properties muat(String nama) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(I18N.resolve(nama))) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
