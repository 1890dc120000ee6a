package id.aparatur.benchmark.penempatan;

import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.MesinPenempatan;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the placement engine alone (no HTTP, no JSON): {@link Instans#kompilasi} + {@link
 * MesinPenempatan#selesaikan} on the generated instances of {@link GeneratorInstans}. One invocation per iteration
 * ({@link Mode#SingleShotTime}: a solve is milliseconds to seconds, there is no steady state worth averaging), 5 warm-up
 * and 10 measured iterations in a fresh JVM with {@code -Xmx2g}. Every answer is checked after its iteration, outside the
 * timed region ({@link PemeriksaanJawaban}: feasibility, the total recomputed, and the certificate).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:&lt;test classpath&gt; org.openjdk.jmh.Main MesinPenempatanBenchmark \
 *     -p ukuran=3000,10000,60000 -p keluarga=realistis
 * </pre>
 *
 * ({@code scripts/benchmark-penempatan.sh} runs it.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class MesinPenempatanBenchmark {

    @Param({"3000", "10000", "60000"})
    public int ukuran;

    @Param({"realistis"})
    public String keluarga;

    @Param({"20261128"})
    public long seed;

    private @Nullable Masalah masalah;
    private @Nullable HasilOptimasi terakhir;

    @Setup(Level.Trial)
    public void siapkan() {
        masalah = GeneratorInstans.buat(
                        GeneratorInstans.Keluarga.valueOf(keluarga.toUpperCase(java.util.Locale.ROOT)), seed, ukuran)
                .masalah();
    }

    @Benchmark
    public HasilOptimasi kompilasiDanSelesaikan() {
        HasilOptimasi h = MesinPenempatan.selesaikan(Instans.kompilasi(java.util.Objects.requireNonNull(masalah)));
        terakhir = h;
        return h;
    }

    @TearDown(Level.Iteration)
    public void periksa() {
        if (terakhir != null) {
            PemeriksaanJawaban.periksa(terakhir);
            terakhir = null;
        }
    }
}
