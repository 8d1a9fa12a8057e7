#!/usr/bin/env bash
# Issue 26, goal 2: a plan-adjustment start over our API against the bare engine's start with four variables,
# and an approval (a step of a three-step milestone chain, as its approver) against the bare engine's task
# completion with the same two variables; closed loops of 8 clients, ROUNDS interleaved rounds, on MariaDB (the
# private one of reliability/lib.sh) and on the embedded H2 file database, each a fresh database.
# Prints per round: requests/s and the app's CPU ms per request, the ratios ours/floor, and their medians. Each
# start adjusts a node once (50 projects × 300 nodes), so no start is refused as a second open request.
# Beside the approvals' floor (a completion that ends its instance), the bare completion that opens a next task
# (bench/floor-next.bpmn), as an approval that is not the last step does: reported, not a target.
#   bench/ratios.sh                 # about 40 minutes on a slow machine
#   BENCH_DBS=h2 ROUNDS=5 bench/ratios.sh
#   STARTS_ONLY=1 BENCH_DBS=mysql RELIABILITY_JAR=/tmp/x.jar bench/ratios.sh   # the starts alone, e.g. to compare builds
#   WARMUP=60 ROUNDS=5 bench/ratios.sh   # seconds of each kind of request before the rounds (default 30)
source "$(dirname "$0")/../reliability/lib.sh"
PORT=18096; BASE="http://127.0.0.1:$PORT"
ROUNDS=${ROUNDS:-3}; SECONDS_EACH=${SECONDS_EACH:-20}; CLIENTS=${CLIENTS:-8}
H2_DIR="$WORK/ratios-h2"
PERF="${PERF_JAVA:-$ROOT/bench/Perf.java}"   # a saved copy of the harness, to compare builds with one
starts() { java "$PERF" "$@" --base "$BASE" --projects 50 --nodes 300; }
chains() { java "$PERF" "$@" --base "$BASE" --prefix PC --projects 40 --nodes 100; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
field() { echo "$1" | sed -n "s/.*| *\([0-9.]*\)$2.*/\1/p"; }
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

stop_app() { kill -9 "$(app_pid ratios)" 2>/dev/null || true; }
trap 'stop_app; db_stop' EXIT

start_app() {
  if [ "$1" = mysql ]; then
    db_start; db_recreate; app_start ratios $PORT
  else
    rm -rf "$H2_DIR"
    h2_app_start ratios $PORT "jdbc:h2:file:$H2_DIR/db;MODE=MySQL"
  fi
  wait_healthy $PORT 180 >/dev/null || { log "app did not come up (see $WORK/ratios.log)"; exit 1; }
}

# The starts' next work item, in a file: run is called in $(...), whose variables do not outlive it
OFFSET="$WORK/ratios-offset"
# run WHAT: one closed-loop run; prints "rate cpu-ms-per-request" and advances the starts' offset
run() {
  local what=$1 seconds=$2 pid line ok other c0
  pid=$(app_pid ratios); c0=$(cpu "$pid")
  if [ "$what" = complete ]; then
    line=$(cd "$ROOT" && chains saturate --what complete --clients "$CLIENTS" --seconds "$seconds")
  else
    line=$(cd "$ROOT" && starts saturate --what "$what" --clients "$CLIENTS" --seconds "$seconds" --offset "$(cat "$OFFSET")")
  fi
  ok=$(field "$line" ' ok')
  [ "$what" = starts ] && echo $(($(cat "$OFFSET") + $(echo "$line" | sed -n 's/.*items \([0-9]*\).*/\1/p'))) >"$OFFSET"
  other=$(field "$line" ' other')
  [ "${ok:-0}" -gt 0 ] || log "$what: no request answered (no work left to do?): $line"
  # a refused request is no measurement: say so in the row rather than averaging it in
  [ "${other:-0}" -gt 0 ] && log "$what: $other requests refused (see the first answer above)"
  echo "$(field "$line" '\/s') $(awk -v t="$(($(cpu "$pid") - c0))" -v n="$ok" 'BEGIN { printf "%.1f", n ? t * 10 / n : 0 }')$([ "${other:-0}" -gt 0 ] && echo ",${other}refused")"
}

build_jar >&2
echo "| database | round | starts/s (app ms) | floor starts/s (app ms) | start ratio | approvals/s (app ms) | floor completions/s (app ms) | approval ratio | bare completions opening a next task/s (app ms) | their ratio to the floor |"
echo "|---|---|---|---|---|---|---|---|---|---|"
summary=()
for db in ${BENCH_DBS:-mysql h2}; do
  start_app "$db"; echo 0 >"$OFFSET"
  (cd "$ROOT" && starts setup >&2 && starts deploy-floor >&2)
  if [ -z "${STARTS_ONLY:-}" ]; then
    (cd "$ROOT" && chains setup --level MILESTONE >&2)
    log "$db: opening 4,000 approval chains, 6,000 bare tasks and 16,000 bare two-task instances to complete (not reported)"
    # enough first steps that every round completes first, second and third steps alike (Perf.java interleaves them)
    (cd "$ROOT" && chains saturate --what starts --clients 8 --seconds 600 --items 4000 >/dev/null)
    (cd "$ROOT" && starts saturate --what floor --clients 8 --seconds 600 --items 6000 >/dev/null)
    # the floor's own starts in each round open more bench-floor tasks; nothing reopens bench-floor-next's first tasks
    (cd "$ROOT" && starts saturate --what floor-next --clients 8 --seconds 900 --items 16000 >/dev/null)
  fi
  log "$db: warm-up (not reported)"
  warm=(starts floor); [ -n "${STARTS_ONLY:-}" ] || warm+=(complete complete-floor complete-floor-next)
  # 8 s a side left the JIT still compiling on a slower machine: the app's CPU per start fell 21.9 -> 19.7 -> 16.1 ms
  # over the three rounds that followed (2026-12-07), so round 1 measured the warm-up
  for what in "${warm[@]}"; do run "$what" "${WARMUP:-30}" >/dev/null; done
  start_r=(); approval_r=(); next_r=()
  for round in $(seq 1 "$ROUNDS"); do
    read -r s sc <<<"$(run starts "$SECONDS_EACH")"
    read -r f fc <<<"$(run floor "$SECONDS_EACH")"
    if [ -n "${STARTS_ONLY:-}" ]; then
      start_r+=("$(div "$s" "$f")")
      echo "| $db | $round | $s ($sc) | $f ($fc) | ${start_r[-1]} | – | – | – | – | – |"
      continue
    fi
    read -r a ac <<<"$(run complete "$SECONDS_EACH")"
    read -r b bc <<<"$(run complete-floor "$SECONDS_EACH")"
    read -r c cc <<<"$(run complete-floor-next "$SECONDS_EACH")"
    start_r+=("$(div "$s" "$f")"); approval_r+=("$(div "$a" "$b")"); next_r+=("$(div "$c" "$b")")
    echo "| $db | $round | $s ($sc) | $f ($fc) | ${start_r[-1]} | $a ($ac) | $b ($bc) | ${approval_r[-1]} | $c ($cc) | ${next_r[-1]} |"
  done
  summary+=("$db: start / floor median $(median "${start_r[@]}") (rounds ${start_r[*]})$([ -n "${STARTS_ONLY:-}" ] || echo "; approval / floor median $(median "${approval_r[@]}") (rounds ${approval_r[*]}); a bare completion opening a next task / floor median $(median "${next_r[@]}") (rounds ${next_r[*]})")")
  stop_app; [ "$db" = mysql ] && db_stop
done
echo
printf '%s\n' "${summary[@]}"
echo "$(java -version 2>&1 | head -1); $(nproc) cores; $JAR of $(date -r "$JAR" +%F' '%H:%M); checkout $(cd "$ROOT" && git rev-parse --short HEAD)"
