#!/usr/bin/env bash
# Export and import of BENCH_TRANSFER_POSTS (10,000) posts, timed from launch to exit of the command a user types:
# 1. `import` of a generated Hugo site (a zip of POSTS Markdown files, ~2 KB each, YAML front matter, tags) into an
#    empty data folder; 2. `export --to` of that blog; 3. `import` of that export into another empty data folder
#    (the round trip); 4. `export` of the second blog, compared with the first (the same bytes). Prints a table.
set -euo pipefail
cd "$(dirname "$0")/.."
bench_name=transfer
bench_tools="zip cmp"
source bench/common.sh
posts=${BENCH_TRANSFER_POSTS:-10000}
# An import holds its checked posts in memory until the one transaction writes them: the launcher's 64 MiB heap
# is too small for 10,000 posts, so the commands get more (measured peak: see bench/README.md).
transfer_opts=${BENCH_TRANSFER_JAVA_OPTS:-"-XX:+UseSerialGC -Xmx768m"}

note "writing a Hugo site of $posts posts"
mkdir -p "$work/site/content/posts"
awk -v posts="$posts" -v dir="$work/site/content/posts" 'BEGIN {
    for (i = 1; i <= posts; i++) {
        file = sprintf("%s/post-%05d.md", dir, i)
        printf "---\ntitle: \"Notes on caching, part %d\"\ndate: 2020-01-01T00:00:00Z\nlastmod: 2021-01-01T00:00:00Z\n", i > file
        printf "author: Ada\ntags: [caching, part-%d]\n---\n\n## Why %d\n\n", i % 50, i > file
        for (p = 0; p < 6; p++) {
            printf "A paragraph about *caches*, `keys`, [links](https://example.org/%d) and plain words that fill a line or two. ", p > file
            printf "Eviction, expiry and warm-up all matter here.\n\n" > file
        }
        printf "```java\nint hits = %d;\nint misses = 0;\n```\n\n- one\n- two\n- three\n", i > file
        close(file)
    }
}'
(cd "$work/site" && zip -qr "$work/site.zip" content)

timed() { # timed NAME COMMAND...: seconds from launch to exit, the command's output in $work/NAME.log
    local name=$1; shift
    local start end
    start=$(date +%s.%N)
    "$@" > "$work/$name.log" 2>&1 || { note "$name failed: $(tail -3 "$work/$name.log")"; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
inkwell() { java $transfer_opts -jar app/target/inkwell.jar "$@"; }

t_import=$(timed import-hugo inkwell import --data-dir "$work/one" "$work/site.zip")
t_export=$(timed export-one inkwell export --data-dir "$work/one" --to "$work/one.zip")
t_round=$(timed import-export inkwell import --data-dir "$work/two" "$work/one.zip")
t_export2=$(timed export-two inkwell export --data-dir "$work/two" --to "$work/two.zip")
same=no
if cmp -s "$work/one.zip" "$work/two.zip"; then same=yes; else
    keep=${BENCH_KEEP_DIFFERENT:-/tmp/inkwell-bench-transfer-different}
    mkdir -p "$keep" && cp "$work/one.zip" "$work/two.zip" "$keep/" && note "the two exports differ: kept in $keep"
fi
imported=$(grep -c '^  published' "$work/import-hugo.log" || true)

echo "#### Export and import, $posts posts, $(date -u +%Y-%m-%d), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "Each row is one command as a user types it, launch to exit (JVM start and Derby boot included); JVM options: \`$transfer_opts\`."
echo
echo "| step | seconds | size |"
echo "|---|---:|---:|"
echo "| import a zip of a Hugo site ($imported posts imported) into an empty data folder | $(printf %.1f "$t_import") | $(du -m "$work/site.zip" | cut -f1) MB zip |"
echo "| export that blog | $(printf %.1f "$t_export") | $(du -m "$work/one.zip" | cut -f1) MB zip |"
echo "| import the export into another empty data folder | $(printf %.1f "$t_round") | $(du -sm "$work/two/db" | cut -f1) MB database |"
echo "| export the second blog (the same bytes as the first export: $same) | $(printf %.1f "$t_export2") | |"
