package id.aparatur;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The house rules of style 8.0 that neither the compiler nor Modulith checks, on the main classes: pure domain and
 * algorithm packages, one clock, no standard streams, {@code @NullMarked} everywhere, thin controllers. Each rule is
 * shown to fire on the deliberate violations in {@code id.aparatur.arsitekturcontoh} (test sources only).
 *
 * <p>The rules about controllers and the database clock keep an allow-list of files (paths below
 * {@code src/main/java/id/aparatur}); the lists are empty, and an entry whose file does not offend fails the test too,
 * so that an exception can only be added knowingly and never outlives its cause.
 */
class ArsitekturTests {

    static final JavaClasses UTAMA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.aparatur");
    static final JavaClasses CONTOH = new ClassFileImporter().importPackages("id.aparatur.arsitekturcontoh");

    /** Controllers allowed to carry {@code @PreAuthorize} themselves: none (access rules live in the services). */
    static final Set<String> PREAUTHORIZE_DI_PENGENDALI = Set.of();

    /** Controllers allowed to run SQL themselves: none (read models and repositories do). */
    static final Set<String> SQL_DI_PENGENDALI = Set.of();

    /** Sources allowed to take a time from the database clock in SQL: none (time comes from the Clock). */
    static final Set<String> SQL_JAM_BASIS_DATA = Set.of();

    /**
     * Spring Data's mapping annotations ({@code @Id}, {@code @Version}, {@code @Table}, {@code @MappedCollection},
     * ...) are the one piece of Spring a {@code domain} package may carry (ADR 0001: Spring Data JDBC for aggregates);
     * they are inert metadata, the aggregate is still built and tested without Spring.
     */
    static final String[] ANOTASI_PEMETAAN = {
        "org.springframework.data.annotation..", "org.springframework.data.relational.core.mapping.."
    };

    static final Set<String> TIPE_WAKTU = Stream.of(
                    LocalDate.class,
                    LocalDateTime.class,
                    LocalTime.class,
                    Instant.class,
                    OffsetDateTime.class,
                    OffsetTime.class,
                    ZonedDateTime.class,
                    Year.class,
                    YearMonth.class,
                    MonthDay.class)
            .map(Class::getName)
            .collect(Collectors.toUnmodifiableSet());

    /** The one place that may ask for the system clock: the {@code Clock} bean. */
    static final String RUMAH_JAM = "id.aparatur.sistem.SistemConfiguration";

    /**
     * A time taken from the database clock in SQL text. Every string literal is searched, not only the SQL-looking
     * ones: statements are often assembled from fragments ({@code ", disetujui_pada = now()"}), and these names are
     * SQL vocabulary only.
     */
    static final Pattern JAM_SQL = Pattern.compile(
            "\\b(now|clock_timestamp|statement_timestamp|transaction_timestamp|timeofday)\\s*\\(|"
                    + "\\b(current_date|current_time|current_timestamp|localtime|localtimestamp)\\b",
            Pattern.CASE_INSENSITIVE);

    // ---------------------------------------------------------------------------------------------- the rules

    /** Style 8.6 and 8.0 #13: the algorithm packages are plain Java. */
    static ArchRule algoritmaTanpaSpring() {
        return noClasses()
                .that()
                .resideInAnyPackage("id.aparatur..mesin..", "id.aparatur..kaskade..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .because("algorithms are pure Java: everything comes in as parameters (style 8.6)");
    }

    /** Style 8.3: the domain model is plain Java, Spring Data mapping annotations aside. */
    static ArchRule domainTanpaSpring() {
        return noClasses()
                .that()
                .resideInAPackage("id.aparatur..domain..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.springframework..").and(not(resideInAnyPackage(ANOTASI_PEMETAAN))))
                .because("aggregates, value objects and rules are built and tested without Spring (style 8.3)");
    }

    /** Style 8.4: every time comes from the injected {@link Clock}. */
    static ArchRule tanpaJamSistem() {
        return noClasses()
                .that()
                .doNotHaveFullyQualifiedName(RUMAH_JAM)
                .should()
                .callMethodWhere(MEMBACA_JAM_SISTEM)
                .orShould()
                .callConstructorWhere(TANGGAL_SEKARANG)
                .because("time comes from the injected java.time.Clock (style 8.4; tests set it)");
    }

    static ArchRule tanpaKeluaranStandar() {
        return GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
                "main code logs through SLF4J (style 8.0)");
    }

    static final DescribedPredicate<JavaMethodCall> MEMBACA_JAM_SISTEM = DescribedPredicate.describe(
            "read the system clock (now() without a Clock, System.currentTimeMillis(), Clock.system…())", c -> {
                String pemilik = c.getTargetOwner().getName();
                String nama = c.getName();
                List<JavaClass> p = c.getTarget().getRawParameterTypes();
                if (TIPE_WAKTU.contains(pemilik) && nama.equals("now")) {
                    return p.isEmpty() || p.get(0).isEquivalentTo(ZoneId.class);
                }
                return pemilik.equals(System.class.getName()) && nama.equals("currentTimeMillis")
                        || pemilik.equals(Clock.class.getName()) && nama.startsWith("system");
            });

    static final DescribedPredicate<JavaConstructorCall> TANGGAL_SEKARANG = DescribedPredicate.describe(
            "create new java.util.Date()",
            c -> c.getTargetOwner().isEquivalentTo(Date.class)
                    && c.getTarget().getRawParameterTypes().isEmpty());

    // ---------------------------------------------------------------------------------------------- the checks

    @Test
    void paketAlgoritmaTanpaSpring() {
        algoritmaTanpaSpring().check(UTAMA);
    }

    @Test
    void paketDomainTanpaSpring() {
        domainTanpaSpring().check(UTAMA);
    }

    @Test
    void waktuHanyaDariClock() {
        tanpaJamSistem().check(UTAMA);
    }

    @Test
    void tanpaSystemOutDanPrintStackTrace() {
        tanpaKeluaranStandar().check(UTAMA);
    }

    @Test
    void setiapPaketNullMarked() {
        assertThat(tanpaNullMarked(UTAMA))
                .as("packages without @NullMarked: add src/main/java/<package>/package-info.java with "
                        + "/** one line on what the package holds */ @org.jspecify.annotations.NullMarked package …;")
                .isEmpty();
    }

    @Test
    void pengendaliTanpaPreAuthorize() {
        periksaDaftarIzin(
                berkas(UTAMA, ArsitekturTests::pengendali, ArsitekturTests::denganPreAuthorize),
                PREAUTHORIZE_DI_PENGENDALI,
                "controllers with @PreAuthorize (put it on the application service method)",
                "PREAUTHORIZE_DI_PENGENDALI");
    }

    @Test
    void pengendaliTanpaSql() {
        periksaDaftarIzin(
                berkas(UTAMA, ArsitekturTests::pengendali, ArsitekturTests::memakaiJdbc),
                SQL_DI_PENGENDALI,
                "controllers using JdbcClient/JdbcTemplate (move the query into a service)",
                "SQL_DI_PENGENDALI");
    }

    @Test
    void sqlTanpaJamBasisData() {
        Set<String> pelanggar = new TreeSet<>();
        try (Stream<Path> s = Files.walk(KontrakBacaTests.JAVA)) {
            s.filter(p -> p.toString().endsWith(".java")).forEach(f -> {
                if (literal(KontrakBacaTests.baca(f)).stream()
                        .anyMatch(sql -> JAM_SQL.matcher(sql).find())) {
                    pelanggar.add(KontrakBacaTests.JAVA.relativize(f).toString().replace('\\', '/'));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        periksaDaftarIzin(
                pelanggar,
                SQL_JAM_BASIS_DATA,
                "SQL taking the time from the database clock (now(), "
                        + "current_date, …): bind a value from the injected Clock instead",
                "SQL_JAM_BASIS_DATA");
    }

    // ------------------------------------------------------------------- the rules fire on deliberate violations

    @Test
    void aturanMenemukanPelanggaranContoh() {
        assertThat(domainTanpaSpring().evaluate(CONTOH).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("PelanggaranContoh") && d.contains("org.springframework.util.Assert"))
                .noneMatch(d -> d.contains("AgregatContoh"));
        assertThat(tanpaJamSistem().evaluate(CONTOH).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("LocalDate.now()"))
                .anyMatch(d -> d.contains("ZonedDateTime.now(java.time.ZoneId)"))
                .anyMatch(d -> d.contains("System.currentTimeMillis()"))
                .anyMatch(d -> d.contains("Clock.systemUTC()"))
                .anyMatch(d -> d.contains("Date.<init>()"))
                .noneMatch(d -> d.contains("LocalDate.now(java.time.Clock)"));
        assertThat(tanpaKeluaranStandar().evaluate(CONTOH).hasViolation()).isTrue();
        assertThat(tanpaNullMarked(CONTOH)).contains("id.aparatur.arsitekturcontoh.domain");
        assertThat(berkas(CONTOH, ArsitekturTests::pengendali, ArsitekturTests::denganPreAuthorize))
                .containsExactly("arsitekturcontoh/web/PengendaliContoh.java");
        assertThat(berkas(CONTOH, ArsitekturTests::pengendali, ArsitekturTests::memakaiJdbc))
                .containsExactly("arsitekturcontoh/web/PengendaliContoh.java");
    }

    @Test
    void polaJamSqlMengenaliFungsiWaktuBasisData() {
        String sumber = """
                String a = ", disetujui_pada = now()";
                String e = "UPDATE kinerja.skp SET dinilai_pada = now() WHERE id = ?";
                String b = \"""
                        SELECT nip FROM pegawai.v_pegawai WHERE tmt <= CURRENT_DATE
                        \""";
                String c = "Waktu sekarang (now) dari Clock";
                String d = "SELECT tanggal_current_date, sekarang FROM x WHERE t < :now";
                """;
        List<String> jam =
                literal(sumber).stream().filter(s -> JAM_SQL.matcher(s).find()).toList();
        assertThat(literal(sumber)).hasSize(5);
        assertThat(jam)
                .hasSize(3)
                .contains(", disetujui_pada = now()", "UPDATE kinerja.skp SET dinilai_pada = now() WHERE id = ?")
                .anyMatch(s -> s.contains("CURRENT_DATE"));
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** Every string literal (quoted or text block) of a Java source. */
    static List<String> literal(String sumber) {
        List<String> hasil = new ArrayList<>();
        Matcher m = KontrakBacaTests.LITERAL.matcher(sumber);
        while (m.find()) {
            hasil.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return hasil;
    }

    static Set<String> tanpaNullMarked(JavaClasses kelas) {
        return kelas.stream()
                .map(JavaClass::getPackage)
                .distinct()
                .filter(p -> !p.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A class of a {@code web}/{@code rest} package, or any {@code @Controller}/{@code @RestController}. */
    static boolean pengendali(JavaClass c) {
        return c.getPackageName().matches(".*\\.(web|rest)(\\..*)?")
                || c.isMetaAnnotatedWith(Controller.class)
                || c.isAnnotatedWith(Controller.class);
    }

    static boolean denganPreAuthorize(JavaClass c) {
        return c.isAnnotatedWith(PreAuthorize.class)
                || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(PreAuthorize.class));
    }

    static boolean memakaiJdbc(JavaClass c) {
        return c.getDirectDependenciesFromSelf().stream()
                .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("org.springframework.jdbc"));
    }

    /** The source files (below {@code id/aparatur}) of the classes that are {@code jenis} and {@code melanggar}. */
    static Set<String> berkas(JavaClasses kelas, Predicate<JavaClass> jenis, Predicate<JavaClass> melanggar) {
        return kelas.stream()
                .filter(jenis)
                .filter(melanggar)
                .map(ArsitekturTests::berkas)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String berkas(JavaClass c) {
        JavaClass luar = c;
        while (luar.getEnclosingClass().isPresent()) {
            luar = luar.getEnclosingClass().get();
        }
        return luar.getName().substring("id.aparatur.".length()).replace('.', '/') + ".java";
    }

    static void periksaDaftarIzin(Set<String> pelanggar, Set<String> izin, String apa, String namaDaftar) {
        assertThat(new TreeSet<>(pelanggar)).as("new %s", apa).isSubsetOf(izin);
        assertThat(new TreeSet<>(izin))
                .as("files in %s that no longer offend: remove them from the list", namaDaftar)
                .isSubsetOf(pelanggar);
    }
}
