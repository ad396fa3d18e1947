#!/usr/bin/env bash
# Rehearsal benchmark (see bench/README.md): what 'rehearse' costs against the real steps it
# rehearses, on the same server and in the same run, for two cases:
#  example: a database with core-schema/ migrated and facade-schema/ deployed as 1.0.0; the pending
#           release is core-schema/ plus one changeset (an index on customer(full_name)) and
#           src/test/resources/releases/1.1.0 as its facade;
#  large:   the same core, with the facade of generate-facade.py (3,000 views, 1,000 functions)
#           deployed as big-1; the pending release is the same core change and that facade with
#           another first comment line (big-2).
# Every round starts from a fresh database in that state (create, migrate-core, deploy: untimed),
# then times 'rehearse --json' on it (whole command, and the report's own durationMs and steps),
# then the real steps on it: 'migrate-core --json' with the new core and 'deploy --json' of the
# pending release (the sum of the two commands). The copy goes to a database of the same server
# (FACADE_REHEARSAL_DB_URL), as in the issue's target: rehearsal within 3x of the real steps.
#
# Run from the project root:  bash bench/rehearsal-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR         runnable jar                [target/facade-switch.jar]
#   BENCH_JAVA        java launcher               [java]
#   BENCH_PGHOST      server host                 [127.0.0.1]
#   BENCH_PGPORT      server port                 [5432]
#   BENCH_PGUSER      user for psql, the tool and the rehearsal server (a superuser: event
#                     triggers, and the copies' databases and roles) [postgres]
#   BENCH_PGPASSWORD  password, if the server needs one (passed as PGPASSWORD, FACADE_DB_PASSWORD
#                     and FACADE_REHEARSAL_DB_PASSWORD)
#   BENCH_REHEARSAL_DB_URL  where the copies are made (FACADE_REHEARSAL_DB_URL)
#                     [jdbc:postgresql://<host>:<port>/postgres]
#   BENCH_DB          prefix of the scratch databases, re-created every round and dropped by the
#                     script: <prefix>_example and <prefix>_large [facade_rehbench]
#   BENCH_ROUNDS      measured rounds of each case, after one warm-up [5]
#   BENCH_CASES       which cases to run          ["example large"]
#   BENCH_VIEWS       generated views (large)     [3000]
#   BENCH_FUNCTIONS   generated functions (large) [1000]
#   BENCH_APP_ROLE    application role the deploys and rehearsals grant to (--app-role); created
#                     and dropped by the script if missing; empty = no grants [facade_bench_app]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
REHEARSAL_URL=${BENCH_REHEARSAL_DB_URL:-jdbc:postgresql://$PGHOST_:$PGPORT_/postgres}
DB=${BENCH_DB:-facade_rehbench}
ROUNDS=${BENCH_ROUNDS:-5}
CASES=${BENCH_CASES:-example large}
VIEWS=${BENCH_VIEWS:-3000}
FUNCTIONS=${BENCH_FUNCTIONS:-1000}
APP_ROLE=${BENCH_APP_ROLE-facade_bench_app}

die() { echo "rehearsal-benchmark: $*" >&2; exit 1; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $VIEWS =~ ^[1-9][0-9]*$ && $FUNCTIONS =~ ^[0-9]+$ ]] || die "BENCH_VIEWS and BENCH_FUNCTIONS must be integers"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
# The rehearsal names its copies facade_rehearsal_<...> and drops stale ones it finds: keep clear.
[[ $DB != facade_rehearsal_* ]] || die "BENCH_DB must not start with facade_rehearsal_ (the prefix of the rehearsal's own copies)"
(( ${#DB} <= 50 )) || die "BENCH_DB is too long (at most 50 characters, for the _example/_large suffix)"
[[ -z $APP_ROLE || $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_APP_ROLE must be a plain lower-case identifier"
[[ $REHEARSAL_URL == jdbc:postgresql://* ]] || die "BENCH_REHEARSAL_DB_URL must be a jdbc:postgresql:// URL, not '$REHEARSAL_URL'"
RUN_EXAMPLE=0; RUN_LARGE=0
for c in $CASES; do
    case $c in
        example) RUN_EXAMPLE=1 ;;
        large) RUN_LARGE=1 ;;
        *) die "BENCH_CASES takes example and/or large, not '$c'" ;;
    esac
done
(( RUN_EXAMPLE || RUN_LARGE )) || die "BENCH_CASES names no case"
for tool in "$JAVA" psql pg_dump python3; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH (rehearse runs pg_dump from it)"
done
for dir in core-schema facade-schema src/test/resources/releases/1.1.0; do
    [[ -d $ROOT/$dir ]] || die "$ROOT/$dir is missing: run the script from a checkout of the project"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD FACADE_REHEARSAL_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection from the command line only, and no environments file; the
# owner role stays the default (facade_owner).
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES FACADE_CORE_SCHEMA FACADE_ENV FACADE_SERVER FACADE_OWNER_ROLE \
    FACADE_REHEARSAL_PG_DUMP FACADE_REHEARSAL_EMBEDDED_BINARIES FACADE_REHEARSAL_WITH_DATA_MAX_MB
export FACADE_ACTOR=rehearsal-benchmark
export FACADE_REHEARSAL_DB_URL=$REHEARSAL_URL FACADE_REHEARSAL_DB_USER=$PGUSER_

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
TOOL=("$JAVA" -jar "$JAR")
url() { echo "jdbc:postgresql://$PGHOST_:$PGPORT_/$1"; }
[[ -n $APP_ROLE ]] && APP_ROLE_OPT=(--app-role "$APP_ROLE") || APP_ROLE_OPT=()
# CPU time (user + system) of a command and the children it waited for (rehearse's pg_dump).
[[ -x /usr/bin/time ]] && TIME=(/usr/bin/time -f '%U %S') || TIME=()

WORK=$(mktemp -d "${TMPDIR:-/tmp}/rehearsal-benchmark.XXXXXX")
CREATED_DBS=()
CREATED_ROLE=0

cleanup() {
    local rc=$? db
    trap - EXIT INT TERM
    for db in ${CREATED_DBS[@]+"${CREATED_DBS[@]}"}; do
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 \
            || echo "rehearsal-benchmark: could not drop database $db; drop it by hand" >&2
    done
    if (( CREATED_ROLE )); then
        "${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $APP_ROLE" >/dev/null 2>&1 \
            || echo "rehearsal-benchmark: could not drop role $APP_ROLE; drop it by hand" >&2
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

# Runs the tool with its output in $WORK/<name>.out and .err, its CPU time in $WORK/<name>.cpu;
# sets RC and WALL (ms).
timed_tool() {
    local name=$1 start end
    shift
    rm -f "$WORK/$name.cpu"
    RC=0
    start=$(now_ms)
    if (( ${#TIME[@]} )); then
        (cd "$WORK" && "${TIME[@]}" -o "$WORK/$name.cpu" "${TOOL[@]}" "$@") >"$WORK/$name.out" 2>"$WORK/$name.err" || RC=$?
    else
        tool "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || RC=$?
    fi
    end=$(now_ms)
    WALL=$(( end - start ))
}

# CPU ms of the last timed_tool run called <name>, or "-".
cpu_ms() {
    [[ -s $WORK/$1.cpu ]] || { echo -; return; }
    tail -n 1 "$WORK/$1.cpu" | awk '{ printf "%d", ($1 + $2) * 1000 }'
}

# A fresh, empty database (the one of an earlier round dropped first).
fresh_db() {
    local db=$1 exists known=0 d
    for d in ${CREATED_DBS[@]+"${CREATED_DBS[@]}"}; do [[ $d == "$db" ]] && known=1; done
    if (( known )); then
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
    else
        exists=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$db'")
        [[ $exists == 0 ]] || die "database $db already exists (a previous run killed hard?); drop it or set BENCH_DB"
        CREATED_DBS+=("$db")
    fi
    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db" >/dev/null
}

# Copies of the rehearsal on the server: the names, one a line.
rehearsal_copies() {
    "${PSQL[@]}" -d postgres -Atc "SELECT datname FROM pg_database WHERE datname LIKE 'facade\_rehearsal\_%' ORDER BY 1"
}

"${PSQL[@]}" -d postgres -c 'SELECT 1' >/dev/null 2>"$WORK/err" \
    || die "cannot connect to PostgreSQL at $PGHOST_:$PGPORT_ as $PGUSER_: $(cat "$WORK/err")"
PG_VERSION=$("${PSQL[@]}" -d postgres -Atc 'SHOW server_version' | awk '{ print $1 }')
PG_DUMP_VERSION=$(pg_dump --version | sed -n 's/^pg_dump (PostgreSQL) \([0-9][0-9.]*\).*/\1/p')
[[ -n $PG_DUMP_VERSION ]] || die "could not read pg_dump's version from: $(pg_dump --version)"
[[ $("${PSQL[@]}" -d postgres -Atc 'SELECT rolsuper FROM pg_roles WHERE rolname = current_user') == t ]] \
    || die "$PGUSER_ is not a superuser: migrate-core installs the capture's event triggers only for one"
(( ${PG_DUMP_VERSION%%.*} >= ${PG_VERSION%%.*} )) \
    || die "pg_dump $PG_DUMP_VERSION on the PATH cannot read a PostgreSQL $PG_VERSION server"
if [[ -n $APP_ROLE ]]; then
    if [[ $("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_roles WHERE rolname = '$APP_ROLE'") == 0 ]]; then
        "${PSQL[@]}" -d postgres -c "CREATE ROLE $APP_ROLE NOLOGIN" >/dev/null
        CREATED_ROLE=1
    fi
fi
LOAD_START=$(loadavg)

# The pending core: core-schema/ plus one changeset, included at the end of changelog.xml (as the
# tests' Fixtures.addCoreChange does).
CORE_NEXT=$WORK/core-next
CHANGESET=950-bench-customer-name-index
cp -r "$ROOT/core-schema" "$CORE_NEXT"
cat >"$CORE_NEXT/changes/950-bench-index.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">
    <changeSet id="$CHANGESET" author="rehearsal-benchmark">
        <createIndex tableName="customer" indexName="bench_customer_full_name_idx">
            <column name="full_name"/>
        </createIndex>
    </changeSet>
</databaseChangeLog>
EOF
python3 - "$CORE_NEXT/changelog.xml" <<'EOF'
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
end = text.rindex("</databaseChangeLog>")
open(path, "w", encoding="utf-8").write(text[:end] + '    <include file="changes/950-bench-index.xml"'
                                        ' relativeToChangelogFile="true"/>\n' + text[end:])
EOF
grep -q 950-bench-index "$CORE_NEXT/changelog.xml" || die "could not add the changeset to $CORE_NEXT/changelog.xml"

# The rehearsal's steps, in the report's order.
STEPS="server copy fingerprint start migrate-core deploy drop"
RESULTS=$WORK/results.txt
: >"$RESULTS"

# Runs the Python on stdin over a command's output (its last line: the JSON document), named in messages.
check_json() {
    local file=$1 what=$2
    shift 2
    python3 - "$file" "$what" "$@"
}

# =============================================================================
# One case: setup per round, rehearse, real steps
# =============================================================================
# run_case NAME DB BASE_FACADE BASE_RELEASE NEXT_FACADE NEXT_RELEASE EXPECTED_OBJECTS
run_case() {
    local name=$1 db=$2 base_facade=$3 base_release=$4 next_facade=$5 next_release=$6 objects=$7
    local conn=(--db-url "$(url "$db")" --db-user "$PGUSER_") r label copies_before copies_after
    local setup_start line

    for (( r = 0; r <= ROUNDS; r++ )); do
        (( r == 0 )) && label="warm-up" || label="round $r/$ROUNDS"
        # Setup (untimed): a fresh database, the base core, the base release in blue.
        setup_start=$(now_ms)
        fresh_db "$db"
        timed_tool setup-core migrate-core "${conn[@]}" --core-schema "$ROOT/core-schema" --json
        (( RC == 0 )) || die "$name: migrate-core of the base core into $db failed (exit $RC): $(tail -c 2000 "$WORK/setup-core.out") $(tail -n 30 "$WORK/setup-core.err")"
        timed_tool setup-deploy deploy "${conn[@]}" "${APP_ROLE_OPT[@]}" --release "$base_release" \
            --facade-schema "$base_facade" --json
        (( RC == 0 )) || die "$name: deploy of $base_release into $db failed (exit $RC): $(tail -c 2000 "$WORK/setup-deploy.out") $(tail -n 30 "$WORK/setup-deploy.err")"
        check_json "$WORK/setup-deploy.out" "$name: deploy of $base_release" blue "$base_release" <<'EOF' || exit 1
import json, sys
path, what, colour, release = sys.argv[1:5]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"rehearsal-benchmark: {what} printed no JSON document: {text[:2000]!r}")
if doc.get("colour") != colour or doc.get("release") != release:
    sys.exit(f"rehearsal-benchmark: {what} went to {doc.get('colour')} as {doc.get('release')}, expected {colour}: {text[:2000]}")
EOF
        echo "$name $label: setup (create, migrate-core, deploy $base_release) $(( $(now_ms) - setup_start )) ms" >&2

        # (a) The rehearsal of the pending release.
        copies_before=$(rehearsal_copies)
        timed_tool rehearse rehearse --json "${conn[@]}" "${APP_ROLE_OPT[@]}" --release "$next_release" \
            --core-schema "$CORE_NEXT" --facade-schema "$next_facade"
        local r_wall=$WALL r_cpu r_line
        r_cpu=$(cpu_ms rehearse)
        if (( RC != 0 )); then
            # What failed, and the steps' times, before the report itself.
            python3 - "$WORK/rehearse.out" >&2 <<'EOF' || true
import json, sys
try:
    doc = json.loads(open(sys.argv[1], encoding="utf-8").read().strip().splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(0)
f = doc.get("failure") or {}
print(f"rehearsal-benchmark: the rehearsal failed at step {f.get('step')} ({f.get('code')}): {f.get('message')}")
print("rehearsal-benchmark: steps: " + ", ".join(f"{s['step']} {s['ms']} ms {s['outcome']}" for s in doc.get("steps", [])))
diff = (doc.get("fingerprint") or {}).get("differences") or []
if diff:
    print(f"rehearsal-benchmark: fingerprint differences (first {len(diff)}): {', '.join(diff)}")
EOF
            die "$name: rehearse exited $RC (1 = did not pass; what failed is above): $(tail -c 300 "$WORK/rehearse.out") $(tail -n 20 "$WORK/rehearse.err")"
        fi
        r_line=$(check_json "$WORK/rehearse.out" "$name: rehearse" "$next_release" "$objects" "$CHANGESET" "$STEPS" <<'EOF'
import json, sys
path, what, release, objects, changeset, steps = sys.argv[1:7]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"rehearsal-benchmark: {what} printed no JSON document: {text[:2000]!r}")
def fail(why):
    sys.exit(f"rehearsal-benchmark: {what}: {why}: {text[:3000]}")
if doc.get("passed") is not True or doc.get("failure") is not None:
    fail(f"the rehearsal did not pass ({doc.get('failure')})")
deploy = doc.get("deploy") or {}
if deploy.get("release") != release or deploy.get("colour") != "green" or deploy.get("unchanged"):
    fail(f"the copy's deploy was {deploy}, expected {release} into green")
if objects != "-" and deploy.get("objects") != int(objects):
    fail(f"the copy's deploy made {deploy.get('objects')} objects, expected {objects}")
applied = [a.get("id") for a in (doc.get("migration") or {}).get("applied", [])]
if applied != [changeset]:
    fail(f"the copy's migration applied {applied}, expected [{changeset}]")
fp = doc.get("fingerprint") or {}
if not fp.get("before") or fp.get("before") != fp.get("after") or fp.get("before") != fp.get("copy"):
    fail(f"the fingerprints differ (before, after, copy): {fp}")
if doc.get("server", {}).get("kind") != "configured":
    fail(f"the rehearsal did not use the configured server: {doc.get('server')}")
times = {}
for s in doc.get("steps", []):
    if s.get("outcome") != "passed":
        fail(f"step {s.get('step')} is {s.get('outcome')}")
    times[s["step"]] = times.get(s["step"], 0) + int(s["ms"])
missing = [s for s in steps.split() if s not in times]
if missing:
    fail(f"the report has no time for {missing}")
print(doc["durationMs"], *(times[s] for s in steps.split()))
EOF
) || exit 1
        copies_after=$(rehearsal_copies)
        if [[ -n $copies_after ]]; then
            line=$(comm -13 <(echo "$copies_before" | sed '/^$/d') <(echo "$copies_after"))
            [[ -z $line ]] || die "$name: rehearse left the copy database(s) behind: $line"
        fi

        # (b) The real steps on the same database: migrate-core with the new core, then deploy.
        timed_tool real-core migrate-core "${conn[@]}" --core-schema "$CORE_NEXT" --json
        local m_wall=$WALL m_cpu m_ms
        m_cpu=$(cpu_ms real-core)
        (( RC == 0 )) || die "$name: migrate-core of the new core into $db failed (exit $RC): $(tail -c 2000 "$WORK/real-core.out") $(tail -n 30 "$WORK/real-core.err")"
        m_ms=$(check_json "$WORK/real-core.out" "$name: migrate-core" "$CHANGESET" <<'EOF'
import json, sys
path, what, changeset = sys.argv[1:4]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"rehearsal-benchmark: {what} printed no JSON document: {text[:2000]!r}")
applied = [a.get("id") for a in doc.get("applied", [])]
if applied != [changeset] or doc.get("durationMs") is None:
    sys.exit(f"rehearsal-benchmark: {what} applied {applied}, expected [{changeset}]: {text[:2000]}")
print(doc["durationMs"])
EOF
) || exit 1
        [[ $("${PSQL[@]}" -d "$db" -Atc "SELECT count(*) FROM pg_indexes WHERE indexname = 'bench_customer_full_name_idx'") == 1 ]] \
            || die "$name: after migrate-core $db has no index bench_customer_full_name_idx"
        timed_tool real-deploy deploy "${conn[@]}" "${APP_ROLE_OPT[@]}" --release "$next_release" \
            --facade-schema "$next_facade" --json
        local d_wall=$WALL d_cpu d_ms
        d_cpu=$(cpu_ms real-deploy)
        (( RC == 0 )) || die "$name: deploy of $next_release into $db failed (exit $RC): $(tail -c 2000 "$WORK/real-deploy.out") $(tail -n 30 "$WORK/real-deploy.err")"
        d_ms=$(check_json "$WORK/real-deploy.out" "$name: deploy of $next_release" "$next_release" "$objects" <<'EOF'
import json, sys
path, what, release, objects = sys.argv[1:5]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"rehearsal-benchmark: {what} printed no JSON document: {text[:2000]!r}")
if doc.get("release") != release or doc.get("colour") != "green" or doc.get("durationMs") is None:
    sys.exit(f"rehearsal-benchmark: {what} went to {doc.get('colour')} as {doc.get('release')}, expected green: {text[:2000]}")
if objects != "-" and doc.get("objects") != int(objects):
    sys.exit(f"rehearsal-benchmark: {what} made {doc.get('objects')} objects, expected {objects}: {text[:2000]}")
print(doc["durationMs"])
EOF
) || exit 1
        local real_wall=$(( m_wall + d_wall )) real_cpu=-
        [[ $m_cpu != - && $d_cpu != - ]] && real_cpu=$(( m_cpu + d_cpu ))
        local r_ms steps_ms
        read -r r_ms steps_ms <<<"$r_line"
        echo "$name $label: rehearse ${r_wall} ms (durationMs ${r_ms}, CPU ${r_cpu} ms; steps $STEPS: ${steps_ms}); real steps ${real_wall} ms (migrate-core ${m_wall}, deploy ${d_wall}; durationMs ${m_ms} + ${d_ms}; CPU ${real_cpu} ms); ratio $(python3 -c "print(f'{$r_wall / $real_wall:.2f}')")" >&2
        (( r == 0 )) && continue
        echo "$name $r_wall $r_ms $r_cpu $real_wall $(( m_ms + d_ms )) $real_cpu $m_wall $d_wall $m_ms $d_ms $steps_ms" >>"$RESULTS"
    done
}

if (( RUN_EXAMPLE )); then
    echo "example: database ${DB}_example, core-schema/ and facade-schema/ as 1.0.0; pending: core + $CHANGESET, releases/1.1.0" >&2
    run_case example "${DB}_example" "$ROOT/facade-schema" 1.0.0 "$ROOT/src/test/resources/releases/1.1.0" 1.1.0 -
fi
if (( RUN_LARGE )); then
    BIG1=$WORK/big-1 BIG2=$WORK/big-2
    python3 "$BENCH_DIR/generate-facade.py" "$BIG1" "$VIEWS" "$FUNCTIONS"
    first=$(cd "$BIG1" && ls -1 -- *.sql | sort | head -n 1)
    cp -r "$BIG1" "$BIG2"
    # The two releases differ by their first comment line only: another checksum, the same objects.
    sed -i "1s/.*/-- rehearsal benchmark release big-1/" "$BIG1/$first"
    sed -i "1s/.*/-- rehearsal benchmark release big-2/" "$BIG2/$first"
    cmp -s "$BIG1/$first" "$BIG2/$first" && die "the two generated releases do not differ"
    echo "large: database ${DB}_large, core-schema/ and a generated facade ($VIEWS views, $FUNCTIONS functions) as big-1; pending: core + $CHANGESET, big-2" >&2
    run_case large "${DB}_large" "$BIG1" big-1 "$BIG2" big-2 $(( VIEWS + FUNCTIONS ))
fi

python3 - "$RESULTS" "$ROUNDS" "$PG_VERSION" "$PG_DUMP_VERSION" "$VIEWS" "$FUNCTIONS" "$STEPS" "$LOAD_START" "$(loadavg)" <<'EOF'
import statistics, sys
path, rounds, version, dump, views, functions, steps, load_start, load_end = sys.argv[1:10]
steps = steps.split()
rows = {}
for line in open(path, encoding="utf-8"):
    f = line.split()
    rows.setdefault(f[0], []).append(f[1:])
def med(values):
    return None if any(v == "-" for v in values) else statistics.median(int(v) for v in values)
def fmt(v):
    return "-" if v is None else f"{v:.0f}"
print(f"rehearsal against the real steps: PostgreSQL {version} (the copy on the same server), pg_dump {dump}, "
      f"{rounds} rounds per case after a warm-up (median ms); large: {int(views):,} views, {int(functions):,} functions")
def table(head, rows_):
    widths = [max(len(h), *(len(r[i]) for r in rows_)) for i, h in enumerate(head)]
    print("| " + " | ".join(f"{h:<{w}}" for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows_:
        print("| " + " | ".join(f"{r[0]:<{widths[0]}}" if i == 0 else f"{c:>{w}}"
                                for i, (c, w) in enumerate(zip(r, widths))) + " |")
head = ["case", "rehearse wall", "real steps wall", "ratio", "rehearse durationMs", "real durationMs",
        "ratio in-process", "rehearse CPU", "real CPU"]
verdicts = []
cells_ = []
for case, rs in rows.items():
    col = list(zip(*rs))
    r_wall, r_ms, r_cpu, real_wall, real_ms, real_cpu = (med(col[i]) for i in range(6))
    ratio = r_wall / real_wall
    ratios = [int(a) / int(b) for a, b in zip(col[0], col[3])]
    cells = [case, fmt(r_wall), fmt(real_wall), f"{ratio:.2f}x", fmt(r_ms), fmt(real_ms), f"{r_ms / real_ms:.2f}x",
             fmt(r_cpu), fmt(real_cpu)]
    cells_.append(cells)
    verdicts.append(f"{case}: {ratio:.2f}x (per round {', '.join(f'{p:.2f}' for p in ratios)}), "
                    f"{'meets' if ratio <= 3 else 'misses'} the target of 3x")
table(head, cells_)
print()
head = ["case"] + steps + ["sum", "real migrate-core", "real deploy", "real in-process mc + deploy"]
print("rehearsal steps (report's steps[].ms) and the real commands (median ms):")
cells_ = []
for case, rs in rows.items():
    col = list(zip(*rs))
    m_wall, d_wall, m_ms, d_ms = (med(col[i]) for i in range(6, 10))
    step_meds = [med(col[10 + i]) for i in range(len(steps))]
    sums = statistics.median(sum(int(v) for v in r[10:10 + len(steps)]) for r in rs)
    cells = [case] + [fmt(v) for v in step_meds] + [fmt(sums), fmt(m_wall), fmt(d_wall), f"{fmt(m_ms)} + {fmt(d_ms)}"]
    cells_.append(cells)
table(head, cells_)
print()
print("rehearse wall: the whole 'java -jar ... rehearse --json' (JVM start, context, copy, steps, drop, storing the")
print("report); real steps wall: 'migrate-core --json' plus 'deploy --json', two JVM starts. durationMs: each command's")
print("own in-process figure. CPU: user + system of the java process and the children it waited for (pg_dump), not")
print("the server's backends. Steps: server (connect, clear leftovers), copy (roles, pg_dump, restore, rows), fingerprint")
print("(the copy's catalog), start (a context on the copy), migrate-core and deploy there, drop (the copy).")
print("target (the issue): rehearsal within 3x of the real steps, copy included")
for v in verdicts:
    print(f"  {v}")
print()
print(f"load average (1, 5, 15 min): {load_start} at the start, {load_end} at the end")
EOF
