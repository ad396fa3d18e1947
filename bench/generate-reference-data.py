#!/usr/bin/env python3
"""Reference data for bench/reference-benchmark.sh: one table, bench_code, as a CSV.

    generate-reference-data.py init   STATE CSV ROWS
    generate-reference-data.py change STATE CSV ROUND CHANGED

init writes ROWS deterministic rows. change applies one round's change to the rows of STATE:
about a third of CHANGED rows get a new description, a third are removed and a third are new,
chosen by a generator seeded with ROUND, so that every round changes rows the previous one left
alone. Both write the whole CSV (RFC 4180, header row, \\N unquoted = NULL) and keep the rows in
STATE for the next round. change prints "inserted updated deleted", the counts migrate-core and
the psql baseline must both report.

The values exercise what a reference CSV holds: quoted text (commas, doubled quotes), integers,
booleans, dates, jsonb and NULLs.
"""
import datetime
import pickle
import random
import sys

HEADER = ["code", "description", "weight", "active", "valid_from", "meta"]
EPOCH = datetime.date(2020, 1, 1)


def row(code, n):
    if n % 50 == 0:
        description = f'Code "{n}", the special one'
    else:
        description = f"Reference code {n}, group {n % 97}"
    meta = None if n % 10 == 0 else f'{{"tags": ["a", "b"], "group": {n % 97}}}'
    return (code, description, str((n * 7919) % 100000), "true" if n % 3 else "false",
            (EPOCH + datetime.timedelta(days=n % 2000)).isoformat(), meta)


def field(value):
    if value is None:
        return "\\N"
    if value == "\\N" or any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def write(state, rows):
    with open(state, "wb") as out:
        pickle.dump(rows, out)


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADER) + "\n")
        for code in sorted(rows):
            out.write(",".join(field(v) for v in rows[code]) + "\n")


def main(argv):
    if len(argv) == 4 and argv[0] == "init":
        state, csv, count = argv[1], argv[2], int(argv[3])
        rows = {}
        for n in range(1, count + 1):
            code = f"C{n:07d}"
            rows[code] = row(code, n)
        write(state, rows)
        write_csv(csv, rows)
        return 0
    if len(argv) == 5 and argv[0] == "change":
        state, csv, label, changed = argv[1], argv[2], argv[3], int(argv[4])
        with open(state, "rb") as source:
            rows = pickle.load(source)
        rng = random.Random(f"reference-benchmark {label}")
        updates = changed // 3
        deletes = changed // 3
        inserts = changed - updates - deletes
        picked = rng.sample(sorted(rows), updates + deletes)
        for code in picked[:updates]:
            old = rows[code]
            rows[code] = (code, f"{old[1].split(' (revised')[0]} (revised in round {label})") + old[2:]
        for code in picked[updates:]:
            del rows[code]
        for i in range(1, inserts + 1):
            code = f"N{label}-{i:06d}"
            if code in rows:
                sys.exit(f"generate-reference-data: round {label} was already applied")
            rows[code] = row(code, rng.randrange(1, 10_000_000))
        write(state, rows)
        write_csv(csv, rows)
        print(inserts, updates, deletes)
        return 0
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
