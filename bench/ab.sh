#!/usr/bin/env bash
# Builds of the app, interleaved on the same machine in the same hour: CPU per plan-adjustment
# start and per approval, app and MariaDB, from /proc around closed-loop runs (8 clients), plus the
# throughput of those runs. CPU per request moves far less than throughput on these shared cores, so
# it is the figure a before/after comparison quotes.
#   ROUNDS=2 bench/ab.sh OLD.jar NEW.jar [MORE.jar ...]      # about three minutes per jar and round
source "$(dirname "$0")/../reliability/lib.sh"
ROUNDS=${ROUNDS:-2}
PORT=18093; BASE="http://127.0.0.1:$PORT"
starts() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --projects 20 --nodes 80; }
chains() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --prefix PC --projects 10 --nodes 100; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
per() { awk -v a="$1" -v n="$2" 'BEGIN { printf "%.1f", a * 10 / n }'; }   # clock ticks (1/100 s) per request, in ms
ok() { echo "$1" | sed -n 's/.*| *\([0-9]*\) ok.*/\1/p'; }
rate() { echo "$1" | sed -n 's/.*| *\([0-9.]*\)\/s | .* ok .*/\1/p'; }
measure() { # measure APP_PID DB_PID perf-args...: prints "app-ms db-ms rate"
  local app=$1 db=$2; shift 2
  local a0 d0 line
  a0=$(cpu "$app"); d0=$(cpu "$db")
  line=$("$@")
  echo "$(per $(($(cpu "$app") - a0)) "$(ok "$line")") $(per $(($(cpu "$db") - d0)) "$(ok "$line")") $(rate "$line")"
}
trap 'kill -9 $(app_pid ab) 2>/dev/null || true; db_stop' EXIT
db_start
echo "| round | jar | start: app ms | start: db ms | starts/s | approval: app ms | approval: db ms | approvals/s |"
echo "|---|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  for jar in "$@"; do
    db_recreate
    JAR="$jar"; app_start ab $PORT
    wait_healthy $PORT 180 >/dev/null || { log "app did not come up: $jar"; exit 1; }
    app=$(app_pid ab); db=$(cat "$WORK/mariadb.pid")
    (cd "$ROOT" && starts setup && starts deploy-floor && chains setup --level MILESTONE) >/dev/null
    (cd "$ROOT" && starts saturate --what starts --clients 8 --seconds 10) >/dev/null   # warm-up
    s=$(cd "$ROOT" && measure "$app" "$db" starts saturate --what starts --clients 8 --seconds 20 --offset 400)
    (cd "$ROOT" && chains saturate --what starts --clients 8 --seconds 600 --items 1000 \
      && chains saturate --what complete --clients 8 --seconds 10) >/dev/null               # chains, warm-up
    c=$(cd "$ROOT" && measure "$app" "$db" chains saturate --what complete --clients 8 --seconds 20)
    read -r sa sd sr <<<"$s"; read -r ca cd cr <<<"$c"
    echo "| $round | ${jar#/tmp/} | $sa | $sd | $sr | $ca | $cd | $cr |"
    kill -9 "$app" 2>/dev/null || true; sleep 1
  done
done
