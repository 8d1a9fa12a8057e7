#!/usr/bin/env bash
# Where a plan-adjustment start spends its time: rows written per start (per table), CPU of the app
# against MariaDB's, and the app's hottest frames from a Java Flight Recorder sample, during a
# closed-loop run of starts. One command: bench/profile.sh [starts|floor|complete] (about two minutes;
# complete: approvals of three-step chains, about four). JFR_SETTINGS=/path/fine.jfc samples more often
# (a copy of the JDK's profile.jfc with method-sampling-java-interval 1 ms; the CPU figures then inflate more)
source "$(dirname "$0")/../reliability/lib.sh"
WHAT=${1:-starts}
PORT=18092; BASE="http://127.0.0.1:$PORT"
build_jar
db_start; db_recreate
trap 'kill -9 $(app_pid prof) 2>/dev/null || true; db_stop' EXIT
app_start prof $PORT
wait_healthy $PORT 120 >/dev/null || exit 1
cd "$ROOT"
perf() { java bench/Perf.java "$@" --base $BASE --projects 40 --nodes 80; }
if [ "$WHAT" = complete ]; then
  # approvals: 1,000 three-step milestone chains opened first; every run completes steps of all three
  perf() { java bench/Perf.java "$@" --base $BASE --prefix PC --projects 10 --nodes 100; }
  perf setup --level MILESTONE >/dev/null
  perf saturate --what starts --clients 8 --seconds 600 --items 1000 >/dev/null 2>&1
else
  perf setup >/dev/null; perf deploy-floor >/dev/null
fi
perf saturate --what "$WHAT" --clients 8 --seconds 10 >/dev/null 2>&1   # warm-up
counts() { sql "SELECT CONCAT(table_name, '=', table_rows) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'" | sort; }
exact() { for t in $(sql "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"); do echo "$t=$(sql "SELECT COUNT(*) FROM $t")"; done; }
bytes() { # InnoDB's own size of the engine's history tables and of all tables, after fresh statistics
  for t in $(sql "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"); do
    sql "ANALYZE TABLE $t" >/dev/null; done
  sql "SELECT CONCAT(SUM(IF(table_name LIKE 'ACT\\_HI\\_%', data_length + index_length, 0)), ' ', SUM(data_length + index_length)) FROM information_schema.tables WHERE table_schema = DATABASE()"
}
before=$(exact); bytes_before=$(bytes)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
app=$(app_pid prof); db=$(cat "$WORK/mariadb.pid")
rm -f "$WORK/prof.jfr"
jcmd "$app" JFR.start name=prof settings=${JFR_SETTINGS:-profile} duration=25s filename="$WORK/prof.jfr" >/dev/null
a0=$(cpu "$app"); d0=$(cpu "$db")
line=$(perf saturate --what "$WHAT" --clients 8 --seconds 25 --offset 800)
a1=$(cpu "$app"); d1=$(cpu "$db")
after=$(exact); bytes_after=$(bytes)
ok=$(echo "$line" | sed -n 's/.*| *\([0-9]*\) ok.*/\1/p')
echo "$line"
echo "CPU seconds per request: app $(awk -v a=$((a1 - a0)) -v n="$ok" 'BEGIN{printf "%.2f ms", a * 10 / n}'), MariaDB $(awk -v a=$((d1 - d0)) -v n="$ok" 'BEGIN{printf "%.2f ms", a * 10 / n}')"
read -r hb ab <<<"$bytes_before"; read -r ha aa <<<"$bytes_after"
echo "bytes per request (InnoDB statistics, pages): history tables $(( (ha - hb) / ok )), all tables $(( (aa - ab) / ok ))"
echo "rows added per request (tables with any):"
python3 - "$before" "$after" "$ok" <<'PY'
import sys
b=dict(x.split('=') for x in sys.argv[1].split()); a=dict(x.split('=') for x in sys.argv[2].split()); n=int(sys.argv[3])
rows=sorted(((int(a[k])-int(b.get(k,0)))/n, k) for k in a)
total=0
for d,k in reversed(rows):
    if abs(d) >= 0.05:
        print('  %-32s %6.2f' % (k, d)); total += d
print('  %-32s %6.2f' % ('all tables', total))
PY
while ! [ -s "$WORK/prof.jfr" ]; do sleep 1; done; sleep 2
jfr print --events jdk.ExecutionSample --stack-depth 200 "$WORK/prof.jfr" >"$WORK/prof.txt"
python3 "$ROOT/bench/jfr_top.py" "$WORK/prof.txt"
