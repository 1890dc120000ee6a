package id.aparatur.merit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.aparatur.shared.LogikaMerit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The merit guard: code marked {@link LogikaMerit} (placement, promotion, ranking) never reads agama, jenis kelamin,
 * status perkawinan, umur/tanggal lahir, disability or NIK — neither through Java accessors/fields nor through SQL text
 * — unless an attribute is explicitly allowed for a legal age limit. The fixture package {@code id.aparatur.meritcontoh}
 * proves the rule fails on violations.
 */
class MeritGuardTests {

    /** Java names (accessor, field, record component) of protected attributes → their SQL column names. */
    static final Map<String, String> TERLINDUNGI = Map.of(
            "agama", "agama",
            "jenisKelamin", "jenis_kelamin",
            "statusPerkawinan", "status_perkawinan",
            "tanggalLahir", "tanggal_lahir",
            "umur", "umur",
            "usia", "usia",
            "disabilitas", "disabilitas",
            "nik", "nik",
            "pribadi", "pribadi");

    /** Types that carry protected data as a whole. */
    static final Set<String> TIPE_TERLINDUNGI = Set.of("id.aparatur.pegawai.domain.DataPribadi");

    @Test
    void logikaMeritTidakMembacaDataTerlindungi() {
        JavaClasses kelas = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.aparatur");
        List<JavaClass> merit = kelas.stream().filter(MeritGuardTests::ditandai).toList();
        assertThat(merit).as("kode yang ditandai @LogikaMerit").isNotEmpty();
        assertThat(merit).extracting(JavaClass::getName).contains("id.aparatur.asesmen.domain.Kesenjangan");
        assertThat(pelanggaran(merit, Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void aturanGagalPadaContohPelanggaran() {
        JavaClasses kelas = new ClassFileImporter().importPackages("id.aparatur.meritcontoh");
        List<JavaClass> merit = kelas.stream().filter(MeritGuardTests::ditandai).toList();
        List<String> p = pelanggaran(merit, Path.of("src/test/java"));
        assertThat(p).anyMatch(s -> s.contains("PeringkatBerdasarkanKelamin") && s.contains("jenisKelamin"));
        assertThat(p).anyMatch(s -> s.contains("PeringkatBerdasarkanKelamin") && s.contains("tanggalLahir"));
        assertThat(p).anyMatch(s -> s.contains("SqlBerdasarkanAgama") && s.contains("agama"));
        assertThat(p).anyMatch(s -> s.contains("SqlBerdasarkanAgama") && s.contains("tanggal_lahir"));
        assertThat(p).noneMatch(s -> s.contains("PenempatanSah"));
    }

    static boolean ditandai(JavaClass c) {
        return anotasi(c).isPresent();
    }

    private static Optional<JavaAnnotation<?>> anotasi(JavaClass c) {
        JavaClass luar = c;
        while (luar.getEnclosingClass().isPresent()) {
            luar = luar.getEnclosingClass().get();
        }
        for (JavaClass k : List.of(c, luar)) {
            if (k.isAnnotatedWith(LogikaMerit.class)) {
                return Optional.of(k.getAnnotationOfType(LogikaMerit.class.getName()));
            }
        }
        var paket = c.getPackage();
        return paket.isAnnotatedWith(LogikaMerit.class)
                ? Optional.of(paket.getAnnotationOfType(LogikaMerit.class.getName()))
                : Optional.empty();
    }

    private static Set<String> diizinkan(JavaClass c) {
        Set<String> izin = new HashSet<>();
        anotasi(c).ifPresent(a -> {
            Object v = a.get("izinkan").orElse(new String[0]);
            if (v instanceof String[] arr) {
                izin.addAll(List.of(arr));
            }
        });
        return izin;
    }

    static List<String> pelanggaran(List<JavaClass> merit, Path akarSumber) {
        List<String> hasil = new ArrayList<>();
        for (JavaClass c : merit) {
            Set<String> izin = diizinkan(c);
            for (JavaAccess<?> akses : c.getAccessesFromSelf()) {
                String nama = namaAtribut(akses.getName());
                if (TERLINDUNGI.containsKey(nama) && !izin.contains(nama)) {
                    hasil.add(c.getName() + " membaca " + nama + " (" + akses.getDescription() + ")");
                }
                if (TIPE_TERLINDUNGI.contains(akses.getTargetOwner().getName())) {
                    hasil.add(c.getName() + " memakai " + akses.getTargetOwner().getName());
                }
            }
            for (var d : c.getDirectDependenciesFromSelf()) {
                if (TIPE_TERLINDUNGI.contains(d.getTargetClass().getName())) {
                    hasil.add(c.getName() + " bergantung pada "
                            + d.getTargetClass().getName());
                }
            }
            hasil.addAll(sqlTerlindungi(c, izin, akarSumber));
        }
        return hasil;
    }

    /** {@code getAgama} → {@code agama}; other names unchanged. */
    private static String namaAtribut(String nama) {
        if (nama.startsWith("get") && nama.length() > 3 && Character.isUpperCase(nama.charAt(3))) {
            return Character.toLowerCase(nama.charAt(3)) + nama.substring(4);
        }
        return nama;
    }

    private static final Pattern LITERAL =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** Protected column names inside string literals of the class's source file (SQL text). */
    private static List<String> sqlTerlindungi(JavaClass c, Set<String> izin, Path akar) {
        JavaClass luar = c;
        while (luar.getEnclosingClass().isPresent()) {
            luar = luar.getEnclosingClass().get();
        }
        if (luar != c) {
            return List.of(); // the outer class's file is scanned once
        }
        Path sumber = akar.resolve(c.getName().replace('.', '/') + ".java");
        if (!Files.exists(sumber)) {
            return List.of();
        }
        String teks;
        try {
            teks = Files.readString(sumber);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // The annotation's own texts (izinkan, dasarHukum) are not SQL.
        teks = teks.replaceAll("@(?:[\\w.]*\\.)?LogikaMerit\\s*\\([^)]*\\)", "");
        Set<String> temuan = new TreeSet<>();
        Matcher m = LITERAL.matcher(teks);
        while (m.find()) {
            String lit = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            TERLINDUNGI.forEach((jawa, kolom) -> {
                if (!izin.contains(jawa)
                        && Pattern.compile("\\b" + kolom + "\\b").matcher(lit).find()) {
                    temuan.add(kolom);
                }
            });
        }
        return temuan.stream()
                .map(k -> c.getName() + " menyebut kolom " + k + " dalam SQL/teks")
                .toList();
    }
}
