#!/usr/bin/env bash
# Issue 11, first part: plan-adjustment starts over our API against the bare-engine floor, on
# MariaDB, in one run. Prints saturation throughput and p50/p95/p99 at 50 % and 80 % of it, and our
# throughput as a ratio of the floor's.  One command: bench/perf.sh  (about five minutes)
# The app and MariaDB share the machine's two cores with this client (no pinning yet).
source "$(dirname "$0")/../reliability/lib.sh"
PORT=18090
BASE="http://127.0.0.1:$PORT"
SECONDS_EACH=${SECONDS_EACH:-20}
perf() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --projects 50 --nodes 80; }

build_jar
db_start
db_recreate
trap 'kill -9 $(app_pid perf) 2>/dev/null || true; db_stop' EXIT
app_start perf $PORT
wait_healthy $PORT 120 >/dev/null || { log "app did not come up"; exit 1; }
(cd "$ROOT" && perf setup >&2 && perf deploy-floor >&2)

offset=0
row() { # run a mode; starts use each node once, so their runs advance the work offset
  local line
  line=$(cd "$ROOT" && perf "$@" --offset "$offset")
  echo "$line"
  echo "$line" >"$WORK/perf-last-row"
  case "$*" in
    *"--what starts"*) offset=$((offset + $(echo "$line" | sed -n 's/.*items \([0-9]*\).*/\1/p'))) ;;
  esac
}
log "warm-up (not reported)"
row saturate --what starts --clients 8 --seconds 10 >/dev/null
row saturate --what floor --clients 8 --seconds 10 >/dev/null

echo "| what    | mode                 | throughput | ok | other | p50 | p95 | p99 | |"
echo "|---|---|---|---|---|---|---|---|---|"
# (not in $(...): a subshell would lose the offset)
row saturate --what starts --clients 16 --seconds "$SECONDS_EACH"; ours=$(cat "$WORK/perf-last-row")
row saturate --what floor --clients 16 --seconds "$SECONDS_EACH"; floor=$(cat "$WORK/perf-last-row")
ours_rate=$(echo "$ours" | sed -n 's/.*| *\([0-9.]*\)\/s | .* ok .*/\1/p')
floor_rate=$(echo "$floor" | sed -n 's/.*| *\([0-9.]*\)\/s | .* ok .*/\1/p')
for share in 50 80; do
  r=$(awk -v t="$ours_rate" -v s="$share" 'BEGIN { printf "%.1f", t * s / 100 }')
  row rate --what starts --rate "$r" --seconds "$SECONDS_EACH"
done
for share in 50 80; do
  r=$(awk -v t="$floor_rate" -v s="$share" 'BEGIN { printf "%.1f", t * s / 100 }')
  row rate --what floor --rate "$r" --seconds "$SECONDS_EACH"
done
echo
awk -v a="$ours_rate" -v b="$floor_rate" 'BEGIN { printf "our starts / bare-engine floor at saturation: %.1f / %.1f = %.2f\n", a, b, a / b }'
