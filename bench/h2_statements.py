"""Compares what the embedded H2 spent per request on each kind of statement, ours against the floor's.

Input: pairs of files written by bench/h2-statements.sh, each a CSV of INFORMATION_SCHEMA.QUERY_STATISTICS
(ms, count, sql) after one closed-loop run, with the run's answered requests in its name ("starts.2130.csv").
Statements are grouped by verb and table ("insert ACT_HI_VARINST"), so the engine's and our mappers' texts
with different column lists still meet in one row.
"""
import csv
import re
import sys
from collections import defaultdict

VERB = re.compile(r"^\s*(\w+)")


def group(sql):
    text = " ".join(sql.split())
    m = VERB.match(text)
    if not m:
        return text[:40]
    verb = m.group(1).lower()
    if verb == "commit":
        return "COMMIT"
    if verb == "update":
        table = re.match(r"^\s*update\s+([A-Za-z_]+)", text, re.I)
        return "update " + (table.group(1).upper() if table else "?")
    # named by the first table after FROM or INTO: for a select with a subquery among its columns (the approval's
    # read of its step) that is the subquery's table
    table = re.search(r"\b(?:into|from)\s+([A-Za-z_]+)", text, re.I)
    return verb + " " + (table.group(1).upper() if table else "?")


def load(path):
    requests = int(re.search(r"\.(\d+)\.csv$", path).group(1))
    per = defaultdict(lambda: [0.0, 0])
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            g = per[group(row["SQL"])]
            g[0] += float(row["MS"])
            g[1] += int(row["N"])
    return requests, per


def compare(ours_path, floor_path, top):
    n_ours, ours = load(ours_path)
    n_floor, floor = load(floor_path)
    keys = sorted(set(ours) | set(floor), key=lambda k: -(ours.get(k, [0, 0])[0] / n_ours))
    print(f"| statement (verb, table) | ours per request: n | ms | floor per request: n | ms |")
    print("|---|---|---|---|---|")
    rest = [0.0, 0.0, 0.0, 0.0]
    for i, k in enumerate(keys):
        o, f = ours.get(k, [0.0, 0]), floor.get(k, [0.0, 0])
        cells = [o[1] / n_ours, o[0] / n_ours, f[1] / n_floor, f[0] / n_floor]
        if i < top:
            print(f"| {k} | {cells[0]:.1f} | {cells[1]:.2f} | {cells[2]:.1f} | {cells[3]:.2f} |")
        else:
            rest = [a + b for a, b in zip(rest, cells)]
    if len(keys) > top:
        print(f"| the other {len(keys) - top} | {rest[0]:.1f} | {rest[1]:.2f} | {rest[2]:.1f} | {rest[3]:.2f} |")
    total = lambda per, n: (sum(v[1] for v in per.values()) / n, sum(v[0] for v in per.values()) / n)
    to, tf = total(ours, n_ours), total(floor, n_floor)
    print(f"| **all** | **{to[0]:.1f}** | **{to[1]:.2f}** | **{tf[0]:.1f}** | **{tf[1]:.2f}** |")
    print(f"\nrequests measured: ours {n_ours}, floor {n_floor}; H2's time per request, ours / floor: {to[1] / tf[1]:.2f}")


if __name__ == "__main__":
    compare(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 25)
