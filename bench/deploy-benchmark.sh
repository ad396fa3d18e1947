#!/usr/bin/env bash
# Deploy benchmark: a generated facade (1,000 views, 300 functions by default)
# deployed with facade-switch, timed against psql --single-transaction -f of
# the same SQL on the same server, interleaved. See bench/README.md.
#
# Run from the project root:  bash bench/deploy-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR        runnable jar                [target/facade-switch.jar]
#   BENCH_JAVA       java launcher               [java]
#   BENCH_PGHOST     server host                 [127.0.0.1]
#   BENCH_PGPORT     server port                 [5432]
#   BENCH_PGUSER     user for psql and the tool  [postgres]
#   BENCH_PGPASSWORD password, if the server needs one (passed as PGPASSWORD / FACADE_DB_PASSWORD)
#   BENCH_DB         scratch database, created and dropped by the script [facade_bench]
#   BENCH_DB_URL     JDBC URL  [jdbc:postgresql://$BENCH_PGHOST:$BENCH_PGPORT/$BENCH_DB]
#   BENCH_ROUNDS     measured rounds after one warm-up round [5]
#   BENCH_VIEWS      generated views             [1000]
#   BENCH_FUNCTIONS  generated functions         [300]
#   BENCH_APP_ROLE   application role the tool grants to; created and dropped
#                    by the script if missing; empty = no grants [facade_bench_app]
#   BENCH_JAR_BEFORE a second jar (an earlier build) deployed in the same rounds,
#                    right after the first, to compare two versions in one run [none]
#   BENCH_TOOL       launcher: each deploy runs through bin/facade-switch with the jar (the
#                    class-data archive beside it, the client compiler, the serial collector), as
#                    a pipeline calls it; jar: plain 'java -jar' [launcher]
#   BENCH_PSQL_MODE  replace: each psql run drops and rebuilds one schema in its
#                    transaction, as a deploy replaces a colour; fresh: each run
#                    builds a schema of its own and drops nothing, for facades too
#                    big to drop and build in one transaction [replace]
#   BENCH_SERVE      on: 'serve' runs on the scratch database during the rounds, as in production,
#                    so each deploy returns at its commit and serve drops the colour it replaced;
#                    the script waits (untimed) until that colour is gone before the next command,
#                    and reports how long serve took. Its drift watch is off, so that no check
#                    of 2 x 4,000 objects lands in a timed run. off: no serve, each deploy drops
#                    the colour it replaced before it returns [off]
#   BENCH_HTTP_PORT, BENCH_PROXY_PORT  serve's ports with BENCH_SERVE=on [18091, 16444]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAR_BEFORE=${BENCH_JAR_BEFORE:-}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_bench}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://$PGHOST_:$PGPORT_/$DB}
ROUNDS=${BENCH_ROUNDS:-5}
VIEWS=${BENCH_VIEWS:-1000}
FUNCTIONS=${BENCH_FUNCTIONS:-300}
APP_ROLE=${BENCH_APP_ROLE-facade_bench_app}
PSQL_MODE=${BENCH_PSQL_MODE:-replace}
TOOL_MODE=${BENCH_TOOL:-launcher}
SERVE_MODE=${BENCH_SERVE:-off}
HTTP_PORT=${BENCH_HTTP_PORT:-18091}
PROXY_PORT=${BENCH_PROXY_PORT:-16444}

die() { echo "deploy-benchmark: $*" >&2; exit 1; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
[[ -z $JAR_BEFORE || -f $JAR_BEFORE ]] || die "BENCH_JAR_BEFORE names $JAR_BEFORE, which does not exist"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
[[ -z $APP_ROLE || $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_APP_ROLE must be a plain lower-case identifier"
[[ $PSQL_MODE == replace || $PSQL_MODE == fresh ]] || die "BENCH_PSQL_MODE must be replace or fresh, not '$PSQL_MODE'"
[[ $TOOL_MODE == launcher || $TOOL_MODE == jar ]] || die "BENCH_TOOL must be launcher or jar, not '$TOOL_MODE'"
[[ $SERVE_MODE == on || $SERVE_MODE == off ]] || die "BENCH_SERVE must be on or off, not '$SERVE_MODE'"
for p in HTTP_PORT PROXY_PORT; do
    [[ ${!p} =~ ^[1-9][0-9]*$ ]] && (( ${!p} < 65536 )) || die "BENCH_$p must be a TCP port, not '${!p}'"
done
for tool in "$JAVA" psql python3; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection from the command line only.
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES
export FACADE_ACTOR=deploy-benchmark

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
if [[ $TOOL_MODE == launcher ]]; then
    [[ -f ${JAR%.jar}.jsa ]] || echo "deploy-benchmark: no archive ${JAR%.jar}.jsa beside the jar: the launcher runs without one" >&2
    TOOL=(env FACADE_SWITCH_JAR="$JAR" JAVA="$JAVA" "$ROOT/bin/facade-switch")
    TOOL_BEFORE=(env FACADE_SWITCH_JAR="${JAR_BEFORE:-$JAR}" JAVA="$JAVA" "$ROOT/bin/facade-switch")
else
    TOOL=("$JAVA" -jar "$JAR")
    TOOL_BEFORE=("$JAVA" -jar "${JAR_BEFORE:-$JAR}")
fi
unset FACADE_JAVA_OPTS
CONN=(--db-url "$DB_URL" --db-user "$PGUSER_")
[[ -n $APP_ROLE ]] && APP_ROLE_OPT=(--app-role "$APP_ROLE") || APP_ROLE_OPT=()

WORK=$(mktemp -d "${TMPDIR:-/tmp}/deploy-benchmark.XXXXXX")
source "$BENCH_DIR/scratch.sh" # stop_pid and await_serve; this script keeps its own database handling
CREATED_DB=0
CREATED_ROLE=0
SERVE_PID=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_pid "$SERVE_PID"
    if (( CREATED_DB )); then
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 \
            || echo "deploy-benchmark: could not drop database $DB; drop it by hand" >&2
    fi
    if (( CREATED_ROLE )); then
        "${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $APP_ROLE" >/dev/null 2>&1 \
            || echo "deploy-benchmark: could not drop role $APP_ROLE; drop it by hand" >&2
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- database ----------------------------------------------------------------
"${PSQL[@]}" -d postgres -c 'SELECT 1' >/dev/null 2>"$WORK/err" \
    || die "cannot connect to PostgreSQL at $PGHOST_:$PGPORT_ as $PGUSER_: $(cat "$WORK/err")"
exists=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$DB'")
[[ $exists == 0 ]] || die "database $DB already exists (a previous run killed hard?); drop it or set BENCH_DB"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
CREATED_DB=1
if [[ -n $APP_ROLE ]]; then
    role=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_roles WHERE rolname = '$APP_ROLE'")
    if [[ $role == 0 ]]; then
        "${PSQL[@]}" -d postgres -c "CREATE ROLE $APP_ROLE NOLOGIN" >/dev/null
        CREATED_ROLE=1
    fi
fi
PG_VERSION=$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version')

echo "preparing: database $DB, core schema, generated facade ($VIEWS views, $FUNCTIONS functions)" >&2
"${TOOL[@]}" migrate-core "${CONN[@]}" --core-schema "$ROOT/core-schema" >"$WORK/out" 2>"$WORK/err" \
    || die "migrate-core failed: $(cat "$WORK/out" "$WORK/err")"

FACADE=$WORK/facade
python3 "$BENCH_DIR/generate-facade.py" "$FACADE" "$VIEWS" "$FUNCTIONS"
FIRST_FILE=$(cd "$FACADE" && ls -1 -- *.sql | sort | head -n 1)
EXPECTED_OBJECTS=$(( VIEWS + FUNCTIONS ))

# Each run gets different content (so the tool never skips it as already live)
# and the psql baseline runs exactly the same bytes.
set_run() {
    sed -i "1s/.*/-- benchmark run $1/" "$FACADE/$FIRST_FILE"
    {
        if [[ $PSQL_MODE == replace ]]; then
            echo 'DROP SCHEMA IF EXISTS bench_psql CASCADE; CREATE SCHEMA bench_psql; SET search_path = bench_psql, core;'
        else
            PSQL_SCHEMA=bench_psql_${1//[^a-z0-9]/_}
            echo "CREATE SCHEMA $PSQL_SCHEMA; SET search_path = $PSQL_SCHEMA, core;"
        fi
        for f in $(cd "$FACADE" && ls -1 -- *.sql | sort); do
            cat "$FACADE/$f"
            echo
        done
    } >"$WORK/psql.sql"
}

# Prints the wall time in ms.
run_psql() {
    local start end
    start=$(now_ms)
    "${PSQL[@]}" -d "$DB" --single-transaction -f "$WORK/psql.sql" >"$WORK/psql.out" 2>"$WORK/psql.err" \
        || die "psql failed: $(tail -n 20 "$WORK/psql.err")"
    end=$(now_ms)
    echo $(( end - start ))
}

# Prints "<wall ms> <durationMs> <colour>"; with "before" as second argument, with the earlier jar.
run_tool() {
    local release=$1 start end rc=0
    local -a tool=("${TOOL[@]}")
    [[ ${2:-} == before ]] && tool=("${TOOL_BEFORE[@]}")
    start=$(now_ms)
    "${tool[@]}" deploy "${CONN[@]}" "${APP_ROLE_OPT[@]}" --release "$release" --facade-schema "$FACADE" --json \
        >"$WORK/tool.out" 2>"$WORK/tool.err" || rc=$?
    end=$(now_ms)
    (( rc == 0 )) || die "deploy of $release failed (exit $rc): $(cat "$WORK/tool.out") $(tail -n 30 "$WORK/tool.err")"
    python3 - "$WORK/tool.out" "$EXPECTED_OBJECTS" "$release" $(( end - start )) <<'EOF' || exit 1
import json, sys
path, expected, release, wall = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"deploy-benchmark: deploy of {release} printed no JSON document: {text!r}")
if "durationMs" not in doc:
    sys.exit(f"deploy-benchmark: deploy of {release} did not deploy: {text}")
if doc.get("objects") != expected:
    sys.exit(f"deploy-benchmark: deploy of {release} recorded {doc.get('objects')} objects, expected {expected}")
print(wall, doc["durationMs"], doc["colour"])
EOF
}

# --- serve (BENCH_SERVE=on) ----------------------------------------------------
SERVE_DROP_MS=()
if [[ $SERVE_MODE == on ]]; then
    SECRET=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    FACADE_API_TOKENS="bench:operate:$SECRET" FACADE_DRIFT_INTERVAL=0s "$JAVA" -jar "$JAR" serve "${CONN[@]}" \
        --http-port "$HTTP_PORT" --proxy-port "$PROXY_PORT" >"$WORK/serve.out" 2>"$WORK/serve.err" &
    SERVE_PID=$!
    await_serve "$SERVE_PID" "$PROXY_PORT"
    echo "serve runs beside the rounds (drift watch off); deploys leave the colour they replace to it" >&2
fi

# After a deploy: waits, untimed, until no replaced colour is left (serve drops it in the
# background; without serve there is none by then). Prints how long after the call it took.
wait_retired() {
    local start=$1 i left
    for (( i = 0; i < 1200; i++ )); do
        left=$("${PSQL[@]}" -d "$DB" -Atc "SELECT count(*) FROM pg_namespace WHERE nspname ~ '^facade_(blue|green)_retired_'")
        [[ $left == 0 ]] && { echo $(( $(now_ms) - start )); return; }
        sleep 0.05
    done
    die "a replaced colour was still there 60 s after the deploy returned: $(tail -n 20 "$WORK/serve.err" 2>/dev/null)"
}

# --- runs --------------------------------------------------------------------
# The first deploy of a database goes to blue and becomes active; from then on
# every deploy rebuilds the standby colour (green), as in production. This seed
# deploy is not timed, so that all timed deploys drop and rebuild a full colour,
# like the psql runs after the warm-up drop and rebuild a full schema.
set_run seed
seed=$(run_tool bench-seed)
read -r _ _ colour <<<"$seed"
[[ $colour == blue ]] || die "the seed deploy went to $colour, expected blue (database not fresh?)"

echo "warm-up round" >&2
set_run warmup
run_psql >/dev/null
psql_schema=bench_psql
[[ $PSQL_MODE == fresh ]] && psql_schema=bench_psql_warmup
psql_objects=$("${PSQL[@]}" -d "$DB" -Atc "SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = '$psql_schema'::regnamespace AND relkind = 'v') + (SELECT count(*) FROM pg_proc WHERE pronamespace = '$psql_schema'::regnamespace)")
[[ $psql_objects == "$EXPECTED_OBJECTS" ]] || die "psql created $psql_objects objects, expected $EXPECTED_OBJECTS"
run_tool bench-warmup >/dev/null
wait_retired "$(now_ms)" >/dev/null
if [[ -n $JAR_BEFORE ]]; then
    set_run warmup-before
    run_tool bench-warmup-before before >/dev/null
    wait_retired "$(now_ms)" >/dev/null
fi

PSQL_MS=()
TOOL_MS=()
WALL_MS=()
BEFORE_MS=()
BEFORE_WALL_MS=()
for (( r = 1; r <= ROUNDS; r++ )); do
    set_run "$r"
    p=$(run_psql)
    t=$(run_tool "bench-r$r")
    returned=$(now_ms)
    read -r wall inproc colour <<<"$t"
    gone=$(wait_retired "$returned")
    [[ $SERVE_MODE == on ]] && SERVE_DROP_MS+=("$gone")
    [[ $colour == green ]] || die "round $r deployed to $colour, expected the standby colour green"
    PSQL_MS+=("$p"); TOOL_MS+=("$inproc"); WALL_MS+=("$wall")
    echo "round $r/$ROUNDS: psql ${p} ms, deploy ${inproc} ms in-process, ${wall} ms whole command" >&2
    if [[ -n $JAR_BEFORE ]]; then
        set_run "$r-before"
        b=$(run_tool "bench-r$r-before" before)
        wait_retired "$(now_ms)" >/dev/null
        read -r bwall binproc bcolour <<<"$b"
        [[ $bcolour == green ]] || die "round $r (before) deployed to $bcolour, expected green"
        BEFORE_MS+=("$binproc"); BEFORE_WALL_MS+=("$bwall")
        echo "round $r/$ROUNDS: earlier jar ${binproc} ms in-process, ${bwall} ms whole command" >&2
    fi
done

# --- report ------------------------------------------------------------------
python3 - "$VIEWS" "$FUNCTIONS" "$PG_VERSION" "$ROUNDS" \
    "${PSQL_MS[*]}" "${TOOL_MS[*]}" "${WALL_MS[*]}" "${BEFORE_MS[*]}" "${BEFORE_WALL_MS[*]}" "$PSQL_MODE" "$TOOL_MODE" <<'EOF'
import statistics, sys
views, functions, version, rounds = sys.argv[1:5]
rows = [("psql --single-transaction -f", sys.argv[5]),
        ("facade-switch deploy (in-process time)", sys.argv[6]),
        ("facade-switch deploy (whole command)", sys.argv[7])]
if sys.argv[8].strip():
    rows += [("earlier jar deploy (in-process time)", sys.argv[8]),
             ("earlier jar deploy (whole command)", sys.argv[9])]
series = [(label, [int(x) for x in values.split()]) for label, values in rows]
base = statistics.median(series[0][1])
print(f"deploy benchmark: {views} views, {functions} functions, PostgreSQL {version}, "
      f"{rounds} rounds (median), psql mode {sys.argv[10]}, tool run as {sys.argv[11]}")
print(f"| {'what':<38} | {'median ms':>9} | {'min ms':>7} | {'max ms':>7} | ratio to psql |")
print(f"|{'-' * 40}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 15}|")
ratios = {}
for label, values in series:
    med = statistics.median(values)
    ratios[label] = med / base
    print(f"| {label:<38} | {med:>9.0f} | {min(values):>7} | {max(values):>7} | {med / base:<13.2f} |")
print()
print("in-process time: the deploy's own durationMs (rebuild of the colour, search-path pinning, grants,")
print("catalog inventory and verification, tests); whole command: wall time of the deploy process")
print("('bin/facade-switch deploy' with the launcher, 'java -jar ... deploy' with BENCH_TOOL=jar),")
print("including JVM start, Micronaut context and the control-schema check.")
for label in (rows[1][0], rows[2][0]):
    verdict = "meets" if ratios[label] <= 1.5 else "misses"
    print(f"target <= 1.50x of psql: {label.replace('facade-switch deploy ', '')} {ratios[label]:.2f}x, {verdict} it")
EOF
if (( ${#SERVE_DROP_MS[@]} > 0 )); then
    sorted=($(printf '%s\n' "${SERVE_DROP_MS[@]}" | sort -n))
    echo "serve dropped the colour each deploy replaced ${sorted[$(( ${#sorted[@]} / 2 ))]} ms after the deploy returned" \
        "(median; ${sorted[0]} to ${sorted[-1]} ms), in the background"
fi
