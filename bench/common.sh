# What every bench script shares: the JVM options of the installed launcher, a work folder removed on exit, every
# started process stopped by its PID (also on Ctrl+C), the build, and starting and stopping a server that prints
# "… running at URL". Sourced after setting bench_name (the work folder's name) and bench_tools (commands needed
# besides java); the caller is in the repository's root.
java_opts=${BENCH_JAVA_OPTS:-"-XX:+UseSerialGC -Xmx64m -Xms16m -Xss512k -XX:ReservedCodeCacheSize=32m -XX:CICompilerCount=1 -XX:TieredStopAtLevel=1 -Xmn4m -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:TrimNativeHeapInterval=2000"}
# As the installed Linux launcher sets it.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
app_cp="app/target/inkwell.jar:app/target/lib/*"

for tool in $bench_tools java; do
    command -v "$tool" > /dev/null || { echo "bench: $tool is missing (apt-get install $bench_tools)" >&2; exit 1; }
done
work=$(mktemp -d "/tmp/inkwell-bench-$bench_name.XXXXXX")
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
note() { echo "bench: $*" >&2; }

build_lock=${BENCH_BUILD_LOCK:+flock $BENCH_BUILD_LOCK}
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    note "building"
    $build_lock ./mvnw -q -B -DskipTests package
fi

# start_server NAME COMMAND...: runs it, waits for its "… running at URL" line; sets server_pid, server_url.
start_server() {
    local name=$1; shift
    "$@" > "$work/$name.out" 2> "$work/$name.err" &
    server_pid=$!
    pids+=("$server_pid")
    local tries=0
    until grep -q ' running at http' "$work/$name.out"; do
        kill -0 "$server_pid" 2> /dev/null || { note "$name exited: $(cat "$work/$name.err")"; exit 1; }
        tries=$((tries + 1)); [ "$tries" -lt 6000 ] || { note "$name: no ready line in 60 s"; exit 1; }
        sleep 0.01
    done
    # The ready line may be seen before its end is written: read it again until the address answers.
    tries=0
    while :; do
        server_url=$(sed -n 's/.* running at \(http[^ ]*\).*/\1/p' "$work/$name.out" | head -1)
        server_url=${server_url%/}
        case $server_url in http://*:[0-9]*) curl -s -o /dev/null "$server_url/" && break ;; esac
        tries=$((tries + 1)); [ "$tries" -lt 1000 ] || { note "$name: its address '$server_url' does not answer"; exit 1; }
        sleep 0.01
    done
}
stop_server() {
    kill -TERM "$server_pid"
    wait "$server_pid" || true
}
start_inkwell() { start_server inkwell java $java_opts -jar app/target/inkwell.jar --headless --port 0 --data-dir "$1"; }

# to_ms VALUE: wrk's 266.00us / 1.23ms / 1.02s in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000;
        printf "%.2f", n }'
}
# load URL [wrk -H options…]: warm-up, then a measured wrk run at $connections connections; sets rps, p50, p99 (ms) and errors (non-2xx/3xx
# + socket errors).
load() {
    local url=$1
    shift
    wrk -t2 -c$connections -d${warmup}s "$@" "$url" > /dev/null
    wrk -t2 -c$connections -d${duration}s --latency "$@" "$url" > "$work/wrk.txt"
    rps=$(awk '/^Requests\/sec/ { printf "%d", $2 }' "$work/wrk.txt")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/wrk.txt")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/wrk.txt")")
    errors=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work/wrk.txt")
}
# grow DIR N [before]: each round copies every post (and its body) once more, older than all before it, until
# there are N; the copies are published at their creation time ("before": a schema from before publish dates).
grow() {
    local dir=$1 target=$2 schema=${3:-now}
    {
        echo "connect 'jdbc:derby:$dir/db';"
        echo "autocommit off;"
        local have=101
        while [ "$have" -lt "$target" ]; do
            local take=$((target - have < have ? target - have : have))
            echo "INSERT INTO ARTICLE (TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, VIEWS, CREATED_AT, UPDATED_AT)"
            echo "  SELECT TITLE, SLUG, AUTHOR, EXCERPT, READING_MINUTES, ID,"
            echo "    {fn TIMESTAMPADD(SQL_TSI_MINUTE, -$have, CREATED_AT)}, UPDATED_AT"
            echo "  FROM ARTICLE WHERE ID <= (SELECT MIN(ID) FROM ARTICLE) + $take - 1;"
            echo "INSERT INTO ARTICLE_BODY (ARTICLE_ID, MARKDOWN, HTML) SELECT a.ID, b.MARKDOWN, b.HTML"
            echo "  FROM ARTICLE a JOIN ARTICLE_BODY b ON b.ARTICLE_ID = a.VIEWS"
            echo "  WHERE a.ID > (SELECT MAX(ARTICLE_ID) FROM ARTICLE_BODY);"
            echo "UPDATE ARTICLE SET VIEWS = 0 WHERE ID > (SELECT MIN(ID) FROM ARTICLE) + $have - 1;"
            [ "$schema" = before ] || echo "UPDATE ARTICLE SET PUBLISHED_AT = CREATED_AT WHERE PUBLISHED_AT IS NULL;"
            # The count of public posts a start reads, kept as Inkwell's own writes keep it.
            [ "$schema" = before ] || echo "UPDATE PUBLIC_POST_COUNT SET POSTS = (SELECT COUNT(*) FROM ARTICLE WHERE STATUS = 'published') WHERE ID = 1;"
            echo "commit;"
            have=$((have + take))
        done
        echo "disconnect;"
        echo "connect 'jdbc:derby:;shutdown=true';"
    } > "$work/grow.sql"
    java -Dderby.stream.error.file="$work/derby-grow.log" -cp "app/target/lib/*" org.apache.derby.tools.ij \
        "$work/grow.sql" > "$work/grow.out" 2>&1
    if grep "^ERROR" "$work/grow.out" | grep -qv XJ015; then note "growing failed: $(grep "^ERROR" "$work/grow.out" | grep -v XJ015 | head -3)"; exit 1; fi
}

# build_baseline: builds BENCH_BASELINE_REV (default 03803ad, the app before drafts, tags and search) from Git and
# writes the same 100-article corpus into it; sets baseline_rev, baseline_jar (empty when it could not be built)
# and baseline_data. BENCH_SKIP_BASELINE=1 leaves it out.
build_baseline() {
    baseline_rev=${BENCH_BASELINE_REV:-03803ad}
    baseline_jar=""
    if [ -z "${BENCH_SKIP_BASELINE:-}" ] && git cat-file -e "$baseline_rev^{commit}" 2> /dev/null; then
        note "building the baseline $baseline_rev (before drafts, tags and search)"
        mkdir "$work/baseline-src"
        git archive "$baseline_rev" | tar -x -C "$work/baseline-src"
        if (cd "$work/baseline-src" && $build_lock ./mvnw -q -B -o -DskipTests -pl app -am package > "$work/baseline-build.txt" 2>&1); then
            baseline_jar="$work/baseline-src/app/target/inkwell.jar"
            note "writing the same 100 articles into the baseline"
            baseline_data="$work/baseline-100"
            start_server baseline java $java_opts -jar "$baseline_jar" --headless --port 0 --data-dir "$baseline_data"
            java -cp "$app_cp" bench/Corpus.java "$server_url/" 100 > /dev/null
            stop_server
        else
            note "the baseline did not build (see $work/baseline-build.txt); its start-up is left out"
        fi
    fi
}
