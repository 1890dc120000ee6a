#!/usr/bin/env bash
# Benchmark of the internal promotion cascade (issue 5; target: the whole cascade for 60,000 pegawai in < 30 s, results
# in docs/performance.md):
#  1. builds the jar (unless SKIP_BUILD=1),
#  2. starts it with the demo Kabupaten of PEGAWAI employees on a fresh data folder and a free port (the first start
#     generates the data),
#  3. POSTs /api/v1/perencanaan/kaskade as the BKD demo account WARMUP + RUNS times for each planning year in TAHUN
#     ("-" = none, i.e. the current data only), and prints per run the wall time end to end (curl) and the server-side
#     timing the answer carries in "statistik": snapshot (reading the database), kaskade (the algorithm and the report),
#     simpan (storing the run); plus the sizes and the summary,
#  4. stops the app and removes the data folder.
# Settings (environment): PEGAWAI=60000 TAHUN="- +5" (a year, or +N = this year + N) WARMUP=1 RUNS=3
#   JAVA_OPTS="" SKIP_BUILD=0 READY_TIMEOUT=1200
# Quick smoke run: PEGAWAI=3000 RUNS=1 WARMUP=0 scripts/benchmark-kaskade.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PEGAWAI="${PEGAWAI:-60000}"
TAHUN="${TAHUN:-- +5}"
WARMUP="${WARMUP:-1}"
RUNS="${RUNS:-3}"
JAVA_OPTS="${JAVA_OPTS:-}"
READY_TIMEOUT="${READY_TIMEOUT:-1200}"
PENGGUNA=bkd
SANDI=aparatur-demo

log() { printf '[benchmark-kaskade] %s\n' "$*" >&2; }

DIR="target/benchmark/kaskade"
mkdir -p "$DIR"
DATA="$(mktemp -d /tmp/aparatur-benchmark-kaskade.XXXXXX)"
APP_PID=""

# shellcheck source=scripts/lib-app.sh
source scripts/lib-app.sh

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "build: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi
JAR="$(ls target/aparatur-*.jar | grep -v '\.original$' | head -n 1)"

PORT="$(port_bebas)"
BASE="http://127.0.0.1:$PORT"
LOG_APP="$DIR/app.log"
log "starting $JAR with $PEGAWAI demo pegawai on $DATA, port $PORT (first start generates the data)"
t0=$SECONDS
# shellcheck disable=SC2086
APARATUR_DATA_DIR="$DATA" java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo \
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
TOTAL="$(curl -fsS -u "$PENGGUNA:$SANDI" "$BASE/api/v1/pegawai?page=0&size=1" | grep -o '"totalElements":[0-9]*' | cut -d: -f2)"

# Pulls a number out of the (single-line) JSON answer: angka '"snapshotMs"' file
angka() { grep -o "$1:[0-9][0-9]*" "$2" | head -n 1 | cut -d: -f2; }

HASIL="$DIR/hasil-$(date +%Y%m%d-%H%M%S).md"
{
    echo "# Kaskade promosi benchmark $(date -Iseconds)"
    echo
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
    echo "- demo pegawai requested: $PEGAWAI, in database: ${TOTAL:-?}; warm-up runs: $WARMUP, measured runs: $RUNS"
    echo
    echo "| tahun rencana | run | HTTP | wall s | snapshot ms | kaskade ms | simpan ms | pegawai | jabatan | pensiun | lowongan awal | promosi | formasi | tanpa calon | seleksi terbuka | langkah | sertifikat | answer MB |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|"
} | tee "$HASIL"

TAHUN_INI="$(date +%Y)"
RC=0
for t in $TAHUN; do
    case "$t" in
        -) body='{}' ;;
        +*) body="{\"tahunRencana\": $((TAHUN_INI + ${t#+}))}" ;;
        *) body="{\"tahunRencana\": $t}" ;;
    esac
    for i in $(seq 1 $((WARMUP + RUNS))); do
        OUT="$DIR/jawaban.json"
        read -r kode waktu < <(curl -sS -o "$OUT" -w '%{http_code} %{time_total}\n' --max-time 600 \
            -u "$PENGGUNA:$SANDI" -H 'Content-Type: application/json' -d "$body" "$BASE/api/v1/perencanaan/kaskade")
        if [[ "$kode" != 201 ]]; then
            log "HTTP $kode for $body: $(head -c 400 "$OUT")"
            RC=1
            continue
        fi
        if ((i <= WARMUP)); then
            log "warm-up $i ($t): ${waktu} s"
            continue
        fi
        sah="$(grep -o '"semuaSertifikatSah":[a-z]*' "$OUT" | head -n 1 | cut -d: -f2)"
        ukuran="$(awk -v b="$(stat -c %s "$OUT")" 'BEGIN { printf "%.1f", b / 1048576 }')"
        echo "| $t | $((i - WARMUP)) | $kode | $waktu | $(angka '"snapshotMs"' "$OUT") | $(angka '"kaskadeMs"' "$OUT") | $(angka '"simpanMs"' "$OUT") | $(angka '"jumlahPegawai"' "$OUT") | $(angka '"jumlahJabatan"' "$OUT") | $(angka '"jumlahPensiun"' "$OUT") | $(angka '"lowonganAwal"' "$OUT") | $(angka '"promosi"' "$OUT") | $(angka '"formasi"' "$OUT") | $(angka '"tanpaCalon"' "$OUT") | $(angka '"seleksiTerbuka"' "$OUT") | $(angka '"langkah"' "$OUT") | $sah | $ukuran |" | tee -a "$HASIL"
    done
done
grep -h 'Kaskade .* oleh' "$LOG_APP" | tail -n $(( ($WARMUP + $RUNS) * $(wc -w <<< "$TAHUN") )) >&2 || true
log "results: $HASIL (app log: $LOG_APP)"
exit "$RC"
