#!/usr/bin/env bash
# Search at 10,000 and 100,000 posts (issue 14), on two corpora, at 1, 4 and 32 connections:
#   worst  the bench's 100 articles (bench/Corpus.java: every post drawn from the same 56 words) grown by copying
#          inside Derby (grow, bench/common.sh): every word of every query is in every post;
#   zipf   every post different, words drawn from 5,000 with Zipf's law, code identifiers made of them
#          (bench/ZipfCorpus.java, written into Derby directly).
# Each search is a new pair of words (a kept result page only when a pair comes round again). Prints a Markdown
# table: index build time after start, index size, req/s and p50/p99 per connection count.
# Knobs: BENCH_SCALES="10000 100000" BENCH_CORPORA="worst zipf" BENCH_DURATION=10 BENCH_WARMUP=3
#        BENCH_SEARCH_DATA=DIR keeps the grown data folders (and their built index) there for the next run
#        BENCH_PREPARE_ONLY=1 makes the data folders and stops
#        BENCH_JAVA_OPTS BENCH_SKIP_BUILD=1 BENCH_BUILD_LOCK=FILE
set -euo pipefail
cd "$(dirname "$0")/.."

scales=${BENCH_SCALES:-"10000 100000"}
corpora=${BENCH_CORPORA:-"worst zipf"}
duration=${BENCH_DURATION:-10}
warmup=${BENCH_WARMUP:-10}
bench_name=search bench_tools="wrk curl"
. bench/common.sh
kept=${BENCH_SEARCH_DATA:-$work/kept}
mkdir -p "$kept"

to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000;
        printf "%.1f", n }'
}
# load CONNECTIONS QUERIES [WARM-UP SECONDS]: sets rps, p50, p99 and errors.
load() {
    local lua="$2.lua"
    cat > "$lua" << LUA
local queries = {}
for line in io.lines("$2") do queries[#queries + 1] = line:gsub(" ", "+") end
request = function() return wrk.format("GET", "/search?q=" .. queries[math.random(#queries)]) end
LUA
    local threads=$(( $1 < 2 ? 1 : 2 ))
    wrk -t$threads -c$1 -d${3:-1}s -s "$lua" "$server_url/" > /dev/null
    wrk -t$threads -c$1 -d${duration}s --latency -s "$lua" "$server_url/" > "$work/wrk.txt"
    rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' "$work/wrk.txt")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")")
    errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work/wrk.txt")
}

# The queries: 56 × 56 pairs of the worst corpus's words in random order; 5,000 Zipf pairs.
java bench/ZipfCorpus.java queries 5000 > "$work/zipf.queries"
words="the server request thread cache page index query latency memory bytes buffer template handler connection
heap allocation benchmark throughput percentile startup class archive runtime module database transaction commit
row column schema token header response render markdown escape sanitize measure ratio ceiling is a and of with
when because without every fast small exact careful"
for a in $words; do for b in $words; do echo "$a $b"; done; done | shuf --random-source=<(yes) > "$work/worst.queries"

if [ ! -d "$kept/blog-100" ]; then
    note "writing 100 articles through the create form"
    start_inkwell "$work/blog-100"
    java -cp "$app_cp" bench/Corpus.java "$work/blog-100" 100 > /dev/null
    stop_server
    rm -rf "$work/blog-100/search"
    cp -a "$work/blog-100" "$kept/blog-100"
fi
for corpus in $corpora; do
    for scale in $scales; do
        dir="$kept/$corpus-$scale"
        [ -d "$dir" ] && continue
        note "making the $corpus corpus of $scale posts in $dir"
        cp -a "$kept/blog-100" "$dir.tmp"
        if [ "$corpus" = worst ]; then grow "$dir.tmp" "$scale"
        else java -cp "$app_cp" bench/ZipfCorpus.java posts "$dir.tmp" "$scale"; fi
        mv "$dir.tmp" "$dir"
    done
done
[ -z "${BENCH_PREPARE_ONLY:-}" ] || exit 0

declare -A ready size r1 r4 r32
for corpus in $corpora; do
    for scale in $scales; do
        dir="$kept/$corpus-$scale"
        note "searching the $corpus corpus at $scale posts"
        start_inkwell "$dir"
        started=$(date +%s%N)
        while curl -s "$server_url/search?q=cache" | grep -q "is being built"; do sleep 0.2; done
        ready[$corpus-$scale]=$(( ($(date +%s%N) - started) / 1000000 ))
        # Warm first, so the JIT has compiled the search path before any row is measured: one connection alone
        # sends too few searches in seconds to get there, and would measure the interpreter.
        load 4 "$work/$corpus.queries" "$warmup"
        for connections in 1 4 32; do
            load "$connections" "$work/$corpus.queries"
            [ "$errors" = 0 ] || note "$errors errors at $connections connections"
            printf -v "r${connections}[$corpus-$scale]" "%s" "$rps, $p50 / $p99"
        done
        stop_server
        size[$corpus-$scale]=$(du -sm "$dir/search" | cut -f1)
    done
done

echo "wrk, ${warmup} s warm-up at 4 connections, then per cell 1 s + ${duration} s measured, a new pair of words per request; JVM options: \`$java_opts\`."
echo "Index ready: from the start until the first search answers (opened as it is after a clean stop, else rebuilt)."
echo
echo "| corpus | posts | index ready | index size | 1 connection: req/s, p50 / p99 ms | 4 connections | 32 connections |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for corpus in $corpora; do
    for scale in $scales; do
        key=$corpus-$scale
        echo "| $corpus | $scale | ${ready[$key]} ms | ${size[$key]} MiB | ${r1[$key]} | ${r4[$key]} | ${r32[$key]} |"
    done
done
