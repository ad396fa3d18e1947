# Sourced by proxy-benchmark.sh, flip-benchmark.sh and dashboard-benchmark.sh (deploy-benchmark.sh uses its
# stop_pid and await_serve only): the scratch database and roles each run
# creates and drops, and stopping a background process. Uses the caller's PSQL, DB, APP_ROLE,
# APP_PASSWORD, OWNER_ROLE, PGHOST_, PGPORT_, PGUSER_, WORK and its die(); sets CREATED_DB,
# CREATED_ROLE and NEW_OWNER_ROLES for scratch_drop.

CREATED_DB=0
CREATED_ROLE=0
# The owner role and the per-colour owners a deploy makes of it, those this run found missing.
NEW_OWNER_ROLES=()

# Stops a background process: TERM, up to 10 s, then KILL.
stop_pid() {
    local pid=$1 i
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for (( i = 0; i < 100; i++ )); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Waits up to 60 s for the serve started as pid $1 to report its proxy on port $2, reading its
# stdout from $WORK/serve.out; dies with its log when it exits or does not report in time.
await_serve() {
    local pid=$1 port=$2 i
    for (( i = 0; i < 600; i++ )); do
        grep -q '^PostgreSQL proxy on port' "$WORK/serve.out" && break
        kill -0 "$pid" 2>/dev/null || die "serve exited: $(cat "$WORK/serve.out") $(tail -n 30 "$WORK/serve.err")"
        sleep 0.1
    done
    grep -q "^PostgreSQL proxy on port $port," "$WORK/serve.out" \
        || die "serve did not report its proxy on port $port within 60 s: $(cat "$WORK/serve.out") $(tail -n 30 "$WORK/serve.err")"
}

# Creates the database and, when missing, the login role; refuses to reuse a database.
scratch_create() {
    "${PSQL[@]}" -d postgres -c 'SELECT 1' >/dev/null 2>"$WORK/err" \
        || die "cannot connect to PostgreSQL at $PGHOST_:$PGPORT_ as $PGUSER_: $(cat "$WORK/err")"
    local exists role owner name
    exists=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_database WHERE datname = '$DB'")
    [[ $exists == 0 ]] || die "database $DB already exists (a previous run killed hard?); drop it or set BENCH_DB"
    role=$("${PSQL[@]}" -d postgres -Atc "SELECT CASE WHEN rolcanlogin THEN 'login' ELSE 'nologin' END FROM pg_roles WHERE rolname = '$APP_ROLE'")
    [[ $role != nologin ]] || die "role $APP_ROLE exists but cannot log in; set BENCH_APP_ROLE to another name"
    for name in "$OWNER_ROLE" "${OWNER_ROLE}_blue" "${OWNER_ROLE}_green"; do
        owner=$("${PSQL[@]}" -d postgres -Atc "SELECT count(*) FROM pg_roles WHERE rolname = '$name'")
        [[ $owner == 0 ]] && NEW_OWNER_ROLES+=("$name")
    done

    "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB" >/dev/null
    CREATED_DB=1
    if [[ -z $role ]]; then
        if [[ -n $APP_PASSWORD ]]; then
            "${PSQL[@]}" -d postgres -c "CREATE ROLE $APP_ROLE LOGIN PASSWORD '$APP_PASSWORD'" >/dev/null
        else
            "${PSQL[@]}" -d postgres -c "CREATE ROLE $APP_ROLE LOGIN" >/dev/null
        fi
        CREATED_ROLE=1
    fi
}

# Drops what scratch_create (and the deploy, for the owner role) made; $1 names the script.
scratch_drop() {
    local script=$1
    if (( CREATED_DB )); then
        "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 \
            || echo "$script: could not drop database $DB; drop it by hand" >&2
    fi
    if (( CREATED_ROLE )); then
        "${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $APP_ROLE" >/dev/null 2>&1 \
            || echo "$script: could not drop role $APP_ROLE; drop it by hand" >&2
    fi
    local i name
    # Last found first: the colours' owners are members of the base role, which was looked at first.
    for (( i = ${#NEW_OWNER_ROLES[@]} - 1; i >= 0; i-- )); do
        name=${NEW_OWNER_ROLES[i]}
        "${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS $name" >/dev/null 2>&1 \
            || echo "$script: could not drop role $name; drop it by hand" >&2
    done
    rm -rf "$WORK"
}
