#!/usr/bin/env bash
# Start-up benchmark: a whole command as a pipeline step runs it, against psql -c 'select 1' in the
# same rounds. Each round runs, in this order: psql, 'java -jar ... --help', 'bin/facade-switch
# --help', 'java -jar ... status' and 'bin/facade-switch status' (the launcher adds the
# class-data-sharing archive the build makes, the client compiler only and the serial collector).
# Prints the median wall time and CPU time (user + system of the process) of each, each median
# as a ratio to psql's, how many of the classes a launcher status loads come from the archive, and
# a verdict against issue 17's targets (status under 1.0 s, --help under 0.3 s, both through the
# launcher).
#
# Run from the project root after ./mvnw -q package -DskipTests:  bash bench/startup-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR         runnable jar; its archive is the .jsa beside it [target/facade-switch.jar]
#   BENCH_JAVA        java launcher               [java]
#   BENCH_PGHOST      server host                 [127.0.0.1]
#   BENCH_PGPORT      server port                 [5432]
#   BENCH_PGUSER      user for psql and the tool  [postgres]
#   BENCH_PGPASSWORD  password, if the server needs one
#   BENCH_DB          scratch database, created (with the control schema) and dropped [facade_startup_bench]
#   BENCH_ROUNDS      measured rounds, after one warm-up [10]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR=${BENCH_JAR:-target/facade-switch.jar}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_startup_bench}
ROUNDS=${BENCH_ROUNDS:-10}

die() { echo "startup-benchmark: $*" >&2; exit 1; }
case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
[[ -f ${JAR%.jar}.jsa ]] || echo "startup-benchmark: no archive ${JAR%.jar}.jsa beside the jar: the launcher runs without one" >&2
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
for tool in "$JAVA" psql python3; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done
[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (Debian: apt-get install time)"
if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
unset FACADE_ENV FACADE_SERVER FACADE_JAVA_OPTS
export FACADE_SWITCH_JAR=$JAR JAVA FACADE_DB_URL="jdbc:postgresql://$PGHOST_:$PGPORT_/$DB" FACADE_DB_USER=$PGUSER_

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/startup-benchmark.XXXXXX")
CREATED=0
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if (( CREATED )); then
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 \
            || echo "startup-benchmark: could not drop database $DB; drop it by hand" >&2
    fi
    rm -rf "$WORK"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

[[ $("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$DB'") == 0 ]] \
    || die "database $DB already exists; drop it or set BENCH_DB"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
CREATED=1
# status needs the control schema: migrate-core of the example installs it.
(cd "$WORK" && "$JAVA" -jar "$JAR" migrate-core --core-schema "$ROOT/core-schema" >/dev/null 2>"$WORK/err") \
    || die "migrate-core into $DB failed: $(tail -n 20 "$WORK/err")"

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS=$WORK/results
: >"$RESULTS"
# Appends "<case> <wall s> <cpu s>"; the command must succeed.
measure() {
    local name=$1; shift
    (cd "$WORK" && /usr/bin/time -f "%e %U %S" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err") \
        || die "$name failed: $(tail -n 20 "$WORK/err")"
    awk -v n="$name" '{print n, $1, $2 + $3}' "$WORK/time" >>"$RESULTS"
}
round() {
    measure psql "${PSQL[@]}" -d "$DB" -c 'select 1'
    measure "java -jar --help" "$JAVA" -jar "$JAR" --help
    measure "launcher --help" "$ROOT/bin/facade-switch" --help
    measure "java -jar status" "$JAVA" -jar "$JAR" status
    measure "launcher status" "$ROOT/bin/facade-switch" status
}
echo "startup-benchmark: warm-up round" >&2
round
: >"$RESULTS"
for ((r = 1; r <= ROUNDS; r++)); do
    echo "startup-benchmark: round $r/$ROUNDS" >&2
    round
done

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
# How much of what status loads the archive holds (a training run that missed a path shows here).
(cd "$WORK" && FACADE_JAVA_OPTS="-Xlog:class+load:file=$WORK/classes.log" "$ROOT/bin/facade-switch" status >/dev/null 2>&1) \
    || die "status with the class-loading log failed"
CLASSES=$(wc -l <"$WORK/classes.log")
MAPPED=$(grep -c 'source: shared objects file' "$WORK/classes.log" || true)

python3 - "$RESULTS" "$ROUNDS" "$LOAD_START" "$LOAD_END" "$("$JAVA" -version 2>&1 | head -n 1)" "$CLASSES" "$MAPPED" <<'PY'
import statistics, sys
path, rounds, load_start, load_end, java, classes, mapped = sys.argv[1:8]
cases = {}
for line in open(path, encoding="utf-8"):
    *name, wall, cpu = line.split()
    cases.setdefault(" ".join(name), []).append((float(wall), float(cpu)))
base = statistics.median(w for w, _ in cases["psql"])
print(f"start-up, whole commands, {rounds} rounds after a warm-up (median); {java}")
print("| command | wall ms | CPU ms | wall / psql |")
print("| --- | --- | --- | --- |")
for name, values in cases.items():
    wall = statistics.median(w for w, _ in values)
    cpu = statistics.median(c for _, c in values)
    print(f"| {name} | {wall * 1000:.0f} | {cpu * 1000:.0f} | {wall / base:.1f}x |")
print(f"load average (1, 5, 15 min): {load_start} at the start, {load_end} at the end")
print(f"launcher status: {int(mapped):,} of {int(classes):,} classes mapped from the archive")
for name, target in (("launcher status", 1.0), ("launcher --help", 0.3)):
    wall = statistics.median(w for w, _ in cases[name])
    print(f"{name}: {wall:.2f} s (target < {target} s): {'meets' if wall < target else 'misses'} it")
PY
