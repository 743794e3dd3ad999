#!/usr/bin/env bash
# Cold start, launch to the first 200 of the home page, in milliseconds, one line per run.
# Usage: bench/coldstart.sh RUNS DATA_DIR COMMAND [ARGS...]
# Each run launches COMMAND --headless --port PORT --data-dir DATA_DIR on a port free at that moment, asks for the
# home page from the launch on until it answers 200 (the ready line is not waited for: a page may be answered
# before it, while the database starts), checks the ready line came, stops the process with SIGTERM (by its PID)
# and requires exit status 0.
# The waiting starts no process: bash's own /dev/tcp asks for the page and `read -t` waits between two asks. A
# curl and a sleep every 5 ms (this script until 2026-12-02) took about half of one of the two cores from the
# start it was timing: a browser waiting for a page costs nothing like that.
set -eu
runs=$1 data=$2
shift 2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
# A pipe that never has anything to read: `read -t` on it is a sleep without a process.
exec {nap}<> <(:)
pause() { read -r -t 0.005 -u "$nap" _ || true; }
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}
status=""
# Sets status to the home page's HTTP status, or to nothing while nothing listens.
ask() {
    local connection version rest
    status=""
    { exec {connection}<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 0
    printf 'GET / HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$port" >&"$connection"
    read -r -t 10 version status rest <&"$connection" || status=""
    exec {connection}<&-
}
i=0
while [ "$i" -lt "$runs" ]; do
    : > "$out"
    port=$(free_port)
    url="http://127.0.0.1:$port/"
    begin=$EPOCHREALTIME
    "$@" --headless --port "$port" --data-dir "$data" > "$out" 2>/dev/null &
    pid=$!
    tries=0
    while ask; [ "$status" != 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "coldstart: the app exited before its first page" >&2; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 12000 ] || { kill "$pid"; echo "coldstart: no page" >&2; exit 1; }
        pause
    done
    end=$EPOCHREALTIME
    tries=0
    until grep -q "^Inkwell running at $url" "$out"; do
        kill -0 "$pid" 2>/dev/null || { echo "coldstart: the app exited without its ready line" >&2; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 12000 ] || { kill "$pid"; echo "coldstart: no ready line" >&2; exit 1; }
        pause
    done
    kill -TERM "$pid"
    exit_status=0
    wait "$pid" || exit_status=$?
    [ "$exit_status" -eq 0 ] || { echo "coldstart: exit $exit_status after SIGTERM" >&2; exit 1; }
    awk -v begin="$begin" -v end="$end" 'BEGIN { printf "%d\n", (end - begin) * 1000 }'
    i=$((i + 1))
done
