#!/usr/bin/env bash
# Issue 26, goal 2 on H2: where the embedded database's time goes, statement by statement, for a plan-adjustment
# start against the bare engine's start, and an approval against the bare task completion. One closed-loop run of
# each kind (8 clients, 20 s, after the same warm-up as ratios.sh) on a fresh H2 file database with H2's query
# statistics on, read between runs over H2's auto-server port. Prints, per pair, the statements per request and
# H2's milliseconds per request, grouped by verb and table. The times are wall times inside H2 under 8 concurrent
# clients on the machine's cores, so they compare the two sides of one run, not runs with each other.
#   bench/h2-statements.sh                 # about 15 minutes; the approvals measured are mostly first and second
#                                          # steps (it prints how many of each are open before the run)
#   CHAINS=6000 TOP=40 bench/h2-statements.sh   # chains opened before the warm-up (at most 8,000, one per node); rows shown per pair
source "$(dirname "$0")/../reliability/lib.sh"
PORT=18098; BASE="http://127.0.0.1:$PORT"
SECONDS_EACH=${SECONDS_EACH:-20}; CLIENTS=${CLIENTS:-8}; CHAINS=${CHAINS:-8000}
H2_DIR="$WORK/h2-statements"; OUT="$WORK/h2-statements-out"
URL="jdbc:h2:file:$H2_DIR/db;MODE=MySQL;AUTO_SERVER=TRUE"
starts() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --projects 50 --nodes 300; }
chains() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --prefix PC --projects 40 --nodes 200; }
h2() { java -cp "$H2_JAR" org.h2.tools.Shell -url "$URL" -user sa -password "" -sql "$1" >/dev/null; }

# run WHAT CLIENTS SECONDS [OFFSET]: one closed loop of Perf.java; our approvals are the chains' steps
run() {
  case $1 in
    complete) chains saturate --what complete --clients "$2" --seconds "$3" ;;
    complete-*) starts saturate --what "$1" --clients "$2" --seconds "$3" ;;
    *) starts saturate --what "$1" --clients "$2" --seconds "$3" --offset "${4:-0}" ;;
  esac
}

stop_app() { kill -9 "$(app_pid h2-statements)" 2>/dev/null || true; }
trap stop_app EXIT

# measure WHAT: one closed-loop run with fresh statistics; leaves OUT/WHAT.<answered>.csv
measure() {
  local what=$1 line ok
  h2 "SET QUERY_STATISTICS FALSE; SET QUERY_STATISTICS_MAX_ENTRIES 2000; SET QUERY_STATISTICS TRUE"
  line=$(cd "$ROOT" && run "$what" "$CLIENTS" "$SECONDS_EACH" "${2:-0}")
  echo "$line" >&2
  ok=$(echo "$line" | sed -n 's/.*| *\([0-9]*\) ok.*/\1/p')
  [ "${ok:-0}" -gt 0 ] || { log "$what: no request answered: $line"; exit 1; }
  # statistics of this run only: the Shell's own statements are left out
  h2 "CALL CSVWRITE('$OUT/$what.$ok.csv', 'SELECT CUMULATIVE_EXECUTION_TIME MS, EXECUTION_COUNT N, SQL_STATEMENT SQL
      FROM INFORMATION_SCHEMA.QUERY_STATISTICS WHERE SQL_STATEMENT NOT LIKE ''%QUERY_STATISTIC%''
      AND SQL_STATEMENT NOT LIKE ''CALL CSVWRITE%''')"
  echo "$OUT/$what.$ok.csv"
}

build_jar >&2
rm -rf "$H2_DIR" "$OUT"; mkdir -p "$OUT"
# the Shell that reads the statistics is the app's own H2, so the auto-server's protocol matches
unzip -o -j -q "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$OUT"
H2_JAR=$(ls "$OUT"/h2-*.jar)
h2_app_start h2-statements $PORT "$URL"
wait_healthy $PORT 180 >/dev/null || { log "app did not come up (see $WORK/h2-statements.log)"; exit 1; }
(cd "$ROOT" && starts setup >&2 && starts deploy-floor >&2 && chains setup --level MILESTONE >&2)
log "opening $CHAINS approval chains and $CHAINS bare tasks to complete (not measured)"
(cd "$ROOT" && chains saturate --what starts --clients 8 --seconds 900 --items "$CHAINS" >/dev/null)
(cd "$ROOT" && starts saturate --what floor --clients 8 --seconds 900 --items "$CHAINS" >/dev/null)
log "warm-up (not measured)"
# the starts' warm-up takes the first items; the measured run goes on after them
(cd "$ROOT" && run starts "$CLIENTS" "${WARMUP:-30}" >"$OUT/warm-starts")
offset=$(sed -n 's/.*items \([0-9]*\).*/\1/p' "$OUT/warm-starts")
for what in floor complete complete-floor; do (cd "$ROOT" && run "$what" "$CLIENTS" "${WARMUP:-30}" >/dev/null); done
s=$(measure starts "$offset"); f=$(measure floor); a=$(measure complete); b=$(measure complete-floor)
echo "### A plan-adjustment start against the bare start (H2, $CLIENTS clients, $SECONDS_EACH s each)"
echo
python3 "$ROOT/bench/h2_statements.py" "$s" "$f" "${TOP:-25}"
echo
echo "### An approval against the bare completion"
echo
python3 "$ROOT/bench/h2_statements.py" "$a" "$b" "${TOP:-25}"
echo
echo "$(java -version 2>&1 | head -1); $(nproc) cores; $(basename "$H2_JAR"); $JAR of $(date -r "$JAR" +%F' '%H:%M); checkout $(cd "$ROOT" && git rev-parse --short HEAD)"
