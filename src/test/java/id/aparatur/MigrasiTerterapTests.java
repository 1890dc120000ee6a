package id.aparatur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Style 8.8: a versioned migration that has landed is never edited — a database that applied it would fail Flyway's
 * validation at the next start (or, worse, silently differ from a fresh install). {@code migrasi-terterap.sha256}
 * lists every landed {@code V*.sql} with its SHA-256; this test fails when a listed file changes or disappears and when
 * a {@code V*.sql} is not listed yet (append its line when it lands, in version order). Repeatable migrations
 * ({@code R__*.sql}) are exempt: they are meant to change.
 */
class MigrasiTerterapTests {

    static final Path MIGRASI = Path.of("src/main/resources/db/migration");
    static final Path MANIFEST = Path.of("src/test/resources/migrasi-terterap.sha256");

    /** Versions that were applied somewhere and then withdrawn: never to be used again. */
    static final Map<Integer, String> PENSIUN = Map.of(
            25,
            "kinerja rekap isi ulang, folded into V24 "
                    + "(id.aparatur.sistem.PerbaikanRiwayatMigrasi repairs databases that applied it)");

    private static final Pattern BARIS = Pattern.compile("([0-9a-f]{64}) [ *](\\S+)");
    private static final Pattern VERSI = Pattern.compile("V(\\d+)__[^/]+\\.sql");

    @Test
    void migrasiTerterapTidakBerubah() {
        Map<String, String> manifest = manifest();
        List<String> berubah = new ArrayList<>();
        List<String> hilang = new ArrayList<>();
        manifest.forEach((berkas, sha) -> {
            Path p = MIGRASI.resolve(berkas);
            if (!Files.exists(p)) {
                hilang.add(berkas);
            } else if (!sha256(p).equals(sha)) {
                berubah.add(berkas);
            }
        });
        assertThat(hilang)
                .as("applied migrations deleted: restore them (a database that applied one fails "
                        + "validation); fix forward with a new migration")
                .isEmpty();
        assertThat(berubah)
                .as("applied migrations edited: restore the landed text (git checkout main -- <file>) and "
                        + "fix forward with a new V<n> migration")
                .isEmpty();
    }

    @Test
    void setiapMigrasiBerversiTercatat() {
        Map<String, String> manifest = manifest();
        int tertinggi = Stream.concat(
                        manifest.keySet().stream().map(MigrasiTerterapTests::versi), PENSIUN.keySet().stream())
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        List<String> baru =
                migrasiBerversi().stream().filter(b -> !manifest.containsKey(b)).toList();
        assertThat(baru)
                .as(
                        "a new migration must take a version above every landed or retired one (%d): Flyway "
                                + "does not apply a lower version to a database that is already further",
                        tertinggi)
                .allMatch(b -> versi(b) > tertinggi);
        assertThat(baru)
                .as(
                        "migrations missing from %s; append (in version order) the line(s)%n%s%n(or, in %s: "
                                + "sha256sum <folder>/V<n>__<name>.sql >> ../../../../test/resources/%s)",
                        MANIFEST, baris(baru), MIGRASI, MANIFEST.getFileName())
                .isEmpty();
    }

    @Test
    void manifestUrutVersiTanpaVersiPensiun() {
        List<Integer> versi =
                manifest().keySet().stream().map(MigrasiTerterapTests::versi).toList();
        assertThat(versi)
                .as("lines of %s in version order, one per version", MANIFEST)
                .isSorted()
                .doesNotHaveDuplicates();
        assertThat(migrasiBerversi())
                .as("retired versions %s are never used again", PENSIUN)
                .noneMatch(b -> PENSIUN.containsKey(versi(b)));
    }

    @Test
    void pemeriksaanMengenaliPerubahanSatuBaris() {
        String asli = "CREATE TABLE x (a int);\n";
        assertThat(sha256(asli.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(sha256(asli.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(sha256("CREATE TABLE x (a bigint);\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(BARIS.matcher("0".repeat(64) + "  kinerja/V26__kinerja_contoh.sql")
                        .matches())
                .isTrue();
        assertThat(versi("kinerja/V26__kinerja_contoh.sql")).isEqualTo(26);
    }

    /** Path below {@link #MIGRASI} → SHA-256, in file order; fails on a malformed line. */
    static Map<String, String> manifest() {
        Map<String, String> hasil = new LinkedHashMap<>();
        for (String baris : baca(MANIFEST)) {
            if (baris.isBlank() || baris.startsWith("#")) {
                continue;
            }
            Matcher m = BARIS.matcher(baris.strip());
            assertThat(m.matches())
                    .as("line of %s: '<sha256>  <folder>/V<n>__<name>.sql': %s", MANIFEST, baris)
                    .isTrue();
            assertThat(hasil.put(m.group(2), m.group(1)))
                    .as("listed twice: %s", m.group(2))
                    .isNull();
        }
        return hasil;
    }

    static List<String> migrasiBerversi() {
        try (Stream<Path> s = Files.walk(MIGRASI)) {
            return s.filter(p -> VERSI.matcher(p.getFileName().toString()).matches())
                    .map(p -> MIGRASI.relativize(p).toString().replace('\\', '/'))
                    .sorted((a, b) -> Integer.compare(versi(a), versi(b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int versi(String berkas) {
        Matcher m = VERSI.matcher(Path.of(berkas).getFileName().toString());
        assertThat(m.matches())
                .as("versioned migration name V<n>__<name>.sql: %s", berkas)
                .isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String baris(List<String> berkas) {
        return berkas.stream().map(b -> sha256(MIGRASI.resolve(b)) + "  " + b).collect(Collectors.joining("\n"));
    }

    /** SHA-256 of the file with LF line endings (what {@code sha256sum} prints on a Linux checkout). */
    static String sha256(Path p) {
        try {
            return sha256(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] isi) {
        String lf = new String(isi, StandardCharsets.UTF_8).replace("\r\n", "\n");
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(lf.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> baca(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
