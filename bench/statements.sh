#!/usr/bin/env bash
# Statements per request (MariaDB's Com_* counters around a short closed-loop run): our plan-adjustment
# start against the bare-engine floor, and an approval in a three-step chain (as its approver).
# One command: bench/statements.sh  (about three minutes); RELIABILITY_JAR=... measures a saved build.
source "$(dirname "$0")/../reliability/lib.sh"
PORT=18091; BASE="http://127.0.0.1:$PORT"
db_start; db_recreate
trap 'kill -9 $(app_pid stm) 2>/dev/null || true; db_stop' EXIT
app_start stm $PORT
wait_healthy $PORT 120 >/dev/null || exit 1
cd "$ROOT"
java bench/Perf.java setup --base $BASE --projects 10 --nodes 80 >/dev/null
java bench/Perf.java deploy-floor --base $BASE >/dev/null
chains() { java bench/Perf.java "$@" --base $BASE --prefix PC --projects 5 --nodes 40; }
chains setup --level MILESTONE >/dev/null
chains saturate --what starts --clients 4 --seconds 120 --items 200 >/dev/null
chains saturate --what complete --clients 2 --seconds 3 >/dev/null
java bench/Perf.java saturate --what starts --clients 4 --seconds 5 --base $BASE --projects 10 --nodes 80 >/dev/null
java bench/Perf.java saturate --what floor --clients 4 --seconds 5 --base $BASE --projects 10 --nodes 80 >/dev/null
stat() { mysql --host=127.0.0.1 --port=$DB_PORT --user=root -N -B -e "SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_select','Com_insert','Com_update','Com_delete','Com_commit','Questions')" | awk '{printf "%s=%s ", $1, $2}'; }
for what in starts floor complete; do
  before=$(stat)
  if [ $what = complete ]; then
    line=$(chains saturate --what complete --clients 2 --seconds 5)
  else
    line=$(java bench/Perf.java saturate --what $what --clients 2 --seconds 5 --base $BASE --projects 10 --nodes 80 --offset 450)
  fi
  after=$(stat)
  ok=$(echo "$line" | sed -n 's/.*| *\([0-9]*\) ok.*/\1/p')
  echo "$what ok=$ok"
  python3 - "$before" "$after" "$ok" <<'PY'
import sys
b=dict(x.split('=') for x in sys.argv[1].split()); a=dict(x.split('=') for x in sys.argv[2].split()); n=int(sys.argv[3])
print('  per request: ' + ', '.join('%s %.1f' % (k, (int(a[k]) - int(b[k])) / n) for k in sorted(b)))
PY
done
