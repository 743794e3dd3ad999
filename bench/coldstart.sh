#!/bin/sh
# Cold start, launch to the first 200 of the home page, in milliseconds, one line per run.
# Usage: bench/coldstart.sh RUNS DATA_DIR COMMAND [ARGS...]
# Each run launches COMMAND --headless --port PORT --data-dir DATA_DIR on a port free at that moment, polls the
# home page from the launch on until it answers 200 (the ready line is not waited for: a page may be answered
# before it, while the database starts), checks the ready line came, stops the process with SIGTERM (by its PID)
# and requires exit status 0.
set -eu
runs=$1 data=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
i=0
while [ "$i" -lt "$runs" ]; do
    : > "$out"
    port=$(free_port)
    url="http://127.0.0.1:$port/"
    begin=$(date +%s%N)
    "$@" --headless --port "$port" --data-dir "$data" > "$out" 2>/dev/null &
    pid=$!
    tries=0
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "coldstart: the app exited before its first page" >&2; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 12000 ] || { kill "$pid"; echo "coldstart: no page" >&2; exit 1; }
        sleep 0.005
    done
    end=$(date +%s%N)
    tries=0
    until grep -q "^Inkwell running at $url" "$out"; do
        kill -0 "$pid" 2>/dev/null || { echo "coldstart: the app exited without its ready line" >&2; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 12000 ] || { kill "$pid"; echo "coldstart: no ready line" >&2; exit 1; }
        sleep 0.005
    done
    kill -TERM "$pid"
    status=0
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || { echo "coldstart: exit $status after SIGTERM" >&2; exit 1; }
    echo $(((end - begin) / 1000000))
    i=$((i + 1))
done
