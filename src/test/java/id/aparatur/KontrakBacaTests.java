package id.aparatur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Style 8.4.1: a module's SQL reads another module's data only through what that module publishes — the views and
 * functions created in its {@code R__<modul>_kontrak_baca.sql} — and a module whose contract is read is a declared
 * dependency ({@code allowedDependencies}), so that the module diagram shows every real edge. Every schema-qualified
 * name in a SQL-looking string literal of {@code src/main/java} is checked, wherever it stands in the statement
 * (FROM, JOIN, sub-query, function call). Exempt: {@code demo} (its bulk COPY of generated data into every module's
 * tables is documented in its package-info) and {@code sistem} (the backup reads the catalogue, not names).
 */
class KontrakBacaTests {

    static final Path JAVA = Path.of("src/main/java/id/aparatur");
    static final Path MIGRASI = Path.of("src/main/resources/db/migration");
    static final Set<String> DIKECUALIKAN = Set.of("demo", "sistem", "shared");

    static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern SQL =
            Pattern.compile("\\b(select|from|join|update|insert|delete)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMA = Pattern.compile("\\b([a-z_]+)\\.([a-z_][a-z0-9_]*)\\b");
    private static final Pattern KONTRAK = Pattern.compile(
            "CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:VIEW|FUNCTION)\\s+([a-z_]+)\\.([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPENDENSI = Pattern.compile("allowedDependencies\\s*=\\s*\\{([^}]*)}");

    @Test
    void sqlHanyaMembacaKontrakYangDiterbitkanModulLain() {
        Set<String> modul = modul();
        Map<String, Set<String>> kontrak = kontrak();
        Map<String, Set<String>> pelanggaran = new TreeMap<>();
        Map<String, Set<String>> dependensiKurang = new TreeMap<>();
        for (String m : modul) {
            if (DIKECUALIKAN.contains(m)) {
                continue;
            }
            Set<String> boleh = dependensi(m);
            for (Path f : java(m)) {
                for (String sql : literalSql(baca(f))) {
                    Matcher n = NAMA.matcher(sql);
                    while (n.find()) {
                        String skema = n.group(1);
                        String nama = n.group(2);
                        if (skema.equals(m) || !modul.contains(skema) || DIKECUALIKAN.contains(skema)) {
                            continue;
                        }
                        String tempat = JAVA.relativize(f) + " → " + skema + "." + nama;
                        if (!kontrak.getOrDefault(skema, Set.of()).contains(nama)) {
                            pelanggaran.computeIfAbsent(m, k -> new TreeSet<>()).add(tempat);
                        } else if (!boleh.contains(skema)) {
                            dependensiKurang
                                    .computeIfAbsent(m, k -> new TreeSet<>())
                                    .add(tempat);
                        }
                    }
                }
            }
        }
        assertThat(pelanggaran)
                .as("SQL yang membaca tabel modul lain di luar kontrak bacanya")
                .isEmpty();
        assertThat(dependensiKurang)
                .as("kontrak modul lain dibaca tanpa dependensi yang dideklarasikan")
                .isEmpty();
    }

    @Test
    void setiapKontrakBerisiViewAtauFungsiSkemaSendiri() {
        Map<String, Set<String>> kontrak = kontrak();
        assertThat(kontrak).containsKeys("organisasi", "pegawai", "asesmen", "kompetensi", "penempatan", "kinerja");
        kontrak.forEach((skema, nama) -> assertThat(nama)
                .as(skema)
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n).as("kontrak %s.%s", skema, n).matches("v_[a-z0-9_]+|[a-z][a-z0-9_]*")));
    }

    @Test
    void pendeteksiMenemukanBacaanLintasModul() {
        String sql = "SELECT p.nip FROM kinerja.skp s JOIN pegawai.pegawai p ON p.nip = s.nip "
                + "WHERE EXISTS (SELECT 1 FROM organisasi.jabatan j WHERE j.id = p.jabatan_id)";
        Set<String> nama = new TreeSet<>();
        Matcher n = NAMA.matcher(literalSql("\"" + sql + "\"").get(0));
        while (n.find()) {
            nama.add(n.group(1) + "." + n.group(2));
        }
        assertThat(nama).contains("kinerja.skp", "pegawai.pegawai", "organisasi.jabatan");
    }

    /**
     * The SQL edges between modules: for each module (outside {@link #DIKECUALIKAN}), the other modules whose
     * published contracts its SQL reads. Modulith cannot see these; the module diagram adds them (ModularityTests).
     */
    static Map<String, Set<String>> bacaanKontrak() {
        Set<String> modul = modul();
        Map<String, Set<String>> kontrak = kontrak();
        Map<String, Set<String>> hasil = new TreeMap<>();
        for (String m : modul) {
            if (DIKECUALIKAN.contains(m)) {
                continue;
            }
            for (Path f : java(m)) {
                for (String sql : literalSql(baca(f))) {
                    Matcher n = NAMA.matcher(sql);
                    while (n.find()) {
                        String skema = n.group(1);
                        if (!skema.equals(m)
                                && !DIKECUALIKAN.contains(skema)
                                && kontrak.getOrDefault(skema, Set.of()).contains(n.group(2))) {
                            hasil.computeIfAbsent(m, k -> new TreeSet<>()).add(skema);
                        }
                    }
                }
            }
        }
        return hasil;
    }

    /** Published contracts per schema, from every {@code R__*_kontrak_baca.sql}. */
    static Map<String, Set<String>> kontrak() {
        Map<String, Set<String>> hasil = new TreeMap<>();
        try (Stream<Path> s = Files.walk(MIGRASI)) {
            s.filter(p -> p.getFileName().toString().matches("R__[a-z]+_kontrak_baca\\.sql"))
                    .forEach(p -> {
                        Matcher m = KONTRAK.matcher(baca(p));
                        while (m.find()) {
                            hasil.computeIfAbsent(m.group(1), k -> new TreeSet<>())
                                    .add(m.group(2));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hasil;
    }

    static Set<String> modul() {
        try (Stream<Path> s = Files.list(JAVA)) {
            return s.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> dependensi(String modul) {
        Matcher m = DEPENDENSI.matcher(baca(JAVA.resolve(modul).resolve("package-info.java")));
        Set<String> hasil = new TreeSet<>();
        if (m.find()) {
            for (String d : m.group(1).split(",")) {
                String nama = d.strip().replace("\"", "");
                if (!nama.isEmpty()) {
                    hasil.add(nama.split("::")[0].strip());
                }
            }
        }
        return hasil;
    }

    static java.util.List<Path> java(String modul) {
        try (Stream<Path> s = Files.walk(JAVA.resolve(modul))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static java.util.List<String> literalSql(String sumber) {
        java.util.List<String> hasil = new java.util.ArrayList<>();
        Matcher m = LITERAL.matcher(sumber);
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group(2);
            if (SQL.matcher(s).find()) {
                hasil.add(s);
            }
        }
        return hasil;
    }

    static String baca(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
