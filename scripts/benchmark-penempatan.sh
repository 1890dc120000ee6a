#!/usr/bin/env bash
# Benchmark of the placement optimisation (issue 4; results in docs/performance.md, section "Issue 4 — penempatan"):
#  1. builds the jar and the test classes (unless SKIP_BUILD=1) and writes the test classpath,
#  2. generates the instances with a fixed seed into target/benchmark/penempatan/ (GeneratorInstans; not committed),
#  3. starts the app with -Xmx2g and a GC log (profile demo, small demo Kabupaten, fresh data folder, free port),
#  4. POSTs each instance to /api/v1/penempatan/optimasi as the BKD demo account with curl, WARMUP + RUNS times, and
#     reports min / median / max wall time end to end (upload, parsing, solve, baselines, streaming the answer); checks
#     every measured answer outside the timing (HTTP 200; PeriksaJawabanApi: feasibility, total and certificate);
#     heap: the peak before-GC occupancy in the GC log during that instance, and jcmd GC.heap_info at the end,
#  5. stops the app, runs the engine-only JMH benchmark (MesinPenempatanBenchmark) and the side-by-side runner
#     (BandingPenempatan: the engine and OR-Tools' min-cost flow, one JVM per solver and instance).
# Settings (environment): UKURAN="3000 10000 60000" KELUARGA=realistis SEED=20261128 WARMUP=3 RUNS=5
#   ORTOOLS_MODEL="tipe penuh kandidat" ORTOOLS_RUNS=3 SKIP_BUILD=0 SKIP_API=0 SKIP_JMH=0 SKIP_ORTOOLS=0
#   JAVA_OPTS="" (extra options for the app), READY_TIMEOUT=600
# Quick smoke run: UKURAN=3000 WARMUP=1 RUNS=2 ORTOOLS_RUNS=1 scripts/benchmark-penempatan.sh
set -euo pipefail
cd "$(dirname "$0")/.."

UKURAN="${UKURAN:-3000 10000 60000}"
KELUARGA="${KELUARGA:-realistis}"
SEED="${SEED:-20261128}"
WARMUP="${WARMUP:-3}"
RUNS="${RUNS:-5}"
ORTOOLS_MODEL="${ORTOOLS_MODEL:-tipe penuh kandidat}"
ORTOOLS_RUNS="${ORTOOLS_RUNS:-3}"
JAVA_OPTS="${JAVA_OPTS:-}"
READY_TIMEOUT="${READY_TIMEOUT:-600}"
PENGGUNA=bkd
SANDI=aparatur-demo

log() { printf '[benchmark-penempatan] %s\n' "$*" >&2; }

DIR="target/benchmark/penempatan"
mkdir -p "$DIR"
DATA="$(mktemp -d /tmp/aparatur-benchmark-penempatan.XXXXXX)"
APP_PID=""

# shellcheck source=scripts/lib-app.sh
source scripts/lib-app.sh

# min / median / max of the numbers on stdin, in seconds with 3 decimals
statistik() {
    sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) { print "—"; exit }
        printf "%.3f / %.3f / %.3f s", a[1], a[int((NR + 1) / 2)], a[NR] }'
}

# --- 1. build --------------------------------------------------------------------------------------------------------
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "build: ./mvnw -B -q package -DskipTests (jar and test classes)"
    ./mvnw -B -q package -DskipTests
    ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$DIR/classpath.txt" > /dev/null
fi
JAR="$(ls target/aparatur-*.jar | grep -v '\.original$' | head -n 1)"
[[ -f "$DIR/classpath.txt" ]] || { log "no $DIR/classpath.txt: run once without SKIP_BUILD=1"; exit 1; }
[[ -f target/test-classes/id/aparatur/benchmark/penempatan/GeneratorInstans.class ]] \
    || { log "test classes not compiled: run once without SKIP_BUILD=1"; exit 1; }
CP="target/test-classes:target/classes:$(cat "$DIR/classpath.txt")"

STEMPEL="$(date +%Y%m%d-%H%M%S)"
HASIL="$DIR/hasil-$STEMPEL.md"
{
    echo "# Benchmark penempatan $(date -Iseconds)"
    echo
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- commit: $(git log -1 --format='%h %s' 2> /dev/null || echo '?')"
    echo "- instances: family $KELUARGA, seed $SEED, sizes $UKURAN"
    echo
} > "$HASIL"

# --- 2. instances ----------------------------------------------------------------------------------------------------
log "generating instances ($KELUARGA, seed $SEED, sizes $UKURAN)"
{
    echo "## Instances"
    echo
    echo '```'
    java -cp "$CP" id.aparatur.benchmark.penempatan.GeneratorInstans --seed="$SEED" --ukuran="${UKURAN// /,}" \
        --keluarga="$KELUARGA" --keluar="$DIR"
    echo '```'
    echo
} | tee -a "$HASIL"

# --- 3./4. through the API -------------------------------------------------------------------------------------------
if [[ "${SKIP_API:-0}" != 1 ]]; then
    PORT="$(port_bebas)"
    BASE="http://127.0.0.1:$PORT"
    GCLOG="$DIR/gc-$STEMPEL.log"
    log "starting the app (-Xmx2g, GC log $GCLOG) on port $PORT, data $DATA"
    # shellcheck disable=SC2086
    APARATUR_DATA_DIR="$DATA" java -Xmx2g "-Xlog:gc:file=$GCLOG" $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo \
        --aparatur.demo.pegawai=300 --server.port="$PORT" > "$DIR/app-$STEMPEL.log" 2>&1 &
    APP_PID=$!
    batas=$((SECONDS + READY_TIMEOUT))
    until curl -fsS --max-time 5 "$BASE/actuator/health/readiness" 2> /dev/null | grep -q '"UP"'; do
        if ! kill -0 "$APP_PID" 2> /dev/null || ((SECONDS > batas)); then
            log "the app did not become ready; last lines of $DIR/app-$STEMPEL.log:"
            tail -n 40 "$DIR/app-$STEMPEL.log" >&2
            exit 1
        fi
        sleep 0.5
    done
    {
        echo "## Through the API (end to end)"
        echo
        echo "\`POST /api/v1/penempatan/optimasi\` with curl (HTTP Basic as \`$PENGGUNA\`), app \`java -Xmx2g -jar\`"
        echo "(profile demo), $WARMUP warm-up + $RUNS measured requests per instance, one at a time. Time = curl"
        echo "\`time_total\` (upload of the body, parsing, validation, solve with certificate, baselines, streaming the"
        echo "answer). Server-side split from the answer's \`statistik\` (last run). Heap: largest before-GC occupancy in the"
        echo "GC log while that instance ran."
        echo
        echo "| instance | body | wall time min / median / max | server: read / engine / baselines (ms) | heap peak (GC log) | totalBiaya | check |"
        echo "|---|---:|---|---|---:|---:|---|"
    } | tee -a "$HASIL"
    for n in $UKURAN; do
        BERKAS="$DIR/penempatan-$KELUARGA-$n.json"
        JAWABAN="$DIR/jawaban-$KELUARGA-$n.json"
        GC_AWAL="$(wc -l < "$GCLOG")"
        waktu=()
        for ((r = -WARMUP; r < RUNS; r++)); do
            keluaran="$(curl -sS -o "$JAWABAN" -w '%{http_code} %{time_total}' -u "$PENGGUNA:$SANDI" \
                -H 'Content-Type: application/json' -H 'Accept: application/json' --data-binary "@$BERKAS" \
                "$BASE/api/v1/penempatan/optimasi")"
            kode="${keluaran%% *}"
            if [[ "$kode" != 200 ]]; then
                log "HTTP $kode for $BERKAS: $(head -c 600 "$JAWABAN")"
                exit 1
            fi
            if ((r >= 0)); then
                waktu+=("${keluaran##* }")
                # every measured answer is checked, outside the timed request
                java -Xmx2g -cp "$CP" id.aparatur.benchmark.penempatan.PeriksaJawabanApi --keluarga="$KELUARGA" \
                    --ukuran="$n" --seed="$SEED" --permintaan="$BERKAS" --jawaban="$JAWABAN" > "$DIR/periksa-$n.txt"
            fi
        done
        heap="$(tail -n +"$((GC_AWAL + 1))" "$GCLOG" | grep -o '[0-9]*M->' | sed 's/M->//' | sort -n | tail -n 1)"
        baca="$(grep -o '"milidetikBaca":[0-9]*' "$JAWABAN" | cut -d: -f2)"
        mesin="$(grep -o '"milidetikMesin":[0-9]*' "$JAWABAN" | cut -d: -f2)"
        dasar="$(grep -o '"milidetikGarisDasar":[0-9]*' "$JAWABAN" | cut -d: -f2)"
        total="$(grep -o '"totalBiaya":[0-9]*' "$JAWABAN" | head -n 1 | cut -d: -f2)"
        echo "| $KELUARGA-$n | $(du -h "$BERKAS" | cut -f1) | $(printf '%s\n' "${waktu[@]}" | statistik) | ${baca:-?} / ${mesin:-?} / ${dasar:-?} | ${heap:-?} MB | $total | $(cat "$DIR/periksa-$n.txt") |" \
            | tee -a "$HASIL"
    done
    {
        echo
        echo '```'
        echo "jcmd $APP_PID GC.heap_info (after all requests):"
        jcmd "$APP_PID" GC.heap_info 2> /dev/null | tail -n +2 | head -n 4 || true
        echo '```'
        echo
    } | tee -a "$HASIL"
    hentikan_app
fi

# --- 5. engine alone (JMH) and side by side with OR-Tools -----------------------------------------------------------
if [[ "${SKIP_JMH:-0}" != 1 ]]; then
    log "JMH: MesinPenempatanBenchmark"
    java -cp "$CP" org.openjdk.jmh.Main 'id.aparatur.benchmark.penempatan.MesinPenempatanBenchmark' \
        -p ukuran="${UKURAN// /,}" -p keluarga="$KELUARGA" -p seed="$SEED" -rf json -rff "$DIR/jmh-$STEMPEL.json" \
        > "$DIR/jmh-$STEMPEL.txt" 2>&1 || { tail -n 40 "$DIR/jmh-$STEMPEL.txt" >&2; exit 1; }
    {
        echo "## Engine alone (JMH, SingleShotTime, 5 warm-up + 10 measured iterations, fork with -Xmx2g)"
        echo
        echo '```'
        sed -n '/^Benchmark /,$p' "$DIR/jmh-$STEMPEL.txt"
        echo '```'
        echo
    } | tee -a "$HASIL"
fi

if [[ "${SKIP_ORTOOLS:-0}" != 1 ]]; then
    {
        echo "## Side by side: engine vs OR-Tools min-cost flow (in-process, one JVM per row, -Xmx2g)"
        echo
        echo "| instance | employees | positions | solver | time min / median / max | memory | objective | placed | agreement / check | notes |"
        echo "|---|---:|---:|---|---|---|---:|---:|---|---|"
    } | tee -a "$HASIL"
    : > "$DIR/banding-err.txt"
    for n in $UKURAN; do
        java -Xmx2g -cp "$CP" id.aparatur.benchmark.penempatan.BandingPenempatan --keluarga="$KELUARGA" --ukuran="$n" \
            --seed="$SEED" --pemecah=mesin --ulang="$RUNS" 2>> "$DIR/banding-err.txt" | tee -a "$HASIL" \
            || log "engine run failed for $n: see $DIR/banding-err.txt"
        for m in $ORTOOLS_MODEL; do
            java -Xmx2g -cp "$CP" id.aparatur.benchmark.penempatan.BandingPenempatan --keluarga="$KELUARGA" --ukuran="$n" \
                --seed="$SEED" --pemecah="ortools-$m" --ulang="$ORTOOLS_RUNS" 2>> "$DIR/banding-err.txt" | tee -a "$HASIL" \
                || log "OR-Tools ($m) run failed for $n: see $DIR/banding-err.txt"
        done
    done
fi

log "results: $HASIL"
