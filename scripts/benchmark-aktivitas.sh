#!/usr/bin/env bash
# Benchmark of the laporan aktivitas harian write path and the OPD performance dashboard (issue 6; target: at 60,000
# employees POST /api/v1/kinerja/aktivitas sustains >= 500 writes/s with p99 < 200 ms, losing none; the dashboard of
# the biggest OPD renders < 1 s; results in docs/performance.md):
#  1. builds the jar and the test classes (unless SKIP_BUILD=1),
#  2. starts the app with the demo Kabupaten of PEGAWAI employees on a fresh data folder and a free port,
#  3. runs BebanAktivitas (src/test/java/id/aparatur/benchmark/kinerja): open-loop POSTs at RATE/s, WARMUP s of warm-up
#     then DURATION s measured, as the BKD demo account over HTTP Basic (cached by the API: one password hash), one
#     activity per employee; reports achieved rate, p50/p95/p99/max, errors; checks in the database (JDBC to the
#     embedded PostgreSQL) that every 2xx write is stored; then times the dashboard page and API of the biggest OPD,
#  4. stops the app and removes the data folder.
# Settings (environment): PEGAWAI=60000 RATE=500 DURATION=60 WARMUP=15 JAVA_OPTS="" SKIP_BUILD=0 READY_TIMEOUT=1200
# Quick smoke run: PEGAWAI=3000 RATE=100 DURATION=10 WARMUP=3 scripts/benchmark-aktivitas.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PEGAWAI="${PEGAWAI:-60000}"
RATE="${RATE:-500}"
DURATION="${DURATION:-60}"
WARMUP="${WARMUP:-15}"
JAVA_OPTS="${JAVA_OPTS:-}"
# GC pauses of both JVMs are logged, and the load average sampled every 5 s, so that a latency spike can be attributed
# (app GC, load generator GC, or other processes on the machine)
READY_TIMEOUT="${READY_TIMEOUT:-1200}"

log() { printf '[benchmark-aktivitas] %s\n' "$*" >&2; }

DIR="target/benchmark/aktivitas"
mkdir -p "$DIR"
DATA="$(mktemp -d /tmp/aparatur-benchmark-aktivitas.XXXXXX)"
APP_PID=""

# shellcheck source=scripts/lib-app.sh
source scripts/lib-app.sh

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "build: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi
JAR="$(ls target/aparatur-*.jar | grep -v '\.original$' | head -n 1)"
[[ -f target/test-classes/id/aparatur/benchmark/kinerja/BebanAktivitas.class ]] || { log "BebanAktivitas not compiled"; exit 1; }
# the JDBC driver the app itself ships
rm -rf "$DIR/lib" && mkdir -p "$DIR/lib"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/postgresql-*.jar' -d "$DIR/lib"
CP="target/test-classes:$(ls "$DIR"/lib/postgresql-*.jar | head -n 1)"

PORT="$(port_bebas)"
BASE="http://127.0.0.1:$PORT"
LOG_APP="$DIR/app.log"
log "starting $JAR with $PEGAWAI demo pegawai on $DATA, port $PORT (first start generates the data)"
t0=$SECONDS
# shellcheck disable=SC2086
APARATUR_DATA_DIR="$DATA" java -Xlog:gc:file="$DIR/gc-app.log" $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo \
    --aparatur.demo.pegawai="$PEGAWAI" --server.port="$PORT" > "$LOG_APP" 2>&1 &
APP_PID=$!
until curl -fsS --max-time 5 "$BASE/actuator/health/readiness" 2> /dev/null | grep -q '"UP"'; do
    if ! kill -0 "$APP_PID" 2> /dev/null; then
        log "the app stopped during start-up; last lines of $LOG_APP:"
        tail -n 40 "$LOG_APP" >&2
        exit 1
    fi
    if ((SECONDS - t0 > READY_TIMEOUT)); then
        log "not ready after ${READY_TIMEOUT}s"
        exit 1
    fi
    sleep 1
done
log "ready after $((SECONDS - t0)) s"
PG_PORT="$(sed -n 4p "$DATA/postgres/postmaster.pid")"

HASIL="$DIR/hasil-$(date +%Y%m%d-%H%M%S).md"
{
    echo "# Aktivitas harian + dasbor benchmark $(date -Iseconds)"
    echo
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
    echo "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- demo pegawai requested: $PEGAWAI; rate $RATE/s, warm-up $WARMUP s, measured $DURATION s"
    echo
} | tee "$HASIL"
RC=0
(while kill -0 "$$" 2> /dev/null; do echo "$(date +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done) > "$DIR/loadavg.log" &
SAMPLER=$!
java -Xlog:gc:file="$DIR/gc-beban.log" -cp "$CP" id.aparatur.benchmark.kinerja.BebanAktivitas --base-url="$BASE" \
    --jdbc-url="jdbc:postgresql://127.0.0.1:$PG_PORT/aparatur" --rate="$RATE" --duration="$DURATION" \
    --warmup="$WARMUP" | tee -a "$HASIL" || RC=$?
kill "$SAMPLER" 2> /dev/null || true
{
    echo "- load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "- load average every 5 s during the run (1/5/15 min): $(awk '{ printf "%s %s; ", $1, $2 }' "$DIR/loadavg.log")"
    echo "- longest GC pauses, app: $(grep Pause "$DIR/gc-app.log" | grep -o '[0-9.]*ms$' | sort -rn | head -n 3 | tr '\n' ' ')"
    echo "- longest GC pauses, load generator: $(grep Pause "$DIR/gc-beban.log" | grep -o '[0-9.]*ms$' | sort -rn | head -n 3 | tr '\n' ' ')"
} | tee -a "$HASIL"
log "results: $HASIL (app log: $LOG_APP)"
exit "$RC"
