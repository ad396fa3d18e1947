#!/usr/bin/env bash
# Flip benchmark: 32 busy connections through the facade-switch proxy, 20 flips
# (promote, rollback, promote, ...) over the HTTP API; for each flip, how long
# after the call returned every connection runs on the new colour. The load
# and the measurement are bench/FlipBenchmark.java. See bench/README.md.
#
# Run from the project root:  bash bench/flip-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR          runnable jar                          [target/facade-switch.jar]
#   BENCH_JAVA         java launcher (JDK 17+: runs the single-file program) [java]
#   BENCH_PGHOST       server host                           [127.0.0.1]
#   BENCH_PGPORT       server port                           [5432]
#   BENCH_PGUSER       admin user for psql and the tool      [postgres]
#   BENCH_PGPASSWORD   its password, if the server needs one (PGPASSWORD / FACADE_DB_PASSWORD)
#   BENCH_DB           scratch database, created and dropped by the script [facade_flip_bench]
#   BENCH_DB_URL       JDBC URL  [jdbc:postgresql://$BENCH_PGHOST:$BENCH_PGPORT/$BENCH_DB]
#   BENCH_APP_ROLE     login role the connections use; the deploys grant it the facade;
#                      created and dropped by the script if missing [facade_bench_client]
#   BENCH_APP_PASSWORD its password, if the server needs one     [none]
#   BENCH_OWNER_ROLE   owner role of the colours (FACADE_OWNER_ROLE); created by the
#                      deploy and dropped at exit if it did not exist [facade_bench_owner]
#   BENCH_CONNECTIONS  busy connections                      [32]
#   BENCH_FLIPS        flips, promote and rollback in turn   [20]
#   BENCH_PAUSE_MS     pause after each flip                 [300]
#   BENCH_WARMUP_MS    load before the warm-up flips         [2000]
#   BENCH_WARMUP_FLIPS unmeasured flips before the measured ones [2]
#   BENCH_THINK_MS     sleep after each statement, per connection; 0 = a tight loop [0]
#   BENCH_SETTLE_MS    more load after the last flip's pause, so a slow last move is measured [2000]
#   BENCH_QUERY_MODE   pgjdbc preferQueryMode: extended (server-prepared after 5 runs) or simple [extended]
#   BENCH_HTTP_PORT    serve's HTTP port                     [18081]
#   BENCH_PROXY_PORT   serve's PostgreSQL proxy port         [16434]
#   BENCH_SERVE_LOG    file to keep serve's log in (stderr; FACADE_LOG_LEVEL=DEBUG for more) [none]
#   BENCH_JVM_LOGS     on: serve and the load log their GC and safepoint pauses (-Xlog), which the
#                      report's second table sets against the slowest moves; off: no -Xlog [on]
#   BENCH_JVM_LOG_DIR  folder to keep those two logs in (serve-jvm.log, load-jvm.log) [none]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_flip_bench}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://$PGHOST_:$PGPORT_/$DB}
APP_ROLE=${BENCH_APP_ROLE:-facade_bench_client}
APP_PASSWORD=${BENCH_APP_PASSWORD:-}
OWNER_ROLE=${BENCH_OWNER_ROLE:-facade_bench_owner}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
FLIPS=${BENCH_FLIPS:-20}
PAUSE_MS=${BENCH_PAUSE_MS:-300}
WARMUP_MS=${BENCH_WARMUP_MS:-2000}
WARMUP_FLIPS=${BENCH_WARMUP_FLIPS:-2}
SETTLE_MS=${BENCH_SETTLE_MS:-2000}
THINK_MS=${BENCH_THINK_MS:-0}
QUERY_MODE=${BENCH_QUERY_MODE:-extended}
HTTP_PORT=${BENCH_HTTP_PORT:-18081}
PROXY_PORT=${BENCH_PROXY_PORT:-16434}
SERVE_LOG=${BENCH_SERVE_LOG:-}
JVM_LOGS=${BENCH_JVM_LOGS:-on}
JVM_LOG_DIR=${BENCH_JVM_LOG_DIR:-}

die() { echo "flip-benchmark: $*" >&2; exit 1; }
say() { echo "flip-benchmark: $*" >&2; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
[[ $CONNECTIONS =~ ^[1-9][0-9]*$ ]] || die "BENCH_CONNECTIONS must be a positive integer, not '$CONNECTIONS'"
[[ $FLIPS =~ ^[1-9][0-9]*$ ]] || die "BENCH_FLIPS must be a positive integer, not '$FLIPS'"
[[ $PAUSE_MS =~ ^[0-9]+$ ]] || die "BENCH_PAUSE_MS must be a whole number, not '$PAUSE_MS'"
[[ $WARMUP_MS =~ ^[0-9]+$ ]] || die "BENCH_WARMUP_MS must be a whole number, not '$WARMUP_MS'"
[[ $WARMUP_FLIPS =~ ^[0-9]+$ ]] || die "BENCH_WARMUP_FLIPS must be a whole number, not '$WARMUP_FLIPS'"
[[ $SETTLE_MS =~ ^[0-9]+$ ]] || die "BENCH_SETTLE_MS must be a whole number, not '$SETTLE_MS'"
[[ $THINK_MS =~ ^[0-9]+$ ]] || die "BENCH_THINK_MS must be a whole number, not '$THINK_MS'"
[[ $QUERY_MODE == extended || $QUERY_MODE == simple ]] || die "BENCH_QUERY_MODE must be extended or simple, not '$QUERY_MODE'"
[[ $JVM_LOGS == on || $JVM_LOGS == off ]] || die "BENCH_JVM_LOGS must be on or off, not '$JVM_LOGS'"
[[ -z $JVM_LOG_DIR || -d $JVM_LOG_DIR ]] || die "BENCH_JVM_LOG_DIR $JVM_LOG_DIR is not a folder"
for p in HTTP_PORT PROXY_PORT; do
    [[ ${!p} =~ ^[1-9][0-9]*$ ]] && (( ${!p} < 65536 )) || die "$p must be a TCP port, not '${!p}'"
done
(( HTTP_PORT != PROXY_PORT )) || die "BENCH_HTTP_PORT and BENCH_PROXY_PORT must differ"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
[[ $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_APP_ROLE must be a plain lower-case identifier"
[[ $OWNER_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_OWNER_ROLE must be a plain lower-case identifier"
[[ $APP_PASSWORD != *\'* ]] || die "BENCH_APP_PASSWORD must not contain quotes"
[[ -f $BENCH_DIR/FlipBenchmark.java ]] || die "$BENCH_DIR/FlipBenchmark.java is missing"
for tool in "$JAVA" psql; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection and settings from this script only.
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES FACADE_HTTP_PORT FACADE_PROXY_PORT
export FACADE_ACTOR=flip-benchmark FACADE_CORE_SCHEMA=core FACADE_OWNER_ROLE=$OWNER_ROLE

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
TOOL=("$JAVA" -jar "$JAR")
CONN=(--db-url "$DB_URL" --db-user "$PGUSER_")

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$HTTP_PORT" "$PROXY_PORT"; do
    ! port_in_use "$p" || die "port $p is in use; set BENCH_HTTP_PORT or BENCH_PROXY_PORT"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/flip-benchmark.XXXXXX")
source "$BENCH_DIR/scratch.sh"
SERVE_PID=
LOAD_PID=

cleanup() {
    local rc=$? i
    trap - EXIT INT TERM
    if [[ -n $LOAD_PID ]]; then
        kill -TERM "$LOAD_PID" 2>/dev/null || true
        wait "$LOAD_PID" 2>/dev/null || true
    fi
    stop_pid "$SERVE_PID"
    if [[ -n $SERVE_LOG && -f $WORK/serve.err ]]; then
        cp "$WORK/serve.err" "$SERVE_LOG" || echo "flip-benchmark: could not write $SERVE_LOG" >&2
    fi
    if [[ -n $JVM_LOG_DIR ]]; then
        for i in serve-jvm.log load-jvm.log; do
            [[ ! -f $WORK/$i ]] || cp "$WORK/$i" "$JVM_LOG_DIR/" || echo "flip-benchmark: could not copy $i to $JVM_LOG_DIR" >&2
        done
    fi
    scratch_drop flip-benchmark
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database, two releases ----------------------------------------------------------
scratch_create
PG_VERSION=$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version')
# The facade needs a core schema to exist (the owner role is granted its rows); the probe
# views read nothing from it.
"${PSQL[@]}" -d "$DB" -c 'CREATE SCHEMA core' >/dev/null

# Two releases with the same columns and different checksums: blue's probe answers 1, green's 2.
for r in a:1 b:2; do
    mkdir "$WORK/release-${r%%:*}"
    printf -- '-- flip benchmark release %s\nCREATE VIEW probe AS SELECT %s AS x;\n' "${r%%:*}" "${r##*:}" \
        >"$WORK/release-${r%%:*}/010_probe.sql"
done
deploy() {
    local release=$1 colour=$2
    "${TOOL[@]}" deploy "${CONN[@]}" --app-role "$APP_ROLE" --release "$release" \
        --facade-schema "$WORK/release-$release" --json >"$WORK/deploy.out" 2>"$WORK/deploy.err" \
        || die "deploy of $release failed: $(cat "$WORK/deploy.out") $(tail -n 30 "$WORK/deploy.err")"
    grep -q "\"colour\":\"$colour\"" "$WORK/deploy.out" \
        || die "release $release did not go to $colour: $(cat "$WORK/deploy.out")"
}
say "preparing: database $DB, release a (probe x = 1) to blue, active; release b (x = 2) to green"
deploy a blue
deploy b green

# --- serve ---------------------------------------------------------------------------
# Stop-the-world pauses (GC and other safepoints), stamped with the wall clock in ms so that the
# load can set them against its statements.
SERVE_JAVA=("$JAVA")
LOAD_JAVA=("$JAVA")
JVM_LOG_ARGS=()
if [[ $JVM_LOGS == on ]]; then
    SERVE_JAVA+=("-Xlog:gc,safepoint:file=$WORK/serve-jvm.log:timemillis,tags")
    LOAD_JAVA+=("-Xlog:gc,safepoint:file=$WORK/load-jvm.log:timemillis,tags")
    JVM_LOG_ARGS=(--serve-jvm-log "$WORK/serve-jvm.log" --load-jvm-log "$WORK/load-jvm.log")
fi
SECRET=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
say "starting serve: HTTP on $HTTP_PORT, proxy on $PROXY_PORT"
FACADE_API_TOKENS="bench:operate:$SECRET" "${SERVE_JAVA[@]}" -jar "$JAR" serve "${CONN[@]}" \
    --http-port "$HTTP_PORT" --proxy-port "$PROXY_PORT" >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVE_PID=$!
await_serve "$SERVE_PID" "$PROXY_PORT"

# --- flips ---------------------------------------------------------------------------
say "$CONNECTIONS busy connections, $FLIPS flips, ${PAUSE_MS} ms apart (PostgreSQL $PG_VERSION)"
rc=0
BENCH_TOKEN=$SECRET BENCH_PASSWORD=$APP_PASSWORD "${LOAD_JAVA[@]}" -cp "$JAR" "$BENCH_DIR/FlipBenchmark.java" \
    --url "jdbc:postgresql://127.0.0.1:$PROXY_PORT/$DB" --user "$APP_ROLE" --api "http://127.0.0.1:$HTTP_PORT" \
    --connections "$CONNECTIONS" --flips "$FLIPS" --pause-ms "$PAUSE_MS" --think-ms "$THINK_MS" \
    --warmup-ms "$WARMUP_MS" --warmup-flips "$WARMUP_FLIPS" --settle-ms "$SETTLE_MS" \
    --query-mode "$QUERY_MODE" --app-name flip-bench --serve-pid "$SERVE_PID" \
    "${JVM_LOG_ARGS[@]}" >"$WORK/report.txt" &
LOAD_PID=$!   # in the background, so that a signal reaches the trap at once
wait "$LOAD_PID" || rc=$?
LOAD_PID=
echo "PostgreSQL $PG_VERSION on $PGHOST_:$PGPORT_, $(nproc 2>/dev/null || echo '?') processors, serve and the load on this host"
cat "$WORK/report.txt"
kill -0 "$SERVE_PID" 2>/dev/null || die "serve died during the run: $(tail -n 30 "$WORK/serve.err")"
warnings=$(grep -cE ' (WARN|ERROR) ' "$WORK/serve.err" || true)
echo "serve logged $warnings warning(s) or error(s) during the run"
if (( warnings > 0 )); then
    grep -E ' (WARN|ERROR) ' "$WORK/serve.err" | head -n 20 >&2
fi
(( rc == 0 )) || die "the flip benchmark failed or saw statements fail or see the wrong colour (exit $rc)"
