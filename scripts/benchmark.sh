#!/usr/bin/env bash
# Benchmark of Aparatur on the demo Kabupaten with 60,000 pegawai (see docs/performance.md):
#  1. builds the jar,
#  2. starts it on a fresh data folder (demo data is generated) and measures start-up to ready,
#  3. restarts it on the same data folder and measures start-up to ready again,
#  4. runs BebanHttp (20 concurrent clients) against the API and the main pages,
#  5. stops the app and removes the data folder.
# Settings (environment): PEGAWAI=60000 CONCURRENCY=20 DURATION=20 WARMUP=15 JAVA_OPTS="" SKIP_BUILD=0
# LOADER=auto|java (auto: wrk when installed — apt-get install wrk — else the JVM client BebanHttp)
set -euo pipefail
cd "$(dirname "$0")/.."

PEGAWAI="${PEGAWAI:-60000}"
CONCURRENCY="${CONCURRENCY:-20}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-15}"
JAVA_OPTS="${JAVA_OPTS:-}"
READY_TIMEOUT="${READY_TIMEOUT:-1200}"
PENGGUNA=bkd
SANDI=aparatur-demo

log() { printf '[benchmark] %s\n' "$*" >&2; }

DATA="$(mktemp -d /tmp/aparatur-benchmark.XXXXXX)"
HASIL_DIR="target/benchmark"
APP_PID=""

# shellcheck source=scripts/lib-app.sh
source scripts/lib-app.sh

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    log "build: ./mvnw -B -q package -DskipTests"
    ./mvnw -B -q package -DskipTests
fi
JAR="$(ls target/aparatur-*.jar | grep -v '\.original$' | head -n 1)"
[[ -f target/test-classes/id/aparatur/benchmark/BebanHttp.class ]] || { log "BebanHttp not compiled"; exit 1; }

PORT="$(port_bebas)"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$HASIL_DIR"

# Starts the app on $DATA and sets WAKTU_SIAP to the seconds until /actuator/health/readiness says UP.
# (Not called in $(...): APP_PID must stay in this shell so that the trap can stop the app.)
WAKTU_SIAP=""
mulai_app() {
    local log_file="$1"
    local t0 t1
    t0="$(date +%s.%N)"
    # shellcheck disable=SC2086
    APARATUR_DATA_DIR="$DATA" java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=demo \
        --aparatur.demo.pegawai="$PEGAWAI" --server.port="$PORT" > "$log_file" 2>&1 &
    APP_PID=$!
    local batas=$((SECONDS + READY_TIMEOUT))
    until curl -fsS --max-time 5 "$BASE/actuator/health/readiness" 2> /dev/null | grep -q '"UP"'; do
        if ! kill -0 "$APP_PID" 2> /dev/null; then
            log "the app stopped during start-up; last lines of $log_file:"
            tail -n 40 "$log_file" >&2
            return 1
        fi
        if ((SECONDS > batas)); then
            log "not ready after ${READY_TIMEOUT}s; last lines of $log_file:"
            tail -n 40 "$log_file" >&2
            return 1
        fi
        sleep 0.25
    done
    t1="$(date +%s.%N)"
    WAKTU_SIAP="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
}

log "first start on $DATA with $PEGAWAI demo pegawai (data generation), port $PORT"
mulai_app "$HASIL_DIR/app-pertama.log"
PERTAMA="$WAKTU_SIAP"
log "start-up to ready, first start (with data generation): ${PERTAMA} s"
hentikan_app

log "restart on the same data folder"
mulai_app "$HASIL_DIR/app-ulang.log"
ULANG="$WAKTU_SIAP"
log "start-up to ready, restart: ${ULANG} s"

api() { curl -fsS --max-time 30 -u "$PENGGUNA:$SANDI" -H 'Accept: application/json' "$BASE$1" || true; }
pertama_id() { { grep -o '"id":[0-9]*' || true; } | head -n 1 | cut -d: -f2; }

NIP="$(api '/api/v1/pegawai?page=0&size=25' | { grep -o '"nip":"[0-9]*"' || true; } | head -n 1 | cut -d'"' -f4)"
JABATAN_ID="$(api '/api/v1/jabatan?page=3' | pertama_id)"
OPD_ID="$(api '/api/v1/opd?q=Pendidikan' | pertama_id)"
[[ -n "$OPD_ID" ]] || OPD_ID="$(api '/api/v1/opd' | pertama_id)"
TOTAL="$(api '/api/v1/pegawai?page=0&size=1' | { grep -o '"totalElements":[0-9]*' || true; } | cut -d: -f2)"
log "pegawai=${TOTAL:-?} nip=$NIP jabatan=$JABATAN_ID opd=$OPD_ID"
[[ -n "$NIP" && -n "$JABATAN_ID" && -n "$OPD_ID" ]] || { log "could not read sample ids from the API"; exit 1; }

HASIL="$HASIL_DIR/hasil-$(date +%Y%m%d-%H%M%S).md"
{
    echo "# Aparatur benchmark $(date -Iseconds)"
    echo
    echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -n 1)"
    echo "- demo pegawai requested: $PEGAWAI, in database: ${TOTAL:-?}"
    echo "- start-up to ready, first start with data generation: ${PERTAMA} s"
    echo "- start-up to ready, restart on the same data folder: ${ULANG} s"
    echo "- load: $CONCURRENCY concurrent clients, ${DURATION} s per path after ${WARMUP} s warm-up"
    echo
} > "$HASIL"

BEBAN_RC=0
PATHS=("/api/v1/pegawai?page=0&size=25" "/api/v1/pegawai?q=Siti" "/api/v1/pegawai/$NIP" "/api/v1/jabatan?page=3"
    "/api/v1/jabatan/$JABATAN_ID" "/api/v1/opd" "/pegawai?q=Siti" "/pegawai/$NIP" "/organisasi/jabatan?q=Guru"
    "/organisasi/opd/$OPD_ID/peta-jabatan")

if [[ "${LOADER:-auto}" != java ]] && command -v wrk > /dev/null; then
    # wrk (Debian package) is a C load generator: on a 2-core machine it leaves far more CPU to the application than
    # a JVM client would. Pages use a logged-in session (form login with the CSRF token), the API HTTP Basic.
    log "load generator: wrk, $CONCURRENCY connections, ${WARMUP}s warm-up + ${DURATION}s per path"
    JAR_KUE="$(mktemp)"
    TOKEN="$(curl -fsS -c "$JAR_KUE" -b "$JAR_KUE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 \
        | sed 's/.*value="//; s/"//')"
    curl -fsS -o /dev/null -c "$JAR_KUE" -b "$JAR_KUE" --data-urlencode "username=$PENGGUNA" \
        --data-urlencode "password=$SANDI" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
    SESI="$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_KUE" | tail -n 1)"
    rm -f "$JAR_KUE"
    LUA="$(mktemp --suffix=.lua)"
    cat > "$LUA" << 'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |\n", wrk.path, summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
    {
        echo "load generator: wrk $(wrk -v 2>&1 | head -n 1 | awk '{print $2}'), non-2xx responses count as errors"
        echo
        echo "| path | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"
        echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    } | tee -a "$HASIL"
    BASIC="Authorization: Basic $(printf '%s:%s' "$PENGGUNA" "$SANDI" | base64 -w0)"
    for path in "${PATHS[@]}"; do
        if [[ "$path" == /api/* ]]; then kepala="$BASIC"; else kepala="Cookie: JSESSIONID=$SESI"; fi
        wrk -t2 -c"$CONCURRENCY" -d"${WARMUP}s" -H "$kepala" "$BASE$path" > /dev/null 2>&1 || true
        wrk -t2 -c"$CONCURRENCY" -d"${DURATION}s" -H "$kepala" -s "$LUA" "$BASE$path" | tail -n 1 | tee -a "$HASIL"
    done
    rm -f "$LUA"
else
    java -cp target/test-classes id.aparatur.benchmark.BebanHttp --base-url="$BASE" --user="$PENGGUNA" \
        --password="$SANDI" --concurrency="$CONCURRENCY" --duration="$DURATION" --warmup="$WARMUP" \
        "${PATHS[@]}" | tee -a "$HASIL" || BEBAN_RC=$?
fi

# --- Profil pegawai (issue 3): single-client latency of name search (with a typo), the skill matrix of the largest
# OPD, then the import of every pegawai (upsert, each row changed) and of 600,000 assessment rows. ---
NAMA="$(api "/api/v1/pegawai/$NIP" | { grep -o '"nama":"[^"]*"' || true; } | head -n 1 | cut -d'"' -f4)"
KATA="$(printf '%s\n' $NAMA | awk 'length($0) >= 5 { print; exit }')"
[[ -n "$KATA" ]] || KATA="Aminah"
SALAH_KETIK="${KATA:0:2}${KATA:3}"
OPD_BESAR="$(api '/api/v1/opd?q=Pendidikan' | pertama_id)"
PROFIL_PATHS=("/api/v1/pegawai?q=$SALAH_KETIK" "/pegawai?q=$SALAH_KETIK" "/api/v1/pegawai?q=${NIP:0:8}"
    "/api/v1/pegawai/$NIP/kesenjangan" "/api/v1/matriks-kompetensi?opd=$OPD_BESAR&size=50"
    "/matriks-kompetensi?opd=$OPD_BESAR" "/pegawai/$NIP/kompetensi" "/pegawai/$NIP")
# The skill-matrix summary of an OPD is computed on the first view after a data change, then kept in memory:
# time that first (cold) view separately, right after a restart.
DINGIN_API="$(curl -s -o /dev/null -w '%{time_total}' -u "$PENGGUNA:$SANDI" "$BASE/api/v1/matriks-kompetensi?opd=$OPD_BESAR&size=50&page=7")"
{
    echo
    echo "skill matrix of OPD $OPD_BESAR, first view after restart (summary computed): ${DINGIN_API} s"
    echo
    echo "single client (1 connection), typo query '$SALAH_KETIK' for a name containing '$KATA', largest OPD id $OPD_BESAR"
    echo
    echo "| path | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
} | tee -a "$HASIL"
if command -v wrk > /dev/null && [[ -n "${SESI:-}" ]]; then
    LUA="$(mktemp --suffix=.lua)"
    cat > "$LUA" << 'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |\n", wrk.path, summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
    for path in "${PROFIL_PATHS[@]}"; do
        if [[ "$path" == /api/* ]]; then kepala="$BASIC"; else kepala="Cookie: JSESSIONID=$SESI"; fi
        wrk -t1 -c1 -d5s -H "$kepala" "$BASE$path" > /dev/null 2>&1 || true
        wrk -t1 -c1 -d10s -H "$kepala" -s "$LUA" "$BASE$path" | tail -n 1 | tee -a "$HASIL"
    done
    rm -f "$LUA"
else
    java -cp target/test-classes id.aparatur.benchmark.BebanHttp --base-url="$BASE" --user="$PENGGUNA" \
        --password="$SANDI" --concurrency=1 --duration=10 --warmup=5 "${PROFIL_PATHS[@]}" | tee -a "$HASIL" || true
fi

BERKAS="$(mktemp -d /tmp/aparatur-impor.XXXXXX)"
detik() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
curl -fsS -u "$PENGGUNA:$SANDI" "$BASE/api/v1/ekspor/pegawai?format=csv" -o "$BERKAS/pegawai-asli.csv"
# Every row changed (a letter added to the name), so the upsert writes and audits every employee.
# (mawk, Debian's default awk, has no {n} intervals.)
awk 'NR == 1 { print; next } { sub(/^[0-9]+,/, "&X"); print }' "$BERKAS/pegawai-asli.csv" > "$BERKAS/pegawai.csv"
curl -fsS -u "$PENGGUNA:$SANDI" "$BASE/api/v1/ekspor/asesmen?format=csv" -o "$BERKAS/asesmen-asli.csv"
KEMARIN="$(date -d yesterday +%F)"
# 600,000 assessment rows dated yesterday (new measurements, appended), short texts.
# One row per (NIP, competency): rows of one NIP form one assessment, which names each competency once.
# Rows whose Asesor is quoted (contains a comma) are skipped so that the simple field split stays right.
awk -F, -v d="$KEMARIN" 'NR == 1 { print; next } n < 600000 && $4 !~ /^"/ && !((($1) "," ($5)) in dilihat) {
    dilihat[$1 "," $5] = 1; n++; print $1 "," d ",UJI_KOMPETENSI,Tim Uji," $5 "," $6 ",," }' \
    "$BERKAS/asesmen-asli.csv" > "$BERKAS/asesmen.csv"
BARIS_PEGAWAI=$(($(wc -l < "$BERKAS/pegawai.csv") - 1))
BARIS_ASESMEN=$(($(wc -l < "$BERKAS/asesmen.csv") - 1))
t0="$(date +%s.%N)"
R1="$(curl -sS -u "$PENGGUNA:$SANDI" -F "file=@$BERKAS/pegawai.csv" "$BASE/api/v1/impor/pegawai")"
t1a="$(date +%s.%N)"
MATRIKS_SETELAH="$(curl -s -o /dev/null -w '%{time_total}' -u "$PENGGUNA:$SANDI" "$BASE/api/v1/matriks-kompetensi?opd=$OPD_BESAR&size=50")"
t1="$(date +%s.%N)"
R2="$(curl -sS -u "$PENGGUNA:$SANDI" -F "file=@$BERKAS/asesmen.csv" "$BASE/api/v1/impor/asesmen")"
t2="$(date +%s.%N)"
{
    echo
    echo "- import pegawai CSV, $BARIS_PEGAWAI rows ($(du -h "$BERKAS/pegawai.csv" | cut -f1)): $(detik "$t0" "$t1a") s — ${R1:0:200}"
    echo "- skill matrix of OPD $OPD_BESAR right after the import (summary recomputed): ${MATRIKS_SETELAH} s"
    echo "- import asesmen CSV, $BARIS_ASESMEN rows ($(du -h "$BERKAS/asesmen.csv" | cut -f1)): $(detik "$t1" "$t2") s — ${R2:0:200}"
    echo "- both imports together: $(echo "$(detik "$t0" "$t1a") $(detik "$t1" "$t2")" | awk '{ printf "%.1f", $1 + $2 }') s"
} | tee -a "$HASIL"
rm -rf "$BERKAS"

log "results: $HASIL (app logs in $HASIL_DIR)"
exit "$BEBAN_RC"
