#!/bin/sh
# The install test: installs the .deb that ./mvnw -Pinstaller package made, launches the installed app the way a
# script would (headless, any free port, a temporary data folder), checks that it serves, stops cleanly and
# writes nothing under /opt/inkwell, installs the package again over itself with the data kept, times the
# installed cold start with and without the class-data-sharing archive beside java -jar, and removes the
# package. Needs root (dpkg). Every process it starts is stopped by its PID; all traffic stays on 127.0.0.1.
# Usage: sudo installer/test-deb.sh [RUNS]   (RUNS cold starts per variant, default 10)
set -eu
cd "$(dirname "$0")/.."
runs=${1:-10}
deb=$(ls installer/target/dist/inkwell_*_amd64.deb)
app=/opt/inkwell
launcher=$app/bin/Inkwell
work=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    [ -f "$app/lib/app/inkwell.jsa.off" ] && mv "$app/lib/app/inkwell.jsa.off" "$app/lib/app/inkwell.jsa" || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "install test FAILED: $*" >&2; exit 1; }

# start CMD...: launches headless on a free port; sets pid and url, or fails within 60 s.
start() {
    : > "$work/out"
    "$@" --headless --port 0 --data-dir "$work/data" > "$work/out" 2> "$work/err" &
    pid=$!
    i=0
    until grep -q '^Inkwell running at http://127\.0\.0\.1:[0-9]*/$' "$work/out"; do
        kill -0 "$pid" 2>/dev/null || fail "the app exited before the ready line: $(cat "$work/out" "$work/err")"
        i=$((i + 1)); [ "$i" -lt 6000 ] || fail "no ready line within 60 s"
        sleep 0.01
    done
    url=$(sed -n 's/^Inkwell running at //p' "$work/out")
}
stop() {
    kill -TERM "$pid"
    status=0; wait "$pid" || status=$?
    pid=""
    [ "$status" -eq 0 ] || fail "SIGTERM gave exit $status: $(cat "$work/err")"
}
snapshot() { find "$app" -printf '%p %s %T@ %m\n' | sort; }

size=$(stat -c %s "$deb")
# A budget, so that a dependency cannot slip in unnoticed: 60 MB for the core blog, raised to 72 MB when Git
# publishing (JGit and its SSH transport, about 5.4 MB of jars) and search (Lucene, about 7 MB) arrived, which
# made the package 63.9 MB.
[ "$size" -le $((72 * 1024 * 1024)) ] || fail "$(basename "$deb") is $size bytes, over 72 MB"
[ -d /etc/xdg/menus ] && menus="present" || menus="absent"

dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || fail "dpkg -i: $(cat "$work/dpkg.log")"
[ -x "$launcher" ] || fail "no launcher at $launcher"
grep -q "^Exec=$launcher" /usr/share/applications/inkwell.desktop || fail "no menu entry"
for size_dir in 16x16 32x32 48x48 256x256 512x512 scalable; do
    ls /usr/share/icons/hicolor/$size_dir/apps/inkwell.* > /dev/null || fail "no $size_dir icon"
done
snapshot > "$work/before"

# Serve, sign in as the owner's scripts do (the link in inkwell.url), write a post through the form (cookie + CSRF
# token, as a browser does), stop.
start "$launcher"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$url")" = 200 ] || fail "GET / did not answer 200"
grep -q inkwell.jsa "/proc/$pid/maps" || fail "the launcher did not map the class-data-sharing archive"
[ "$(curl -s -o /dev/null -w '%{http_code}' "${url}new")" = 303 ] || fail "a reader was not sent to sign in"
[ "$(stat -c %a "$work/data/inkwell.url")" = 600 ] || fail "inkwell.url is not owner-only"
[ "$(curl -s -o /dev/null -c "$work/cookies" -w '%{http_code}' "$(sed -n 3p "$work/data/inkwell.url")")" = 303 ] \
    || fail "the sign-in link in inkwell.url did not sign in"
token=$(curl -s -b "$work/cookies" -c "$work/cookies" "${url}new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
post=$(curl -s -b "$work/cookies" -o /dev/null -w '%{redirect_url}' --data-urlencode "_csrf=$token" \
    --data-urlencode "title=Kept across installs" --data-urlencode "name=CI" --data-urlencode "content=Still *here*." \
    "${url}posts")
case "$post" in */posts/*) ;; *) fail "creating a post did not redirect to it ($post)";; esac
stop
snapshot > "$work/after"
diff "$work/before" "$work/after" > "$work/diff" || fail "running the app changed the install folder: $(cat "$work/diff")"

# The same package over itself keeps the blog.
dpkg -i "$deb" > "$work/dpkg.log" 2>&1 || fail "reinstall: $(cat "$work/dpkg.log")"
start "$launcher"
post_path=${post#http://127.0.0.1:*/}
curl -s "$url$post_path" | grep -q "Kept across installs" || fail "the post is gone after reinstalling"
stop

# Cold start, launch to the first 200, on the blog just written (median of $runs each, interleaved), timed by
# the benchmark's own bench/coldstart.sh.
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
java_jar=""; [ -f app/target/inkwell.jar ] && java_jar=app/target/inkwell.jar
i=0
while [ "$i" -lt "$runs" ]; do
    bench/coldstart.sh 1 "$work/data" "$launcher" >> "$work/with-cds"
    mv "$app/lib/app/inkwell.jsa" "$app/lib/app/inkwell.jsa.off"
    bench/coldstart.sh 1 "$work/data" "$launcher" >> "$work/without-cds"
    mv "$app/lib/app/inkwell.jsa.off" "$app/lib/app/inkwell.jsa"
    [ -n "$java_jar" ] && bench/coldstart.sh 1 "$work/data" java -jar "$java_jar" >> "$work/java-jar"
    i=$((i + 1))
done

dpkg -r inkwell > "$work/dpkg.log" 2>&1 || fail "dpkg -r: $(cat "$work/dpkg.log")"
[ ! -e "$launcher" ] || fail "dpkg -r left the launcher"
[ ! -e /usr/share/applications/inkwell.desktop ] || fail "dpkg -r left the menu entry"
[ -d "$work/data/db" ] || fail "dpkg -r touched the user's data"

image_size=$(du -sm installer/target/app-image/Inkwell | cut -f1)
runtime_size=$(du -sm installer/target/app-image/Inkwell/lib/runtime | cut -f1)
echo "install test passed ($(basename "$deb"), XDG menu folders $menus)"
echo "| measure | value |"
echo "|---|---|"
echo "| .deb size | $((size / 1024 / 1024)) MiB |"
echo "| app-image size (before the CDS archive) | $image_size MiB |"
echo "| jlinked runtime size | $runtime_size MiB |"
echo "| installed size | $(dpkg-deb -f "$deb" Installed-Size | awk '{ printf "%d", $1 / 1024 }') MiB |"
echo "| cold start, installed, with CDS archive (median of $runs) | $(median < "$work/with-cds") ms |"
echo "| cold start, installed, without CDS archive (median of $runs) | $(median < "$work/without-cds") ms |"
[ -n "$java_jar" ] && echo "| cold start, java -jar app/target/inkwell.jar (median of $runs) | $(median < "$work/java-jar") ms |"
exit 0
