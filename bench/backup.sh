#!/usr/bin/env bash
# Backups (issue 16): a backup and a restore of a 100,000-post blog (or BENCH_BACKUP_POSTS), each the command a user
# types (`java -jar inkwell.jar backup|restore --data-dir DIR`) handed to the Inkwell running on DIR, timed on the
# wall clock (JVM start of the command included); the backup's size as its manifest says (database + images).
# The blog is 100 articles written through the create form, grown with `grow` (bench/common.sh). Prints a Markdown
# table. Everything runs on 127.0.0.1; every process started here is stopped by its PID, also on Ctrl+C.
#
# Usage: bench/backup.sh        (about 5 minutes on 2 cores, most of it growing the blog)
# Knobs: BENCH_BACKUP_POSTS=100000 BENCH_JAVA_OPTS BENCH_SKIP_BUILD=1 BENCH_BUILD_LOCK=FILE
set -euo pipefail
cd "$(dirname "$0")/.."

posts=${BENCH_BACKUP_POSTS:-100000}
bench_name=backup bench_tools="curl"
. bench/common.sh

# run_command NAME ARGS...: the user's command, timed (stopped after 30 minutes); sets took (s) and out.
run_command() {
    local begin end status=0
    begin=$(date +%s%N)
    timeout 1800 java $java_opts -jar app/target/inkwell.jar "$@" > "$work/command.out" 2> "$work/command.err" || status=$?
    end=$(date +%s%N)
    out=$(cat "$work/command.out")
    [ "$status" -eq 0 ] || { note "$1 exited $status: $(cat "$work/command.err")"; exit 1; }
    grep -q '^Inkwell is running at ' <<< "$out" || { note "$1 did not hand the job to the running Inkwell"; exit 1; }
    took=$(awk -v ns=$((end - begin)) 'BEGIN { printf "%.1f", ns / 1e9 }')
}

data="$work/blog"
note "writing 100 articles through the create form"
start_inkwell "$data"
java -cp "$app_cp" bench/Corpus.java "$server_url/" 100 > /dev/null
stop_server
note "growing the blog to $posts posts"
grow "$data" "$posts"
db_mb=$(du -sk "$data/db" | awk '{ printf "%.0f", $1 / 1024 }')
start_inkwell "$data"

note "backup"
run_command backup --data-dir "$data"
backup_s=$took
name=$(sed -n 's/.*backups\/\([^ ]*_manual\) (.*/\1/p' <<< "$out")
counted=$(sed -n 's/^Backed up \([0-9,]*\) posts.*/\1/p' <<< "$out")
size_mb=$(sed -n 's/.* (\([0-9.]*\) MB)\.$/\1/p' <<< "$out")
[ -n "$name" ] || { note "no backup name in: $out"; exit 1; }

note "restore of $name"
run_command restore --data-dir "$data" "$name"
restore_s=$took
grep -q "^Restored the backup $name" <<< "$out" || { note "no restore line in: $out"; exit 1; }
home=$(curl -s -o /dev/null -w '%{http_code}' "$server_url/")
[ "$home" = 200 ] || { note "the restored blog answered $home"; exit 1; }
stop_server

echo "| posts | database | backup (command, running Inkwell) | backup size | restore (command, running Inkwell) |"
echo "|---:|---:|---:|---:|---:|"
echo "| $counted | $db_mb MB | $backup_s s | $size_mb MB | $restore_s s |"
