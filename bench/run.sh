#!/usr/bin/env bash
# Inkwell's benchmark: one command, one machine, one run. Builds the app, writes a realistic corpus through the
# app's own create form, loads each kind of page with wrk at 32 connections next to a bare Undertow serving the
# very same bytes from memory (the ceiling), measures cold start, memory and disk, then repeats the page and
# start-up figures at 10,000 and 100,000 posts, and last publishes a 1,000-post blog (bench/publish.sh). Prints
# Markdown tables (bench/README.md holds the latest).
# Everything runs on 127.0.0.1; every process started here is stopped by its PID, also on Ctrl+C.
#
# Usage: bench/run.sh            (about 15 minutes on 2 cores)
# Knobs: BENCH_DURATION=10 (s per measurement) BENCH_WARMUP=5 BENCH_STARTS=10 BENCH_SCALES="10000 100000"
#        BENCH_BUILD_LOCK=FILE (builds wait for flock on FILE, on a machine shared with other builds)
#        BENCH_BASELINE_REV=03803ad (start-up of the app before search, on the same grown corpus) BENCH_SKIP_BASELINE=1
#        BENCH_JAVA_OPTS (default: the installed launcher's options) BENCH_SKIP_BUILD=1
#        BENCH_SKIP_PUBLISH=1 (leaves out publishing; its own knobs: see bench/publish.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-5}
starts=${BENCH_STARTS:-10}
scales=${BENCH_SCALES:-"10000 100000"}
connections=32
bench_name=pages bench_tools="wrk curl"
. bench/common.sh

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
rss_mib() { awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

# ---- 100 fresh articles -------------------------------------------------------------------------------------
data="$work/blog-100"
note "writing 100 articles through the create form"
start_inkwell "$data"
java -cp "$app_cp" bench/Corpus.java "$data" 100 > "$work/posts.txt"
post=$(sed -n 50p "$work/posts.txt")
css=$(curl -s "$server_url/" | sed -n 's/.*href="\(\/assets\/css\/site\.css[^"]*\)".*/\1/p' | head -1)
declare -A page_path=([post]="$post" [list]="/posts" [home]="/" [css]="$css")
declare -A page_type=([post]="text/html; charset=UTF-8" [list]="text/html; charset=UTF-8"
    [home]="text/html; charset=UTF-8" [css]="text/css; charset=UTF-8")
pages=(post list home css)
declare -A r_rps r_p50 r_p99 r_err c_rps c_p50 c_p99
for page in "${pages[@]}"; do
    note "loading $page (${page_path[$page]})"
    curl -s -o "$work/$page.bytes" "$server_url${page_path[$page]}"
    load "$server_url${page_path[$page]}"
    r_rps[$page]=$rps r_p50[$page]=$p50 r_p99[$page]=$p99 r_err[$page]=$errors
done
# As a browser asks: every browser sends Accept-Encoding and its cookies (here the blog's own security token).
curl -s -c "$work/cookies.txt" -o /dev/null "$server_url/"
token=$(awk '$6 == "inkwell_csrf" { print $7 }' "$work/cookies.txt")
browser=(-H "Accept-Encoding: gzip, deflate, br, zstd" -H "Cookie: inkwell_csrf=$token"
    -H "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    -H "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36")
declare -A g_rps g_p50 g_p99 g_err gc_rps gc_p99
for page in "${pages[@]}"; do
    note "loading $page as a browser asks"
    curl -s "${browser[@]}" -o "$work/$page.gz" "$server_url${page_path[$page]}"
    load "$server_url${page_path[$page]}" "${browser[@]}"
    g_rps[$page]=$rps g_p50[$page]=$p50 g_p99[$page]=$p99 g_err[$page]=$errors
done
rss_after=$(rss_mib "$server_pid")
stop_server
data_size=$(du -sm "$data" | cut -f1)
for page in "${pages[@]}"; do
    note "ceiling for the $page bytes ($(stat -c %s "$work/$page.bytes") bytes, $(stat -c %s "$work/$page.gz") compressed)"
    start_server ceiling java $java_opts -cp "app/target/lib/*" bench/Ceiling.java "$work/$page.bytes" "${page_type[$page]}"
    load "$server_url/"
    c_rps[$page]=$rps c_p50[$page]=$p50 c_p99[$page]=$p99
    stop_server
    start_server ceiling java $java_opts -cp "app/target/lib/*" bench/Ceiling.java "$work/$page.gz" "${page_type[$page]}" gzip
    load "$server_url/" "${browser[@]}"
    gc_rps[$page]=$rps gc_p99[$page]=$p99
    stop_server
done

# ---- cold start ---------------------------------------------------------------------------------------------
note "cold start, java -jar, $starts runs"
start_jar=$(bench/coldstart.sh "$starts" "$data" java $java_opts -jar app/target/inkwell.jar | median)
start_cds="" start_nocds="" start_browser=""
deb=$(ls installer/target/dist/inkwell_*_amd64.deb 2> /dev/null | head -1 || true)
if [ -n "$deb" ]; then
    # The installed app exactly as dpkg lays it out, at its real path, in a private mount namespace: nothing is
    # installed on this machine. Without CDS = the same files with the archive hidden behind an empty file.
    note "cold start, installed app from $(basename "$deb"), $starts runs with and without the CDS archive"
    dpkg-deb -x "$deb" "$work/deb"
    : > "$work/empty.jsa"
    cat > "$work/installed.sh" << NS
set -eu
mount -t tmpfs -o size=1m tmpfs /opt
mkdir /opt/inkwell
mount --bind "$work/deb/opt/inkwell" /opt/inkwell
bench/coldstart.sh $starts "$data" /opt/inkwell/bin/Inkwell > "$work/start-cds.txt"
bench/browserstart.sh $starts "$data" /opt/inkwell/bin/Inkwell > "$work/start-browser.txt"
mount --bind "$work/empty.jsa" /opt/inkwell/lib/app/inkwell.jsa
bench/coldstart.sh $starts "$data" /opt/inkwell/bin/Inkwell > "$work/start-nocds.txt"
NS
    if [ "$(id -u)" = 0 ]; then namespace=(unshare --mount --propagation private)
    else namespace=(unshare --user --map-root-user --mount --propagation private); fi
    if "${namespace[@]}" sh "$work/installed.sh"; then
        start_cds=$(median < "$work/start-cds.txt")
        start_nocds=$(median < "$work/start-nocds.txt")
        start_browser=$(median < "$work/start-browser.txt")
    else
        note "could not run the installed app in a mount namespace; installed start-up left out"
    fi
else
    note "no .deb in installer/target/dist (./mvnw -Pinstaller package makes one); installed start-up left out"
fi

# ---- scale: the same blog grown to N posts inside Derby (grow, in bench/common.sh) --------------------------
# search_ready_ms: from now until the search page stops saying the index is being built (a grown blog's index is
# behind its database, so each start here rebuilds it in the background while the pages already answer).
search_ready_ms() {
    local started=$(date +%s%N)
    while curl -s "$server_url/search?q=cache" | grep -q "is being built"; do sleep 0.1; done
    echo $(( ($(date +%s%N) - started) / 1000000 ))
}
# Searches of two corpus words each, a new pair per request (3,136 pairs): mostly not among the kept result pages.
words="the server request thread cache page index query latency memory bytes buffer template handler connection
heap allocation benchmark throughput percentile startup class archive runtime module database transaction commit
row column schema token header response render markdown escape sanitize measure ratio ceiling fast small exact"
{
    echo "local words = {}"
    for word in $words; do echo "words[#words + 1] = \"$word\""; done
    echo 'request = function()'
    echo '  return wrk.format("GET", "/search?q=" .. words[math.random(#words)] .. "+" .. words[math.random(#words)])'
    echo 'end'
} > "$work/search.lua"

# ---- start-up before the search index (issue 14): the app as it was, on the same corpus grown the same way ----
build_baseline
declare -A s_list_rps s_list_p99 s_home_p99 s_post_p99 s_start s_before s_posts s_index_ms s_index_mb
declare -A s_search_p50 s_search_p99 s_varied_rps s_varied_p50 s_varied_p99 s_few_p50 s_few_p99
for scale in $scales; do
    note "growing the blog to $scale posts"
    cp -a "$data" "$work/blog-$scale"
    grow "$work/blog-$scale" "$scale"
    if [ -n "$baseline_jar" ]; then
        cp -a "$baseline_data" "$work/before-$scale"
        grow "$work/before-$scale" "$scale" before
        # Taken in turns with the app of now, so that both see the same load on the machine.
        for turn in 1 2 3; do
            bench/coldstart.sh 1 "$work/before-$scale" java $java_opts -jar "$baseline_jar" >> "$work/before-$scale.txt"
            bench/coldstart.sh 1 "$work/blog-$scale" java $java_opts -jar app/target/inkwell.jar >> "$work/now-$scale.txt"
        done
        s_before[$scale]="$(median < "$work/before-$scale.txt") ms"
        s_start[$scale]=$(median < "$work/now-$scale.txt")
        rm -rf "$work/before-$scale"
    else
        s_before[$scale]="–"
        s_start[$scale]=$(bench/coldstart.sh 3 "$work/blog-$scale" java $java_opts -jar app/target/inkwell.jar | median)
    fi
    start_inkwell "$work/blog-$scale"
    s_posts[$scale]=$(curl -s "$server_url/posts" | sed -n "s/.*>\([0-9]*\) *posts, newest first.*/\1/p" | head -1)
    note "loading list, home and post at $scale posts"
    load "$server_url/posts"; s_list_rps[$scale]=$rps s_list_p99[$scale]=$p99
    load "$server_url/"; s_home_p99[$scale]=$p99
    load "$server_url$post"; s_post_p99[$scale]=$p99
    note "searching at $scale posts"
    s_index_ms[$scale]=$(search_ready_ms)
    load "$server_url/search?q=cache"; s_search_p50[$scale]=$p50 s_search_p99[$scale]=$p99
    load "$server_url/" -s "$work/search.lua"; s_varied_rps[$scale]=$rps s_varied_p50[$scale]=$p50 s_varied_p99[$scale]=$p99
    connections=4 load "$server_url/" -s "$work/search.lua"; s_few_p50[$scale]=$p50 s_few_p99[$scale]=$p99
    s_index_mb[$scale]=$(du -sm "$work/blog-$scale/search" | cut -f1)
    stop_server
    rm -rf "$work/blog-$scale"
done
start_100=$(bench/coldstart.sh 3 "$data" java $java_opts -jar app/target/inkwell.jar | median)

# ---- the table ----------------------------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
echo "### Inkwell $(sed -n 's/.*<version>\(.*\)<\/version>.*/\1/p' pom.xml | head -1), $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $(java -version 2>&1 | head -1)"
echo
echo "wrk -t2 -c$connections, ${warmup} s warm-up + ${duration} s measured per row; JVM options: \`$java_opts\`."
echo "Ceiling: a bare Undertow answering with the very same bytes from memory, started in the same run."
echo
# load_table TITLE MEASURED CEILING: one row per page of ${label[page]}, from the arrays named by the prefixes:
# MEASURED_rps, _p50, _p99, _err and CEILING_rps, _p99.
load_table() {
    local title=$1 measured=$2 ceiling=$3
    echo "| $title | req/s | p50 ms | p99 ms | ceiling req/s | ceiling p99 ms | ratio to ceiling | errors |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for page in "${pages[@]}"; do
        local -n rps="${measured}_rps" p50="${measured}_p50" p99="${measured}_p99" err="${measured}_err"
        local -n crps="${ceiling}_rps" cp99="${ceiling}_p99"
        echo "| ${label[$page]} | ${rps[$page]} | ${p50[$page]} | ${p99[$page]} | ${crps[$page]} | ${cp99[$page]} | $(ratio "${rps[$page]}" "${crps[$page]}") | ${err[$page]} |"
    done
}
declare -A label
for page in "${pages[@]}"; do label[$page]="$page \`${page_path[$page]%%\?*}\` ($(stat -c %s "$work/$page.bytes") B)"; done
load_table "100 posts" r c
echo
echo "As a browser asks (\`Accept-Encoding: gzip, deflate, br, zstd\`, its cookie, Accept and User-Agent); the ceiling sends"
echo "the very same compressed bytes with \`Content-Encoding: gzip\`."
echo
for page in "${pages[@]}"; do label[$page]="$page ($(stat -c %s "$work/$page.gz") B compressed)"; done
load_table "100 posts, as a browser asks" g gc
echo
echo "| measure | value |"
echo "|---|---:|"
echo "| cold start to first 200, \`java -jar\` (median of $starts) | $start_jar ms |"
[ -n "$start_cds" ] && echo "| cold start, installed app with CDS archive (median of $starts) | $start_cds ms |"
[ -n "$start_nocds" ] && echo "| cold start, installed app without CDS archive (median of $starts) | $start_nocds ms |"
[ -n "$start_browser" ] && echo "| desktop start, installed app with CDS: launch to the first 200 in a browser it opens, which takes ${BROWSER_START:-0.6} s to start (median of $starts) | $start_browser ms |"
echo "| RSS after the load | $rss_after MiB |"
echo "| data folder, 100 posts | $data_size MiB |"
echo
echo "| posts | list req/s | list p99 ms | home p99 ms | post p99 ms | start-up (median of 3) | start-up of $baseline_rev, before search (same turns) |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
echo "| 101 | ${r_rps[list]} | ${r_p99[list]} | ${r_p99[home]} | ${r_p99[post]} | $start_100 ms | – |"
for scale in $scales; do
    echo "| ${s_posts[$scale]:-$scale} | ${s_list_rps[$scale]} | ${s_list_p99[$scale]} | ${s_home_p99[$scale]} | ${s_post_p99[$scale]} | ${s_start[$scale]} ms | ${s_before[$scale]} |"
done
echo
echo "Search: \`/search?q=cache\` asked again and again (its page is kept after the first), then a new pair of corpus"
echo "words per request (a kept page only when a pair comes round again), with $connections and with 4 connections."
echo
echo "| posts | index rebuilt after start | index size | cache, p50 / p99 ms | word pairs, req/s | word pairs, p50 / p99 ms | word pairs at 4 connections, p50 / p99 ms |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for scale in $scales; do
    echo "| ${s_posts[$scale]:-$scale} | ${s_index_ms[$scale]} ms | ${s_index_mb[$scale]} MiB | ${s_search_p50[$scale]} / ${s_search_p99[$scale]} | ${s_varied_rps[$scale]} | ${s_varied_p50[$scale]} / ${s_varied_p99[$scale]} | ${s_few_p50[$scale]} / ${s_few_p99[$scale]} |"
done

# ---- publishing: a 1,000-post blog to a folder and to a bare Git repository (bench/publish.sh) -----------------
if [ -z "${BENCH_SKIP_PUBLISH:-}" ]; then
    echo
    note "publishing (bench/publish.sh)"
    BENCH_SKIP_BUILD=1 BENCH_JAVA_OPTS="$java_opts" bench/publish.sh
fi
