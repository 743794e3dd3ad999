#!/usr/bin/env bash
# Resident memory after the load a browser puts on the blog (issue 19): the installed launcher's options, and the
# quick start `java -jar app/target/inkwell.jar` with no options at all. Each row starts Inkwell on its own copy
# of the same 100-post blog, loads a post, the list, home and the CSS as a browser asks them (compression, the
# blog's cookie, Accept and User-Agent; wrk -t2 -c32, warm-up + measured run each, as bench/run.sh does), then
# reads the resident size of the process and every process it started (the quick start relaunches itself: parent
# and child are summed), right after the load and again after BENCH_IDLE seconds idle.
# Everything runs on 127.0.0.1; every process started here is stopped by its PID, also on Ctrl+C.
#
# Usage: bench/memory.sh         (about 4 minutes on 2 cores)
# Knobs: BENCH_DURATION=10 BENCH_WARMUP=5 BENCH_IDLE=20 BENCH_SKIP_BUILD=1 BENCH_BUILD_LOCK=FILE
#        BENCH_JAVA_OPTS (the installed row's options; default: the installed launcher's, bench/common.sh)
#        BENCH_MEMORY_ROWS: extra rows, "label=JVM options" separated by ";"
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-5}
idle=${BENCH_IDLE:-20}
connections=32
bench_name=memory bench_tools="wrk curl"
. bench/common.sh

# rss_tree PID: resident MiB of PID and all its descendants; pss_tree: the same as proportional set size (pages
# shared between parent and child, such as libjvm and the JDK's class archive, counted once).
descendants() { local pid; for pid in $(pgrep -P "$1" || true); do echo "$pid"; descendants "$pid"; done; }
tree_kib() {
    local field=$2 total=0 pid
    for pid in "$1" $(descendants "$1"); do
        total=$((total + $(awk -v f="$field:" '$1 == f { print $2 }' "/proc/$pid/$3" 2> /dev/null || echo 0)))
    done
    echo $((total / 1024))
}
rss_tree() { tree_kib "$1" VmRSS status; }
pss_tree() { tree_kib "$1" Pss smaps_rollup; }
count_tree() { echo $((1 + $(descendants "$1" | wc -l))); }
note "writing 100 articles through the create form"
start_inkwell "$work/blog"
java -cp "$app_cp" bench/Corpus.java "$work/blog" 100 > "$work/posts.txt"
post=$(sed -n 50p "$work/posts.txt")
css=$(curl -s "$server_url/" | sed -n 's/.*href="\(\/assets\/css\/site\.css[^"]*\)".*/\1/p' | head -1)
stop_server
pages=("$post" /posts / "$css")

labels=("installed launcher's options" "quick start, java -jar with no options")
options=("$java_opts" "")
IFS=';' read -r -a extra <<< "${BENCH_MEMORY_ROWS:-}"
for row in "${extra[@]}"; do labels+=("${row%%=*}"); options+=("${row#*=}"); done

rows=()
for i in "${!labels[@]}"; do
    note "row: ${labels[$i]} (${options[$i]:-no options})"
    rm -rf "$work/copy"
    cp -a "$work/blog" "$work/copy"
    # MALLOC_ARENA_MAX as the installed launcher sets it; a quick start ("quick start…" rows) runs without it.
    case ${labels[$i]} in "quick start"*) arena=(-u MALLOC_ARENA_MAX) ;; *) arena=(MALLOC_ARENA_MAX=2) ;; esac
    # shellcheck disable=SC2086
    start_server inkwell env "${arena[@]}" java ${options[$i]} -jar app/target/inkwell.jar --headless --port 0 --data-dir "$work/copy"
    curl -s -c "$work/cookies.txt" -o /dev/null "$server_url/"
    token=$(awk '$6 == "inkwell_csrf" { print $7 }' "$work/cookies.txt")
    browser=(-H "Accept-Encoding: gzip, deflate, br, zstd" -H "Cookie: inkwell_csrf=$token"
        -H "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        -H "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36")
    cells=""
    for page in "${pages[@]}"; do
        load "$server_url$page" "${browser[@]}"
        cells="$cells | $rps / $p99"
    done
    rss=$(rss_tree "$server_pid") pss=$(pss_tree "$server_pid") processes=$(count_tree "$server_pid")
    sleep "$idle"
    rss_idle=$(rss_tree "$server_pid")
    stop_server
    rows+=("| ${labels[$i]} | $processes | $rss | $pss | $rss_idle$cells |")
done

echo "### Memory after the load, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "Each page as a browser asks, wrk -t2 -c$connections, ${warmup} s warm-up + ${duration} s measured; resident sizes"
echo "of the process and every process it started, summed; idle = ${idle} s after the load."
echo
echo "| JVM options | processes | RSS after the load, MiB | PSS, MiB | RSS idle, MiB | post req/s / p99 ms | list | home | css |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for i in "${!labels[@]}"; do
    echo "${rows[$i]/| ${labels[$i]} |/| ${labels[$i]}: \`${options[$i]:-none}\` |}"
done
