#!/usr/bin/env bash
# Drift benchmark, two parts (see bench/README.md):
#  check: 'drift --json' on a database whose two colours each hold a generated facade of
#         3,000 views and 1,000 functions (checkMs and the command's wall time), and promote
#         (which compares both colours with their releases before it flips) and rollback (one
#         colour) against status (no comparison), in the same rounds;
#  ddl:   a DDL-heavy psql script (BENCH_DDL_REPEATS rounds of create table, index, add column,
#         view, comment, drop view, drop table) against a database with the capture's event
#         triggers enabled and one with them disabled, alternating, on the same server.
#
# Run from the project root:  bash bench/drift-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR         runnable jar                [target/facade-switch.jar]
#   BENCH_JAVA        java launcher               [java]
#   BENCH_PGHOST      server host                 [127.0.0.1]
#   BENCH_PGPORT      server port                 [5432]
#   BENCH_PGUSER      user for psql and the tool (a superuser: event triggers) [postgres]
#   BENCH_PGPASSWORD  password, if the server needs one (passed as PGPASSWORD / FACADE_DB_PASSWORD)
#   BENCH_DB          prefix of the scratch databases, created and dropped by the script:
#                     <prefix> (check), <prefix>_on and <prefix>_off (ddl) [facade_drift_bench]
#   BENCH_ROUNDS      measured rounds of each part, after one warm-up [5]
#   BENCH_PARTS       which parts to run          ["check ddl"]
#   BENCH_VIEWS       generated views             [3000]
#   BENCH_FUNCTIONS   generated functions         [1000]
#   BENCH_DDL_REPEATS rounds of the DDL script, 7 commands each [300]
#   BENCH_APP_ROLE    application role the deploys grant to; created and dropped by the
#                     script if missing; empty = no grants [facade_bench_app]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_drift_bench}
ROUNDS=${BENCH_ROUNDS:-5}
PARTS=${BENCH_PARTS:-check ddl}
VIEWS=${BENCH_VIEWS:-3000}
FUNCTIONS=${BENCH_FUNCTIONS:-1000}
REPEATS=${BENCH_DDL_REPEATS:-300}
APP_ROLE=${BENCH_APP_ROLE-facade_bench_app}

die() { echo "drift-benchmark: $*" >&2; exit 1; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $VIEWS =~ ^[1-9][0-9]*$ && $FUNCTIONS =~ ^[0-9]+$ ]] || die "BENCH_VIEWS and BENCH_FUNCTIONS must be integers"
[[ $REPEATS =~ ^[1-9][0-9]*$ ]] || die "BENCH_DDL_REPEATS must be a positive integer, not '$REPEATS'"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
[[ -z $APP_ROLE || $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_APP_ROLE must be a plain lower-case identifier"
RUN_CHECK=0; RUN_DDL=0
for part in $PARTS; do
    case $part in
        check) RUN_CHECK=1 ;;
        ddl) RUN_DDL=1 ;;
        *) die "BENCH_PARTS takes check and/or ddl, not '$part'" ;;
    esac
done
(( RUN_CHECK || RUN_DDL )) || die "BENCH_PARTS names no part"
for tool in "$JAVA" psql python3; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection from the command line only, and no environments file.
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES FACADE_CORE_SCHEMA FACADE_ENV FACADE_SERVER
export FACADE_ACTOR=drift-benchmark

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
TOOL=("$JAVA" -jar "$JAR")
url() { echo "jdbc:postgresql://$PGHOST_:$PGPORT_/$1"; }
[[ -n $APP_ROLE ]] && APP_ROLE_OPT=(--app-role "$APP_ROLE") || APP_ROLE_OPT=()

WORK=$(mktemp -d "${TMPDIR:-/tmp}/drift-benchmark.XXXXXX")
CREATED_DBS=()
CREATED_ROLE=0

cleanup() {
    local rc=$? db
    trap - EXIT INT TERM
    for db in ${CREATED_DBS[@]+"${CREATED_DBS[@]}"}; do
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 \
            || echo "drift-benchmark: could not drop database $db; drop it by hand" >&2
    done
    if (( CREATED_ROLE )); then
        "${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $APP_ROLE" >/dev/null 2>&1 \
            || echo "drift-benchmark: could not drop role $APP_ROLE; drop it by hand" >&2
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

# The tool runs in the work folder, so that no facade-switch.yaml of the caller's folder applies.
tool() { (cd "$WORK" && "${TOOL[@]}" "$@"); }

create_db() {
    local db=$1 exists
    exists=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$db'")
    [[ $exists == 0 ]] || die "database $db already exists (a previous run killed hard?); drop it or set BENCH_DB"
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
    CREATED_DBS+=("$db")
}

migrate_core() {
    local db=$1
    tool migrate-core --db-url "$(url "$db")" --db-user "$PGUSER_" --core-schema "$ROOT/core-schema" \
        >"$WORK/out" 2>"$WORK/err" || die "migrate-core into $db failed: $(cat "$WORK/out") $(tail -n 30 "$WORK/err")"
}

# Enabled and present capture triggers of a database: "<enabled> <present>".
capture_triggers() {
    "${PSQL[@]}" -d "$1" -Atc "SELECT count(*) FILTER (WHERE evtenabled <> 'D') || ' ' || count(*)
                                 FROM pg_event_trigger WHERE evtname LIKE 'facade\_switch\_capture\_%'"
}

"${PSQL[@]}" -d postgres -c 'SELECT 1' >/dev/null 2>"$WORK/err" \
    || die "cannot connect to PostgreSQL at $PGHOST_:$PGPORT_ as $PGUSER_: $(cat "$WORK/err")"
PG_VERSION=$("${PSQL[@]}" -d postgres -Atc 'SHOW server_version')
[[ $("${PSQL[@]}" -d postgres -Atc 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user') == t ]] \
    || die "$PGUSER_ is not a superuser: migrate-core installs the capture's event triggers only for one"
LOAD_START=$(loadavg)
REPORT=$WORK/report.txt
: >"$REPORT"

# =============================================================================
# Part 1: the check on a large facade, and the guard in promote
# =============================================================================
run_check_part() {
    local conn=(--db-url "$(url "$DB")" --db-user "$PGUSER_")
    local expected=$(( VIEWS + FUNCTIONS )) facade=$WORK/facade first release
    create_db "$DB"
    if [[ -n $APP_ROLE ]]; then
        if [[ $("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_roles WHERE rolname = '$APP_ROLE'") == 0 ]]; then
            "${PSQL[@]}" -d postgres -c "CREATE ROLE $APP_ROLE NOLOGIN" >/dev/null
            CREATED_ROLE=1
        fi
    fi
    echo "check: database $DB, core schema, generated facade ($VIEWS views, $FUNCTIONS functions)" >&2
    migrate_core "$DB"
    python3 "$BENCH_DIR/generate-facade.py" "$facade" "$VIEWS" "$FUNCTIONS"
    first=$(cd "$facade" && ls -1 -- *.sql | sort | head -n 1)

    # Two releases, so that both colours hold the whole facade; the second differs by a comment
    # line only (another checksum, the same objects).
    local colour_of_release=(blue green) i
    for i in 1 2; do
        release=drift-bench-$i
        sed -i "1s/.*/-- drift benchmark release $i/" "$facade/$first"
        echo "check: deploying $release" >&2
        local start end rc=0
        start=$(now_ms)
        tool deploy "${conn[@]}" "${APP_ROLE_OPT[@]}" --release "$release" --facade-schema "$facade" --json \
            >"$WORK/deploy.out" 2>"$WORK/deploy.err" || rc=$?
        end=$(now_ms)
        (( rc == 0 )) || die "deploy of $release failed (exit $rc): $(cat "$WORK/deploy.out") $(tail -n 30 "$WORK/deploy.err")"
        python3 - "$WORK/deploy.out" "$expected" "${colour_of_release[i - 1]}" "$release" <<'EOF' || exit 1
import json, sys
path, expected, colour, release = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"drift-benchmark: deploy of {release} printed no JSON document: {text!r}")
if doc.get("objects") != expected or doc.get("colour") != colour:
    sys.exit(f"drift-benchmark: deploy of {release} recorded {doc.get('objects')} objects in {doc.get('colour')},"
             f" expected {expected} in {colour}: {text[:2000]}")
EOF
        echo "check: $release: $expected objects in ${colour_of_release[i - 1]}, $(( end - start )) ms" >&2
    done
    local counts
    counts=$("${PSQL[@]}" -d "$DB" -Atc "SELECT string_agg(n::text, ' ' ORDER BY s) FROM (
        SELECT s, (SELECT count(*) FROM pg_class WHERE relnamespace = s::regnamespace AND relkind = 'v')
                + (SELECT count(*) FROM pg_proc WHERE pronamespace = s::regnamespace) AS n
          FROM unnest(ARRAY['facade_blue', 'facade_green']) AS s) x")
    [[ $counts == "$expected $expected" ]] || die "the colours hold $counts objects, expected $expected each"

    # Prints "<wall ms> <checkMs> <objects>"; the report must be clean (exit 0, nothing drifted).
    run_drift() {
        local start end rc=0
        start=$(now_ms)
        tool drift --json "${conn[@]}" >"$WORK/drift.out" 2>"$WORK/drift.err" || rc=$?
        end=$(now_ms)
        (( rc == 0 )) || die "drift exited $rc (1 = drifted): $(head -c 3000 "$WORK/drift.out") $(tail -n 30 "$WORK/drift.err")"
        python3 - "$WORK/drift.out" $(( end - start )) <<'EOF' || exit 1
import json, sys
text = open(sys.argv[1], encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"drift-benchmark: drift printed no JSON document: {text[:2000]!r}")
if doc.get("drifted") or doc.get("objects") != 0 or doc.get("checkMs") is None:
    sys.exit(f"drift-benchmark: drift is not clean or has no checkMs: {text[:2000]}")
if not str(doc.get("capture", "")).startswith("on"):
    sys.exit(f"drift-benchmark: the capture is not on: {doc.get('capture')}")
print(sys.argv[2], doc["checkMs"], doc["objects"])
EOF
    }

    # Runs a command (status, promote or rollback); checks the active colour afterwards, read from
    # the control schema. Prints the wall time in ms.
    run_cmd() {
        local cmd=$1 active=$2 start end rc=0 now
        start=$(now_ms)
        tool "$cmd" "${conn[@]}" >"$WORK/cmd.out" 2>"$WORK/cmd.err" || rc=$?
        end=$(now_ms)
        (( rc == 0 )) || die "$cmd exited $rc: $(cat "$WORK/cmd.out") $(tail -n 30 "$WORK/cmd.err")"
        now=$("${PSQL[@]}" -d "$DB" -Atc "SELECT active FROM facade_switch.routing" 2>/dev/null || echo unknown)
        [[ $now == "$active" ]] || die "after $cmd the active colour is $now, expected $active: $(cat "$WORK/cmd.out")"
        echo $(( end - start ))
    }

    echo "check: warm-up round" >&2
    run_drift >/dev/null
    run_cmd status blue >/dev/null
    run_cmd promote green >/dev/null
    run_cmd rollback blue >/dev/null

    local r d s p b wall ms
    CHECK_MS=(); DRIFT_WALL=(); STATUS_WALL=(); PROMOTE_WALL=(); ROLLBACK_WALL=()
    for (( r = 1; r <= ROUNDS; r++ )); do
        d=$(run_drift)
        read -r wall ms _ <<<"$d"
        if (( r % 2 )); then
            s=$(run_cmd status blue); p=$(run_cmd promote green)
        else
            p=$(run_cmd promote green); s=$(run_cmd status green)
        fi
        b=$(run_cmd rollback blue)
        CHECK_MS+=("$ms"); DRIFT_WALL+=("$wall"); STATUS_WALL+=("$s"); PROMOTE_WALL+=("$p"); ROLLBACK_WALL+=("$b")
        echo "check round $r/$ROUNDS: drift checkMs ${ms} (command ${wall} ms); status ${s} ms, promote ${p} ms, rollback ${b} ms" >&2
    done

    python3 - "$VIEWS" "$FUNCTIONS" "$PG_VERSION" "$ROUNDS" "${CHECK_MS[*]}" "${DRIFT_WALL[*]}" \
        "${STATUS_WALL[*]}" "${PROMOTE_WALL[*]}" "${ROLLBACK_WALL[*]}" >>"$REPORT" <<'EOF'
import statistics, sys
views, functions, version, rounds = sys.argv[1:5]
labels = ["drift --json: checkMs (in-process)", "drift --json (whole command)", "status (whole command)",
          "promote (whole command, guard on both colours)", "rollback (whole command, guard on one colour)"]
series = [(label, [int(x) for x in values.split()]) for label, values in zip(labels, sys.argv[5:10])]
status = statistics.median(series[2][1])
width = max(len(l) for l in labels)
print(f"drift check: both colours with {int(views):,} views and {int(functions):,} functions each, "
      f"PostgreSQL {version}, {rounds} rounds (median)")
print(f"| {'what':<{width}} | {'median ms':>9} | {'min ms':>7} | {'max ms':>7} | minus status ms |")
print(f"|{'-' * (width + 2)}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 17}|")
medians = {}
for label, values in series:
    med = statistics.median(values)
    medians[label] = med
    extra = "-" if label == labels[0] or label == labels[2] else f"{med - status:+.0f}"
    print(f"| {label:<{width}} | {med:>9.0f} | {min(values):>7} | {max(values):>7} | {extra:>15} |")
print()
print("checkMs: the check's own time in the drift command (core, both colours, reference data, captures);")
print("whole command: wall time of java -jar, JVM start and Micronaut context included. status compares nothing;")
print("promote (rounds alternate status/promote and promote/status) compares both colours with their releases,")
print("rollback the colour it returns to, then each flips the routing.")
check = medians[labels[0]]
print(f"target check under 1 s: checkMs {check:.0f} ms, {'meets' if check < 1000 else 'misses'} it")
print()
EOF
}

# =============================================================================
# Part 2: the capture's cost on a DDL-heavy script
# =============================================================================
run_ddl_part() {
    local on=${DB}_on off=${DB}_off db
    local commands=$(( REPEATS * 7 ))
    echo "ddl: databases $on (capture on) and $off (capture's event triggers disabled)" >&2
    for db in "$on" "$off"; do
        create_db "$db"
        migrate_core "$db"
    done
    "${PSQL[@]}" -d "$off" -c 'ALTER EVENT TRIGGER facade_switch_capture_ddl DISABLE' \
        -c 'ALTER EVENT TRIGGER facade_switch_capture_drop DISABLE' >/dev/null
    [[ $(capture_triggers "$on") == "2 2" ]] || die "$on should have 2 enabled capture triggers: $(capture_triggers "$on")"
    [[ $(capture_triggers "$off") == "0 2" ]] || die "$off should have 2 disabled capture triggers: $(capture_triggers "$off")"
    for db in "$on" "$off"; do
        [[ $("${PSQL[@]}" -d "$db" -Atc "SELECT count(*) FROM pg_event_trigger WHERE evtenabled <> 'D'") == \
            "$([[ $db == "$on" ]] && echo 2 || echo 0)" ]] || die "$db has other enabled event triggers"
        "${PSQL[@]}" -d "$db" -c 'CREATE SCHEMA bench_ddl' >/dev/null
    done

    # The script: REPEATS rounds of 7 DDL commands, each in its own transaction (autocommit), and at
    # the end the backend's CPU time, read from /proc by psql's shell (a local server only).
    local script=$WORK/ddl.sql stat=$WORK/backend.stat
    python3 - "$REPEATS" "$stat" >"$script" <<'EOF'
import sys
repeats, stat = int(sys.argv[1]), sys.argv[2]
out = []
for i in range(1, repeats + 1):
    t = f"bench_ddl.t_{i:04d}"
    out.append(f"CREATE TABLE {t} (id int PRIMARY KEY, a text, b int);")
    out.append(f"CREATE INDEX ON {t} (b);")
    out.append(f"ALTER TABLE {t} ADD COLUMN c timestamptz;")
    out.append(f"CREATE VIEW bench_ddl.v_{i:04d} AS SELECT id, a, c FROM {t} WHERE b > 0;")
    out.append(f"COMMENT ON TABLE {t} IS 'round {i}';")
    out.append(f"DROP VIEW bench_ddl.v_{i:04d};")
    out.append(f"DROP TABLE {t};")
out.append("SELECT pg_backend_pid() AS backend_pid \\gset")
out.append("\\setenv BENCH_BACKEND_PID :backend_pid")
out.append(f"\\! cat /proc/$BENCH_BACKEND_PID/stat > {stat} 2>/dev/null || true")
print("\n".join(out))
EOF
    local ticks
    ticks=$(getconf CLK_TCK 2>/dev/null || echo 100)

    # Prints "<wall ms> <backend cpu ms or ->".
    run_ddl() {
        local db=$1 start end cpu=-
        rm -f "$stat"
        start=$(now_ms)
        "${PSQL[@]}" -d "$db" -f "$script" >"$WORK/ddl.out" 2>"$WORK/ddl.err" \
            || die "the DDL script failed on $db: $(tail -n 20 "$WORK/ddl.err")"
        end=$(now_ms)
        grep -q WARNING "$WORK/ddl.err" && die "the DDL script on $db got warnings: $(grep -m 3 WARNING "$WORK/ddl.err")"
        if [[ -s $stat ]]; then
            # utime and stime: fields 14 and 15, after the command name in parentheses.
            cpu=$(sed 's/^.*) //' "$stat" | awk -v t="$ticks" '{ printf "%d", ($12 + $13) * 1000 / t }')
        fi
        echo $(( end - start )) "$cpu"
    }
    captures() { "${PSQL[@]}" -d "$1" -Atc 'SELECT count(*) FROM facade_switch.ddl_captures'; }

    echo "ddl: warm-up round ($commands commands per run)" >&2
    local before_on before_off after_on after_off
    before_on=$(captures "$on"); before_off=$(captures "$off")
    run_ddl "$on" >/dev/null
    run_ddl "$off" >/dev/null
    after_on=$(captures "$on"); after_off=$(captures "$off")
    WRITTEN=$(( after_on - before_on ))
    (( WRITTEN == commands )) || die "one run wrote $WRITTEN capture rows on $on, expected $commands (one per command)"
    (( after_off == before_off )) || die "the run on $off wrote $(( after_off - before_off )) capture rows, expected none"
    "${PSQL[@]}" -d "$on" -Atc "SELECT command_tag, count(*) FROM facade_switch.ddl_captures
                                WHERE id > (SELECT max(id) FROM facade_switch.ddl_captures) - $commands
                                GROUP BY 1 ORDER BY 1" >"$WORK/tags"
    local r a b
    ON_WALL=(); OFF_WALL=(); ON_CPU=(); OFF_CPU=()
    for (( r = 1; r <= ROUNDS; r++ )); do
        if (( r % 2 )); then
            a=$(run_ddl "$on"); b=$(run_ddl "$off")
        else
            b=$(run_ddl "$off"); a=$(run_ddl "$on")
        fi
        read -r aw ac <<<"$a"; read -r bw bc <<<"$b"
        ON_WALL+=("$aw"); ON_CPU+=("$ac"); OFF_WALL+=("$bw"); OFF_CPU+=("$bc")
        echo "ddl round $r/$ROUNDS ($( (( r % 2 )) && echo 'on, off' || echo 'off, on')): capture on ${aw} ms (backend CPU ${ac} ms), off ${bw} ms (backend CPU ${bc} ms)" >&2
    done

    python3 - "$REPEATS" "$commands" "$PG_VERSION" "$ROUNDS" "$WRITTEN" "$WORK/tags" \
        "${OFF_WALL[*]}" "${ON_WALL[*]}" "${OFF_CPU[*]}" "${ON_CPU[*]}" >>"$REPORT" <<'EOF'
import statistics, sys
repeats, commands, version, rounds, written, tags = sys.argv[1:7]
def ints(s):
    v = s.split()
    return None if not v or "-" in v else [int(x) for x in v]
off_wall, on_wall, off_cpu, on_cpu = (ints(s) for s in sys.argv[7:11])
print(f"capture overhead: psql -f of {int(repeats):,} rounds x 7 DDL commands ({int(commands):,} commands, autocommit), "
      f"PostgreSQL {version}, {rounds} rounds alternating (median)")
label_w = 44
print(f"| {'what':<{label_w}} | {'median ms':>9} | {'min ms':>7} | {'max ms':>7} | ratio to off |")
print(f"|{'-' * (label_w + 2)}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 14}|")
def row(label, values, base):
    med = statistics.median(values)
    print(f"| {label:<{label_w}} | {med:>9.0f} | {min(values):>7} | {max(values):>7} | {med / base:<12.2f} |")
    return med
base = statistics.median(off_wall)
row("event triggers disabled (wall)", off_wall, base)
on = row("capture on (wall)", on_wall, base)
if off_cpu and on_cpu:
    cbase = statistics.median(off_cpu)
    row("event triggers disabled (backend CPU)", off_cpu, cbase)
    row("capture on (backend CPU)", on_cpu, cbase)
pairs = [a / b for a, b in zip(on_wall, off_wall)]
print()
print(f"per-round ratio on/off (wall): {', '.join(f'{p:.2f}' for p in pairs)}; "
      f"per command: {(on - base) / int(commands):+.2f} ms")
by_tag = ", ".join(f"{t} {n}" for t, n in (line.split("|") for line in open(tags).read().splitlines() if line))
print(f"capture rows written by one run: {int(written):,} for {int(commands):,} commands ({by_tag})")
ratio = on / base
print(f"target under 1.10x: {ratio:.2f}x, {'meets' if ratio < 1.10 else 'misses'} it")
print()
EOF
}

(( RUN_CHECK )) && run_check_part
(( RUN_DDL )) && run_ddl_part

echo "load average (1, 5, 15 min): $LOAD_START at the start, $(loadavg) at the end" >>"$REPORT"
cat "$REPORT"
