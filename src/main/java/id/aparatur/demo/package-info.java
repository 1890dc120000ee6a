/**
 * Demo Kabupaten: a deterministic (seeded) "Kabupaten Contoh" — RPJMD cascade, about 35 OPD with their unit trees,
 * jabatan with SKJ, pegawai with valid NIPs, an acyclic atasan graph, complete profiles, riwayat and 1–3 competency
 * assessments each, and five demo accounts — loaded into an empty database when the {@code demo} profile is active
 * ({@code aparatur.demo.aktif=true}).
 *
 * <p>The generator ({@code generator}) is pure Java: no Spring, no I/O, no clock; the seed and the competency
 * reference data (read from {@code kompetensi} at load time) are passed in.
 *
 * <p>Like Flyway, the loader is a seeding tool and writes the tables of {@code organisasi}, {@code pegawai} (with
 * profiles, riwayat and minat), {@code asesmen} and {@code akses} directly with SQL ({@code COPY}) instead of going
 * through those modules' application services. This is an accepted, deliberate exception to module ownership: it runs
 * once on an empty database, never in production data and never alongside user transactions. Accounts are still
 * registered through {@code akses.PengelolaanPengguna} so passwords are hashed the same way as everywhere else. All
 * dates of the generated data lie on or before {@code DemoKabupaten.TANGGAL_ACUAN}, not the clock.
 *
 * <p>The performance data ({@code generator.KinerjaDemo}, issue 6: last year's FINAL SKP, this year's agreed SKP,
 * organisational predikat, a month of activity logs for Dinas Pendidikan) is the exception: it is dated relative to
 * the clock's today, passed in, and written to {@code kinerja} the same way ({@code COPY}); switch it off with
 * {@code aparatur.demo.kinerja=false}. See docs/kinerja-impor-demo.md. Its predikat and follow-ups follow kinerja's
 * rules through kinerja's API ({@code MatriksPredikat}, {@code PredikatKinerja.tindakLanjut()}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Demo Kabupaten",
        allowedDependencies = {"shared", "sistem", "akses", "kompetensi", "kinerja"})
@org.jspecify.annotations.NullMarked
package id.aparatur.demo;
