#!/bin/sh
# Cold start, launch to the first 200 of the home page, in milliseconds, one line per run.
# Usage: bench/coldstart.sh RUNS DATA_DIR COMMAND [ARGS...]
# Each run launches COMMAND --headless --port 0 --data-dir DATA_DIR, waits for the ready line, polls the home
# page until it answers 200, stops the process with SIGTERM (by its PID) and requires exit status 0.
set -eu
runs=$1 data=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
i=0
while [ "$i" -lt "$runs" ]; do
    : > "$out"
    begin=$(date +%s%N)
    "$@" --headless --port 0 --data-dir "$data" > "$out" 2>/dev/null &
    pid=$!
    tries=0
    until grep -q '^Inkwell running at ' "$out"; do
        kill -0 "$pid" 2>/dev/null || { echo "coldstart: the app exited before its ready line" >&2; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 12000 ] || { kill "$pid"; echo "coldstart: no ready line" >&2; exit 1; }
        sleep 0.005
    done
    url=$(sed -n 's/^Inkwell running at //p' "$out")
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ]; do sleep 0.005; done
    end=$(date +%s%N)
    kill -TERM "$pid"
    status=0
    wait "$pid" || status=$?
    [ "$status" -eq 0 ] || { echo "coldstart: exit $status after SIGTERM" >&2; exit 1; }
    echo $(((end - begin) / 1000000))
    i=$((i + 1))
done
