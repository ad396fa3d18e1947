#!/usr/bin/env bash
# Dashboard benchmark: what open dashboards cost. N dashboards (one headless Chromium, a context
# each, signed in, polling as app.js does) against one serve; pgbench -n -S through serve's proxy
# with and without them, alternately per round; plus an idle phase of each without pgbench, for
# the page's requests per minute and the CPU it takes. The browser is bench/DashboardLoad.java
# (Playwright, from the project's test classpath). See bench/README.md.
#
# Run from the project root:  bash bench/dashboard-benchmark.sh
#
# Environment (defaults in brackets):
#   BENCH_JAR          runnable jar; the script builds nothing  [target/facade-switch.jar]
#   BENCH_JAVA         java launcher (JDK 17+: runs the single-file program) [java]
#   BENCH_CLASSPATH    Playwright's classpath for DashboardLoad.java [the test classpath, from
#                      ./mvnw -o dependency:build-classpath -Dmdep.includeScope=test]
#   BENCH_CHROMIUM     Chromium binary                        [/usr/bin/chromium]
#   BENCH_PGHOST       server host                            [127.0.0.1]
#   BENCH_PGPORT       server port                            [5432]
#   BENCH_PGUSER       admin user (a superuser: migrate-core) [postgres]
#   BENCH_PGPASSWORD   its password, if the server needs one (PGPASSWORD / FACADE_DB_PASSWORD)
#   BENCH_DB           scratch database, created and dropped by the script [facade_dashboard_bench]
#   BENCH_DB_URL       JDBC URL  [jdbc:postgresql://$BENCH_PGHOST:$BENCH_PGPORT/$BENCH_DB]
#   BENCH_APP_ROLE     login role pgbench connects as; the deploys grant it the facade;
#                      created and dropped by the script if missing [facade_bench_client]
#   BENCH_APP_PASSWORD its password, if the server needs one     [none]
#   BENCH_OWNER_ROLE   owner role of the colours (FACADE_OWNER_ROLE); created by the
#                      deploy and dropped at exit if it did not exist [facade_bench_owner]
#   BENCH_DASHBOARDS   dashboards open in the "with" phases    [20]
#   BENCH_ROUNDS       rounds of the two loaded phases, the order alternating [3]
#   BENCH_SECONDS      pgbench -T of each loaded phase         [15]
#   BENCH_IDLE_SECONDS length of each idle phase (no pgbench); 0 = none [60]
#   BENCH_WARMUP       pgbench -T of each untimed warm-up run (without, then with dashboards) [5]
#   BENCH_SETTLE       seconds between opening the dashboards and a phase's start [3]
#   BENCH_CLIENTS      pgbench -c                              [8]
#   BENCH_SCALE        pgbench -i scale                        [10]
#   BENCH_BROWSER_NICE nice of every thread of the browser (DashboardLoad, node, Chromium), set
#                      after each open; below 0 (root only) the pages keep polling every 2 s when
#                      pgbench saturates the box; 0 = leave Chromium's own priorities [-5]
#   BENCH_HTTP_PORT    serve's HTTP port (the dashboard)       [8190]
#   BENCH_PROXY_PORT   serve's PostgreSQL proxy port           [6590]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

JAR=${BENCH_JAR:-target/facade-switch.jar}
JAVA=${BENCH_JAVA:-java}
CLASSPATH_=${BENCH_CLASSPATH:-}
CHROMIUM=${BENCH_CHROMIUM:-/usr/bin/chromium}
PGHOST_=${BENCH_PGHOST:-127.0.0.1}
PGPORT_=${BENCH_PGPORT:-5432}
PGUSER_=${BENCH_PGUSER:-postgres}
DB=${BENCH_DB:-facade_dashboard_bench}
DB_URL=${BENCH_DB_URL:-jdbc:postgresql://$PGHOST_:$PGPORT_/$DB}
APP_ROLE=${BENCH_APP_ROLE:-facade_bench_client}
APP_PASSWORD=${BENCH_APP_PASSWORD:-}
OWNER_ROLE=${BENCH_OWNER_ROLE:-facade_bench_owner}
DASHBOARDS=${BENCH_DASHBOARDS:-20}
ROUNDS=${BENCH_ROUNDS:-3}
SECONDS_=${BENCH_SECONDS:-15}
IDLE_SECONDS=${BENCH_IDLE_SECONDS:-60}
WARMUP=${BENCH_WARMUP:-5}
SETTLE=${BENCH_SETTLE:-3}
CLIENTS=${BENCH_CLIENTS:-8}
SCALE=${BENCH_SCALE:-10}
BROWSER_NICE=${BENCH_BROWSER_NICE:--5}
HTTP_PORT=${BENCH_HTTP_PORT:-8190}
PROXY_PORT=${BENCH_PROXY_PORT:-6590}
COLOUR_SCHEMA=facade_blue   # the first deploy of a fresh database goes to blue and makes it active

die() { echo "dashboard-benchmark: $*" >&2; exit 1; }
say() { echo "dashboard-benchmark: $*" >&2; }

case $JAR in /*) ;; *) JAR=$ROOT/$JAR ;; esac
[[ -f $JAR ]] || die "the jar $JAR is missing: build it with ./mvnw -q package -DskipTests"
for v in DASHBOARDS ROUNDS SECONDS_ CLIENTS SCALE; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || die "BENCH_${v%_} must be a positive integer, not '${!v}'"
done
for v in IDLE_SECONDS WARMUP SETTLE; do
    [[ ${!v} =~ ^[0-9]+$ ]] || die "BENCH_$v must be a whole number, not '${!v}'"
done
[[ $BROWSER_NICE =~ ^-?[0-9]+$ ]] && (( BROWSER_NICE >= -20 && BROWSER_NICE <= 19 )) \
    || die "BENCH_BROWSER_NICE must be a nice value, -20 to 19, not '$BROWSER_NICE'"
if (( BROWSER_NICE < 0 && EUID != 0 )); then
    say "BENCH_BROWSER_NICE=$BROWSER_NICE needs root; the browser runs at nice 0"
    BROWSER_NICE=0
fi
for p in HTTP_PORT PROXY_PORT; do
    [[ ${!p} =~ ^[1-9][0-9]*$ ]] && (( ${!p} < 65536 )) || die "BENCH_$p must be a TCP port, not '${!p}'"
done
(( HTTP_PORT != PROXY_PORT )) || die "BENCH_HTTP_PORT and BENCH_PROXY_PORT must differ"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_DB must be a plain lower-case identifier, not '$DB'"
[[ $APP_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_APP_ROLE must be a plain lower-case identifier"
[[ $OWNER_ROLE =~ ^[a-z_][a-z0-9_]*$ ]] || die "BENCH_OWNER_ROLE must be a plain lower-case identifier"
[[ $APP_PASSWORD != *\'* ]] || die "BENCH_APP_PASSWORD must not contain quotes"
[[ -x $CHROMIUM ]] || die "Chromium is missing at $CHROMIUM: apt-get install chromium, or set BENCH_CHROMIUM"
[[ -f $BENCH_DIR/DashboardLoad.java ]] || die "$BENCH_DIR/DashboardLoad.java is missing"
for tool in "$JAVA" psql pgbench python3 curl; do
    command -v "$tool" >/dev/null || die "$tool is not on the PATH"
done

if [[ -n ${BENCH_PGPASSWORD:-} ]]; then
    export PGPASSWORD=$BENCH_PGPASSWORD FACADE_DB_PASSWORD=$BENCH_PGPASSWORD
fi
# The tool must take its connection and settings from this script only.
unset FACADE_DB_URL FACADE_DB_USER FACADE_APP_ROLES FACADE_HTTP_PORT FACADE_PROXY_PORT FACADE_ENV FACADE_SERVER
export FACADE_ACTOR=dashboard-benchmark FACADE_CORE_SCHEMA=core FACADE_OWNER_ROLE=$OWNER_ROLE

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_")
TOOL=("$JAVA" -jar "$JAR")
CONN=(--db-url "$DB_URL" --db-user "$PGUSER_")
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$HTTP_PORT" "$PROXY_PORT"; do
    ! port_in_use "$p" || die "port $p is in use; set BENCH_HTTP_PORT or BENCH_PROXY_PORT"
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-benchmark.XXXXXX")
source "$BENCH_DIR/scratch.sh"
SERVE_PID=
BROWSER_PID=
LOAD_IN=

# The processes below a pid (children first found, then theirs), for stopping the browser by its ids.
descendants() {
    python3 - "$1" <<'EOF'
import os, sys
root = int(sys.argv[1]); parent = {}
for d in os.listdir("/proc"):
    if d.isdigit():
        try:
            stat = open(f"/proc/{d}/stat").read()
        except OSError:
            continue
        parent[int(d)] = int(stat[stat.rindex(")") + 2:].split()[1])
found, todo = [], [root]
while todo:
    p = todo.pop()
    for c, pp in parent.items():
        if pp == p:
            found.append(c); todo.append(c)
print(" ".join(map(str, found)))
EOF
}

cleanup() {
    local rc=$? i pids
    trap - EXIT INT TERM
    if [[ -n $BROWSER_PID ]] && kill -0 "$BROWSER_PID" 2>/dev/null; then
        pids=$(descendants "$BROWSER_PID" || true)
        [[ -z $LOAD_IN ]] || { echo quit >&"$LOAD_IN"; } 2>/dev/null || true
        for (( i = 0; i < 150; i++ )); do
            kill -0 "$BROWSER_PID" 2>/dev/null || break
            sleep 0.1
        done
        # Whatever of the browser outlived the program (a hard failure): by pid, the program's own tree only.
        for p in $BROWSER_PID $pids; do kill -KILL "$p" 2>/dev/null || true; done
        wait "$BROWSER_PID" 2>/dev/null || true
    fi
    stop_pid "$SERVE_PID"
    scratch_drop dashboard-benchmark
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

LOAD_START=$(loadavg)
say "load average at start: $LOAD_START ($(nproc) processors)"

# --- Playwright's classpath -----------------------------------------------------------
if [[ -z $CLASSPATH_ ]]; then
    say "Playwright's classpath: ./mvnw dependency:build-classpath (test scope, offline first)"
    (cd "$ROOT" && ./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" \
        -Dmdep.includeScope=test >"$WORK/mvn.out" 2>&1) \
        || (cd "$ROOT" && ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" \
        -Dmdep.includeScope=test >"$WORK/mvn.out" 2>&1) \
        || die "mvnw dependency:build-classpath failed: $(tail -n 20 "$WORK/mvn.out")"
    CLASSPATH_=$(<"$WORK/cp.txt")
fi
[[ $CLASSPATH_ == *playwright* ]] || die "the classpath holds no Playwright jar; set BENCH_CLASSPATH"

# --- database, core, facade (the example facade and views over pgbench's tables) ------
scratch_create
PG_VERSION=$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version')
# The tool runs in the work folder, so that no facade-switch.yaml of the caller's folder applies.
tool() { (cd "$WORK" && "${TOOL[@]}" "$@"); }
say "preparing: database $DB, migrate-core, pgbench -i -s $SCALE in core, two releases of the example facade"
tool migrate-core "${CONN[@]}" --core-schema "$ROOT/core-schema" >"$WORK/migrate.out" 2>"$WORK/migrate.err" \
    || die "migrate-core failed: $(cat "$WORK/migrate.out") $(tail -n 30 "$WORK/migrate.err")"
PGOPTIONS='-c search_path=core' pgbench -i -q -s "$SCALE" -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" "$DB" \
    >"$WORK/init.out" 2>&1 || die "pgbench -i failed: $(tail -n 20 "$WORK/init.out")"

FACADE=$WORK/facade
cp -r "$ROOT/facade-schema" "$FACADE"
rm -f "$FACADE/README.md"
deploy() {
    local release=$1 colour=$2
    cat >"$FACADE/090_pgbench.sql" <<EOF
-- dashboard benchmark, release $release: pgbench's tables seen through the facade
CREATE VIEW pgbench_accounts AS SELECT * FROM core.pgbench_accounts;
CREATE VIEW pgbench_branches AS SELECT * FROM core.pgbench_branches;
CREATE VIEW pgbench_tellers AS SELECT * FROM core.pgbench_tellers;
CREATE VIEW pgbench_history AS SELECT * FROM core.pgbench_history;
EOF
    tool deploy "${CONN[@]}" --app-role "$APP_ROLE" --release "$release" --facade-schema "$FACADE" --json \
        >"$WORK/deploy.out" 2>"$WORK/deploy.err" \
        || die "deploy of $release failed: $(cat "$WORK/deploy.out") $(tail -n 30 "$WORK/deploy.err")"
    grep -q "\"colour\":\"$colour\"" "$WORK/deploy.out" || die "release $release did not go to $colour: $(cat "$WORK/deploy.out")"
}
# Two releases, so the page has both colours, a difference and some audit entries to draw.
deploy dash-a blue
deploy dash-b green

# --- serve ----------------------------------------------------------------------------
SECRET=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
say "starting serve: HTTP (the dashboard) on $HTTP_PORT, proxy on $PROXY_PORT"
(cd "$WORK" && exec env FACADE_API_TOKENS="bench:operate:$SECRET" "${TOOL[@]}" serve "${CONN[@]}" \
    --http-port "$HTTP_PORT" --proxy-port "$PROXY_PORT" >"$WORK/serve.out" 2>"$WORK/serve.err") &
SERVE_PID=$!
await_serve "$SERVE_PID" "$PROXY_PORT"
[[ $(readlink "/proc/$SERVE_PID/exe") == */java ]] || die "pid $SERVE_PID is not serve's JVM: $(readlink "/proc/$SERVE_PID/exe")"

PG_ENV=(PGAPPNAME=dashboard-bench PGHOST=127.0.0.1 "PGPORT=$PROXY_PORT")
[[ -n $APP_PASSWORD ]] && PG_ENV+=("PGPASSWORD=$APP_PASSWORD")
got=$(env "${PG_ENV[@]}" psql -X -q -v ON_ERROR_STOP=1 -U "$APP_ROLE" -d "$DB" -Atc \
    "SELECT current_setting('search_path') || ' ' || (SELECT n.nspname || '.' || c.relname FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = 'pgbench_accounts'::regclass)
       || ' ' || (SELECT count(*) FROM pgbench_branches)" 2>&1) \
    || die "the check query through the proxy failed: $got"
[[ $got == "$COLOUR_SCHEMA $COLOUR_SCHEMA.pgbench_accounts $SCALE" ]] \
    || die "through the proxy, expected search_path $COLOUR_SCHEMA and its pgbench_accounts, got: $got"
code=$(curl -s -o "$WORK/index.html" -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/")
[[ $code == 200 ]] && grep -q 'id="signin-button"' "$WORK/index.html" \
    || die "GET / did not answer the dashboard page (HTTP $code)"
say "the proxy resolves pgbench_accounts to $COLOUR_SCHEMA.pgbench_accounts as $APP_ROLE; / answers the dashboard"

# --- the browser ----------------------------------------------------------------------
say "starting Chromium with DashboardLoad.java (up to $DASHBOARDS dashboards, nice $BROWSER_NICE)"
coproc LOAD { cd "$WORK" && exec env BENCH_TOKEN="$SECRET" "$JAVA" -cp "$CLASSPATH_" "$BENCH_DIR/DashboardLoad.java" \
    --url "http://127.0.0.1:$HTTP_PORT/" --dashboards "$DASHBOARDS" --chromium "$CHROMIUM" 2>"$WORK/load.err"; }
BROWSER_PID=$LOAD_PID   # bash unsets LOAD_PID and LOAD when the coprocess ends; the trap needs them after that
LOAD_IN=${LOAD[1]}
LOAD_OUT=${LOAD[0]}

# Sends a command to DashboardLoad and prints the JSON of its "ok <command> <json>" answer.
load() {
    local command=$1 line=
    echo "$command" >&"$LOAD_IN" || die "DashboardLoad is gone: $(tail -n 20 "$WORK/load.err")"
    read -r -t 900 line <&"$LOAD_OUT" || die "no answer from DashboardLoad to '$command': $(tail -n 20 "$WORK/load.err")"
    [[ $line == "ok $command "* ]] || die "DashboardLoad, '$command': $line $(tail -n 20 "$WORK/load.err")"
    echo "${line#"ok $command "}"
}
read -r -t 120 line <&"$LOAD_OUT" || die "DashboardLoad did not start: $(tail -n 30 "$WORK/load.err")"
[[ $line == "ok ready "* ]] || die "DashboardLoad did not start: $line $(tail -n 30 "$WORK/load.err")"
CHROMIUM_VERSION=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["chromium"])' "${line#ok ready }")

# --- measuring ------------------------------------------------------------------------
# One line of JSON: the time, CPU ticks of serve and of each process below DashboardLoad (its
# JVM, Playwright's node, Chromium's processes), the box's CPU (/proc/stat), and serve's own count
# of HTTP requests by route and status (/prometheus), so the pages' counts can be checked on the server.
cat >"$WORK/snap.py" <<'EOF'
import json, os, re, sys, time, urllib.request
serve, load, http_port = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
procs = {}
for d in os.listdir("/proc"):
    if d.isdigit():
        try:
            stat = open(f"/proc/{d}/stat").read()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1:stat.rindex(")")]
        f = stat[stat.rindex(")") + 2:].split()
        procs[int(d)] = (int(f[1]), comm, int(f[11]) + int(f[12]))   # ppid, comm, utime + stime
tree, todo = {}, [load]
while todo:
    p = todo.pop()
    if p in procs:
        tree[p] = ["chromium" if procs[p][1].startswith("chrom") else "driver", procs[p][2]]
    todo.extend(c for c, v in procs.items() if v[0] == p)
cpu = [int(x) for x in open("/proc/stat").readline().split()[1:]]
http = None
try:
    text = urllib.request.urlopen(f"http://127.0.0.1:{http_port}/prometheus", timeout=10).read().decode()
    http, seconds = {}, 0.0
    for m in re.finditer(r'^http_server_requests_seconds_sum\{(.*)\} ([0-9.eE+]+)$', text, re.M):
        if 'uri="/prometheus"' not in m.group(1):
            seconds += float(m.group(2))
    http = {"_seconds": seconds}
    # A route's label may hold braces itself (uri="/api/audit{?limit}").
    for m in re.finditer(r'^http_server_requests_seconds_count\{(.*)\} ([0-9.eE+]+)$', text, re.M):
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        key = f"{labels.get('uri')} {labels.get('status')}"
        http[key] = http.get(key, 0) + float(m.group(2))
except Exception:
    pass
print(json.dumps({"t": time.monotonic(), "serve": procs.get(serve, (0, "", 0))[2], "tree": tree,
                  "total": sum(cpu[:8]), "idle": cpu[3] + cpu[4], "http": http}))
EOF
snap() { python3 "$WORK/snap.py" "$SERVE_PID" "$BROWSER_PID" "$HTTP_PORT"; }

# On a box that pgbench saturates, a browser at the same priority as everyone else gets too little
# CPU to poll every 2 s (its rate fell to a quarter here); dashboards on operators' own machines would
# not slow down. So every thread of the browser's processes gets BENCH_BROWSER_NICE, after each open
# (Chromium sets its processes' priorities itself, and setpriority on Linux is per thread); the
# table shows the rate the pages kept.
renice_browser() {
    (( BROWSER_NICE != 0 )) || return 0
    # shellcheck disable=SC2046 # one argument per process id
    python3 - "$BROWSER_NICE" "$BROWSER_PID" $(descendants "$BROWSER_PID") <<'EOF' || die "could not renice the browser's threads"
import os, sys
nice = int(sys.argv[1])
for p in sys.argv[2:]:
    try:
        for tid in os.listdir(f"/proc/{p}/task"):
            try:
                os.setpriority(os.PRIO_PROCESS, int(tid), nice)
            except (ProcessLookupError, PermissionError):
                pass
    except FileNotFoundError:
        pass
EOF
}

OPEN=0
dashboards() {
    local want=$1 got
    if (( want && ! OPEN )); then
        got=$(load open)
        renice_browser
        say "opened $DASHBOARDS dashboards, signed in and polled once: $got"
        OPEN=1
    elif (( ! want && OPEN )); then
        load close >/dev/null
        OPEN=0
    fi
}

# pgbench -S through the proxy, as proxy-benchmark.sh runs it; its output goes to $1.
run_pgbench() {
    local out=$1 seconds=$2 rc=0
    env "${PG_ENV[@]}" pgbench -n -S -M simple -c "$CLIENTS" -j "$(( CLIENTS < $(nproc) ? CLIENTS : $(nproc) ))" \
        -T "$seconds" -U "$APP_ROLE" "$DB" >"$out" 2>&1 || rc=$?
    (( rc == 0 )) || die "pgbench through the proxy failed (exit $rc): $(tail -n 20 "$out") $(tail -n 20 "$WORK/serve.err")"
    grep -q '^number of failed transactions: 0 ' "$out" || ! grep -q '^number of failed transactions' "$out" \
        || die "pgbench saw failed transactions: $(grep '^number of failed' "$out")"
}

PHASES=0
# phase <round> <dashboards 0|1> <pgbench 0|1> <seconds>: one measured phase, kept in $WORK/phase-<n>/.
phase() {
    local round=$1 dash=$2 bench=$3 seconds=$4 dir
    PHASES=$(( PHASES + 1 ))
    dir=$WORK/phase-$PHASES
    mkdir "$dir"
    dashboards "$dash"
    sleep "$SETTLE"
    echo "$round $dash $bench $seconds" >"$dir/meta"
    load mark >/dev/null
    snap >"$dir/snap0"
    if (( bench )); then run_pgbench "$dir/pgbench.out" "$seconds"; else sleep "$seconds"; fi
    snap >"$dir/snap1"
    load report >"$dir/report"
    kill -0 "$SERVE_PID" 2>/dev/null || die "serve died: $(tail -n 30 "$WORK/serve.err")"
    python3 - "$dir" "$DASHBOARDS" "$(getconf CLK_TCK)" <<'EOF' >&2
import json, re, sys
d, n, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd, dash, bench, secs = open(f"{d}/meta").read().split()
a, b = (json.load(open(f"{d}/snap{i}")) for i in (0, 1))
wall = b["t"] - a["t"]
# Per process, so that a renderer that exits meanwhile (a closed context's) takes nothing away.
cpu = {"chromium": 0, "driver": 0}
for pid, (kind, ticks) in b["tree"].items():
    cpu[kind] += ticks - (a["tree"].get(pid, [kind, 0])[1])
s = {"round": rnd, "dash": dash == "1", "bench": bench == "1", "wall": wall, "serve": (b["serve"] - a["serve"]) / hz,
     "chromium": cpu["chromium"] / hz, "driver": cpu["driver"] / hz,
     "busy": 1 - (b["idle"] - a["idle"]) / max(1, b["total"] - a["total"]), "http": None}
if a["http"] is not None and b["http"] is not None:
    s["http"] = {k: v - a["http"].get(k, 0) for k, v in b["http"].items()
                 if v - a["http"].get(k, 0) > 0 and not k.startswith("/prometheus ")}
    s["http_seconds"] = s["http"].pop("_seconds", 0.0)
tps = ""
if s["bench"]:
    text = open(f"{d}/pgbench.out").read()
    s["tps"] = float(re.search(r"^tps = ([0-9.]+) \(without initial connection time\)", text, re.M).group(1))
    s["txns"] = int(re.search(r"^number of transactions actually processed: (\d+)", text, re.M).group(1))
    tps = f" {s['tps']:.0f} tps,"
json.dump(s, open(f"{d}/summary.json", "w"))
r = json.load(open(f"{d}/report"))
what = f"{n if s['dash'] else 'no'} dashboards, {'pgbench' if s['bench'] else 'idle'}"
served = f"{sum(s['http'].values()):.0f}" if s["http"] is not None else "?"
print(f"dashboard-benchmark: round {rnd}, {what}:{tps} serve {s['serve'] * 1000 / wall:.0f} ms CPU/s,"
      f" Chromium {s['chromium'] * 1000 / wall:.0f} ms/s, {r['requests']} page requests, serve counted {served}")
EOF
}

say "warm-up (not counted): pgbench ${WARMUP} s without dashboards, then with them"
if (( WARMUP > 0 )); then run_pgbench "$WORK/warmup.out" "$WARMUP"; fi
dashboards 1
sleep 10
if (( WARMUP > 0 )); then run_pgbench "$WORK/warmup.out" "$WARMUP"; fi
dashboards 0

if (( IDLE_SECONDS > 0 )); then
    say "idle: ${IDLE_SECONDS} s without dashboards, then ${IDLE_SECONDS} s with $DASHBOARDS, no pgbench"
    phase idle 0 0 "$IDLE_SECONDS"
    phase idle 1 0 "$IDLE_SECONDS"
fi
say "measuring: $ROUNDS round(s) of pgbench -c $CLIENTS -T $SECONDS_ without and with $DASHBOARDS dashboards, the order alternating"
for (( r = 1; r <= ROUNDS; r++ )); do
    # Round 1 starts with the dashboards (they are open after the idle phase), round 2 without, ...
    if (( r % 2 == 1 )); then order="1 0"; else order="0 1"; fi
    for dash in $order; do
        phase "$r" "$dash" 1 "$SECONDS_"
    done
done
dashboards 0
LOAD_END=$(loadavg)

# --- report ---------------------------------------------------------------------------
python3 - "$WORK" "$PHASES" "$DASHBOARDS" "$CLIENTS" "$SECONDS_" "$IDLE_SECONDS" "$ROUNDS" "$SCALE" "$PG_VERSION" \
    "$CHROMIUM_VERSION" "$(nproc)" "$LOAD_START" "$LOAD_END" "$(getconf CLK_TCK)" "$BROWSER_NICE" <<'EOF'
import json, re, statistics, sys
work, phases, n, clients, seconds, idle_s, rounds, scale, pg, chromium, cpus, l0, l1, hz, nice = sys.argv[1:16]
phases, n, hz = int(phases), int(n), int(hz)
rows = []
for i in range(1, phases + 1):
    d = f"{work}/phase-{i}"
    row = json.load(open(f"{d}/summary.json"))
    rep = row["rep"] = json.load(open(f"{d}/report"))
    row["api"] = None if row["http"] is None else sum(row["http"].values())
    row["serve_ms"] = row["http_seconds"] * 1000 / row["api"] if row["api"] else None
    row["page_ms"] = rep["meanMs"] if rep["finished"] else None
    row["reqmin"] = rep["requests"] / n / (rep["ms"] / 60000) if row["dash"] else 0.0
    if row["bench"]:
        row["us_txn"] = row["serve"] * 1e6 / row["txns"]
    rows.append(row)

label = lambda r: f"{n} dashboards" if r["dash"] else "no dashboards"
ms_s = lambda r, k: r[k] * 1000 / r["wall"]
print(f"dashboard benchmark: {n} dashboards (headless Chromium {chromium}, a context each, token role operate) against one serve;")
print(f"pgbench -n -S -M simple -c {clients} through serve's proxy (scale {scale}), {seconds} s a phase, {rounds} round(s), order alternating;")
print(f"PostgreSQL {pg}, {cpus} processors, serve, PostgreSQL, pgbench and Chromium on this host (the browser at nice {nice});"
      f" load average at start {l0}, at end {l1}")
print()
head = ("| round  | phase          | tps    | serve CPU us/txn | serve CPU ms/s | Chromium CPU ms/s "
        "| driver CPU ms/s | box busy % | requests/min per dashboard | serve requests/min, all "
        "| ms/request, page | ms/request, serve |")
sep = "|" + "|".join("-" * len(c) for c in head.split("|")[1:-1]) + "|"
def line(rnd, r):
    tps = f"{r['tps']:.0f}" if r.get("tps") is not None else "-"
    us = f"{r['us_txn']:.1f}" if r.get("us_txn") is not None else "-"
    api = f"{r['api'] / (r['wall'] / 60):.0f}" if r["api"] is not None else "?"
    page_ms = f"{r['page_ms']:.1f}" if r.get("page_ms") is not None else "-"
    serve_ms = f"{r['serve_ms']:.1f}" if r.get("serve_ms") is not None else "-"
    return (f"| {rnd:<6} | {label(r):<14} | {tps:>6} | {us:>16} | {ms_s(r, 'serve'):>14.0f} | {ms_s(r, 'chromium'):>17.0f} "
            f"| {ms_s(r, 'driver'):>15.0f} | {r['busy'] * 100:>10.0f} | {r['reqmin']:>26.1f} | {api:>23} "
            f"| {page_ms:>16} | {serve_ms:>17} |")
loaded = [r for r in rows if r["bench"]]
print("With pgbench through the proxy:")
print(head); print(sep)
for r in loaded:
    print(line(r["round"], r))
for dash in (False, True):
    rs = [r for r in loaded if r["dash"] == dash]
    med = {k: statistics.median(r[k] for r in rs) for k in ("tps", "us_txn", "serve", "chromium", "driver", "busy", "reqmin", "wall")}
    med.update(dash=dash, api=statistics.median(r["api"] for r in rs) if all(r["api"] is not None for r in rs) else None)
    for k in ("page_ms", "serve_ms"):
        vals = [r[k] for r in rs if r.get(k) is not None]
        med[k] = statistics.median(vals) if vals else None
    print(line("median", med))
print()
ratios = []
for rnd in sorted({r["round"] for r in loaded}, key=int):
    w = next(r for r in loaded if r["round"] == rnd and r["dash"])
    wo = next(r for r in loaded if r["round"] == rnd and not r["dash"])
    ratios.append((rnd, w["tps"] / wo["tps"], w["us_txn"] / wo["us_txn"], (w["serve"] / w["wall"] - wo["serve"] / wo["wall"]) * 1000,
                   (w["chromium"] + w["driver"]) / w["wall"] * 1000 - (wo["chromium"] + wo["driver"]) / wo["wall"] * 1000))
print(f"| round  | tps with/without | serve us/txn with/without | serve CPU ms/s added | browser + driver CPU ms/s added |")
print(f"|--------|------------------|---------------------------|----------------------|---------------------------------|")
for rnd, t, u, s, c in ratios:
    print(f"| {rnd:<6} | {t:>16.3f} | {u:>25.3f} | {s:>20.0f} | {c:>31.0f} |")
print(f"| median | {statistics.median(x[1] for x in ratios):>16.3f} | {statistics.median(x[2] for x in ratios):>25.3f} "
      f"| {statistics.median(x[3] for x in ratios):>20.0f} | {statistics.median(x[4] for x in ratios):>31.0f} |")

idle = [r for r in rows if not r["bench"]]
if idle:
    print()
    print(f"Idle (no pgbench), {idle_s} s each:")
    print(head); print(sep)
    for r in idle:
        print(line("idle", r))
    w = next((r for r in idle if r["dash"]), None)
    wo = next((r for r in idle if not r["dash"]), None)
    if w and wo:
        rep = w["rep"]
        minutes = rep["ms"] / 60000
        added = ms_s(w, "serve") - ms_s(wo, "serve")
        per_req = added / 1000 * w["wall"] / max(1, rep["requests"]) * 1e6
        per_dash = rep["perDashboard"]
        print()
        print(f"Idle dashboard: {rep['requests'] / n / minutes:.1f} requests/min each (min {min(per_dash) / minutes:.1f}, "
              f"max {max(per_dash) / minutes:.1f} over the {n}), {rep['requests']} in {rep['ms'] / 1000:.1f} s"
              + (f"; serve counted {w['api']:.0f} over the phase" if w["api"] is not None else ""))
        print(f"serve's CPU for them: {added:.1f} ms/s more than with no dashboard, about {per_req:.0f} us per request, "
              f"{added * 60 / n:.0f} ms of CPU per dashboard-minute")
        print(f"Chromium's CPU for them: {ms_s(w, 'chromium') - ms_s(wo, 'chromium'):.0f} ms/s "
              f"({(ms_s(w, 'chromium') - ms_s(wo, 'chromium')) / n:.1f} ms/s per dashboard); the driver (DashboardLoad's JVM"
              f" and Playwright's node, a measuring cost no person at a browser has) {ms_s(w, 'driver') - ms_s(wo, 'driver'):.0f} ms/s")
        print()
        print("| request (path and query)            | per dashboard per minute | in the phase |")
        print("|-------------------------------------|--------------------------|--------------|")
        for path, count in sorted(rep["byPath"].items(), key=lambda kv: -kv[1]):
            print(f"| {path:<35} | {count / n / minutes:>24.2f} | {count:>12} |")
        if w["http"] is not None:
            print()
            print("serve's own count over the phase (http_server_requests, route and status): "
                  + ", ".join(f"{k} x{v:.0f}" for k, v in sorted(w["http"].items(), key=lambda kv: -kv[1])))
        problems = {}
        for r in rows:
            for k, v in r["rep"]["notOk"].items():
                problems[k] = problems.get(k, 0) + v
        print()
        print("answers other than 2xx (all phases): " + (", ".join(f"{k} x{v}" for k, v in problems.items()) if problems else "none"))
fails = sum(sum(r["rep"]["failed"].values()) for r in rows)
errors = sum(r["rep"]["scriptErrors"] for r in rows)
texts = {}
for r in rows:
    for k, v in r["rep"]["errorTexts"].items():
        texts[k] = texts.get(k, 0) + v
print(f"failed requests: {fails}; script errors on the pages: {errors}"
      + "".join(f"\n  x{v}: {k}" for k, v in sorted(texts.items(), key=lambda kv: -kv[1])[:5]))
print()
print("serve CPU: user + system time of serve's JVM (/proc/<pid>/stat) over the phase; us/txn divides it by pgbench's")
print("transactions. Chromium: every chromium process below the driver; driver: DashboardLoad's JVM and Playwright's node.")
print("box busy: 1 - idle share of all processors (/proc/stat), 100 % = all of them. requests/min: the pages' own counts")
print("(page.onRequest) since the phase's start, per dashboard; serve requests/min: serve's own http_server_requests count")
print("(all routes but /prometheus, all dashboards together). ms/request: page, from a request's start to its answer's")
print("last byte as the page saw it (mean); serve, http_server_requests' mean time in serve.")
EOF
