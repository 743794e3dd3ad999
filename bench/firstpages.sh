#!/usr/bin/env bash
# What the first pages buy (issue 19, a lighter start): launch to the first 200 of the home page
# (bench/coldstart.sh) and launch to the home page in an already-open browser that follows the owner's sign-in
# link (bench/browserstart.sh, BROWSER_START=0 by default here: the browser is already open), each in turns with
# the copy the last clean stop left and without it (the file removed before the start: the start waits for
# Derby as before this change). Medians of BENCH_TURNS (default 10) starts each.
# Usage: bench/firstpages.sh [COMMAND ARGS...]   (default: java with the installed launcher's options -jar the jar)
# Example on the installed .deb: bench/firstpages.sh /opt/inkwell/bin/Inkwell
set -euo pipefail
cd "$(dirname "$0")/.."
bench_name=firstpages bench_tools="curl python3"
source bench/common.sh
turns=${BENCH_TURNS:-10}
export BROWSER_START=${BROWSER_START:-0}
if [ "$#" -eq 0 ]; then
    # shellcheck disable=SC2206 # the options are words
    set -- java $java_opts -jar app/target/inkwell.jar
fi
data="$work/data"
note "a first start on $data (the welcome post), then $turns turns"
bench/coldstart.sh 1 "$data" "$@" > /dev/null
for turn in $(seq "$turns"); do
    bench/coldstart.sh 1 "$data" "$@" >> "$work/cold-copy"
    rm -f "$data/first-pages"
    bench/coldstart.sh 1 "$data" "$@" >> "$work/cold-none"
    bench/browserstart.sh 1 "$data" "$@" >> "$work/browser-copy"
    rm -f "$data/first-pages"
    bench/browserstart.sh 1 "$data" "$@" >> "$work/browser-none"
    note "turn $turn: $(tail -1 "$work/cold-copy") / $(tail -1 "$work/cold-none") ms, browser $(tail -1 \
        "$work/browser-copy") / $(tail -1 "$work/browser-none") ms"
done
shown=$(grep -c "is not shown at start" "$data/logs/inkwell.0.log" || true)
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
echo "| launch to … (median of $turns, in turns) | with the first pages | without (waits for Derby) | ratio |"
echo "|---|---:|---:|---:|"
for row in cold browser; do
    with=$(median < "$work/$row-copy"); without=$(median < "$work/$row-none")
    label="first 200 of the home page (coldstart.sh)"
    [ "$row" = browser ] && label="the home page in an open browser, through the sign-in link (browserstart.sh, browser start ${BROWSER_START} s)"
    echo "| $label | $with ms | $without ms | $(awk -v a="$with" -v b="$without" 'BEGIN { printf "%.2f", a / b }') |"
done
echo
echo "Copies refused at start in this run (should be 0): $shown"
