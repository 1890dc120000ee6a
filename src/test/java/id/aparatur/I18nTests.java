package id.aparatur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No literal text in templates (all UI text comes from the message bundles), and the id/en bundles have the same keys. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Pattern ATRIBUT_LITERAL =
            Pattern.compile("(?<![:\\w-])(placeholder|title|aria-label|alt)=\"[^\"]*\\p{L}[^\"]*\"");

    @Test
    void templatTanpaTeksLiteral() throws IOException {
        List<String> temuan = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String isi = Files.readString(f)
                        .replaceAll("(?s)<!--.*?-->", "")
                        .replaceAll("(?s)<script.*?</script>", "")
                        .replaceAll("(?s)<style.*?</style>", "");
                periksa(f, isi, temuan);
            }
        }
        assertThat(temuan).isEmpty();
    }

    /**
     * Walks the markup: a text node with letters is literal unless the element that opened last has th:text/th:utext;
     * attributes a person reads (placeholder, title, aria-label, alt) must come from a th: attribute.
     */
    private static void periksa(Path f, String isi, List<String> temuan) {
        String tagTerakhir = "";
        int i = 0;
        while (i < isi.length()) {
            char c = isi.charAt(i);
            if (c == '<') {
                int j = i + 1;
                char kutip = 0;
                while (j < isi.length()) {
                    char d = isi.charAt(j);
                    if (kutip != 0) {
                        if (d == kutip) {
                            kutip = 0;
                        }
                    } else if (d == '"' || d == '\'') {
                        kutip = d;
                    } else if (d == '>') {
                        break;
                    }
                    j++;
                }
                String tag = isi.substring(i, Math.min(j + 1, isi.length()));
                if (ATRIBUT_LITERAL.matcher(tag).find()) {
                    temuan.add(f + " atribut: " + tag.replaceAll("\\s+", " "));
                }
                if (!tag.startsWith("</")) {
                    tagTerakhir = tag;
                }
                i = j + 1;
            } else {
                int j = isi.indexOf('<', i);
                j = j < 0 ? isi.length() : j;
                String teks = isi.substring(i, j).replaceAll("&[a-z]+;", " ").trim();
                boolean diganti = tagTerakhir.contains("th:text")
                        || tagTerakhir.contains("th:utext")
                        || tagTerakhir.contains("th:errors");
                if (teks.matches("(?s).*\\p{L}.*") && !diganti && !tagTerakhir.startsWith("<!DOCTYPE")) {
                    temuan.add(f + " teks: '" + teks + "' setelah " + tagTerakhir.replaceAll("\\s+", " "));
                }
                i = j;
            }
        }
    }

    @Test
    void kunciBahasaIndonesiaDanInggrisSama() throws IOException {
        List<String> beda = new ArrayList<>();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path id : files.filter(p -> p.getFileName().toString().endsWith("_id.properties"))
                    .toList()) {
                Path en = id.resolveSibling(id.getFileName().toString().replace("_id.properties", "_en.properties"));
                Set<String> kid = kunci(id);
                Set<String> ken = kunci(en);
                Set<String> hanyaId = new TreeSet<>(kid);
                hanyaId.removeAll(ken);
                Set<String> hanyaEn = new TreeSet<>(ken);
                hanyaEn.removeAll(kid);
                if (!hanyaId.isEmpty() || !hanyaEn.isEmpty()) {
                    beda.add(id.getFileName() + ": hanya id " + hanyaId + ", hanya en " + hanyaEn);
                }
            }
        }
        assertThat(beda).isEmpty();
    }

    private static Set<String> kunci(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        }
        return new TreeSet<>(props.stringPropertyNames());
    }
}
