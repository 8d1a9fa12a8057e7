#!/usr/bin/env bash
# Heap over a soak: plan-adjustment starts at a fixed rate (open model) for some minutes on MariaDB;
# the heap after a full GC before and after, and RSS. One command: bench/soak.sh [rate=30] [minutes=10]
# The issue asks for 50/s; on this machine's two shared cores that is at or past saturation
# (bench/README.md), where the run would measure the queue rather than the heap.
source "$(dirname "$0")/../reliability/lib.sh"
RATE=${1:-30}; MINUTES=${2:-10}
PORT=18093; BASE="http://127.0.0.1:$PORT"
NODES=$(( (RATE * (MINUTES * 60 + 30)) / 50 + 20 ))
perf() { java "$ROOT/bench/Perf.java" "$@" --base "$BASE" --projects 50 --nodes "$NODES"; }
build_jar
db_start; db_recreate
trap 'kill -9 $(app_pid soak) 2>/dev/null || true; db_stop' EXIT
app_start soak $PORT
wait_healthy $PORT 120 >/dev/null || { log "app did not come up"; exit 1; }
pid=$(app_pid soak)
cd "$ROOT"
perf setup >&2
rss() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
heap() { # MiB used after a full GC
  jcmd "$pid" GC.run >/dev/null; sleep 1
  jcmd "$pid" GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{ printf "%.1f", $1 / 1024 }'
}
log "warm-up: ${RATE}/s for 30 s (not reported)"
perf rate --what starts --rate "$RATE" --seconds 30 >/dev/null
h0=$(heap); r0=$(rss)
log "soak: ${RATE}/s for ${MINUTES} min"
perf rate --what starts --rate "$RATE" --seconds $((MINUTES * 60)) --offset $((RATE * 30))
h1=$(heap); r1=$(rss)
echo "heap after full GC: ${h0} MiB before the soak, ${h1} MiB after ($(awk -v a="$h0" -v b="$h1" 'BEGIN { printf "%+.1f %%", (b - a) * 100 / a }')); RSS ${r0} → ${r1} MiB"
