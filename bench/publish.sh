#!/usr/bin/env bash
# Publishing (issue 13): the static build of a 1,000-post blog into a folder (seconds, files, MB), the same publish
# again with nothing changed, then a first publish to a local bare Git repository and an incremental publish after
# editing one post through the app's own form (seconds, files changed, checked with git). Every publish is the
# command a user types, `java -jar inkwell.jar publish --data-dir DIR --to TARGET`, which hands the job to the
# Inkwell running on DIR; the time is the command's wall time, JVM start included. Prints a Markdown table.
# Everything runs on 127.0.0.1; every process started here is stopped by its PID, also on Ctrl+C.
#
# Usage: bench/publish.sh        (about 2 minutes on 2 cores; bench/run.sh calls it last)
# Knobs: BENCH_PUBLISH_POSTS=1000 BENCH_PUBLISH_RUNS=3 (median of, for the cheap rows) BENCH_JAVA_OPTS
#        (default: the installed launcher's options) BENCH_SKIP_BUILD=1
set -euo pipefail
cd "$(dirname "$0")/.."

posts=${BENCH_PUBLISH_POSTS:-1000}
runs=${BENCH_PUBLISH_RUNS:-3}
address="https://example.org/blog/"
bench_name=publish bench_tools="git curl"
. bench/common.sh
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# publish TARGET: the user's command, timed (and stopped after 5 minutes); sets took (s, 2 decimals) and out (its
# output). Fails the bench when the command fails or when the running Inkwell did not take the job.
publish() {
    local begin end status=0
    begin=$(date +%s%N)
    timeout 300 java $java_opts -jar app/target/inkwell.jar publish --data-dir "$data" --to "$1" \
        > "$work/publish.out" 2> "$work/publish.err" || status=$?
    end=$(date +%s%N)
    out=$(cat "$work/publish.out")
    [ "$status" -eq 0 ] || { note "publish to $1 exited $status: $(cat "$work/publish.err")"; exit 1; }
    grep -q '^Inkwell is running at ' <<< "$out" || { note "publish to $1 did not hand the job to the running Inkwell"; exit 1; }
    took=$(awk -v ns=$((end - begin)) 'BEGIN { printf "%.2f", ns / 1e9 }')
}
# changed_files: the N of the last "Published: N files changed", 0 for "Already up to date".
changed_files() {
    local summary
    summary=$(grep -E '(Published: [0-9,]+ files? changed|Already up to date)' <<< "$out" | tail -1) || { note "no outcome line in: $out"; exit 1; }
    case $summary in
        *"Already up to date"*) echo 0 ;;
        *) sed 's/.*Published: \([0-9,]*\) file.*/\1/' <<< "$summary" | tr -d , ;;
    esac
}
commits() { git -C "$bare" rev-list --count gh-pages; }
thousands() { sed ':a;s/\B[0-9]\{3\}\>/,&/;ta' <<< "$1"; }

# ---- the blog: POSTS articles through the create form, and a public address ---------------------------------
data="$work/blog"
note "writing $posts articles through the create form"
start_inkwell "$data"
java -cp "$app_cp" bench/Corpus.java "$data" "$posts" > "$work/posts.txt"
middle=$(sed -n "$(((posts + 1) / 2))p" "$work/posts.txt")
newest=$(tail -1 "$work/posts.txt")
curl -s -o /dev/null -c "$work/cookies.txt" "$(sed -n 3p "$data/inkwell.url")"   # signed in as the owner
token=$(curl -s -b "$work/cookies.txt" -c "$work/cookies.txt" "$server_url/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
saved=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies.txt" -c "$work/cookies.txt" "$server_url/settings" \
    --data-urlencode "_csrf=$token" --data-urlencode "title=Bench Notes" \
    --data-urlencode "description=A thousand posts about making things fast." --data-urlencode "author=Bench Writer" \
    --data-urlencode "public_address=$address" --data-urlencode "language=en" --data-urlencode "posts_per_page=10" \
    --data-urlencode "about=Written by bench/publish.sh.")
[ "$saved" = 303 ] || { note "POST /settings answered $saved"; exit 1; }
listed=$(curl -s "$server_url/posts" | sed -n "s/.*>\([0-9,]*\) *posts, newest first.*/\1/p" | head -1 | tr -d ,)

# ---- a static build into an empty folder, then again with nothing changed ----------------------------------
site="$work/site"
mkdir "$site"
note "static build of ${listed:-?} posts into a folder"
publish "$site"
build_s=$took
rendered=$(sed -n 's/^Rendered \([0-9,]*\) files (\([0-9,]*\) KB).*/\1 \2/p' <<< "$out" | tr -d ,)
rendered_files=${rendered% *} rendered_kb=${rendered#* }
site_files=$(find "$site" -type f | wc -l)
site_mb=$(du -sk "$site" | awk '{ printf "%.1f", $1 / 1024 }')
[ "$(changed_files)" -eq "$rendered_files" ] || note "odd: the first build wrote $(changed_files) of $rendered_files files"
: > "$work/again.txt"
for _ in $(seq "$runs"); do
    publish "$site"
    [ "$(changed_files)" -eq 0 ] || { note "odd: publishing again changed $(changed_files) files"; exit 1; }
    echo "$took" >> "$work/again.txt"
done
again_s=$(median < "$work/again.txt")

# ---- a bare Git repository: first publish, again with nothing changed, then after editing one post ----------
bare="$work/remote.git"
git init -q --bare "$bare"
note "first publish to a bare Git repository"
publish "file://$bare"
first_s=$took first_files=$(changed_files)
first_tree=$(git -C "$bare" ls-tree -r --name-only gh-pages | wc -l)
[ "$first_tree" -eq "$first_files" ] || note "odd: $first_files files changed, but gh-pages holds $first_tree"
: > "$work/git-again.txt"
for _ in $(seq "$runs"); do
    before=$(commits)
    publish "file://$bare"
    [ "$(changed_files)" -eq 0 ] && [ "$(commits)" -eq "$before" ] || { note "odd: publishing again made a commit"; exit 1; }
    echo "$took" >> "$work/git-again.txt"
done
git_again_s=$(median < "$work/git-again.txt")

# edit_and_publish POST NAME: RUNS times, edits POST through its form and publishes; sets edit_s (median) and
# edit_files (the files changed each time, as "2" or "2/3" when they differ); each count is checked against git.
edit_and_publish() {
    local post=$1 name=$2 i files in_git
    note "editing $post and publishing, $runs times"
    : > "$work/edit.txt"; : > "$work/edit-files.txt"
    for i in $(seq "$runs"); do
        java -cp "$app_cp" bench/EditPost.java "$data" "$post" "Edited by the bench, round $i." > /dev/null
        publish "file://$bare"
        files=$(changed_files)
        git -C "$bare" diff --name-only gh-pages~1 gh-pages > "$work/diff-$name-$i.txt"
        in_git=$(wc -l < "$work/diff-$name-$i.txt")
        [ "$files" -eq "$in_git" ] || { agree="disagrees: $in_git"; note "odd: the publish said $files files changed, git diff shows $in_git"; }
        note "edit $i: $took s, $files files changed: $(paste -sd ' ' "$work/diff-$name-$i.txt")"
        echo "$took" >> "$work/edit.txt"
        echo "$files" >> "$work/edit-files.txt"
    done
    edit_s=$(median < "$work/edit.txt")
    edit_files=$(sort -nu "$work/edit-files.txt" | paste -sd /)
}
agree=agrees
edit_and_publish "$middle" middle
middle_s=$edit_s middle_files=$edit_files
edit_and_publish "$newest" newest
newest_s=$edit_s newest_files=$edit_files
stop_server

# ---- the table ----------------------------------------------------------------------------------------------
echo "$(thousands "$posts") posts written by \`Corpus.java\` through the create form (${listed:-?} with the welcome post), public address"
echo "\`$address\`. Times are the wall time of \`java -jar inkwell.jar publish --data-dir DIR --to TARGET\`, its JVM"
echo "start included, which hands the job to the Inkwell running on DIR; JVM options (both): \`$java_opts\`."
echo
echo "| measure | value |"
echo "|---|---:|"
echo "| static build of $(thousands "$posts") posts to a folder (s) | $build_s |"
echo "| … files in the folder (the site's $rendered_files and Inkwell's marker) | $site_files |"
echo "| … MB on disk (\`du\`; the files' bytes: $(awk -v k="$rendered_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB) | $site_mb |"
echo "| publish again, nothing changed (s, median of $runs) | $again_s |"
echo "| first publish to a bare Git repository (s) | $first_s |"
echo "| … files in its commit | $first_files |"
echo "| publish to it again, nothing changed, no new commit (s, median of $runs) | $git_again_s |"
echo "| publish after editing one post (s, median of $runs) | $middle_s |"
echo "| files changed by that edit (\`${middle%/*}/…\`, the middle post; each of the $runs; \`git diff --name-only\` $agree) | $middle_files |"
echo "| publish after editing the newest post instead (s, median of $runs) | $newest_s |"
echo "| files changed by that edit (\`${newest%/*}/…\`, on the home page and in the feed) | $newest_files |"
