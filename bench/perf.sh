#!/usr/bin/env bash
# Issue 11's harness, on MariaDB, in one run: plan-adjustment starts over our API against the
# bare-engine floor (saturation, then p50/p95/p99 at 50 % and 80 % of it and at 100/s), approvals
# completed in three-step chains (the same figures), and Tasklist's own query for ops.south with
# 10,000 open tasks in SOUTH; idle RSS after start-up.  One command: bench/perf.sh  (about ten minutes)
# The app and MariaDB share the machine's two cores with this client (no pinning yet).
source "$(dirname "$0")/../reliability/lib.sh"
PORT=18090
BASE="http://127.0.0.1:$PORT"
SECONDS_EACH=${SECONDS_EACH:-20}
NODES=240   # 50 × 240 plan nodes: enough starts for every run and for the 10,000 open tasks
perf() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --projects 50 --nodes "$NODES"; }
chains() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --prefix PC --projects 25 --nodes 100; }
rss() { awk '/VmRSS/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$(app_pid perf)/status"; }

build_jar
db_start
db_recreate
trap 'kill -9 $(app_pid perf) 2>/dev/null || true; db_stop' EXIT
app_start perf $PORT
wait_healthy $PORT 120 >/dev/null || { log "app did not come up"; exit 1; }
sleep 5; idle_rss=$(rss)
(cd "$ROOT" && perf setup >&2 && perf deploy-floor >&2 && chains setup --level MILESTONE >&2)

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
row saturate --what floor-vars --clients 8 --seconds 10 >/dev/null

echo "| what    | mode                 | throughput | ok | other | p50 | p95 | p99 | |"
echo "|---|---|---|---|---|---|---|---|---|"
# Saturation alternates ROUNDS times between our starts, the floor and the floor with our instance's
# variable count, so the ratios compare runs a minute apart; the median ratio is the figure.
# (not in $(...): a subshell would lose the offset)
rate_of() { sed -n 's/.*| *\([0-9.]*\)\/s | .* ok .*/\1/p' "$WORK/perf-last-row"; }
ours_all=(); floor_all=(); vars_all=()
for _ in $(seq 1 "${ROUNDS:-3}"); do
  row saturate --what starts --clients 16 --seconds "$SECONDS_EACH"; ours_all+=("$(rate_of)")
  row saturate --what floor --clients 16 --seconds "$SECONDS_EACH"; floor_all+=("$(rate_of)")
  row saturate --what floor-vars --clients 16 --seconds "$SECONDS_EACH"; vars_all+=("$(rate_of)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratios() { local i; for i in "${!ours_all[@]}"; do awk -v a="${ours_all[$i]}" -v b="$1" -v n="$i" \
  'BEGIN { split(b, f, " "); printf "%.3f\n", a / f[n + 1] }'; done; }
ours_rate=$(median "${ours_all[@]}")
ratio_line=$(printf 'our starts / bare-engine floor at saturation, per round: %s; median %s\n' \
  "$(ratios "${floor_all[*]}" | paste -sd ' ')" "$(median $(ratios "${floor_all[*]}"))")
vars_line=$(printf 'our starts / floor with %s variables, per round: %s; median %s\n' 22 \
  "$(ratios "${vars_all[*]}" | paste -sd ' ')" "$(median $(ratios "${vars_all[*]}"))")
echo "$ratio_line" >&2; echo "$vars_line" >&2
[ -n "${RATIO_ONLY:-}" ] && { echo; echo "$ratio_line"; echo "$vars_line"; exit 0; }
floor_rate=$(median "${floor_all[@]}")
for share in 50 80; do
  r=$(awk -v t="$ours_rate" -v s="$share" 'BEGIN { printf "%.1f", t * s / 100 }')
  row rate --what starts --rate "$r" --seconds "$SECONDS_EACH"
done
row rate --what starts --rate 100 --seconds "$SECONDS_EACH"
for share in 50 80; do
  r=$(awk -v t="$floor_rate" -v s="$share" 'BEGIN { printf "%.1f", t * s / 100 }')
  row rate --what floor --rate "$r" --seconds "$SECONDS_EACH"
done

# Approvals: 2,500 milestone adjustments, each a chain region-ops → region-president → group-ops;
# every run completes open approvals of all three steps alike, as their approvers.
log "opening 2,500 three-step approval chains (not reported)"
(cd "$ROOT" && chains saturate --what starts --clients 8 --seconds 600 --items 2500 >/dev/null)
(cd "$ROOT" && chains saturate --what complete --clients 8 --seconds 5 >/dev/null)
complete=$(cd "$ROOT" && chains saturate --what complete --clients 16 --seconds "$SECONDS_EACH"); echo "$complete"
complete_rate=$(echo "$complete" | sed -n 's/.*| *\([0-9.]*\)\/s | .* ok .*/\1/p')
for share in 50 80; do
  r=$(awk -v t="$complete_rate" -v s="$share" 'BEGIN { printf "%.1f", t * s / 100 }')
  (cd "$ROOT" && chains rate --what complete --rate "$r" --seconds "$SECONDS_EACH")
done
(cd "$ROOT" && chains rate --what complete --rate 100 --seconds "$SECONDS_EACH")

echo
echo "$ratio_line"
echo "$vars_line"
echo "idle RSS after start-up: $idle_rss; after the runs: $(rss)"

# Tasklist: ops.south's inbox with 10,000 open tasks of region-ops in SOUTH.
log "filling region-ops' inbox to 10,000 open tasks (not reported)"
(cd "$ROOT" && perf fill --target 10000 --offset "$offset")
(cd "$ROOT" && perf tasklist --filter 我的组待办 --requests 200)
