/**
 * Kinerja (PermenPANRB 6/2022): SKP with cascaded targets, BerAKHLAK behaviour, the predikat and its distribution
 * rules, and daily activity logs. So far the pure rules in {@code domain}: the 3×3 predikat matrix, the distribution
 * of employee predikat allowed by the organisation's predikat (effective-dated), the angka kredit conversion for JF
 * (PermenPANRB 1/2023) and the TPP percentage table; the annual SKP with cascaded RHK, its flow (draft, agreed,
 * rated, final and locked) and the penilai's BerAKHLAK ratings (docs/kinerja-skp.md). The laporan aktivitas harian
 * (table {@code kinerja.aktivitas}, docs/kinerja-aktivitas.md): logging, verification by the direct atasan,
 * effective hours and fit to the jabatan. After agreement (docs/kinerja-evaluasi.md): realisation with evidence,
 * continuous feedback, periodic evaluation and review by the penilai's atasan ({@code LayananEvaluasi}); the OPD's
 * organisational predikat set by BKD/PPK; finalisation (single or per OPD/year, serialised by an advisory lock) that
 * requires it and checks the distribution of predikat against the effective-dated rules ({@code LayananDistribusi},
 * policy PERINGATAN or BLOKIR), publishes {@link id.aparatur.kinerja.SkpDifinalkan} and opens the follow-up
 * (coaching or development, forward-only); TPP share, angka kredit and award eligibility in the employee's kinerja.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kinerja (SKP)",
        allowedDependencies = {"shared", "sistem", "akses", "audit", "organisasi", "pegawai", "pegawai :: query"})
@org.jspecify.annotations.NullMarked
package id.aparatur.kinerja;
