# Shared by the benchmark scripts (source it after setting DATA and APP_PID=""): stopping the app and its embedded
# PostgreSQL, cleaning the data folder on exit, and finding a free port.
hentikan_app() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2> /dev/null; then
        kill -TERM "$APP_PID" 2> /dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$APP_PID" 2> /dev/null || break
            sleep 1
        done
        kill -KILL "$APP_PID" 2> /dev/null || true
        wait "$APP_PID" 2> /dev/null || true
    fi
    APP_PID=""
    # The embedded PostgreSQL normally stops with the JVM; if the JVM was killed, stop exactly its postmaster.
    local pidfile="$DATA/postgres/postmaster.pid"
    if [[ -f "$pidfile" ]]; then
        local pgpid
        pgpid="$(head -n 1 "$pidfile")"
        if [[ -n "$pgpid" ]] && kill -0 "$pgpid" 2> /dev/null; then
            kill -INT "$pgpid" 2> /dev/null || true
            for _ in $(seq 1 30); do
                kill -0 "$pgpid" 2> /dev/null || break
                sleep 1
            done
        fi
    fi
}

bersihkan() {
    local rc=$?
    hentikan_app
    rm -rf "$DATA"
    exit "$rc"
}
trap bersihkan EXIT
trap 'exit 130' INT TERM

port_bebas() {
    local p
    for _ in $(seq 1 50); do
        p=$((20000 + RANDOM % 30000))
        if ! (exec 3<> "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
            echo "$p"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}
