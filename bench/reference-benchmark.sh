#!/usr/bin/env bash
# Reference-data benchmark: a core schema with one reference table of 100,000 rows, 1% of
# them changed per round, synchronized by migrate-core, timed against the same change applied
# set-wise by plain psql (COPY into a temporary table, UPDATE / INSERT / DELETE) to a twin
# table in the same database, interleaved; then migrate-core of the unchanged files. See
# bench/README.md.
#
# Run from the project root:  bash bench/reference-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR        runnable jar                [target/facade-switch.jar]
#   BENCH_JAVA       java launcher               [java]
#   BENCH_PGHOST     server host                 [127.0.0.1]
#   BENCH_PGPORT     server port                 [5432]
#   BENCH_PGUSER     user for psql and the tool  [postgres]
#   BENCH_PGPASSWORD password, if the server needs one (passed as PGPASSWORD / FACADE_DB_PASSWORD)
#   BENCH_DB         scratch database, created and dropped by the script [facade_reference_bench]
#   BENCH_DB_URL     JDBC URL  [jdbc:postgresql://$BENCH_PGHOST:$BENCH_PGPORT/$BENCH_DB]
#   BENCH_ROUNDS     measured rounds after one warm-up round [5]
#   BENCH_ROWS       rows of the reference table [100000]
#   BENCH_CHANGED    rows changed per round: a third updated, a third deleted, a third
#                    inserted [BENCH_ROWS / 100]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_reference_bench}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://$PGHOST_:$PGPORT_/$DB}
ROUNDS=${BENCH_ROUNDS:-5}
ROWS=${BENCH_ROWS:-100000}

die() { echo "reference-benchmark: $*" >&2; exit 1; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $ROWS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROWS must be a positive integer, not '$ROWS'"
CHANGED=${BENCH_CHANGED:-$(( ROWS / 100 ))}
[[ $CHANGED =~ ^[0-9]+$ ]] && (( CHANGED >= 3 && CHANGED * 3 <= ROWS )) \
    || die "BENCH_CHANGED must be an integer from 3 to a third of BENCH_ROWS, not '$CHANGED'"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
for tool in "$JAVA" psql python3; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection from the command line only, and use the default core schema.
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES FACADE_CORE_SCHEMA FACADE_ENV FACADE_REFERENCE_OVERLAY
export FACADE_ACTOR=reference-benchmark

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
TOOL=("$JAVA" -jar "$JAR")
CONN=(--db-url "$DB_URL" --db-user "$PGUSER_")
CORE_SCHEMA=core
PSQL_SCHEMA=bench_psql

WORK=$(mktemp -d "${TMPDIR:-/tmp}/reference-benchmark.XXXXXX")
CORE=$WORK/core-schema
CSV=$CORE/reference-data/bench_code.csv
STATE=$WORK/rows.pickle
CREATED_DB=0

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if (( CREATED_DB )); then
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 \
            || echo "reference-benchmark: could not drop database $DB; drop it by hand" >&2
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- core schema folder --------------------------------------------------------
mkdir -p "$CORE/reference-data"
cat >"$CORE/changelog.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog
        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog
            http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">

    <changeSet id="001-bench-code" author="reference-benchmark">
        <comment>A reference table for the reference-data benchmark.</comment>
        <createTable tableName="bench_code">
            <column name="code" type="text">
                <constraints primaryKey="true" primaryKeyName="bench_code_pkey"/>
            </column>
            <column name="description" type="text">
                <constraints nullable="false"/>
            </column>
            <column name="weight" type="integer">
                <constraints nullable="false"/>
            </column>
            <column name="active" type="boolean">
                <constraints nullable="false"/>
            </column>
            <column name="valid_from" type="date">
                <constraints nullable="false"/>
            </column>
            <column name="meta" type="jsonb"/>
        </createTable>
    </changeSet>

</databaseChangeLog>
EOF
python3 "$BENCH_DIR/generate-reference-data.py" init "$STATE" "$CSV" "$ROWS"

# --- database ----------------------------------------------------------------
"${PSQL[@]}" -d postgres -c 'SELECT 1' >/dev/null 2>"$WORK/err" \
    || die "cannot connect to PostgreSQL at $PGHOST_:$PGPORT_ as $PGUSER_: $(cat "$WORK/err")"
exists=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$DB'")
[[ $exists == 0 ]] || die "database $DB already exists (a previous run killed hard?); drop it or set BENCH_DB"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
CREATED_DB=1
PG_VERSION=$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version')

# Runs migrate-core --json and checks what it says it did against the expected counts
# ("unchanged", or "<inserted> <updated> <deleted>"). Prints "<wall ms> <referenceMs> <durationMs>".
run_tool() {
    local label=$1 expected=$2 start end rc=0
    start=$(now_ms)
    "${TOOL[@]}" migrate-core "${CONN[@]}" --core-schema "$CORE" --json >"$WORK/tool.out" 2>"$WORK/tool.err" || rc=$?
    end=$(now_ms)
    (( rc == 0 )) || die "migrate-core ($label) failed (exit $rc): $(cat "$WORK/tool.out") $(tail -n 30 "$WORK/tool.err")"
    python3 - "$WORK/tool.out" "$label" "$expected" $(( end - start )) <<'EOF' || exit 1
import json, sys
path, label, expected, wall = sys.argv[1:5]
text = open(path, encoding="utf-8").read().strip()
try:
    doc = json.loads(text.splitlines()[-1])
except (ValueError, IndexError):
    sys.exit(f"reference-benchmark: migrate-core ({label}) printed no JSON document: {text!r}")
tables = doc.get("referenceData") or []
if len(tables) != 1 or tables[0].get("table") != "bench_code" or "referenceMs" not in doc:
    sys.exit(f"reference-benchmark: migrate-core ({label}) did not synchronize bench_code: {text}")
t = tables[0]
if expected == "unchanged":
    if t.get("unchanged") is not True:
        sys.exit(f"reference-benchmark: migrate-core ({label}) was to find bench_code unchanged, it did: {t}")
else:
    want = [int(x) for x in expected.split()]
    got = [t.get("inserted"), t.get("updated"), t.get("deleted")]
    if t.get("unchanged") or got != want:
        sys.exit(f"reference-benchmark: migrate-core ({label}) inserted/updated/deleted {got}, expected {want}: {t}")
print(wall, doc["referenceMs"], doc["durationMs"])
EOF
}

# The psql baseline: the same CSV, applied set-wise to bench_psql.bench_code in one transaction.
# The clock is read inside the transaction, after BEGIN and before COMMIT, as migrate-core's
# referenceMs is taken inside its transaction; the whole psql process is timed as well.
cat >"$WORK/psql-sync.sql" <<EOF
BEGIN;
SELECT clock_timestamp() AS started \gset
CREATE TEMPORARY TABLE s (LIKE $PSQL_SCHEMA.bench_code) ON COMMIT DROP;
\copy s FROM '$CSV' WITH (FORMAT csv, HEADER true, NULL '\N')
ANALYZE s;
UPDATE $PSQL_SCHEMA.bench_code x
   SET description = s.description, weight = s.weight, active = s.active, valid_from = s.valid_from, meta = s.meta
  FROM s
 WHERE x.code = s.code
   AND (x.description, x.weight, x.active, x.valid_from, x.meta)
       IS DISTINCT FROM (s.description, s.weight, s.active, s.valid_from, s.meta);
\set updated :ROW_COUNT
INSERT INTO $PSQL_SCHEMA.bench_code
SELECT s.* FROM s WHERE NOT EXISTS (SELECT 1 FROM $PSQL_SCHEMA.bench_code x WHERE x.code = s.code);
\set inserted :ROW_COUNT
DELETE FROM $PSQL_SCHEMA.bench_code x WHERE NOT EXISTS (SELECT 1 FROM s WHERE s.code = x.code);
\set deleted :ROW_COUNT
SELECT round(extract(epoch FROM clock_timestamp() - :'started'::timestamptz) * 1000)::bigint AS elapsed \gset
COMMIT;
\echo :elapsed :inserted :updated :deleted
EOF

# Prints "<wall ms> <in-transaction ms>"; checks the counts as run_tool does.
run_psql() {
    local label=$1 expected=$2 start end elapsed counts
    start=$(now_ms)
    "${PSQL[@]}" -d "$DB" -f "$WORK/psql-sync.sql" >"$WORK/psql.out" 2>"$WORK/psql.err" \
        || die "psql ($label) failed: $(tail -n 20 "$WORK/psql.err")"
    end=$(now_ms)
    read -r elapsed counts <<<"$(tail -n 1 "$WORK/psql.out")"
    [[ $counts == "$expected" ]] || die "psql ($label) inserted/updated/deleted $counts, expected $expected"
    echo $(( end - start )) "$elapsed"
}

# Both tables must hold the same rows, value for value.
check_same() {
    local label=$1 tool psql_
    tool=$("${PSQL[@]}" -d "$DB" -Atc "SELECT count(*) || ' ' || md5(string_agg(t::text, ',' ORDER BY code)) FROM $CORE_SCHEMA.bench_code t")
    psql_=$("${PSQL[@]}" -d "$DB" -Atc "SELECT count(*) || ' ' || md5(string_agg(t::text, ',' ORDER BY code)) FROM $PSQL_SCHEMA.bench_code t")
    [[ $tool == "$psql_" ]] || die "after $label the tables differ: $CORE_SCHEMA.bench_code has $tool, $PSQL_SCHEMA.bench_code $psql_"
    [[ ${tool%% *} == "$EXPECTED_ROWS" ]] || die "after $label the tables hold ${tool%% *} rows, expected $EXPECTED_ROWS"
}

echo "preparing: database $DB, bench_code with $ROWS rows (migrate-core, and psql into $PSQL_SCHEMA)" >&2
"${TOOL[@]}" migrate-core "${CONN[@]}" --core-schema "$CORE" --json >"$WORK/out" 2>"$WORK/err" \
    || die "the first migrate-core failed: $(cat "$WORK/out" "$WORK/err")"
python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).read().strip().splitlines()[-1]); t=d["referenceData"][0]; sys.exit(0 if t["inserted"]==int(sys.argv[2]) else "reference-benchmark: the first migrate-core inserted %s rows" % t["inserted"])' \
    "$WORK/out" "$ROWS" || exit 1
"${PSQL[@]}" -d "$DB" >/dev/null <<EOF
CREATE SCHEMA $PSQL_SCHEMA;
CREATE TABLE $PSQL_SCHEMA.bench_code (LIKE $CORE_SCHEMA.bench_code INCLUDING ALL);
\copy $PSQL_SCHEMA.bench_code FROM '$CSV' WITH (FORMAT csv, HEADER true, NULL '\N')
ANALYZE $PSQL_SCHEMA.bench_code;
EOF
EXPECTED_ROWS=$ROWS
check_same "the initial load"

# One round: a new change of the CSV, then migrate-core, psql, and migrate-core unchanged.
# Runs in this shell (not in a command substitution), so that a failed check ends the script;
# sets RESULT to "<tool wall> <referenceMs> <durationMs> <psql wall> <psql in-transaction>
# <unchanged wall> <unchanged referenceMs> <unchanged durationMs>".
round() {
    local label=$1 expected changed psql_ unchanged ins del
    expected=$(python3 "$BENCH_DIR/generate-reference-data.py" change "$STATE" "$CSV" "$label" "$CHANGED")
    read -r ins _ del <<<"$expected"
    EXPECTED_ROWS=$(( EXPECTED_ROWS + ins - del ))
    changed=$(run_tool "round $label, changed" "$expected")
    psql_=$(run_psql "round $label" "$expected")
    unchanged=$(run_tool "round $label, unchanged" unchanged)
    check_same "round $label"
    RESULT="$changed $psql_ $unchanged"
}

echo "warm-up round" >&2
round 0

TOOL_MS=(); TOOL_WALL=(); TOOL_DURATION=(); PSQL_MS=(); PSQL_WALL=(); SAME_MS=(); SAME_WALL=()
for (( r = 1; r <= ROUNDS; r++ )); do
    round "$r"
    read -r tw tr td pw pt uw ur ud <<<"$RESULT"
    TOOL_WALL+=("$tw"); TOOL_MS+=("$tr"); TOOL_DURATION+=("$td")
    PSQL_WALL+=("$pw"); PSQL_MS+=("$pt"); SAME_WALL+=("$uw"); SAME_MS+=("$ur")
    echo "round $r/$ROUNDS: changed: referenceMs ${tr} (durationMs ${td}, command ${tw}); psql: ${pt} ms in the transaction (process ${pw}); unchanged: referenceMs ${ur} (durationMs ${ud}, command ${uw}); tables identical" >&2
done

# --- report ------------------------------------------------------------------
python3 - "$ROWS" "$CHANGED" "$PG_VERSION" "$ROUNDS" \
    "${PSQL_MS[*]}" "${PSQL_WALL[*]}" "${TOOL_MS[*]}" "${TOOL_DURATION[*]}" "${TOOL_WALL[*]}" \
    "${SAME_MS[*]}" "${SAME_WALL[*]}" <<'EOF'
import statistics, sys
rows, changed, version, rounds = sys.argv[1:5]
labels = ["psql set-wise, changed 1% (in the transaction)",
          "psql set-wise, changed 1% (whole process)",
          "migrate-core, changed 1% (referenceMs)",
          "migrate-core, changed 1% (durationMs)",
          "migrate-core, changed 1% (whole command)",
          "migrate-core, unchanged (referenceMs)",
          "migrate-core, unchanged (whole command)"]
series = [(label, [int(x) for x in values.split()]) for label, values in zip(labels, sys.argv[5:12])]
base = statistics.median(series[0][1])
width = max(len(l) for l in labels)
print(f"reference-data benchmark: bench_code, {int(rows):,} rows, {int(changed):,} changed per round "
      f"(a third each updated, deleted, inserted), PostgreSQL {version}, {rounds} rounds (median)")
print(f"| {'case':<{width}} | {'median ms':>9} | {'min ms':>7} | {'max ms':>7} | ratio to psql |")
print(f"|{'-' * (width + 2)}|{'-' * 11}|{'-' * 9}|{'-' * 9}|{'-' * 15}|")
medians = {}
for label, values in series:
    med = statistics.median(values)
    medians[label] = med
    ratio = f"{med / base:.2f}" if base > 0 else "-"
    print(f"| {label:<{width}} | {med:>9.0f} | {min(values):>7} | {max(values):>7} | {ratio:<13} |")
print()
print("psql in the transaction: clock_timestamp() after BEGIN to before COMMIT (temporary table, \\copy of the CSV,")
print("ANALYZE, UPDATE, INSERT, DELETE); referenceMs: migrate-core's own time for the reference data (files read")
print("and checked, checksum, COPY, FK checks of the deletes, UPDATE, INSERT, DELETE, recording), before its commit;")
print("durationMs: the whole migration in-process (lock, guard, Liquibase); whole command: wall time of java -jar.")
ratio = medians[labels[2]] / base if base > 0 else float("inf")
print(f"target changed 1% within 2x of psql: referenceMs {ratio:.2f}x, {'meets' if ratio <= 2 else 'misses'} it")
same = medians[labels[5]]
print(f"target unchanged under 50 ms: referenceMs {same:.0f} ms, {'meets' if same < 50 else 'misses'} it")
EOF
