#!/usr/bin/env bash
# Desktop start as the user sees it: launch to the first 200 that a browser opened by Inkwell receives, in
# milliseconds, one line per run. The "browser" is a stand-in that takes BROWSER_START seconds to start (0.6 by
# default, a cold Firefox or Chromium on a laptop takes longer) and then loads the page Inkwell gave it: the
# owner's sign-in link, followed with its cookie to the home page, as a browser does.
# Usage: bench/browserstart.sh RUNS DATA_DIR COMMAND [ARGS...]   (COMMAND as in coldstart.sh)
set -eu
# The wait below starts no process (a sleep every 10 ms took CPU from the start it timed): `read -t` on a pipe that
# never has anything to read.
exec {nap}<> <(:)
runs=$1 data=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/browser" <<BROWSER
#!/bin/sh
sleep ${BROWSER_START:-0.6}
jar=\$(mktemp)
until [ "\$(curl -s -L -c "\$jar" -b "\$jar" -o /dev/null -w '%{http_code}' "\$1")" = 200 ]; do sleep 0.005; done
rm -f "\$jar"
date +%s%N > "$work/done.part" && mv "$work/done.part" "$work/done"
BROWSER
chmod +x "$work/browser"
i=0
while [ "$i" -lt "$runs" ]; do
    rm -f "$work/done"
    begin=$(date +%s%N)
    INKWELL_BROWSER="$work/browser %s" "$@" --no-tray --port 0 --data-dir "$data" > /dev/null 2>&1 &
    pid=$!
    tries=0
    until [ -f "$work/done" ]; do
        kill -0 "$pid" 2>/dev/null || { echo "browserstart: the app exited" >&2; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 6000 ] || { kill "$pid"; echo "browserstart: no page" >&2; exit 1; }
        read -r -t 0.01 -u "$nap" _ || true
    done
    end=$(cat "$work/done")
    kill -TERM "$pid"
    wait "$pid" || { echo "browserstart: exit $? after SIGTERM" >&2; exit 1; }
    echo $(((end - begin) / 1000000))
    i=$((i + 1))
done
