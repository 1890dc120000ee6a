#!/bin/bash
# A/B of two builds on one data folder: generates 60,000 demo pegawai with NEW, restarts with OLD (Flyway validation
# off: the folder may hold newer migrations), measures, restarts with NEW, measures. wrk (apt-get install wrk), 20
# connections, 5 s warm-up, 10 s per path, the paths of scripts/benchmark.sh. Usage: OLD=/path/old.jar scripts/benchmark-ab.sh
# The paths use the demo's fixed NIP 196802111992011001, jabatan 76 and OPD 4 (the generator is deterministic).
set -u
NEW="${NEW:-target/aparatur-0.1.0-SNAPSHOT.jar}"
OLD="${OLD:?set OLD to the jar to compare with (built from an older commit)}"
cp "$NEW" /tmp/ab-new.jar  # the build may replace target/ meanwhile
NEW=/tmp/ab-new.jar
DATA=$(mktemp -d /tmp/ab-data.XXXX)
PORT="${PORT:-28411}"
BASE=http://127.0.0.1:$PORT
start() {
  APARATUR_DATA_DIR="$DATA" java -jar "$1" --spring.profiles.active=demo --aparatur.demo.pegawai=60000 --server.port=$PORT $2 > /tmp/ab-app-$3.log 2>&1 &
  PID=$!
  until curl -fsS --max-time 5 "$BASE/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $PID 2>/dev/null || { echo "app $3 died"; tail -30 /tmp/ab-app-$3.log; exit 1; }; sleep 1; done
  echo "ready $3 $(date +%T)"
}
stop() { kill -TERM $PID; wait $PID 2>/dev/null; sleep 2; }
LUA=$(mktemp --suffix=.lua)
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("| %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f |\n", wrk.path, summary.requests,
    e.status + e.connect + e.read + e.write + e.timeout, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
LUA
ukur() {
  JAR_KUE=$(mktemp)
  TOKEN=$(curl -fsS -c "$JAR_KUE" -b "$JAR_KUE" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"//')
  curl -fsS -o /dev/null -c "$JAR_KUE" -b "$JAR_KUE" --data-urlencode "username=bkd" --data-urlencode "password=aparatur-demo" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
  SESI=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_KUE" | tail -n 1)
  BASIC="Authorization: Basic $(printf '%s:%s' bkd aparatur-demo | base64 -w0)"
  echo "## $1"; echo "| path | count | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |"; echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for path in "/api/v1/pegawai?page=0&size=25" "/api/v1/pegawai?q=Siti" "/api/v1/pegawai/196802111992011001" "/api/v1/jabatan?page=3" "/api/v1/jabatan/76" "/api/v1/opd" "/pegawai?q=Siti" "/pegawai/196802111992011001" "/organisasi/jabatan?q=Guru" "/organisasi/opd/4/peta-jabatan"; do
    if [[ "$path" == /api/* ]]; then k="$BASIC"; else k="Cookie: JSESSIONID=$SESI"; fi
    wrk -t2 -c20 -d5s -H "$k" "$BASE$path" > /dev/null 2>&1 || true
    wrk -t2 -c20 -d10s -H "$k" -s "$LUA" "$BASE$path" | tail -n 1
  done
}
echo "data $DATA $(date +%T)"
start "$NEW" "" gen; stop
start "$OLD" "--spring.flyway.validate-on-migrate=false" old; sleep 20; ukur "before (${OLD})"; stop
start "$NEW" "" new; sleep 20; ukur "after (${NEW_LABEL:-$NEW})"; stop
rm -rf "$DATA"
echo "END $(date +%T)"
