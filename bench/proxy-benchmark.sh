#!/usr/bin/env bash
# Proxy benchmark: pgbench -S (select-only) in the simple and the prepared
# protocol, at 1, 8 and 32 clients, against three targets in one run,
# interleaved per cell: PostgreSQL directly, the facade-switch proxy (serve),
# and PgBouncer in session mode. All three run the same SQL through the same
# facade view. See bench/README.md.
#
# Run from the project root:  bash bench/proxy-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR            runnable jar                          [target/facade-switch.jar]
#   BENCH_JAR_BEFORE     a second jar (an earlier build) served beside it on the next ports, as
#                        a fourth target "before", for a side-by-side ratio  [none]
#   BENCH_SERVE_ENV      settings for serve, as FACADE_*=value words [none], e.g.
#                        "FACADE_PROXY_TRANSPORT=epoll FACADE_PROXY_IO_THREADS=2"
#   BENCH_BEFORE_ENV     the same for the second serve; with BENCH_JAR_BEFORE set to the same jar,
#                        two settings are compared side by side                [none]
#   BENCH_CONNECT        1 = pgbench -C: a new connection per transaction, to measure the
#                        login (startup, authentication, the proxy's login check) [0]
#   BENCH_JAVA           java launcher                         [java]
#   BENCH_PGHOST         server host                           [127.0.0.1]
#   BENCH_PGPORT         server port                           [5432]
#   BENCH_PGUSER         admin user for psql and the tool      [postgres]
#   BENCH_PGPASSWORD     its password, if the server needs one (PGPASSWORD / FACADE_DB_PASSWORD)
#   BENCH_DB             scratch database, created and dropped by the script [facade_proxy_bench]
#   BENCH_DB_URL         JDBC URL  [jdbc:postgresql://$BENCH_PGHOST:$BENCH_PGPORT/$BENCH_DB]
#   BENCH_APP_ROLE       login role pgbench connects as; the deploy grants it the facade;
#                        created and dropped by the script if missing [facade_bench_client]
#   BENCH_APP_PASSWORD   its password, if the server needs one     [none]
#   BENCH_OWNER_ROLE     owner role of the colours (FACADE_OWNER_ROLE); created by the
#                        deploy and dropped at exit if it did not exist [facade_bench_owner]
#   BENCH_SECONDS        pgbench -T per measured run             [15]
#   BENCH_ROUNDS         runs per cell and target; median when more than one [1]
#   BENCH_WARMUP         pgbench -T of the untimed warm-up per target and mode, 0 = none [5]
#   BENCH_SCALE          pgbench -i scale                        [10]
#   BENCH_CLIENTS        client counts                           [1 8 32]
#   BENCH_MODES          pgbench -M protocols                    [simple prepared]
#   BENCH_MAX_THREADS    pgbench -j is min(clients, this)        [number of processors]
#   BENCH_HTTP_PORT      serve's HTTP port                       [18080]
#   BENCH_PROXY_PORT     serve's PostgreSQL proxy port           [16432]
#   BENCH_PGBOUNCER_PORT the script's own PgBouncer's port       [16433]
#   BENCH_PGBOUNCER      pgbouncer binary; installed with apt-get when missing [pgbouncer]
#   BENCH_PGBOUNCER_USER user PgBouncer runs as when the script runs as root [postgres]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAR_BEFORE=${BENCH_JAR_BEFORE:-}
CONNECT=${BENCH_CONNECT:-0}
SERVE_ENV=${BENCH_SERVE_ENV:-}
BEFORE_ENV=${BENCH_BEFORE_ENV:-}
JAVA=${BENCH_JAVA:-java}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_proxy_bench}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://$PGHOST_:$PGPORT_/$DB}
APP_ROLE=${BENCH_APP_ROLE:-facade_bench_client}
APP_PASSWORD=${BENCH_APP_PASSWORD:-}
OWNER_ROLE=${BENCH_OWNER_ROLE:-facade_bench_owner}
SECONDS_=${BENCH_SECONDS:-15}
ROUNDS=${BENCH_ROUNDS:-1}
WARMUP=${BENCH_WARMUP:-5}
SCALE=${BENCH_SCALE:-10}
CLIENTS=${BENCH_CLIENTS:-1 8 32}
MODES=${BENCH_MODES:-simple prepared}
MAX_THREADS=${BENCH_MAX_THREADS:-$(nproc 2>/dev/null || echo 2)}
HTTP_PORT=${BENCH_HTTP_PORT:-18080}
PROXY_PORT=${BENCH_PROXY_PORT:-16432}
PGB_PORT=${BENCH_PGBOUNCER_PORT:-16433}
PGBOUNCER=${BENCH_PGBOUNCER:-pgbouncer}
PGB_USER=${BENCH_PGBOUNCER_USER:-postgres}
COLOUR_SCHEMA=facade_blue   # the first deploy of a fresh database goes to blue and makes it active

die() { echo "proxy-benchmark: $*" >&2; exit 1; }
say() { echo "proxy-benchmark: $*" >&2; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
if [[ -n $JAR_BEFORE ]]; then
    case $JAR_BEFORE in /*) ;; *) JAR_BEFORE=$ROOT/$JAR_BEFORE ;; esac
    [[ -f $JAR_BEFORE ]] || die "BENCH_JAR_BEFORE=$JAR_BEFORE is missing"
fi
for word in $SERVE_ENV $BEFORE_ENV; do
    [[ $word =~ ^FACADE_[A-Z0-9_]+=[^[:space:]]*$ ]] \
        || die "BENCH_SERVE_ENV and BENCH_BEFORE_ENV take FACADE_NAME=value words, not '$word'"
done
[[ -z $BEFORE_ENV || -n $JAR_BEFORE ]] || die "BENCH_BEFORE_ENV needs BENCH_JAR_BEFORE (it may be the same jar)"
[[ $CONNECT == 0 || $CONNECT == 1 ]] || die "BENCH_CONNECT must be 0 or 1, not '$CONNECT'"
[[ $SECONDS_ =~ ^[1-9][0-9]*$ ]] || die "BENCH_SECONDS must be a positive integer, not '$SECONDS_'"
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || die "BENCH_ROUNDS must be a positive integer, not '$ROUNDS'"
[[ $WARMUP =~ ^[0-9]+$ ]] || die "BENCH_WARMUP must be a whole number of seconds, not '$WARMUP'"
[[ $SCALE =~ ^[1-9][0-9]*$ ]] || die "BENCH_SCALE must be a positive integer, not '$SCALE'"
[[ $MAX_THREADS =~ ^[1-9][0-9]*$ ]] || die "BENCH_MAX_THREADS must be a positive integer, not '$MAX_THREADS'"
for c in $CLIENTS; do
    [[ $c =~ ^[1-9][0-9]*$ ]] || die "BENCH_CLIENTS must list positive integers, not '$CLIENTS'"
done
[[ -n ${CLIENTS// /} ]] || die "BENCH_CLIENTS is empty"
for m in $MODES; do
    [[ $m == simple || $m == prepared || $m == extended ]] || die "BENCH_MODES must list simple, extended or prepared, not '$m'"
done
[[ -n ${MODES// /} ]] || die "BENCH_MODES is empty"
for p in HTTP_PORT PROXY_PORT PGB_PORT; do
    [[ ${!p} =~ ^[1-9][0-9]*$ ]] && (( ${!p} < 65536 )) || die "$p must be a TCP port, not '${!p}'"
done
(( HTTP_PORT != PROXY_PORT && HTTP_PORT != PGB_PORT && PROXY_PORT != PGB_PORT )) \
    || die "BENCH_HTTP_PORT, BENCH_PROXY_PORT and BENCH_PGBOUNCER_PORT must differ"
# The "before" serve takes the port after each of the first serve's.
BEFORE_HTTP_PORT=$(( HTTP_PORT + 1 ))
BEFORE_PROXY_PORT=$(( PROXY_PORT + 2 ))
(( BEFORE_PROXY_PORT != PGB_PORT && BEFORE_HTTP_PORT != PROXY_PORT && BEFORE_HTTP_PORT != PGB_PORT )) \
    || die "with BENCH_JAR_BEFORE, ports $BEFORE_HTTP_PORT and $BEFORE_PROXY_PORT must be free of the others"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
[[ $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_APP_ROLE must be a plain lower-case identifier"
[[ $OWNER_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_OWNER_ROLE must be a plain lower-case identifier"
[[ $APP_PASSWORD != *\'* && $APP_PASSWORD != *\"* ]] || die "BENCH_APP_PASSWORD must not contain quotes"
for tool in "$JAVA" psql pgbench python3; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection and settings from this script only.
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES FACADE_HTTP_PORT FACADE_PROXY_PORT PGOPTIONS PGAPPNAME
export FACADE_ACTOR=proxy-benchmark FACADE_CORE_SCHEMA=core FACADE_OWNER_ROLE=$OWNER_ROLE

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
TOOL=("$JAVA" -jar "$JAR")
CONN=(--db-url "$DB_URL" --db-user "$PGUSER_")

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORTS=("$HTTP_PORT" "$PROXY_PORT" "$PGB_PORT")
[[ -n $JAR_BEFORE ]] && PORTS+=("$BEFORE_HTTP_PORT" "$BEFORE_PROXY_PORT")
for p in "${PORTS[@]}"; do
    ! port_in_use "$p" || die "port $p is in use; set BENCH_HTTP_PORT, BENCH_PROXY_PORT or BENCH_PGBOUNCER_PORT"
done

# --- PgBouncer binary ----------------------------------------------------------
find_pgbouncer() {
    if command -v "$PGBOUNCER" >/dev/null; then
        command -v "$PGBOUNCER"
    elif [[ $PGBOUNCER == pgbouncer && -x /usr/sbin/pgbouncer ]]; then
        echo /usr/sbin/pgbouncer
    else
        return 1
    fi
}
if ! PGB_BIN=$(find_pgbouncer); then
    [[ $PGBOUNCER == pgbouncer ]] || die "BENCH_PGBOUNCER=$PGBOUNCER is not an executable"
    command -v apt-get >/dev/null || die "pgbouncer is missing and there is no apt-get to install it"
    if (( EUID == 0 )); then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
        die "pgbouncer is missing; install it (apt-get install pgbouncer) or run as root"
    fi
    say "pgbouncer is missing: installing it with apt-get"
    "${SUDO[@]}" apt-get update -qq >/dev/null || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq pgbouncer >/dev/null \
        || die "apt-get install pgbouncer failed"
    PGB_BIN=$(find_pgbouncer) || die "pgbouncer is still missing after apt-get install"
fi
PGB_VERSION=$("$PGB_BIN" --version 2>&1 | head -n 1)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/proxy-benchmark.XXXXXX")
chmod 711 "$WORK"   # PgBouncer may run as another user and needs to reach its own folder
source "$BENCH_DIR/scratch.sh"
SERVE_PID=
BEFORE_PID=
PGB_PID=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_pid "$PGB_PID"
    stop_pid "$SERVE_PID"
    stop_pid "$BEFORE_PID"
    scratch_drop proxy-benchmark
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- database, core, facade ------------------------------------------------------
scratch_create
# PgBouncer 1.x refuses the 'options' startup parameter (PGOPTIONS), so its clients get the
# colour schema from this per-database role setting; the direct clients set it with PGOPTIONS
# as well, and the proxy sends it as a startup parameter. Same search_path everywhere.
"${PSQL[@]}" -d postgres -c "ALTER ROLE $APP_ROLE IN DATABASE $DB SET search_path = $COLOUR_SCHEMA" >/dev/null
PG_VERSION=$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version')

say "preparing: database $DB, pgbench -i -s $SCALE in schema core, facade release with views over it"
"${PSQL[@]}" -d "$DB" -c 'CREATE SCHEMA core' >/dev/null
PGOPTIONS='-c search_path=core' pgbench -i -q -s "$SCALE" -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$DB" \
    >"$WORK/init.out" 2>&1 || die "pgbench -i failed: $(tail -n 20 "$WORK/init.out")"

FACADE=$WORK/facade
mkdir "$FACADE"
cat >"$FACADE/010_pgbench.sql" <<'EOF'
-- pgbench's tables, seen through the facade: pgbench's unqualified names resolve here
CREATE VIEW pgbench_accounts AS SELECT * FROM core.pgbench_accounts;
CREATE VIEW pgbench_branches AS SELECT * FROM core.pgbench_branches;
CREATE VIEW pgbench_tellers AS SELECT * FROM core.pgbench_tellers;
CREATE VIEW pgbench_history AS SELECT * FROM core.pgbench_history;
EOF
"${TOOL[@]}" deploy "${CONN[@]}" --app-role "$APP_ROLE" --release proxy-bench --facade-schema "$FACADE" --json \
    >"$WORK/deploy.out" 2>"$WORK/deploy.err" || die "deploy failed: $(cat "$WORK/deploy.out") $(tail -n 30 "$WORK/deploy.err")"
grep -q '"colour":"blue"' "$WORK/deploy.out" || die "the deploy did not go to blue: $(cat "$WORK/deploy.out")"

# --- serve (the proxy) -------------------------------------------------------------
SECRET=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
# Starts a serve of a jar; prints its pid. Its output goes to $WORK/<name>.out/.err.
start_serve() {
    local name=$1 jar=$2 http=$3 proxy=$4 settings=$5 pid i
    say "starting serve ($name, $(basename "$jar")${settings:+, $settings}): HTTP on $http, proxy on $proxy"
    # shellcheck disable=SC2086 # the settings are checked FACADE_NAME=value words
    env $settings FACADE_API_TOKENS="bench:operate:$SECRET" "$JAVA" -jar "$jar" serve "${CONN[@]}" \
        --http-port "$http" --proxy-port "$proxy" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    pid=$!
    for (( i = 0; i < 600; i++ )); do
        grep -q '^PostgreSQL proxy on port' "$WORK/$name.out" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || die "serve ($name) exited: $(cat "$WORK/$name.out") $(tail -n 30 "$WORK/$name.err")"
        sleep 0.1
    done
    grep -q "^PostgreSQL proxy on port $proxy," "$WORK/$name.out" \
        || die "serve ($name) did not report its proxy on port $proxy within 60 s: $(tail -n 30 "$WORK/$name.err")"
    echo "$pid"
}
SERVE_PID=$(start_serve serve "$JAR" "$HTTP_PORT" "$PROXY_PORT" "$SERVE_ENV")
if [[ -n $JAR_BEFORE ]]; then
    BEFORE_PID=$(start_serve before "$JAR_BEFORE" "$BEFORE_HTTP_PORT" "$BEFORE_PROXY_PORT" "$BEFORE_ENV")
fi

# --- PgBouncer -----------------------------------------------------------------------
PGB_DIR=$WORK/pgbouncer
mkdir "$PGB_DIR"
if [[ -n $APP_PASSWORD ]]; then PGB_AUTH=scram-sha-256; else PGB_AUTH=trust; fi
printf '"%s" "%s"\n' "$APP_ROLE" "$APP_PASSWORD" >"$PGB_DIR/userlist.txt"
cat >"$PGB_DIR/pgbouncer.ini" <<EOF
[databases]
$DB = host=$PGHOST_ port=$PGPORT_ dbname=$DB

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGB_PORT
unix_socket_dir =
auth_type = $PGB_AUTH
auth_file = $PGB_DIR/userlist.txt
pool_mode = session
max_client_conn = 500
default_pool_size = 100
server_reset_query = DISCARD ALL
log_connections = 0
log_disconnections = 0
EOF
chmod 755 "$PGB_DIR"
chmod 644 "$PGB_DIR"/*
if (( EUID == 0 )); then PGB_AS=(-u "$PGB_USER"); else PGB_AS=(); fi   # PgBouncer refuses to run as root
say "starting $PGB_VERSION on port $PGB_PORT (session pool mode)"
"$PGB_BIN" "${PGB_AS[@]}" "$PGB_DIR/pgbouncer.ini" >"$PGB_DIR/pgbouncer.log" 2>&1 &
PGB_PID=$!

# Each target: how pgbench reaches it. Returns the connection options and the environment.
target_env() {
    local target=$1
    local env=(PGAPPNAME=proxy-bench)
    [[ -n $APP_PASSWORD ]] && env+=("PGPASSWORD=$APP_PASSWORD")
    case $target in
        direct)    env+=("PGOPTIONS=-c search_path=$COLOUR_SCHEMA" "PGHOST=$PGHOST_" "PGPORT=$PGPORT_") ;;
        proxy)     env+=(PGHOST=127.0.0.1 "PGPORT=$PROXY_PORT") ;;
        before)    env+=(PGHOST=127.0.0.1 "PGPORT=$BEFORE_PROXY_PORT") ;;
        pgbouncer) env+=(PGHOST=127.0.0.1 "PGPORT=$PGB_PORT") ;;
    esac
    printf '%s\n' "${env[@]}"
}

target_psql() {
    local target=$1; shift
    local env
    mapfile -t env < <(target_env "$target")
    env "${env[@]}" psql -X -q -v ON_ERROR_STOP=1 -U "$APP_ROLE" -d "$DB" "$@"
}

for (( i = 0; i < 100; i++ )); do
    target_psql pgbouncer -Atc 'SELECT 1' >/dev/null 2>&1 && break
    kill -0 "$PGB_PID" 2>/dev/null || die "pgbouncer exited: $(cat "$PGB_DIR/pgbouncer.log")"
    sleep 0.1
done

# Every target must resolve pgbench_accounts to the facade view, as the application role.
CHECK="SELECT current_setting('search_path') || ' ' || (SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = 'pgbench_accounts'::regclass)
       || ' ' || (SELECT count(*) FROM pgbench_branches)"
TARGETS=(direct proxy pgbouncer)
[[ -n $JAR_BEFORE ]] && TARGETS+=(before)
for target in "${TARGETS[@]}"; do
    got=$(target_psql "$target" -Atc "$CHECK" 2>&1) || die "$target: the check query failed: $got"
    [[ $got == "$COLOUR_SCHEMA $COLOUR_SCHEMA.pgbench_accounts:v $SCALE" ]] \
        || die "$target: expected search_path $COLOUR_SCHEMA and the view $COLOUR_SCHEMA.pgbench_accounts, got: $got"
done
say "all ${#TARGETS[@]} targets resolve pgbench_accounts to $COLOUR_SCHEMA.pgbench_accounts (a view) as $APP_ROLE"

# --- runs ----------------------------------------------------------------------------
# CPU time (user + system, in clock ticks) a process has used so far; 0 when there is none.
cpu_ticks() {
    local pid=$1
    [[ -n $pid && -r /proc/$pid/stat ]] || { echo 0; return; }
    stat_ticks /proc/"$pid"/stat
}

# utime + stime of one /proc/.../stat file (a process's or a thread's); 0 when it is gone.
stat_ticks() {
    local stat
    stat=$(<"$1") 2>/dev/null || { echo 0; return; }
    stat=${stat##*) }                      # the fields after the command name
    read -r -a f <<<"$stat"
    echo $(( f[11] + f[12] ))              # utime and stime: fields 14 and 15 of stat(5)
}

# CPU time so far (clock ticks) of a JVM's JIT compiler threads (C1 and C2 CompilerThreads): the
# part of serve's CPU that is compiling rather than proxying, which a young serve still spends.
# A compiler thread that ends during a run takes its ticks along, so this may count short.
jit_ticks() {
    local pid=$1 total=0 task comm
    [[ -n $pid && -d /proc/$pid/task ]] || { echo 0; return; }
    for task in /proc/"$pid"/task/*; do
        comm=$(<"$task/comm") 2>/dev/null || continue
        [[ $comm == C[12]\ CompilerThre* ]] || continue
        total=$(( total + $(stat_ticks "$task/stat") ))
    done
    echo "$total"
}

# Prints "<tps> <latency ms> <CPU us per transaction of serve or PgBouncer, or - for direct>
# <of which JIT compiler threads, us per transaction, or - but for serve>".
run_pgbench() {
    local target=$1 mode=$2 clients=$3 seconds=$4 threads env rc=0 out pid= cpu0 cpu1 jit0=0 jit1=0 java=0
    threads=$(( clients < MAX_THREADS ? clients : MAX_THREADS ))
    case $target in proxy) pid=$SERVE_PID java=1 ;; before) pid=$BEFORE_PID java=1 ;; pgbouncer) pid=$PGB_PID ;; esac
    mapfile -t env < <(target_env "$target")
    out=$WORK/pgbench.out
    local connect=()
    (( CONNECT == 1 )) && connect=(-C)
    (( java )) && jit0=$(jit_ticks "$pid")
    cpu0=$(cpu_ticks "$pid")
    env "${env[@]}" pgbench -n -S "${connect[@]}" -M "$mode" -c "$clients" -j "$threads" -T "$seconds" \
        -U "$APP_ROLE" "$DB" >"$out" 2>&1 || rc=$?
    cpu1=$(cpu_ticks "$pid")
    (( java )) && jit1=$(jit_ticks "$pid")
    if (( rc != 0 )); then
        [[ $target == proxy ]] && echo "serve's log (tail):" >&2 && tail -n 30 "$WORK/serve.out" "$WORK/serve.err" >&2
        [[ $target == before ]] && echo "serve's log (tail):" >&2 && tail -n 30 "$WORK/before.out" "$WORK/before.err" >&2
        die "pgbench against $target ($mode, $clients clients) failed (exit $rc): $(tail -n 20 "$out")"
    fi
    python3 - "$out" "$target" "$(( cpu1 - cpu0 ))" "$(getconf CLK_TCK)" "$pid" "$java" "$(( jit1 - jit0 ))" <<'EOF' || exit 1
import re, sys
path, target, ticks, hz, pid = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
java, jit_ticks = sys.argv[6] == "1", int(sys.argv[7])
text = open(path, encoding="utf-8", errors="replace").read()
tps = re.search(r"^tps = ([0-9.]+) \((?:without initial connection time|including reconnection times)\)", text, re.M)
lat = re.search(r"^latency average = ([0-9.]+) ms", text, re.M)
failed = re.search(r"^number of failed transactions: (\d+)", text, re.M)
if not tps or not lat:
    sys.exit(f"proxy-benchmark: no tps or latency in pgbench's output against {target}:\n{text}")
if failed and int(failed.group(1)) != 0:
    sys.exit(f"proxy-benchmark: {failed.group(1)} failed transactions against {target}:\n{text}")
done = re.search(r"^number of transactions actually processed: (\d+)", text, re.M)
measured = bool(pid and done and int(done.group(1)) > 0)
cpu = f"{ticks / hz * 1e6 / int(done.group(1)):.1f}" if measured else "-"
jit = f"{jit_ticks / hz * 1e6 / int(done.group(1)):.1f}" if measured and java else "-"
print(tps.group(1), lat.group(1), cpu, jit)
EOF
}

if (( WARMUP > 0 )); then
    say "warm-up: ${WARMUP} s per target and mode at 8 clients (not counted)"
    for mode in $MODES; do
        for target in "${TARGETS[@]}"; do
            run_pgbench "$target" "$mode" 8 "$WARMUP" >/dev/null
        done
    done
fi

cells=0
for mode in $MODES; do for c in $CLIENTS; do cells=$(( cells + 1 )); done; done
N=${#TARGETS[@]}
say "measuring: $cells cells x $N targets x $ROUNDS round(s) x ${SECONDS_} s = about $(( cells * N * ROUNDS * SECONDS_ / 60 + 1 )) min"

RESULTS=$WORK/results.txt
: >"$RESULTS"
cell=0
for (( r = 1; r <= ROUNDS; r++ )); do
    for mode in $MODES; do
        for c in $CLIENTS; do
            # The three targets run back to back for each cell; the order rotates from cell to
            # cell and round to round, so no target always runs first or last.
            for (( k = 0; k < N; k++ )); do
                target=${TARGETS[$(( (cell + r + k) % N ))]}
                read -r tps lat cpu jit <<<"$(run_pgbench "$target" "$mode" "$c" "$SECONDS_")"
                [[ -n $tps ]] || die "no result for $target"
                echo "$mode $c $target $tps $lat $cpu $jit" >>"$RESULTS"
                printf 'proxy-benchmark: round %d/%d %-8s %2d clients %-9s %10.0f tps %8.3f ms %8s us CPU/txn (JIT %s)\n' \
                    "$r" "$ROUNDS" "$mode" "$c" "$target" "$tps" "$lat" "$cpu" "$jit" >&2
            done
            cell=$(( cell + 1 ))
            kill -0 "$SERVE_PID" 2>/dev/null || die "serve died: $(tail -n 30 "$WORK/serve.err")"
            [[ -z $BEFORE_PID ]] || kill -0 "$BEFORE_PID" 2>/dev/null || die "serve (before) died: $(tail -n 30 "$WORK/before.err")"
            kill -0 "$PGB_PID" 2>/dev/null || die "pgbouncer died: $(tail -n 30 "$PGB_DIR/pgbouncer.log")"
        done
    done
done

# --- report ----------------------------------------------------------------------------
python3 - "$RESULTS" "$PG_VERSION" "$PGB_VERSION" "$ROUNDS" "$SECONDS_" "$SCALE" "$MAX_THREADS" \
    "$MODES" "$CLIENTS" "$CONNECT" <<'EOF'
import statistics, sys
path, version, pgb, rounds, seconds, scale, max_threads, modes, clients, connect = sys.argv[1:11]
data = {}
for line in open(path, encoding="utf-8"):
    mode, c, target, tps, lat, cpu, jit = line.split()
    data.setdefault((mode, int(c), target), []).append((float(tps), float(lat), None if cpu == "-" else float(cpu),
                                                       None if jit == "-" else float(jit)))

def med(mode, c, target):
    runs = data[(mode, c, target)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)

def cpu(mode, c, target):
    return statistics.median(r[2] for r in data[(mode, c, target)])

def jit(mode, c, target):
    return statistics.median(r[3] for r in data[(mode, c, target)])

print(f"proxy benchmark: pgbench -n -S{' -C' if connect == '1' else ''}, scale {scale}, {seconds} s per run, "
      f"{rounds} round(s){' (median)' if int(rounds) > 1 else ''}, -j min(clients, {max_threads}); "
      f"PostgreSQL {version}, {pgb} (session mode)")
head = ("| mode     | clients | direct tps | proxy tps | pgbouncer tps | proxy/direct | proxy/pgbouncer "
        "| direct ms | proxy ms | pgbouncer ms | proxy +us | pgbouncer +us "
        "| proxy CPU us/txn | of which JIT | pgbouncer CPU us/txn | CPU proxy/pgbouncer |")
print(head)
print("|" + "|".join("-" * len(cell) for cell in head.split("|")[1:-1]) + "|")
verdicts = []
for mode in modes.split():
    for c in (int(x) for x in clients.split()):
        (dt, dl), (pt, pl), (bt, bl) = (med(mode, c, t) for t in ("direct", "proxy", "pgbouncer"))
        padd, badd = (pl - dl) * 1000, (bl - dl) * 1000
        pc, bc = cpu(mode, c, "proxy"), cpu(mode, c, "pgbouncer")
        print(f"| {mode:<8} | {c:>7} | {dt:>10.0f} | {pt:>9.0f} | {bt:>13.0f} | {pt / dt:>12.2f} | {pt / bt:>15.2f} "
              f"| {dl:>9.3f} | {pl:>8.3f} | {bl:>12.3f} | {padd:>9.0f} | {badd:>13.0f} "
              f"| {pc:>16.1f} | {jit(mode, c, 'proxy'):>12.1f} | {bc:>20.1f} | {pc / bc:>19.2f} |")
        verdicts.append(f"{mode}, {c} client{'s' if c > 1 else ''}: proxy/pgbouncer CPU per transaction {pc / bc:.2f}"
                        " (target <= 1.00): " + ("meets it" if pc <= bc else "misses it"))
        if c == 1:
            verdicts.append(f"{mode}, 1 client: proxy adds {padd:.0f} us of average latency (target < 50 us): "
                            + ("meets it" if padd < 50 else "misses it"))
        if c >= 8:
            verdicts.append(f"{mode}, {c} clients: proxy/pgbouncer throughput {pt / bt:.2f} (target >= 1.00): "
                            + ("meets it" if pt >= bt else "misses it"))
if any(k[2] == "before" for k in data):
    print()
    print("| mode     | clients | before tps | proxy tps | proxy/before | before ms | proxy ms "
          "| before CPU us/txn | proxy CPU us/txn | CPU proxy/before |")
    print("|----------|---------|------------|-----------|--------------|-----------|----------"
          "|-------------------|------------------|------------------|")
    for mode in modes.split():
        for c in (int(x) for x in clients.split()):
            (ot, ol), (pt, pl) = med(mode, c, "before"), med(mode, c, "proxy")
            oc, pc = cpu(mode, c, "before"), cpu(mode, c, "proxy")
            print(f"| {mode:<8} | {c:>7} | {ot:>10.0f} | {pt:>9.0f} | {pt / ot:>12.2f} | {ol:>9.3f} | {pl:>8.3f} "
                  f"| {oc:>17.1f} | {pc:>16.1f} | {pc / oc:>16.2f} |")
print()
print("tps: pgbench's 'without initial connection time' ('including reconnection times' with -C);")
print("ms: pgbench's 'latency average';")
print("CPU us/txn: user + system CPU time of the serve (or PgBouncer) process (/proc/<pid>/stat) over the run,")
print("divided by pgbench's transactions: steadier than throughput on a shared machine. Of which JIT: the")
print("part of it that serve's JIT compiler threads spent (a serve young enough to still be compiling).")
print("+us: average latency added over direct, in microseconds. All three targets run the same")
print("queries through the same facade view (search_path facade_blue) as the same application role.")
if connect == "1":
    print("With -C every transaction is a new login: the latency and PgBouncer targets do not apply")
    print("(PgBouncer keeps its server connections; the proxy opens one per client connection).")
else:
    for v in verdicts:
        print(v)
EOF
