#!/usr/bin/env bash
# Start-up at 100,000 posts (or BENCH_SCALES), the app of now against the app before drafts, tags and search
# (BENCH_BASELINE_REV, default 03803ad), each on the same 100 articles grown the same way, started in turns so both
# see the same load on the machine. Each start is cold (a new JVM), launch to the first 200 of the home page.
# Prints a Markdown table with the medians and every sample. About 10 minutes on 2 cores.
# Knobs: BENCH_SCALES="100000" BENCH_TURNS=5 BENCH_JAVA_OPTS BENCH_SKIP_BUILD=1 BENCH_BUILD_LOCK=FILE
# BENCH_FIRST_PAGES=0: every start of the app of now without the home page the last clean stop kept (first-pages),
# so that it reads the database as the app before did (by default a start after a clean stop answers from it).
set -euo pipefail
cd "$(dirname "$0")/.."

scales=${BENCH_SCALES:-"100000"}
turns=${BENCH_TURNS:-5}
bench_name=startup bench_tools="curl"
. bench/common.sh
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

data="$work/blog-100"
note "writing 100 articles through the create form"
start_inkwell "$data"
java -cp "$app_cp" bench/Corpus.java "$data" 100 > /dev/null
stop_server
build_baseline
[ -n "$baseline_jar" ] || { note "no baseline: nothing to compare with"; exit 1; }

echo "| posts | start-up now (median of $turns) | start-up of $baseline_rev (median of $turns) | difference | samples now | samples before |"
echo "|---:|---:|---:|---:|---|---|"
for scale in $scales; do
    note "growing both blogs to $scale posts"
    cp -a "$data" "$work/now-$scale"
    grow "$work/now-$scale" "$scale"
    cp -a "$baseline_data" "$work/before-$scale"
    grow "$work/before-$scale" "$scale" before
    # One start of each before measuring: the first start after growing migrates (now) and, in the app of now,
    # finds the search index behind the database, as after a restore; it is rebuilt in the background.
    bench/coldstart.sh 1 "$work/now-$scale" java $java_opts -jar app/target/inkwell.jar > /dev/null
    bench/coldstart.sh 1 "$work/before-$scale" java $java_opts -jar "$baseline_jar" > /dev/null
    : > "$work/now.txt"; : > "$work/before.txt"
    for turn in $(seq "$turns"); do
        note "turn $turn of $turns at $scale posts"
        bench/coldstart.sh 1 "$work/before-$scale" java $java_opts -jar "$baseline_jar" >> "$work/before.txt"
        [ "${BENCH_FIRST_PAGES:-1}" = 0 ] && rm -f "$work/now-$scale/first-pages"
        bench/coldstart.sh 1 "$work/now-$scale" java $java_opts -jar app/target/inkwell.jar >> "$work/now.txt"
    done
    now=$(median < "$work/now.txt") before=$(median < "$work/before.txt")
    echo "| $scale | $now ms | $before ms | $((now - before)) ms | $(paste -sd' ' "$work/now.txt") | $(paste -sd' ' "$work/before.txt") |"
    rm -rf "$work/now-$scale" "$work/before-$scale"
done
