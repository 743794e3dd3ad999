# What every bench script shares: the JVM options of the installed launcher, a work folder removed on exit, every
# started process stopped by its PID (also on Ctrl+C), the build, and starting and stopping a server that prints
# "… running at URL". Sourced after setting bench_name (the work folder's name) and bench_tools (commands needed
# besides java); the caller is in the repository's root.
java_opts=${BENCH_JAVA_OPTS:-"-XX:+UseSerialGC -Xmx64m -Xms16m -Xss512k -XX:ReservedCodeCacheSize=32m -XX:CICompilerCount=2 -XX:TrimNativeHeapInterval=2000"}
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
