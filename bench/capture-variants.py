#!/usr/bin/env python3
"""Where the DDL capture's cost goes: the shipped capture_ddl() against the floor of any event-trigger capture.

A DDL-heavy script runs against scratch databases that differ only in their event triggers. BENCH_SCRIPT
chooses the script; each is 300 rounds (BENCH_DDL_REPEATS) of create table, index, add column, view, comment,
drop view, drop table:

  autocommit  one transaction per command on empty tables, as bench/drift-benchmark.sh: the worst case, where
              every command is cheap and pays its own commit
  changesets  the same commands, each round's seven in one transaction, as a migration tool runs a changeset
              (Liquibase, Flyway and psql -1 all wrap their DDL in transactions)
  filled      as changesets, but each table gets 2,000 rows before its index and its new column (with a
              default) are made: DDL on tables that hold data, as in a real migration

The variants:

  off      no event triggers
  empty    both triggers call a function that returns at once (the cost of firing alone)
  const    the shipped function, but its INSERT ... SELECT replaced by the insert of one constant row
           (the cost of writing one row per command, without collecting anything)
  shipped  capture_ddl() as src/main/resources/db/control/010-drift.sql defines it

Every round creates fresh databases (a reused one bloats its catalogs, and autovacuum then lands at random),
opens one psql session per variant and sends the script in chunks of 10 rounds, the variants taking turns
chunk by chunk, so that this machine's drift in CPU speed hits them alike. It prints the median over rounds of
each variant's ratio to 'off', wall time and backend CPU time (utime + stime from /proc, so the server must be
local).

Run from the project root:  python3 bench/capture-variants.py
Environment: BENCH_PGHOST [127.0.0.1], BENCH_PGPORT [5432], BENCH_PGUSER [postgres, a superuser],
BENCH_SCRIPT [autocommit; or changesets, filled, or several separated by spaces], BENCH_ROUNDS [6],
BENCH_DDL_REPEATS [300], BENCH_DB prefix of the scratch databases, which must
not exist yet and are dropped at the end [facade_capture_bench].
"""
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHANGESET = os.path.join(ROOT, "src/main/resources/db/control/010-drift.sql")
VARIANTS = ["off", "empty", "const", "shipped"]
SCRIPTS = ["autocommit", "changesets", "filled"]
CHUNK_ROUNDS = 10
COMMANDS_PER_ROUND = 7


def die(message):
    sys.exit(f"capture-variants: {message}")


def env_int(name, default):
    value = os.environ.get(name, str(default))
    if not re.fullmatch(r"[1-9][0-9]*", value):
        die(f"{name} must be a positive integer, not '{value}'")
    return int(value)


HOST = os.environ.get("BENCH_PGHOST", "127.0.0.1")
PORT = os.environ.get("BENCH_PGPORT", "5432")
USER = os.environ.get("BENCH_PGUSER", "postgres")
PREFIX = os.environ.get("BENCH_DB", "facade_capture_bench")
ROUNDS = env_int("BENCH_ROUNDS", 6)
REPEATS = env_int("BENCH_DDL_REPEATS", 300)
CHOSEN = os.environ.get("BENCH_SCRIPT", "autocommit").split()
if not CHOSEN or any(c not in SCRIPTS for c in CHOSEN):
    die(f"BENCH_SCRIPT must name one or more of {', '.join(SCRIPTS)}, not '{os.environ.get('BENCH_SCRIPT')}'")
if not re.fullmatch(r"[a-z_][a-z0-9_]*", PREFIX):
    die(f"BENCH_DB must be a plain lower-case identifier, not '{PREFIX}'")
PSQL = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", HOST, "-p", PORT, "-U", USER]
TICK = os.sysconf("SC_CLK_TCK")


def shipped_sql():
    text = open(CHANGESET, encoding="utf-8").read()
    table = text[text.index("CREATE TABLE ddl_captures"):text.index("-- The core schema as")]
    function = text[text.index("CREATE OR REPLACE FUNCTION capture_ddl()"):text.index("REVOKE ALL ON FUNCTION capture_ddl()")]
    return table, function


def variant_functions(function):
    """The function of each variant with triggers; each replacement is checked, so a changed source fails loudly."""
    insert = re.search(r"        INSERT INTO facade_switch\.ddl_captures .*?WHERE c\.found IS NOT NULL OR dropped IS NOT NULL;",
                       function, re.S)
    if not insert:
        die(f"the INSERT ... SELECT of capture_ddl() in {CHANGESET} is not where this script expects it")
    const = (function[:insert.start()]
             + "        INSERT INTO facade_switch.ddl_captures (session_user_name, current_user_name, application_name,\n"
             + "                    client_addr, command_tag, objects, schemas, statement)\n"
             + "        VALUES ('u', 'u', 'a', NULL, 'T', '[]', '{}', 's');"
             + function[insert.end():])
    empty = ("CREATE OR REPLACE FUNCTION capture_ddl() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$\n"
             "BEGIN\n    RETURN;\nEND\n$$;\n")
    return {"empty": empty, "const": const, "shipped": function}


def script_rounds(script):
    """Each round of the script as one string of SQL; only its DDL commands (COMMANDS_PER_ROUND) are captured."""
    rounds = []
    for i in range(1, REPEATS + 1):
        t = f"bench_ddl.t_{i:04d}"
        fill = f"INSERT INTO {t} SELECT g, md5(g::text), g % 100 FROM generate_series(1, 2000) g;" if script == "filled" else ""
        default = " DEFAULT now()" if script == "filled" else ""
        commands = [f"CREATE TABLE {t} (id int PRIMARY KEY, a text, b int);", fill,
                    f"CREATE INDEX ON {t} (b);",
                    f"ALTER TABLE {t} ADD COLUMN c timestamptz{default};",
                    f"CREATE VIEW bench_ddl.v_{i:04d} AS SELECT id, a, c FROM {t} WHERE b > 0;",
                    f"COMMENT ON TABLE {t} IS 'round {i}';",
                    f"DROP VIEW bench_ddl.v_{i:04d};",
                    f"DROP TABLE {t};"]
        body = "\n".join(c for c in commands if c)
        rounds.append(body if script == "autocommit" else f"BEGIN;\n{body}\nCOMMIT;")
    return rounds


def run_psql(*args, db="postgres"):
    done = subprocess.run(PSQL + ["-d", db, *args], capture_output=True, text=True)
    if done.returncode != 0:
        die(f"psql on {db} failed: {done.stderr.strip()}")
    return done.stdout


def backend_cpu_ms(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / TICK


class Session:
    def __init__(self, db):
        self.process = subprocess.Popen(PSQL + ["-d", db, "-At"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, bufsize=1)
        self.pid = int(self.send("SELECT pg_backend_pid();")[0])
        if not os.path.exists(f"/proc/{self.pid}/stat"):
            die(f"the server's backend {self.pid} is not on this machine: the backend CPU needs a local server")
        self.wall = self.cpu = 0.0

    def send(self, sql):
        self.process.stdin.write(sql + "\n\\echo BENCH-CHUNK-DONE\n")
        self.process.stdin.flush()
        out = []
        while True:
            line = self.process.stdout.readline()
            if not line:
                die("a psql session ended early (see its error above)")
            if line.strip() == "BENCH-CHUNK-DONE":
                return out
            out.append(line.strip())

    def timed(self, sql):
        cpu, start = backend_cpu_ms(self.pid), time.perf_counter()
        self.send(sql)
        self.wall += (time.perf_counter() - start) * 1000
        self.cpu += backend_cpu_ms(self.pid) - cpu

    def close(self):
        self.process.stdin.close()
        self.process.wait()


def prepare(variant, table, functions):
    db = f"{PREFIX}_{variant}"
    run_psql("-c", f"DROP DATABASE IF EXISTS {db}", "-c", f"CREATE DATABASE {db}")
    setup = "CREATE SCHEMA bench_ddl; CREATE SCHEMA facade_switch; SET search_path = facade_switch;\n" + table
    if variant != "off":
        setup += functions[variant] + (
            "CREATE EVENT TRIGGER facade_switch_capture_ddl ON ddl_command_end EXECUTE FUNCTION facade_switch.capture_ddl();\n"
            "CREATE EVENT TRIGGER facade_switch_capture_drop ON sql_drop EXECUTE FUNCTION facade_switch.capture_ddl();\n")
    run_psql("-c", setup, db=db)
    return db


def measure(script, table, functions):
    """Runs one script ROUNDS times; returns each variant's (wall ratios, CPU ratios) and capture rows."""
    rounds = script_rounds(script)
    commands = len(rounds) * COMMANDS_PER_ROUND
    chunks = ["\n".join(rounds[i:i + CHUNK_ROUNDS]) for i in range(0, len(rounds), CHUNK_ROUNDS)]
    ratios = {v: ([], []) for v in VARIANTS}
    rows = {}
    for r in range(ROUNDS):
        sessions = {v: Session(prepare(v, table, functions)) for v in VARIANTS}
        for c, chunk in enumerate(chunks):
            turn = (r + c) % len(VARIANTS)
            for v in VARIANTS[turn:] + VARIANTS[:turn]:
                sessions[v].timed(chunk)
        for s in sessions.values():
            s.close()
        rows = {v: run_psql("-Atc", "SELECT count(*) FROM facade_switch.ddl_captures", db=f"{PREFIX}_{v}").strip()
                for v in VARIANTS}
        if rows["shipped"] != str(commands) or rows["off"] != "0":
            die(f"{script}: expected {commands} capture rows with the shipped function and none without triggers, "
                f"got {rows}")
        base = sessions["off"]
        for v in VARIANTS:
            ratios[v][0].append(sessions[v].wall / base.wall)
            ratios[v][1].append(sessions[v].cpu / base.cpu)
        print(f"{script} round {r + 1}/{ROUNDS}: " + ", ".join(
            f"{v} {sessions[v].wall:.0f} ms ({sessions[v].cpu:.0f} ms CPU)" for v in VARIANTS), file=sys.stderr)
    return ratios, rows, commands


def main():
    table, function = shipped_sql()
    functions = variant_functions(function)
    version = run_psql("-Atc", "SHOW server_version").strip()
    names = ", ".join(f"'{PREFIX}_{v}'" for v in VARIANTS)
    taken = run_psql("-Atc", f"SELECT string_agg(datname, ', ') FROM pg_database WHERE datname IN ({names})").strip()
    if taken:
        die(f"the databases {taken} exist already: drop them or choose another BENCH_DB")
    results = {}
    try:
        for script in CHOSEN:
            results[script] = measure(script, table, functions)
    finally:
        for v in VARIANTS:
            subprocess.run(PSQL + ["-d", "postgres", "-c", f"DROP DATABASE IF EXISTS {PREFIX}_{v}"], capture_output=True)
    labels = {"off": "no event triggers", "empty": "triggers calling a function that returns at once",
              "const": "one constant row inserted per command", "shipped": "capture_ddl() as shipped"}
    for script, (ratios, rows, commands) in results.items():
        print(f"\ncapture variants, script '{script}': {commands:,} DDL commands in chunks of {CHUNK_ROUNDS} rounds, "
              f"variants taking turns, fresh databases per round, PostgreSQL {version}, {ROUNDS} rounds "
              f"(median of per-round ratios to off)")
        print("| variant | wall ratio | backend CPU ratio | capture rows |")
        print("| --- | --- | --- | --- |")
        for v in VARIANTS:
            wall, cpu = ratios[v]
            print(f"| {labels[v]} | {statistics.median(wall):.3f} | {statistics.median(cpu):.3f} | {int(rows[v]):,} |")
        shipped = statistics.median(ratios["shipped"][0])
        print(f"{script}: target under 1.10x: {shipped:.2f}x, {'meets' if shipped < 1.10 else 'misses'} it")


if __name__ == "__main__":
    main()
